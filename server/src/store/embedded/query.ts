import {
  aggregateClaims,
  byDateThenId,
  byId,
  compareStrings,
  type Claim,
  type Relationship,
} from '../../domain';
import { capEdges, matchesClaim, type ResolvedFilter } from '../filter';
import type { NeighborhoodQuery, Subgraph } from '../types';
import type { StoreState } from './state';

/** Claims of one relationship that match the filter, ordered by date then id. */
export const matchingClaims = (s: StoreState, relId: string, f: ResolvedFilter): Claim[] => {
  if (!s.graph.hasEdge(relId)) return [];
  const { predicate, claimIds } = s.graph.getEdgeAttributes(relId);
  if (f.predicates !== null && !f.predicates.has(predicate)) return [];
  const out: Claim[] = [];
  for (const id of claimIds) {
    const c = s.claims.get(id);
    if (c !== undefined && matchesClaim(f, c)) out.push(c);
  }
  return out.length > 1 ? out.sort(byDateThenId) : out;
};

/** The relationship under a filter, memoised per state (states never change once live). */
export const relationship = (
  s: StoreState,
  relId: string,
  f: ResolvedFilter,
): Relationship | null =>
  s.memo(f.key, relId, () => aggregateClaims(matchingClaims(s, relId, f), true));

/** Relationships touching an actor, strongest (most claims) first, then by id. */
export const relationshipsOf = (s: StoreState, actorId: string, f: ResolvedFilter) => {
  if (!s.graph.hasNode(actorId)) return [];
  const out: Relationship[] = [];
  s.graph.forEachEdge(actorId, (edge) => {
    const r = relationship(s, edge, f);
    if (r !== null) out.push(r);
  });
  return out.sort((a, b) => b.claimCount - a.claimCount || compareStrings(a.id, b.id));
};

/**
 * Bounded breadth-first expansion. Within one hop, new nodes are ranked by the number of
 * matching claims linking them to nodes already taken (desc), then by id (asc); the `limit`
 * cuts that ranking and sets `truncated`. Seeds always come first (unknown seeds are skipped).
 */
export const neighborhood = (s: StoreState, q: NeighborhoodQuery, f: ResolvedFilter): Subgraph => {
  const taken = new Set<string>();
  for (const id of q.actorIds) if (s.graph.hasNode(id) && taken.size < q.limit) taken.add(id);
  let truncated = q.actorIds.filter((id) => s.graph.hasNode(id)).length > taken.size;
  const weight = (edge: string) => relationship(s, edge, f)?.claimCount ?? 0;
  let frontier = [...taken];
  for (let hop = 0; hop < q.depth && frontier.length > 0 && !truncated; hop++) {
    const candidates = new Map<string, number>();
    for (const node of frontier)
      s.graph.forEachEdge(node, (edge, _a, src, tgt) => {
        const other = src === node ? tgt : src;
        if (taken.has(other)) return;
        const w = weight(edge);
        if (w > 0) candidates.set(other, (candidates.get(other) ?? 0) + w);
      });
    const ranked = [...candidates].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
    const room = q.limit - taken.size;
    if (ranked.length > room) truncated = true;
    frontier = ranked.slice(0, room).map(([id]) => id);
    for (const id of frontier) taken.add(id);
  }
  // Every edge among the taken nodes is an out-edge of exactly one of them.
  const edges: Relationship[] = [];
  for (const node of taken)
    s.graph.forEachOutEdge(node, (edge, _a, _src, tgt) => {
      if (!taken.has(tgt)) return;
      const r = relationship(s, edge, f);
      if (r !== null) edges.push(r);
    });
  edges.sort(byId);
  const capped = capEdges(edges);
  return {
    nodes: [...taken].map((id) => s.graph.getNodeAttributes(id)),
    edges: capped.edges,
    truncated: truncated || capped.cut,
  };
};
