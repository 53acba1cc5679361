import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '../server/src/import/stream';
import { EmbeddedStore } from '../server/src/store';
import { writeGenerated } from './gen';

export interface BigStore {
  store: EmbeddedStore;
  file: string;
  loadSeconds: number;
  close(): Promise<void>;
}

const shared = new Map<string, Promise<BigStore>>();

/**
 * The large graph, built once per benchmark run and shared by the benchmarks that read it
 * (they do not write to it). `closeBigStores` removes it at the end of the run.
 */
export const makeBigStore = (o: { actors: number; claims: number }): Promise<BigStore> => {
  const key = `${o.actors}:${o.claims}`;
  let s = shared.get(key);
  if (s === undefined) shared.set(key, (s = buildBigStore(o)));
  return s.then((b) => ({ ...b, close: () => Promise.resolve() }));
};

export const closeBigStores = async (): Promise<void> => {
  for (const s of shared.values()) await (await s).close();
  shared.clear();
};

/**
 * A fresh embedded store holding a generated GDELT-layout graph (heavy-tailed degrees),
 * imported through the real streaming importer.
 */
const buildBigStore = async (o: { actors: number; claims: number }): Promise<BigStore> => {
  const dir = await mkdtemp(join(tmpdir(), 'relata-bench-'));
  const file = join(dir, 'events.tsv');
  const out = createWriteStream(file);
  await writeGenerated({ actors: o.actors, claims: o.claims, seed: 7 }, out);
  out.end();
  await new Promise((r) => out.on('finish', r));
  const store = new EmbeddedStore({
    dataDir: join(dir, 'store'),
    limits: { maxClaims: 5_000_000, maxActors: 1_000_000 },
  });
  await store.init();
  const t0 = performance.now();
  await importFiles(store, [{ format: 'gdelt', file }]);
  return {
    store,
    file,
    loadSeconds: (performance.now() - t0) / 1000,
    close: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
};

/** The actor with the most relationships (the hub the latency benchmarks start from). */
export const hubOf = async (store: EmbeddedStore): Promise<string> => {
  const degree = new Map<string, number>();
  for await (const batch of store.streamRelationships({}, 10_000))
    for (const r of batch)
      for (const end of [r.subject, r.object]) degree.set(end, (degree.get(end) ?? 0) + 1);
  let best = '';
  let max = -1;
  for (const [id, d] of degree) if (d > max) [best, max] = [id, d];
  return best;
};

export const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

export const time = async <T>(fn: () => Promise<T> | T): Promise<[number, T]> => {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
};
