import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, relationshipId, type Actor, type Relationship } from '../domain';
import type { GraphStore } from '../store';
import { parseExportParams } from './params';
import { ExportAbortedError } from './sink';
import { exportTo } from './write';

const ACTORS = 2000;
const RELS = 20_000;
const BATCH = 500;

/** A store that makes its 20k relationships up batch by batch and counts what was read. */
const syntheticStore = () => {
  const read = { relBatches: 0 };
  const actor = (i: number): Actor => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: 'STATE',
    aliases: [`A${i}`],
  });
  const rel = (i: number): Relationship => {
    const [s, o] = [
      `actor-${i % ACTORS}`,
      `actor-${((i % ACTORS) + 1 + 7 * Math.floor(i / ACTORS)) % ACTORS}`,
    ];
    return {
      id: `${relationshipId(s, 'SUPPLIES', o)}#${i}`,
      subject: s,
      predicate: 'SUPPLIES',
      object: o,
      claimCount: 1,
      sourceCount: 1,
      firstDate: '2024-01',
      lastDate: '2024-01',
      status: 'ASSERTED',
      statuses: ['ASSERTED'],
      contested: false,
      maxConfidence: 0.9,
      claimIds: [`c-${i}`],
    };
  };
  const store = {
    kind: 'embedded',
    revision: () => Promise.resolve('synthetic'),
    async *streamActors(size = 1000) {
      for (let i = 0; i < ACTORS; i += size)
        yield await Promise.resolve(
          Array.from({ length: Math.min(size, ACTORS - i) }, (_, j) => actor(i + j)),
        );
    },
    async *streamRelationships(_f: unknown, size = 1000) {
      for (let i = 0; i < RELS; i += size) {
        read.relBatches++;
        yield await Promise.resolve(
          Array.from({ length: Math.min(size, RELS - i) }, (_, j) => rel(i + j)),
        );
      }
    },
    claimsOf: (ids: string[]) =>
      Promise.resolve(
        ids.map((id) => {
          const i = Number(id.split('#')[1]);
          const r = rel(i);
          return [
            ClaimSchema.parse({
              id: `c-${i}`,
              subject: r.subject,
              predicate: 'SUPPLIES',
              object: r.object,
              status: 'ASSERTED',
              date: '2024-01',
              source: `s-${i % 50}`,
              note: `claim, "${i}"`,
            }),
          ];
        }),
      ),
    getActors: (ids: string[]) => Promise.resolve(ids.map((id) => actor(Number(id.split('-')[1])))),
    getSources: (ids: string[]) =>
      Promise.resolve(ids.map((id) => ({ id, title: `Source ${id}` }))),
  } as unknown as GraphStore;
  return { store, read };
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

describe.each(['gexf', 'graphml', 'json', 'csv', 'cypher', 'brief'])('streaming %s', (format) => {
  it(
    'writes many chunks, waits for drain, and reads the store as it goes',
    { timeout: 60_000 },
    async () => {
      const { store, read } = syntheticStore();
      const out = new SlowReader(read, HWM);
      const bytes = await exportTo(store, parseExportParams({ format }), out, {
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
      // The first bytes went out before the store was read to the end.
      expect(out.batchesAtFirstWrite).toBeLessThan(RELS / BATCH);
    },
  );
});

it('stops reading the store when the destination goes away', async () => {
  const { store, read } = syntheticStore();
  const out = new SlowReader(read, HWM);
  out.once('drain', () => out.destroy());
  await expect(
    exportTo(store, parseExportParams({ format: 'gexf' }), out, {
      chunkSize: CHUNK,
      batchSize: BATCH,
    }),
  ).rejects.toBeInstanceOf(ExportAbortedError);
  expect(read.relBatches).toBeLessThan(RELS / BATCH);
});
