import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../store/neo4j/allowlist';
import { cypherMap, cypherNumber, cypherString, float } from './cypher-literal';
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

const ERROR = 1;
const schema: DbSchema = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  labels: [...NODE_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPES],
  defaultLanguage: 'CYPHER 5',
};

const LITERAL = /'((?:\\.|[^'\\])*)'/g;
/** Reads a Cypher string literal's body back (the escapes cypherString writes). */
const decode = (body: string) =>
  body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
    e.length > 1
      ? String.fromCharCode(parseInt(e.slice(1), 16))
      : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
  );
const statements = (script: string) =>
  script.split('\n').filter((l) => l !== '' && !l.startsWith('//'));
const lint = (text: string) =>
  lintCypherQuery(text, schema).diagnostics.map((d) => ({
    severity: d.severity,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));

describe.each([
  ['whole graph', {}],
  [
    'view',
    { actorIds: 'north-korea,cote-d-ivoire', depth: '1', statuses: 'ASSERTED,REPORTED,DENIED' },
  ],
])('Cypher script: %s', (_name, params) => {
  let script = '';
  beforeAll(async () => {
    script = (await exportOf(fx.store, { format: 'cypher', ...params })).text;
  });

  it('only MERGEs and SETs literal values, one statement per line', () => {
    for (const s of statements(script)) {
      expect(s).toMatch(/^MERGE \(.*;$/);
      const code = s.replace(LITERAL, "''");
      const keywords = [...code.matchAll(/\b[A-Z]{3,}\b/g)]
        .map((m) => m[0])
        .filter((k) => !NODE_LABELS.includes(k) && !RELATIONSHIP_TYPES.includes(k));
      expect(new Set(keywords)).toEqual(
        new Set(keywords.filter((k) => k === 'MERGE' || k === 'SET')),
      );
      expect(code).not.toMatch(/[$;](?!$)|\/\/|\/\*/);
    }
  });

  it('uses only labels and relationship types from the allowlist', () => {
    const code = statements(script).join('\n').replace(LITERAL, "''");
    const names = [...code.matchAll(/:([A-Z]\w*)/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    expect(
      names.filter((n) => !NODE_LABELS.includes(n) && !RELATIONSHIP_TYPES.includes(n)),
    ).toEqual([]);
  });

  it('merges every node, edge and claim of the export', async () => {
    const request = parseExportParams({ format: 'cypher', ...params });
    const { nodes, edges } = await expectedGraph(fx.store, request);
    const claims = (
      await fx.store.claimsOf(
        edges.map((e) => e.id),
        request.filter,
      )
    ).flat();
    const merged = (l: string) =>
      [...script.matchAll(new RegExp(`^MERGE \\(\\w+:${l} \\{id: '([^']+)'\\}\\) SET`, 'gm'))]
        .map((m) => m[1])
        .sort();
    expect(merged('Actor')).toEqual(nodes.map((n) => n.id).sort());
    expect(merged('Claim')).toEqual(claims.map((c) => c.id).sort());
    expect(merged('Source')).toEqual([...new Set(claims.map((c) => c.source))].sort());
    const rels = [...script.matchAll(/SET r \+= \{id: '([^']+)'/g)].map((m) => m[1]).sort();
    expect(rels).toEqual(edges.map((e) => e.id).sort());
    expect(script).toMatch(/MERGE \(s\)-\[r:SIGNS_TREATY_WITH\]-\(o\)/);
  });
});

// The linter takes ~0.3 s per statement; the whole-graph script has every kind of statement.
it(
  'passes the Cypher linter with no errors and no unknown labels or types',
  { timeout: 120_000 },
  async () => {
    const diagnostics = lint((await exportOf(fx.store, { format: 'cypher' })).text);
    expect(diagnostics.filter((d) => d.severity === ERROR).map((d) => d.message)).toEqual([]);
    expect(diagnostics.filter((d) => d.message.includes('not present in the database'))).toEqual(
      [],
    );
  },
);

it(
  'escapes values so that they read back exactly and cannot break out of the literal',
  { timeout: 60_000 },
  async () => {
    const script = (await exportOf(fx.store, { format: 'cypher' })).text;
    const values = [...script.matchAll(LITERAL)].map((m) => decode(m[1]!));
    expect(values).toContain(TRICKY_NOTE);
    expect(values).toContain('They met in Beijing;\r\n\tno comment.');
    expect(values).toContain("Côte d'Ivoire & <Partners>");
    for (const evil of [
      "x'}) DETACH DELETE n //",
      "a\\'b",
      '\u2028\u0000;\nMATCH (n) DELETE n',
      '\\u0027',
    ]) {
      const text = `MERGE (a:Actor {id: 'x'}) SET a += ${cypherMap({ name: evil })};`;
      expect(lint(text).filter((d) => d.severity === ERROR)).toEqual([]);
      expect(text.split('\n')).toHaveLength(1);
      expect(decode(cypherString(evil).slice(1, -1))).toBe(evil);
    }
  },
);

it('writes integers and floats as Cypher numbers', () => {
  expect(cypherNumber(3)).toBe('3');
  expect(cypherMap({ a: float(1), b: float(0.95), c: 2, d: float(1e21), e: Number.NaN })).toBe(
    '{a: 1.0, b: 0.95, c: 2, d: 1e21, e: null}',
  );
});
