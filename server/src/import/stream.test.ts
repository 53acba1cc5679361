import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, RelataError } from '../domain';
import { EmbeddedStore } from '../store';
import type { LoadProgress } from '../store/types';
import { formatReport } from './cli';
import { importFiles, type ImportInput } from './stream';

const GDELT = fileURLToPath(new URL('./fixtures/gdelt-events.tsv', import.meta.url));
const ICEWS = fileURLToPath(new URL('./fixtures/icews-events.tsv', import.meta.url));
const gdelt = (file = GDELT): ImportInput => ({ format: 'gdelt', file });
const icews = (file = ICEWS): ImportInput => ({ format: 'icews', file });

let dir: string;
let store: EmbeddedStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-import-'));
  store = new EmbeddedStore({ dataDir: join(dir, 'store') });
  await store.init();
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** The fixture without its malformed line (line 9). */
const cleanGdelt = async () => {
  const lines = (await readFile(GDELT, 'utf8')).split('\n');
  const file = join(dir, 'clean.tsv');
  await writeFile(file, lines.filter((_, i) => i !== 8).join('\n'));
  return file;
};

describe('importFiles', () => {
  it('imports GDELT rows, counting skipped rows, and re-imports idempotently', async () => {
    const first = await importFiles(store, [gdelt()], { skipBadRows: true });
    expect(first).toMatchObject({
      rows: 16,
      imported: 13,
      skipped: { missingActor: 1, sameActor: 1, badRows: 1 },
      badRowExamples: [
        { file: GDELT, line: 9, message: 'expected 61 tab-separated columns, found 30' },
      ],
    });
    expect(first.summary.claims.added).toBe(13);
    expect(await store.stats()).toEqual({ actors: 12, relationships: 13, claims: 13, sources: 12 });
    const [iran] = await store.claimsOf(['iran|INTERACTS_WITH|russia'], {});
    expect(iran?.[0]).toMatchObject({ id: 'gdelt-1210000012', cameo: '036', origin: 'IMPORTED' });
    const again = await importFiles(store, [gdelt()], { skipBadRows: true });
    expect(again.summary.claims).toEqual({ added: 0, updated: 0, unchanged: 13 });
    expect(again.summary.actors.added + again.summary.sources.added).toBe(0);
    expect(await store.stats()).toEqual({ actors: 12, relationships: 13, claims: 13, sources: 12 });
    expect(formatReport(first)).toMatch(
      /Skipped: 1 without two actors, 1 with the same actor at both ends, 1 malformed/,
    );
  });

  it('aborts atomically on a malformed row, naming file and line', async () => {
    await importFiles(store, [gdelt(await cleanGdelt())]);
    const before = await store.stats();
    const err = await importFiles(store, [icews(), gdelt()], { batchSize: 2 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DatasetError);
    expect((err as DatasetError).message).toBe(
      `${ICEWS}:14: Event Date "2024-11-31" is not a date (YYYY-MM-DD)`,
    );
    expect(await store.stats()).toEqual(before);
    const g = await importFiles(store, [gdelt()]).catch((e: unknown) => e);
    expect((g as DatasetError).issues).toEqual([
      { file: GDELT, line: 9, message: 'expected 61 tab-separated columns, found 30' },
    ]);
    expect(await store.stats()).toEqual(before);
  });

  it('gives the same result in small batches, across both formats', async () => {
    const events: LoadProgress[] = [];
    const r = await importFiles(store, [gdelt(), icews()], {
      skipBadRows: true,
      batchSize: 3,
      onProgress: (p) => events.push(p),
    });
    expect(r).toMatchObject({
      rows: 29,
      imported: 24,
      skipped: { missingActor: 2, sameActor: 1, badRows: 2 },
    });
    const stats = await store.stats();
    expect(stats.claims).toBe(24);
    const [rels] = await store.relationshipsOf(['north-korea'], {});
    expect(rels?.find((x) => x.id === 'north-korea|SUPPLIES|russia')).toMatchObject({
      claimCount: 2,
      sourceCount: 2,
    });
    expect(events.filter((e) => e.phase === 'claims').at(-1)).toEqual({
      phase: 'claims',
      done: 29,
      total: 29,
    });
    expect(events.at(-1)).toEqual({ phase: 'commit', done: 1, total: 1 });
  });

  it('never overwrites actors already in the store', async () => {
    const putin = {
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      kind: 'OFFICIAL' as const,
      aliases: ['Putin'],
      role: 'President of Russia',
      affiliation: 'russia',
    };
    const russia = {
      id: 'russia',
      name: 'Russia',
      kind: 'STATE' as const,
      aliases: ['Kremlin'],
      description: 'Curated description.',
    };
    await store.load({ actors: [russia, putin], sources: [], claims: [] });
    await importFiles(store, [gdelt(await cleanGdelt())]);
    expect(await store.getActors(['russia', 'vladimir-putin'])).toEqual([russia, putin]);
    expect((await store.getActors(['kim-jong-un']))[0]).toMatchObject({
      kind: 'OFFICIAL',
      affiliation: 'north-korea',
    });
  });

  it('reads gzip-compressed files', async () => {
    const file = join(dir, 'events.tsv.gz');
    await writeFile(file, gzipSync(await readFile(await cleanGdelt())));
    const r = await importFiles(store, [gdelt(file)]);
    expect(r).toMatchObject({ rows: 15, imported: 13 });
  });

  it('refuses a missing file or a file that is not ICEWS', async () => {
    await expect(importFiles(store, [gdelt(join(dir, 'nope.tsv'))])).rejects.toBeInstanceOf(
      RelataError,
    );
    await expect(importFiles(store, [icews(GDELT)])).rejects.toThrow(/:1: not an ICEWS event file/);
  });
});
