/**
 * Fetching the view's data: the base layer (axis, focus or overview), one layer per expansion,
 * the paths layer, the relationships among all of them, and the time domain. Results are
 * cached per filter, so undo, redo and the back button redraw without asking the server again.
 */
import type { GraphQLClient } from './api';
import { filterVariables, type FilterState } from './filters';
import { mergeSubgraphs } from './graph/elements';
import type { EdgeSummary, MetricsResult, Subgraph } from './model';
import { sortPaths, type PathResult } from './paths';
import { DATES_QUERY, METRICS_QUERY, NEIGHBORHOOD_QUERY, PATHS_QUERY } from './queries';
import { dateDomain, type MonthRange, type TimeWindow } from './time';

export const PATHS_LIMIT = 10;
export const PATH_MAX_LENGTH = 4;
/** The server refuses more actor ids per request (LIMITS.maxBatch). */
export const MAX_IDS = 1000;

export interface QueryFilter {
  predicates: string[] | null;
  statuses: string[];
  origins: string[] | null;
  from: string | null;
  to: string | null;
}

export const queryFilter = (f: FilterState, window: TimeWindow | null): QueryFilter => ({
  ...filterVariables(f),
  from: window?.from ?? null,
  to: window?.to ?? null,
});

/** What the assembled view keeps: hidden actors out, and in the contested view only contested edges. */
export interface AssembleOptions {
  hidden: ReadonlySet<string>;
  contested: boolean;
  /** Actors kept in the contested view even without a contested edge (seeds, path actors). */
  keep: ReadonlySet<string>;
}

/**
 * Merges the layers and applies the client-side parts of the view (pure): hidden actors and
 * their relationships go; the contested view keeps only relationships with an alleged or denied
 * claim, and the actors they touch (plus `keep`).
 */
export const assembleView = (layers: readonly Subgraph[], o: AssembleOptions): Subgraph => {
  const merged = mergeSubgraphs(layers);
  let nodes = merged.nodes.filter((n) => !o.hidden.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  let edges = merged.edges.filter((e) => ids.has(e.source.id) && ids.has(e.target.id));
  if (o.contested) {
    edges = edges.filter((e) => e.contested);
    const touched = new Set<string>();
    for (const e of edges) {
      touched.add(e.source.id);
      touched.add(e.target.id);
    }
    nodes = nodes.filter((n) => touched.has(n.id) || o.keep.has(n.id));
  }
  return { nodes, edges, truncated: merged.truncated };
};

/** Relationships with no dated claim (they vanish when a time window is set). */
export const undatedEdges = (edges: readonly EdgeSummary[]): number =>
  edges.filter((e) => e.firstDate === null && e.lastDate === null).length;

export class ViewData {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly client: GraphQLClient) {}

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit as Promise<T>;
    if (this.cache.size > 300) this.cache.clear();
    const p = load();
    this.cache.set(key, p);
    p.catch(() => this.cache.delete(key));
    return p;
  }

  clear(): void {
    this.cache.clear();
  }

  neighborhood(
    actorIds: readonly string[],
    depth: number,
    limit: number,
    f: QueryFilter,
  ): Promise<Subgraph> {
    const key = `n|${JSON.stringify(f)}|${depth}|${limit}|${actorIds.join(',')}`;
    return this.cached(key, () =>
      this.client
        .request<{ neighborhood: Subgraph }>(NEIGHBORHOOD_QUERY, {
          actorIds: actorIds.slice(0, MAX_IDS),
          depth,
          limit,
          ...f,
        })
        .then((d) => d.neighborhood),
    );
  }

  /** All relationships among `nodes` (expansions only return their own). */
  async induced(nodes: readonly { id: string }[], f: QueryFilter): Promise<EdgeSummary[]> {
    const ids = nodes.map((n) => n.id).sort();
    if (ids.length < 2 || ids.length > MAX_IDS) return [];
    const sub = await this.neighborhood(ids, 0, ids.length, f);
    return sub.edges;
  }

  paths(from: string, to: string, f: QueryFilter): Promise<PathResult[]> {
    const key = `p|${JSON.stringify(f)}|${from}|${to}`;
    return this.cached(key, () =>
      this.client
        .request<{ paths: PathResult[] }>(PATHS_QUERY, {
          from,
          to,
          maxLength: PATH_MAX_LENGTH,
          limit: PATHS_LIMIT,
          predicates: f.predicates,
          statuses: f.statuses,
          origins: f.origins,
          window: f.from === null && f.to === null ? null : { from: f.from, to: f.to },
        })
        .then((d) => sortPaths(d.paths)),
    );
  }

  /** Metrics over the given actors (depth 0), or over the whole graph when `ids` is null. */
  metrics(ids: readonly string[] | null, f: QueryFilter): Promise<MetricsResult> {
    const sorted = ids === null ? null : [...ids].sort().slice(0, MAX_IDS);
    const key = `m|${JSON.stringify(f)}|${sorted === null ? '*' : sorted.join(',')}`;
    return this.cached(key, () =>
      this.client
        .request<{ metrics: MetricsResult }>(
          METRICS_QUERY,
          sorted === null
            ? { ...f }
            : { ...f, actorIds: sorted, depth: 0, limit: Math.max(1, sorted.length) },
        )
        .then((d) => d.metrics),
    );
  }

  /** Top actors by PageRank around the seeds: the opening overview of a big store. */
  async overview(seeds: readonly string[], size: number, f: QueryFilter): Promise<string[]> {
    const m = await this.client.request<{ metrics: MetricsResult }>(METRICS_QUERY, {
      ...f,
      actorIds: seeds.slice(0, MAX_IDS),
      depth: 1,
      limit: Math.max(size * 4, 400),
    });
    const ranked = [...m.metrics.nodes]
      .sort((a, b) => b.pagerank - a.pagerank || a.actor.id.localeCompare(b.actor.id))
      .map((n) => n.actor.id);
    const top = new Set(seeds);
    for (const id of ranked) {
      if (top.size >= size) break;
      top.add(id);
    }
    return [...top];
  }

  /** The dates of the view without a time window: the slider's domain. */
  domain(seeds: readonly string[], f: QueryFilter, limit: number): Promise<MonthRange | null> {
    const open = { ...f, from: null, to: null };
    const key = `d|${JSON.stringify(open)}|${seeds.join(',')}`;
    return this.cached(key, () =>
      this.client
        .request<{
          neighborhood: { edges: { firstDate: string | null; lastDate: string | null }[] };
        }>(DATES_QUERY, { actorIds: seeds.slice(0, MAX_IDS), depth: 1, limit, ...open })
        .then((d) => dateDomain(d.neighborhood.edges.flatMap((e) => [e.firstDate, e.lastDate]))),
    );
  }
}
