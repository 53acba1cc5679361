/**
 * Read methods. Neo4j selects (index look-ups, filtered claims, one bounded hop at a time);
 * ordering and aggregation reuse the domain and embedded-store code so that both stores return
 * identical results (same aggregates via aggregateClaims, same code-point orderings, same
 * search terms and ranking via ../shared/search-terms). Every batch method is one round trip.
 */
import createDebug from 'debug';
import {
  aggregateClaims,
  byDateThenId,
  byId,
  foldText,
  relationshipId,
  type Actor,
  type Claim,
  type Relationship,
} from '../../domain';
import { LIMITS, capEdges, resolveFilter, type ResolvedFilter } from '../filter';
import { bestScore, compareHits, searchTerms } from '../shared/search-terms';
import type { ClaimFilter, NeighborhoodQuery, Subgraph } from '../types';
import type { Runner } from './executor';
import { actorFromProps, claimFromProps, sourceFromProps, type Plain, type Row } from './mapping';
import { filterParams, integer, luceneQuery, unique } from './params';

const log = createDebug('relata:neo4j');

/** Hard cap on full-text candidates re-ranked per search (beyond it, ranking is approximate). */
export const SEARCH_CANDIDATES = 5_000;

/** Groups claims by relationship and aggregates each group over those claims only. */
const aggregate = (claims: Iterable<Claim>): Relationship[] => {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const id = relationshipId(c.subject, c.predicate, c.object);
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [c]);
    else group.push(c);
  }
  return [...groups.values()].flatMap((g) => aggregateClaims(g) ?? []);
};

/** Rows keyed by `key`, one list per requested id, in request order. */
const perId = <T>(ids: readonly string[], rows: Row[], key: string, map: (r: Row) => T): T[][] => {
  const out = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) {
    const id = r[key];
    if (typeof id === 'string') out.get(id)?.push(map(r));
  }
  return ids.map((id) => out.get(id) ?? []);
};

export const byIds = async <T extends { id: string }>(
  ex: Runner,
  name: 'read-actors' | 'read-sources' | 'read-claims',
  ids: readonly string[],
  map: (v: Plain | undefined) => T,
  column: string,
): Promise<(T | null)[]> => {
  if (ids.length === 0) return [];
  const rows = await ex.readOne(name, { ids: unique(ids) });
  const found = new Map(rows.map((r) => map(r[column])).map((x) => [x.id, x]));
  return ids.map((id) => found.get(id) ?? null);
};

export const listSources = async (ex: Runner) =>
  (await ex.readOne('read-all-sources')).map((r) => sourceFromProps(r.source)).sort(byId);

export const search = async (ex: Runner, text: string, first: number): Promise<Actor[]> => {
  const n = Math.min(LIMITS.maxSearch, Math.max(0, Math.floor(first)));
  const q = foldText(text);
  if (q === '' || n === 0) return [];
  const params = { query: luceneQuery(q), limit: integer(SEARCH_CANDIDATES) };
  const rows = await ex.readOne('read-search', params);
  if (rows.length >= SEARCH_CANDIDATES)
    log('search %o hit the %d-candidate cap', q, SEARCH_CANDIDATES);
  return rows
    .map((r) => actorFromProps(r.actor))
    .map((a) => ({ id: a.id, name: a.name, score: bestScore(searchTerms(a), q), actor: a }))
    .filter((h) => h.score > 0)
    .sort(compareHits)
    .slice(0, n)
    .map((h) => h.actor);
};

export const relationshipsOf = async (
  ex: Runner,
  actorIds: readonly string[],
  filter: ClaimFilter,
) => {
  if (actorIds.length === 0) return [];
  const ids = unique(actorIds);
  const rows = await ex.readOne('read-relationships-of', {
    ids,
    ...filterParams(resolveFilter(filter)),
  });
  return perId(actorIds, rows, 'id', (r) => claimFromProps(r.claim)).map((claims) =>
    aggregate(claims).sort((a, b) => b.claimCount - a.claimCount || byId(a, b)),
  );
};

export const claimsOf = async (ex: Runner, relIds: readonly string[], filter: ClaimFilter) => {
  if (relIds.length === 0) return [];
  const params = { relIds: unique(relIds), ...filterParams(resolveFilter(filter)) };
  const rows = await ex.readOne('read-claims-of', params);
  return perId(relIds, rows, 'relId', (r) => claimFromProps(r.claim)).map((cs) =>
    cs.sort(byDateThenId),
  );
};

/**
 * Bounded breadth-first expansion, step for step the embedded store's algorithm: seeds first
 * (unknown ones skipped), then per hop the new actors ranked by matching claims linking them to
 * the frontier (desc), then id; the limit cuts the ranking and sets `truncated`. Each hop is
 * one query returning at most room + 1 rows; depth is capped at LIMITS.maxDepth.
 */
export const neighborhood = async (ex: Runner, q: NeighborhoodQuery): Promise<Subgraph> => {
  const f: ResolvedFilter = resolveFilter(q);
  const depth = Math.min(q.depth, LIMITS.maxDepth);
  return ex.read(async (tx) => {
    const seeds =
      q.actorIds.length === 0 ? [] : await tx.run('read-actors', { ids: unique(q.actorIds) });
    const known = new Map(seeds.map((r) => actorFromProps(r.actor)).map((a) => [a.id, a]));
    const taken = new Map<string, Actor>();
    for (const id of q.actorIds) {
      const a = known.get(id);
      if (a !== undefined && taken.size < q.limit) taken.set(id, a);
    }
    let truncated = q.actorIds.filter((id) => known.has(id)).length > taken.size;
    let frontier = [...taken.keys()];
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
      const room = q.limit - taken.size;
      const params = {
        frontier,
        taken: [...taken.keys()],
        max: integer(room + 1),
        ...filterParams(f),
      };
      const ranked = await tx.run('read-neighborhood-hop', params);
      if (ranked.length > room) truncated = true;
      frontier = [];
      for (const r of ranked.slice(0, Math.max(0, room))) {
        const a = actorFromProps(r.actor);
        taken.set(a.id, a);
        frontier.push(a.id);
      }
    }
    const ids = [...taken.keys()];
    const rows =
      ids.length === 0 ? [] : await tx.run('read-neighborhood-claims', { ids, ...filterParams(f) });
    const capped = capEdges(aggregate(rows.map((r) => claimFromProps(r.claim))).sort(byId));
    return { nodes: [...taken.values()], edges: capped.edges, truncated: truncated || capped.cut };
  }, 'neighborhood');
};
