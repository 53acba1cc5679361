import { RelataError, type Actor, type Claim, type Relationship, type Source } from '../domain';
import type { ClaimFilter, GraphStore } from '../store';
import { resolvedFilter } from './meta';
import type { ExportMeta, ExportRequest } from './types';

/**
 * What one export reads, in batches, through the GraphStore interface only (so both stores
 * behave the same). The whole graph streams from `streamActors`/`streamRelationships`; a view
 * is one bounded `neighborhood` call, re-batched. `edges()` may be iterated more than once.
 */
export interface ExportScope {
  meta: ExportMeta;
  filter: ClaimFilter;
  /** The exported actor ids for a view; null for the whole graph (every actor is exported). */
  nodeIds: ReadonlySet<string> | null;
  nodes(): AsyncIterable<Actor[]>;
  edges(): AsyncIterable<Relationship[]>;
  /** The claims behind each edge that match the filter (date, then id order). */
  claimsOf(edges: readonly Relationship[]): Promise<Claim[][]>;
  actors(ids: Iterable<string>): Promise<Map<string, Actor>>;
  sources(ids: Iterable<string>): Promise<Map<string, Source>>;
}

export interface ScopeOptions {
  batchSize?: number;
  /** For tests: a fixed generation time. */
  now?: Date;
}

// eslint-disable-next-line @typescript-eslint/require-await -- re-batches an in-memory view as the stores' batches
async function* chunks<T>(xs: readonly T[], size: number): AsyncIterable<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

const byId = async <T extends { id: string }>(
  ids: Iterable<string>,
  get: (ids: string[]) => Promise<(T | null)[]>,
  batchSize: number,
): Promise<Map<string, T>> => {
  const unique = [...new Set(ids)];
  const out = new Map<string, T>();
  for (let i = 0; i < unique.length; i += batchSize)
    for (const x of await get(unique.slice(i, i + batchSize))) if (x !== null) out.set(x.id, x);
  return out;
};

/** Validates the view's actors (NOT_FOUND when unknown) and fixes what the export will read. */
export const openScope = async (
  store: GraphStore,
  request: ExportRequest,
  options: ScopeOptions = {},
): Promise<ExportScope> => {
  const batchSize = options.batchSize ?? 1000;
  const { filter, view } = request;
  const common = {
    filter,
    claimsOf: (edges: readonly Relationship[]) =>
      edges.length === 0
        ? Promise.resolve([])
        : store.claimsOf(
            edges.map((e) => e.id),
            filter,
          ),
    actors: (ids: Iterable<string>) => byId(ids, (xs) => store.getActors(xs), batchSize),
    sources: (ids: Iterable<string>) => byId(ids, (xs) => store.getSources(xs), batchSize),
  };
  const base = {
    generatedAt: (options.now ?? new Date()).toISOString(),
    revision: await store.revision(),
    filter: resolvedFilter(filter),
  };
  if (view === null)
    return {
      ...common,
      meta: { ...base, view: null },
      nodeIds: null,
      nodes: () => store.streamActors(batchSize),
      edges: () => store.streamRelationships(filter, batchSize),
    };

  const seeds = await store.getActors(view.actorIds);
  const missing = view.actorIds.filter((_, i) => seeds[i] === null);
  if (missing.length > 0)
    throw new RelataError('NOT_FOUND', `Unknown actor(s): ${missing.join(', ')}`, { ids: missing });
  const sub = await store.neighborhood({ ...filter, ...view });
  return {
    ...common,
    meta: {
      ...base,
      view: { ...view, truncated: sub.truncated, names: seeds.map((a) => a?.name ?? '') },
    },
    nodeIds: new Set(sub.nodes.map((n) => n.id)),
    nodes: () => chunks(sub.nodes, batchSize),
    edges: () => chunks(sub.edges, batchSize),
  };
};
