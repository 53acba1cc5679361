import type Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

interface Stack {
  items: Uint32Array | number[];
  size: number;
  pop(): number | undefined;
}

/** Above this many nodes, betweenness is estimated from a sample of sources. */
export const EXACT_BETWEENNESS_MAX_NODES = 5000;
export const BETWEENNESS_SAMPLES = 256;
/** Work budget (sources × (nodes + edges)) for the estimate: a few seconds on one core. */
const BETWEENNESS_WORK = 20_000_000;

/**
 * Normalised, unweighted betweenness. Exact (graphology-metrics) up to
 * EXACT_BETWEENNESS_MAX_NODES nodes; beyond, Brandes' accumulation from an evenly spaced sample
 * of source nodes (up to 256, fewer on very large graphs to bound the work), scaled up (Brandes & Pich 2007). Exact betweenness is O(V·E): hours on a
 * 1M-claim graph, so no tool computes it there; graphology has no sampling option, so the
 * sampled loop is written here on graphology's own indexed Brandes traversal, mirroring
 * graphology-metrics' accumulation and normalisation.
 */
export const betweennessCentrality = (
  graph: Graph,
): { values: Record<string, number>; sampled: boolean } => {
  const n = graph.order;
  if (n <= EXACT_BETWEENNESS_MAX_NODES)
    return {
      values: betweenness(graph, { normalized: true, getEdgeWeight: null }),
      sampled: false,
    };
  // Typed loosely upstream: the traversal carries its node index, the stack its items.
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as ((
    i: number,
  ) => [Stack, number[][], Uint32Array]) & {
    index: { collect(values: Float64Array): Record<string, number> };
  };
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  const samples = Math.max(
    8,
    Math.min(BETWEENNESS_SAMPLES, Math.floor(BETWEENNESS_WORK / (n + graph.size))),
  );
  const step = n / samples;
  for (let k = 0; k < samples; k++) {
    const source = Math.floor(k * step);
    const [S, P, sigma] = brandes(source);
    for (let j = 0; j < S.size; j++) delta[S.items[j]!] = 0;
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
    }
  }
  const scale = n / BETWEENNESS_SAMPLES / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i]! *= scale;
  return { values: brandes.index.collect(centralities), sampled: true };
};
