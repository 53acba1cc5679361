import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { UndirectedGraph } from 'graphology';
import {
  allPaths,
  computeMetrics,
  shortestPath,
  wholeGraphProjection,
} from '../server/src/analysis';
import { hubOf, makeBigStore, percentile, time } from './big-store';
import type { BenchOptions, BenchResult } from './types';

/**
 * Paths and metrics on the large graph: Relata's functions (projection from the store, cached
 * per revision) vs graphology's own functions called directly on an equivalent graph.
 */
export const benchAnalysis = async (o: BenchOptions): Promise<BenchResult[]> => {
  const big = await makeBigStore(o);
  try {
    const hub = await hubOf(big.store);
    const [coldMs, projection] = await time(() => wholeGraphProjection(big.store, {}));
    // graphology's baseline graph: the same pairs, built directly.
    const direct = new UndirectedGraph();
    projection.graph.forEachEdge((_e, attrs, a, b) => {
      direct.mergeNode(a);
      direct.mergeNode(b);
      direct.mergeEdge(a, b, { weight: attrs.weight });
    });
    const nodes = projection.graph.nodes();
    const targets = Array.from({ length: 30 }, (_, i) => nodes[(i * 7919) % nodes.length]!);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (const t of targets) {
      ours.push(
        (
          await time(async () => shortestPath(await wholeGraphProjection(big.store, {}), hub, t))
        )[0],
      );
      theirs.push((await time(() => bidirectional(direct, hub, t)))[0]);
    }
    const [allMs] = await time(() => allPaths(projection, hub, targets[1]!, 3, 10));
    const [oursMetricsMs] = await time(() => computeMetrics(projection, { betweenness: false }));
    const [directMetricsMs] = await time(() => {
      pagerank(direct, { getEdgeWeight: 'weight' });
      louvain(direct, { getEdgeWeight: 'weight' });
    });
    const [betweennessMs, withBc] = await time(() => computeMetrics(projection));
    return [
      {
        name: 'Shortest path vs graphology bidirectional',
        ratio: percentile(ours, 50) / percentile(theirs, 50),
        target: '≤ 1.2',
        details: {
          actors: projection.graph.order,
          pairs: projection.graph.size,
          ours_p50_ms: percentile(ours, 50),
          graphology_p50_ms: percentile(theirs, 50),
          projection_build_ms: coldMs,
          all_paths_len3_ms: allMs,
        },
      },
      {
        name: 'PageRank + Louvain vs graphology direct',
        ratio: oursMetricsMs / directMetricsMs,
        target: '≤ 1.2',
        details: {
          ours_ms: oursMetricsMs,
          graphology_ms: directMetricsMs,
          with_sampled_betweenness_ms: betweennessMs,
          betweenness_sampled: String(withBc.betweennessSampled),
        },
      },
    ];
  } finally {
    await big.close();
  }
};
