import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MultiDirectedGraph } from 'graphology';
import { G } from '../server/src/import/gdelt';
import { importFiles } from '../server/src/import/stream';
import { EmbeddedStore } from '../server/src/store';
import { writeGenerated } from './gen';

const seconds = (t0: number) => (performance.now() - t0) / 1000;

/** The baseline: read the same file and add its edges straight into a graphology graph. */
const bareLoad = async (file: string): Promise<{ rows: number; edges: number }> => {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  const [a1c, a1n, a2c, a2n, code] = [
    G.Actor1Code!,
    G.Actor1Name!,
    G.Actor2Code!,
    G.Actor2Name!,
    G.EventCode!,
  ];
  let rows = 0;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity,
  })) {
    const f = line.split('\t');
    const s = `${f[a1c]}:${f[a1n]}`;
    const o = `${f[a2c]}:${f[a2n]}`;
    graph.mergeNode(s);
    graph.mergeNode(o);
    graph.mergeEdgeWithKey(`${s}|${f[code]?.slice(0, 2)}|${o}`, s, o);
    rows++;
  }
  return { rows, edges: graph.size };
};

/**
 * Embedded-store import throughput (rows/s) on N synthetic GDELT rows (default 1M; N/10
 * actors), through the streaming importer into a fresh EmbeddedStore (snapshot write included),
 * against a bare loop adding the same rows' edges to a graphology graph in the same run.
 * ratio = loader rows/s ÷ bare rows/s (target ≥ 0.3). Prints nothing.
 */
export async function benchLoad(opts: { claims?: number } = {}): Promise<{
  name: string;
  ratio: number;
  target: string;
  details: Record<string, number | string>;
}> {
  const claims = opts.claims ?? 1_000_000;
  const actors = Math.max(100, Math.round(claims / 10));
  const dir = await mkdtemp(join(tmpdir(), 'relata-bench-load-'));
  try {
    const file = join(dir, 'events.tsv');
    const out = createWriteStream(file);
    await writeGenerated({ actors, claims, seed: 1 }, out);
    out.end();
    await once(out, 'finish');

    let t0 = performance.now();
    const bare = await bareLoad(file);
    const bareSeconds = seconds(t0);

    const store = new EmbeddedStore({
      dataDir: join(dir, 'store'),
      limits: { maxClaims: claims + 1, maxActors: actors + 1000 },
    });
    await store.init();
    let commitAt = 0;
    t0 = performance.now();
    const report = await importFiles(store, [{ format: 'gdelt', file }], {
      onProgress: (p) => {
        if (p.phase === 'commit' && p.done === 0) commitAt = performance.now();
      },
    });
    const endAt = performance.now();
    const loadSeconds = seconds(t0);
    const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
    const stats = await store.stats();
    await store.close();

    const loaderRate = report.imported / loadSeconds;
    const bareRate = bare.rows / bareSeconds;
    return {
      name: `embedded import vs bare graphology (${claims} rows)`,
      ratio: loaderRate / bareRate,
      target: '≥ 0.3',
      details: {
        rows: report.imported,
        loaderRowsPerSec: Math.round(loaderRate),
        bareRowsPerSec: Math.round(bareRate),
        loaderSeconds: loadSeconds,
        snapshotSeconds: commitAt === 0 ? 0 : (endAt - commitAt) / 1000,
        bareSeconds,
        actors: stats.actors,
        relationships: stats.relationships,
        bareEdges: bare.edges,
        fileMB: (await stat(file)).size / 1e6,
        heapUsedMB: Math.round(heapMB),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
