import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, PREDICATES } from '../../domain';
import { kindLabel, NODE_LABELS, RELATIONSHIP_TYPES } from './allowlist';
import { queries, QUERY_NAMES, readCypherDir } from './queries';

/** Severity 1 = Error, 2 = Warning (LSP DiagnosticSeverity). */
const text = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);
const ERROR = 1;

const files = [...readCypherDir().values()];

/** The statement without its header comment. */
const body = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');

/** `a:Label`, `(:Label`, `[r:TYPE|OTHER]`, `a:A:B` outside strings (map entries have a space). */
const labelsIn = (text: string) =>
  [
    ...body(text)
      .replace(/'[^']*'/g, "''")
      .matchAll(/:([A-Z]\w*(?:[|:][A-Z]\w*)*)/g),
  ].flatMap((m) => m[1]!.split(/[|:]/));

const usedParams = (text: string) =>
  [...new Set([...body(text).matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();

/** Built-in functions and procedures of Neo4j 5 (from the package), plus Relata's names. */
const schemaFor = (params: string[]): DbSchema => ({
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  labels: [...NODE_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPES],
  parameters: Object.fromEntries(params.map((p) => [p, null])),
  defaultLanguage: 'CYPHER 5',
});

describe('cypher/*.cypher', () => {
  it('holds exactly the statements the store knows, each with a header', () => {
    expect(files.map((f) => f.name).sort()).toEqual([...QUERY_NAMES].sort());
    expect(queries().size).toBe(QUERY_NAMES.length);
  });

  describe.each(files.map((f) => [f.name, f] as const))('%s', (_name, file) => {
    it('passes the Cypher linter with no errors and uses only allowlisted labels/types', () => {
      const { diagnostics } = lintCypherQuery(file.text, schemaFor(file.declaredParams));
      const lines = diagnostics.map((d) => ({ severity: d.severity, message: text(d.message) }));
      const warnings = lines.filter((d) => d.severity !== ERROR).map((d) => d.message);
      if (warnings.length > 0)
        console.warn(`${file.name}.cypher:\n${warnings.map((w) => `  warning: ${w}`).join('\n')}`);
      expect(lines.filter((d) => d.severity === ERROR).map((d) => d.message)).toEqual([]);
      expect(warnings.filter((m) => m.includes('is not present in the database'))).toEqual([]);
    }, 120_000); // the linter's semantic analysis takes seconds to warm up

    it('declares exactly the $parameters it uses, and interpolates nothing', () => {
      expect(usedParams(file.text)).toEqual([...file.declaredParams].sort());
      // No template placeholders of any flavour: values only ever travel as $parameters.
      expect(body(file.text)).not.toMatch(/\$\{|\{\{|%s|__[A-Z]+__|<[a-z]+>/);
    });

    it('names only labels and relationship types from the allowlist', () => {
      const allowed = new Set([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
      expect(labelsIn(file.text).filter((n) => !allowed.has(n))).toEqual([]);
    });
  });

  it('finds labels and types in every position (checks the checker)', () => {
    const text =
      "MATCH (a:Actor:Bogus)-[:SUBJECT|NOPE]->({k: 'x:Y'}) REMOVE a:State:Group SET a:Other";
    expect(labelsIn(text)).toEqual([
      'Actor',
      'Bogus',
      'SUBJECT',
      'NOPE',
      'State',
      'Group',
      'Other',
    ]);
    expect(labelsIn(queries().get('load-claims')!)).toContain('ATTRIBUTED_TO');
  });

  it('load-actors sets a label for every actor kind', () => {
    const text = queries().get('load-actors')!;
    for (const kind of ACTOR_KINDS)
      expect(text).toContain(`WHEN '${kind}' THEN [1] ELSE [] END | SET a:${kindLabel(kind)})`);
    expect(text).toContain(`REMOVE a:${ACTOR_KINDS.map(kindLabel).join(':')}`);
  });

  it('load-relationships has one branch per predicate', () => {
    const text = queries().get('load-relationships')!;
    const branches = [
      ...text.matchAll(
        /WHEN '([A-Z_]+)' THEN \[1\] ELSE \[\] END \|\n {2}MERGE \(s\)-\[r:([A-Z_]+)\]->\(o\)/g,
      ),
    ];
    expect(
      branches.map((m) => m[1]),
      'cypher/load-relationships.cypher needs one FOREACH branch per PREDICATES entry, in order',
    ).toEqual([...PREDICATES]);
    expect(branches.every((m) => m[1] === m[2])).toBe(true);
  });
});
