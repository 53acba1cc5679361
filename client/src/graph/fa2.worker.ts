/**
 * Off-main-thread layout for large views: ForceAtlas2 (graphology) over the view's nodes and
 * edges. Receives node ids with optional starting/fixed positions, answers with positions.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Fa2Request, Fa2Response } from './fa2-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<Fa2Request>) => void) | null;
  postMessage(message: Fa2Response, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const req = e.data;
  const started = performance.now();
  try {
    const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    const n = req.ids.length;
    for (let i = 0; i < n; i++) {
      const has = req.hasPosition[i] === 1;
      // Starting positions: given ones, else a deterministic spiral (FA2 needs distinct points).
      const angle = i * 2.399963;
      const r = 10 * Math.sqrt(i + 1);
      g.addNode(req.ids[i] ?? String(i), {
        x: has ? (req.xy[2 * i] ?? 0) : Math.cos(angle) * r,
        y: has ? (req.xy[2 * i + 1] ?? 0) : Math.sin(angle) * r,
        fixed: req.fixed[i] === 1,
        size: 1,
      });
    }
    for (let j = 0; j < req.edges.length; j += 2) {
      const a = req.ids[req.edges[j] ?? 0];
      const b = req.ids[req.edges[j + 1] ?? 0];
      if (a === undefined || b === undefined || a === b) continue;
      if (g.hasEdge(a, b))
        g.updateEdgeAttribute(a, b, 'weight', (w: number | undefined) => (w ?? 1) + 1);
      else g.addEdge(a, b, { weight: 1 });
    }
    const settings = {
      ...forceAtlas2.inferSettings(g),
      barnesHutOptimize: n > 400,
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
    };
    forceAtlas2.assign(g, { iterations: req.iterations, settings, getEdgeWeight: 'weight' });
    const xy = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      const attrs = g.getNodeAttributes(req.ids[i] ?? String(i));
      xy[2 * i] = attrs.x as number;
      xy[2 * i + 1] = attrs.y as number;
    }
    scope.postMessage({ id: req.id, ok: true, xy, ms: performance.now() - started }, [xy.buffer]);
  } catch (err) {
    scope.postMessage({
      id: req.id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
};
