import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { betweennessCentrality } from './betweenness';
import type { Projection } from './projection';
import { byId } from '../domain';

export interface NodeMetrics {
  id: string;
  /** Relationships touching the actor. */
  degree: number;
  /** Claims behind those relationships. */
  weightedDegree: number;
  /** Normalised betweenness centrality (0–1): how often the actor brokers shortest paths. */
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface MetricsResult {
  nodes: NodeMetrics[];
  communities: { id: number; size: number }[];
  modularity: number;
  /** True when betweenness was estimated from a sample of sources (large graphs). */
  betweennessSampled: boolean;
}

/** Seeded PRNG (mulberry32) so Louvain gives the same communities on every run and store. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Degree, weighted degree, betweenness, PageRank and Louvain communities, all by graphology. */
export const computeMetrics = (
  p: Projection,
  options: { betweenness?: boolean } = {},
): MetricsResult => {
  const g = p.graph;
  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const r of p.relationships.values())
    for (const end of [r.subject, r.object]) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      weighted.set(end, (weighted.get(end) ?? 0) + r.claimCount);
    }
  const bc =
    g.size > 0 && options.betweenness !== false
      ? betweennessCentrality(g)
      : { values: {}, sampled: false };
  const pr = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  const detailed =
    g.size > 0 ? louvain.detailed(g, { getEdgeWeight: 'weight', rng: seeded(42) }) : null;
  const community = (id: string) => detailed?.communities[id] ?? 0;
  const nodes = g.mapNodes((id) => ({
    id,
    degree: degree.get(id) ?? 0,
    weightedDegree: weighted.get(id) ?? 0,
    betweenness: bc.values[id] ?? 0,
    pagerank: pr[id] ?? (g.order > 0 ? 1 / g.order : 0),
    community: community(id),
  }));
  const sizes = new Map<number, number>();
  for (const n of nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  return {
    nodes: nodes.sort(byId),
    communities: [...sizes]
      .map(([id, size]) => ({ id, size }))
      .sort((a, b) => b.size - a.size || a.id - b.id),
    modularity: detailed?.modularity ?? 0,
    betweennessSampled: bc.sampled,
  };
};
