import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError } from '../domain';
import { EmbeddedStore } from '../store';
import { loadPaths, parseFiles } from '.';

const ACTORS = `actors:
  - id: russia
    name: Russia
    kind: STATE
    aliases: [Moscow]
  - id: north-korea
    name: North Korea
    kind: STATE
    aliases: [DPRK]
`;
const SOURCES = `sources:
  - id: wire-1
    title: Test wire story
    publishedDate: 2024-11-05
`;
const CLAIMS = `source: wire-1
claims:
  - id: t-1
    subject: north-korea
    predicate: DEPLOYS_TROOPS_TO
    object: russia
    status: REPORTED
    date: 2024-10
    note: Our own summary of a reported deployment.
`;

let dir: string;
let store: EmbeddedStore;
const file = async (name: string, text: string) => {
  const p = join(dir, 'in', name);
  await mkdir(join(dir, 'in'), { recursive: true });
  await writeFile(p, text);
  return p;
};
const problems = async (paths: string[]) => {
  const e = await loadPaths(store, paths).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(DatasetError);
  expect((e as DatasetError).code).toBe('INVALID_DATASET');
  return (e as DatasetError).issues;
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-loader-'));
  store = new EmbeddedStore({ dataDir: join(dir, 'store') });
  await store.init();
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('loadPaths', () => {
  it('loads a folder of YAML files and is idempotent', async () => {
    await file('actors.yaml', ACTORS);
    await file('sources.yaml', SOURCES);
    await file('claims.yaml', CLAIMS);
    const first = await loadPaths(store, [join(dir, 'in')]);
    expect(first.claims.added).toBe(1);
    expect(first.relationships.added).toBe(1);
    const second = await loadPaths(store, [join(dir, 'in')]);
    expect(second.claims).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await store.stats()).toEqual({ actors: 2, relationships: 1, claims: 1, sources: 1 });
  });

  it('resolves references against what the store already holds', async () => {
    const a = await file('actors.yaml', ACTORS);
    const s = await file('sources.yaml', SOURCES);
    await loadPaths(store, [a, s]);
    const c = await file('claims.yaml', CLAIMS);
    expect((await loadPaths(store, [c])).claims.added).toBe(1);
  });

  describe('bad input: a clear file:line error and an unchanged store', () => {
    const expectUnchanged = async (run: () => Promise<unknown>) => {
      await loadPaths(store, [
        await file('actors.yaml', ACTORS),
        await file('sources.yaml', SOURCES),
      ]);
      const before = await store.stats();
      await run();
      expect(await store.stats()).toEqual(before);
    };

    it('malformed YAML', () =>
      expectUnchanged(async () => {
        const p = await file('bad.yaml', 'claims:\n  - id: x\n    subject: [unclosed\n');
        const [i] = await problems([p]);
        expect(i!.file).toContain('bad.yaml');
        expect(i!.line).toBe(4); // YAML notices the unclosed list where the file ends
        expect(i!.message).toMatch(/invalid YAML/);
      }));

    it('unknown actor', () =>
      expectUnchanged(async () => {
        const p = await file('c.yaml', CLAIMS.replace('object: russia', 'object: atlantis'));
        const issues = await problems([p]);
        expect(issues).toEqual([
          {
            file: expect.stringContaining('c.yaml') as string,
            line: 3,
            message: 'claim t-1: unknown actor "atlantis" in object',
          },
        ]);
      }));

    it('unknown predicate', () =>
      expectUnchanged(async () => {
        const p = await file('c.yaml', CLAIMS.replace('DEPLOYS_TROOPS_TO', 'HUGS'));
        const [i] = await problems([p]);
        expect(i!.line).toBe(5);
        expect(i!.message).toMatch(/claim t-1: predicate must be one of SUPPLIES, /);
      }));

    it('duplicate id across files', () =>
      expectUnchanged(async () => {
        const a = await file('c1.yaml', CLAIMS);
        const b = await file('c2.yaml', `\n\n${CLAIMS}`);
        const [i] = await problems([a, b]);
        expect(i!.file).toContain('c2.yaml');
        expect(i!.line).toBe(5);
        expect(i!.message).toMatch(/duplicate claim id "t-1" \(first defined at .*c1\.yaml:3\)/);
      }));

    it('unknown fields, bad dates, bad status, missing note and a missing path', () =>
      expectUnchanged(async () => {
        const p = await file(
          'c.yaml',
          CLAIMS.replace('date: 2024-10', 'date: 2024-13\n    colour: red').replace(
            'REPORTED',
            'RUMOURED',
          ),
        );
        const messages = (await problems([p])).map((i) => `${i.line}: ${i.message}`);
        expect(messages).toEqual([
          '3: claim t-1: unknown field(s) colour',
          '7: claim t-1: status must be one of ASSERTED, REPORTED, ALLEGED, DENIED, HYPOTHETICAL, NEGATED',
          '8: claim t-1: date must be YYYY, YYYY-MM or YYYY-MM-DD',
        ]);
        const missing = await problems([join(dir, 'nope.yaml')]);
        expect(missing[0]!.message).toBe('no such file or directory');
      }));

    it('a valid file with an invalid one aborts the whole load', () =>
      expectUnchanged(async () => {
        const good = await file('good.yaml', CLAIMS);
        const bad = await file('zbad.yaml', 'claims: 3\n');
        const [i] = await problems([good, bad]);
        expect(i).toMatchObject({ line: 1, message: '"claims" must be a list' });
      }));
  });
});

describe('parseFiles (pure)', () => {
  it('reports unknown sections and non-mapping documents with their lines', () => {
    const p = parseFiles([
      { file: 'a.yaml', text: 'actors: []\nedges: []\n' },
      { file: 'b.json', text: '[1, 2]' },
    ]);
    expect(p.issues).toEqual([
      {
        file: 'a.yaml',
        line: 2,
        message: 'unknown section "edges" (expected actors, sources, claims, source)',
      },
      {
        file: 'b.json',
        line: 1,
        message: 'expected a mapping with "actors", "sources" or "claims" lists',
      },
    ]);
  });

  it('reads JSON files too, and applies the file-level default source', () => {
    const p = parseFiles([
      {
        file: 'x.json',
        text: JSON.stringify({
          source: 's',
          claims: [
            {
              id: 'a',
              subject: 'b',
              predicate: 'MEETS',
              object: 'c',
              status: 'ASSERTED',
              note: 'n',
            },
          ],
        }),
      },
    ]);
    expect(p.issues).toEqual([]);
    expect(p.claims[0]!.value).toMatchObject({ source: 's', confidence: 0.9, origin: 'CURATED' });
  });
});
