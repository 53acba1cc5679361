import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportParams } from './params';
import {
  TRICKY_NOTE,
  exportOf,
  expectedGraph,
  openFixtureStore,
  type FixtureStore,
} from './test-fixture';

let fx: FixtureStore;
beforeAll(async () => {
  fx = await openFixtureStore();
});
afterAll(() => fx.close());

type Row = Record<string, string>;
const read = (files: Record<string, Uint8Array>, name: string): Row[] =>
  parse<Row>(strFromU8(files[name]!), { columns: true, skip_empty_lines: true });

describe.each([
  ['whole graph', {}],
  ['view', { actorIds: 'russia', depth: '2', origins: 'CURATED', to: '2024-11-06' }],
])('CSV zip: %s', (_name, params) => {
  it('unzips to nodes, edges and claims that match the store', async () => {
    // A small chunk size so that the zip is written in many pieces.
    const out = await exportOf(fx.store, { format: 'csv', ...params }, { chunkSize: 256 });
    expect(out.chunks.length).toBeGreaterThan(3);
    const files = unzipSync(out.buffer);
    expect(Object.keys(files)).toEqual(['metadata.json', 'nodes.csv', 'edges.csv', 'claims.csv']);

    const request = parseExportParams({ format: 'csv', ...params });
    const { nodes, edges } = await expectedGraph(fx.store, request);
    const nodeRows = read(files, 'nodes.csv');
    expect(nodeRows).toEqual(
      nodes.map((a) => ({
        id: a.id,
        label: a.name,
        kind: a.kind,
        role: a.role ?? '',
        affiliation: a.affiliation ?? '',
        aliases: a.aliases.join('; '),
        description: a.description ?? '',
      })),
    );
    const edgeRows = read(files, 'edges.csv');
    expect(
      edgeRows.map((r) => [
        r.id,
        r.source,
        r.target,
        r.predicate,
        r.claimCount,
        r.status,
        r.contested,
        r.firstDate,
        r.maxConfidence,
      ]),
    ).toEqual(
      edges.map((e) => [
        e.id,
        e.subject,
        e.object,
        e.predicate,
        String(e.claimCount),
        e.status,
        String(e.contested),
        e.firstDate ?? '',
        String(e.maxConfidence),
      ]),
    );

    const claims = await fx.store.claimsOf(
      edges.map((e) => e.id),
      request.filter,
    );
    const sources = new Map((await fx.store.listSources()).map((s) => [s.id, s]));
    const claimRows = read(files, 'claims.csv');
    expect(
      claimRows.map((r) => [
        r.id,
        r.relationshipId,
        r.status,
        r.date,
        r.note,
        r.evidence,
        r.sourceId,
        r.sourceTitle,
        r.sourceUrl,
      ]),
    ).toEqual(
      edges.flatMap((e, i) =>
        claims[i]!.map((c) => [
          c.id,
          e.id,
          c.status,
          c.date ?? '',
          c.note ?? '',
          c.evidence ?? '',
          c.source,
          sources.get(c.source)!.title,
          sources.get(c.source)!.url ?? '',
        ]),
      ),
    );
    expect(claimRows.length).toBeGreaterThan(0);
    const meta = JSON.parse(strFromU8(files['metadata.json']!)) as {
      generatedAt: string;
      filter: unknown;
    };
    expect(meta.generatedAt).toBe('2024-12-01T10:00:00.000Z');
    expect(meta.filter).toEqual(expect.objectContaining({ from: null }));
  });
});

it('quotes commas, quotes and newlines', async () => {
  const files = unzipSync((await exportOf(fx.store, { format: 'csv' })).buffer);
  const claims = read(files, 'claims.csv');
  expect(claims.find((r) => r.id === 'k13')).toMatchObject({
    note: TRICKY_NOTE,
    sourceTitle: 'Report "C", part <1> & more',
    sourcePublisher: "O'Reilly\nWire",
  });
  expect(claims.find((r) => r.id === 'k14')?.evidence).toBe(
    'They met in Beijing;\r\n\tno comment.',
  );
  expect(read(files, 'nodes.csv').find((r) => r.id === 'cote-d-ivoire')?.aliases).toBe(
    'Ivory Coast, the; say "hi"',
  );
  expect(strFromU8(files['claims.csv']!)).toContain('"They said, ""stop"" —\nthen:');
});
