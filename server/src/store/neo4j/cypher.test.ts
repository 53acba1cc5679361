import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, PREDICATES } from '../../domain';
import { kindLabel, NODE_LABELS, RELATIONSHIP_TYPES } from './allowlist';
import { queries, QUERY_NAMES, readCypherDir } from './queries';

/** Severity 1 = Error, 2 = Warning (LSP DiagnosticSeverity). */
const ERROR = 1;

const files = [...readCypherDir().values()];

/** The statement without its header comment. */
const body = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');

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
      const warnings = diagnostics.filter((d) => d.severity !== ERROR);
      if (warnings.length > 0)
        console.warn(
          `${file.name}.cypher:\n${warnings.map((w) => `  warning: ${w.message}`).join('\n')}`,
        );
      expect(diagnostics.filter((d) => d.severity === ERROR).map((d) => d.message)).toEqual([]);
      expect(warnings.filter((d) => d.message.includes('is not present in the database'))).toEqual(
        [],
      );
    });

    it('declares exactly the $parameters it uses, and interpolates nothing', () => {
      expect(usedParams(file.text)).toEqual([...file.declaredParams].sort());
      // No template placeholders of any flavour: values only ever travel as $parameters.
      expect(body(file.text)).not.toMatch(/\$\{|\{\{|%s|__[A-Z]+__|<[a-z]+>/);
    });

    it('names only labels and relationship types from the allowlist', () => {
      // `a:Label`, `(:Label`, `[r:TYPE|OTHER]`, `a:A:B` (a map entry has a space after its colon).
      const text = body(file.text).replace(/'[^']*'/g, "''");
      const names = [...text.matchAll(/:([A-Z][A-Za-z_]*(?:[|:][A-Z][A-Za-z_]*)*)/g)].flatMap((m) =>
        m[1]!.split(/[|:]/),
      );
      expect(names.length > 0 || !/[(\[]\w*:/.test(text)).toBe(true);
      const allowed = new Set([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
      expect(names.filter((n) => !allowed.has(n))).toEqual([]);
    });
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
    expect(branches.map((m) => m[1])).toEqual([...PREDICATES]);
    expect(branches.every((m) => m[1] === m[2])).toBe(true);
  });
});
