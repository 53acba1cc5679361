/** Runs ForceAtlas2 in a Web Worker (a separate bundled file, allowed by the CSP's worker-src). */
import type { Position } from 'cytoscape';
import type { Fa2Request, Fa2Response } from './fa2-protocol';
import { fa2Iterations, rescalePositions } from './layout';

export interface WorkerLayoutInput {
  ids: readonly string[];
  edges: readonly { source: string; target: string }[];
  /** Known positions (kept fixed when `keep` is true). */
  positions?: ReadonlyMap<string, Position>;
  keep?: boolean;
  iterations?: number;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(xy: Float64Array): void; reject(e: Error): void }>();

const getWorker = (): Worker => {
  if (worker !== null) return worker;
  const w = new Worker(new URL('./fa2.worker.ts', import.meta.url), {
    type: 'module',
    name: 'relata-layout',
  });
  w.onmessage = (e: MessageEvent<Fa2Response>) => {
    const p = pending.get(e.data.id);
    if (p === undefined) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.xy);
    else p.reject(new Error(`Layout worker failed: ${e.data.error}`));
  };
  w.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(`Layout worker crashed: ${e.message}`));
    pending.clear();
    worker = null;
  };
  worker = w;
  return w;
};

/** Positions for every id, computed off the main thread and scaled to Cytoscape's units. */
export const workerLayout = async (input: WorkerLayoutInput): Promise<Map<string, Position>> => {
  const { ids, edges } = input;
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const xy = new Float64Array(2 * n);
  const hasPosition = new Uint8Array(n);
  const fixed = new Uint8Array(n);
  const known = input.positions;
  // Known positions are handed over in FA2's units (scaled down), fixed on incremental runs.
  const SCALE = 0.1;
  if (known !== undefined) {
    ids.forEach((id, i) => {
      const p = known.get(id);
      if (p === undefined) return;
      xy[2 * i] = p.x * SCALE;
      xy[2 * i + 1] = p.y * SCALE;
      hasPosition[i] = 1;
      if (input.keep === true) fixed[i] = 1;
    });
  }
  const pairs: number[] = [];
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined) pairs.push(a, b);
  }
  const id = nextId++;
  const req: Fa2Request = {
    id,
    ids: [...ids],
    xy,
    hasPosition,
    fixed,
    edges: Uint32Array.from(pairs),
    iterations: input.iterations ?? fa2Iterations(n),
  };
  const out = await new Promise<Float64Array>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage(req, [req.xy.buffer, req.edges.buffer]);
  });
  const raw = new Map<string, Position>();
  ids.forEach((nid, i) => raw.set(nid, { x: out[2 * i] ?? 0, y: out[2 * i + 1] ?? 0 }));
  if (input.keep === true && known !== undefined && known.size > 0) {
    // Fixed nodes stayed put: map back with the same scale instead of rescaling.
    const res = new Map<string, Position>();
    for (const [nid, p] of raw) res.set(nid, known.get(nid) ?? { x: p.x / SCALE, y: p.y / SCALE });
    return res;
  }
  return rescalePositions(raw, edges);
};
