import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimSchema, type Actor, type Claim, type Dataset, type Source } from '../domain';
import { EmbeddedStore, type GraphStore } from '../store';
import { parseExportParams } from './params';
import { ExportAbortedError } from './sink';
import { exportTo } from './write';

const ACTORS = 2000;
const RELS = 20_000;
const SOURCES = 50;
const BATCH = 500;

/**
 * 2,000 actors and 20,000 relationships (one claim each: actor i → actor i + 1 + 7k for the
 * k-th round over the actors, so every directed pair is distinct), citing 50 sources.
 */
const syntheticDataset = (): Dataset => {
  const actors: Actor[] = Array.from({ length: ACTORS }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: 'STATE',
    aliases: [`A${i}`],
  }));
  const sources: Source[] = Array.from({ length: SOURCES }, (_, i) => ({
    id: `s-${i}`,
    title: `Source s-${i}`,
  }));
  const claims: Claim[] = Array.from({ length: RELS }, (_, i) => {
    const s = i % ACTORS;
    const o = (s + 1 + 7 * Math.floor(i / ACTORS)) % ACTORS;
    return ClaimSchema.parse({
      id: `c-${i}`,
      subject: `actor-${s}`,
      predicate: 'SUPPLIES',
      object: `actor-${o}`,
      status: 'ASSERTED',
      date: '2024-01',
      source: `s-${i % SOURCES}`,
      note: `claim, "${i}"`,
    });
  });
  return { actors, sources, claims };
};

let dir: string;
let store: EmbeddedStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-export-stream-'));
  store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  await store.load(syntheticDataset());
}, 60_000);
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * The real store behind a Proxy that counts the relationship batches it has handed out, so a
 * test can tell how far the export had read when it first wrote. Instrumentation only: every
 * call goes to the store.
 */
const counted = (inner: GraphStore) => {
  const read = { relBatches: 0 };
  const proxy = new Proxy(inner, {
    get(target, prop) {
      if (prop === 'streamRelationships')
        return async function* (...args: Parameters<GraphStore['streamRelationships']>) {
          for await (const batch of target.streamRelationships(...args)) {
            read.relBatches++;
            yield batch;
          }
        };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { store: proxy, read };
};

/** A slow reader: each chunk is taken on a later turn of the event loop. */
class SlowReader extends Writable {
  writes = 0;
  bytes = 0;
  maxBuffered = 0;
  maxChunk = 0;
  batchesAtFirstWrite = -1;
  constructor(
    private readonly read: { relBatches: number },
    highWaterMark: number,
  ) {
    super({ highWaterMark });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.writes++;
    this.bytes += chunk.length;
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.maxChunk = Math.max(this.maxChunk, chunk.length);
    if (this.batchesAtFirstWrite < 0) this.batchesAtFirstWrite = this.read.relBatches;
    setImmediate(done);
  }
}

const HWM = 16 * 1024;
const CHUNK = 8 * 1024;

it('exports from a store that really holds the synthetic graph', async () => {
  expect(await store.stats()).toEqual({
    actors: ACTORS,
    relationships: RELS,
    claims: RELS,
    sources: SOURCES,
  });
});

describe.each(['gexf', 'graphml', 'json', 'csv', 'cypher', 'brief'])('streaming %s', (format) => {
  it(
    'writes many chunks, waits for drain, and reads the store as it goes',
    { timeout: 60_000 },
    async () => {
      const { store: s, read } = counted(store);
      const out = new SlowReader(read, HWM);
      const bytes = await exportTo(s, parseExportParams({ format }), out, {
        chunkSize: CHUNK,
        batchSize: BATCH,
      });
      out.end();
      await finished(out);
      expect(out.bytes).toBe(bytes);
      expect(out.writes).toBeGreaterThan(50);
      // Never more buffered than the high-water mark plus the chunk that crossed it.
      expect(out.maxBuffered).toBeLessThanOrEqual(HWM + CHUNK);
      expect(out.maxChunk).toBeLessThanOrEqual(CHUNK);
      // Every relationship was read, in batches of BATCH…
      expect(read.relBatches).toBeGreaterThanOrEqual(RELS / BATCH);
      // …and the first bytes went out before the store was read to the end.
      expect(out.batchesAtFirstWrite).toBeLessThan(RELS / BATCH);
    },
  );
});

it('stops reading the store when the destination goes away', async () => {
  const { store: s, read } = counted(store);
  const out = new SlowReader(read, HWM);
  out.once('drain', () => out.destroy());
  await expect(
    exportTo(s, parseExportParams({ format: 'gexf' }), out, {
      chunkSize: CHUNK,
      batchSize: BATCH,
    }),
  ).rejects.toBeInstanceOf(ExportAbortedError);
  expect(read.relBatches).toBeLessThan(RELS / BATCH);
});
