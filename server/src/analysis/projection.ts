import { UndirectedGraph } from 'graphology';
import { byId, type Actor, type Relationship } from '../domain';
import { filterKey, type ClaimFilter, type GraphStore } from '../store';

/** One undirected edge per connected pair: all their relationships, weighted by claims. */
export interface PairAttributes {
  weight: number;
  relIds: string[];
}

/**
 * The graph the analyses run on: actors as nodes, every pair of actors linked by at least one
 * matching relationship as one undirected edge. Direction is ignored on purpose: "how is Iran
 * connected to Ukraine" follows supplies, warnings and meetings whichever way they point.
 */
export interface Projection {
  graph: UndirectedGraph<Record<string, never>, PairAttributes>;
  relationships: Map<string, Relationship>;
}

export const buildProjection = (
  relationships: Iterable<Relationship>,
  actors: Iterable<Pick<Actor, 'id'>> = [],
): Projection => {
  const graph = new UndirectedGraph<Record<string, never>, PairAttributes>();
  const rels = new Map<string, Relationship>();
  for (const a of actors) graph.mergeNode(a.id);
  for (const r of relationships) {
    rels.set(r.id, r);
    graph.mergeNode(r.subject);
    graph.mergeNode(r.object);
    const edge = graph.edge(r.subject, r.object);
    if (edge === undefined)
      graph.addEdge(r.subject, r.object, { weight: r.claimCount, relIds: [r.id] });
    else {
      const attrs = graph.getEdgeAttributes(edge);
      attrs.weight += r.claimCount;
      attrs.relIds.push(r.id);
    }
  }
  return { graph, relationships: rels };
};

/** Relationships of one step of a path, in id order. */
export const stepRelationships = (p: Projection, a: string, b: string): Relationship[] => {
  const edge = p.graph.edge(a, b);
  if (edge === undefined) return [];
  return p.graph
    .getEdgeAttribute(edge, 'relIds')
    .flatMap((id) => p.relationships.get(id) ?? [])
    .sort(byId);
};

const MAX_CACHED = 4;
const cache = new Map<string, Promise<Projection>>();

/**
 * The whole graph's projection under a filter, built by streaming the store and cached per
 * store revision and filter (a load changes the revision, so stale entries are never used).
 */
export const wholeGraphProjection = async (
  store: GraphStore,
  filter: ClaimFilter,
): Promise<Projection> => {
  const key = `${store.kind}:${await store.revision()}:${filterKey(filter)}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = (async () => {
      const rels: Relationship[] = [];
      for await (const batch of store.streamRelationships(filter, 5000)) rels.push(...batch);
      const actors: Actor[] = [];
      for await (const batch of store.streamActors(5000)) actors.push(...batch);
      return buildProjection(rels, actors);
    })();
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
    while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  }
  return hit;
};
