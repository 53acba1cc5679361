/**
 * The named Cypher statements of cypher/*.cypher, read once (on first use) and cached. Each
 * file holds one statement whose name is its file name, with a header comment giving its name,
 * purpose and parameters. Values only ever travel as $parameters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RelataError } from '../../domain';

export const QUERY_NAMES = [
  'schema-actor-id',
  'schema-source-id',
  'schema-claim-id',
  'schema-claim-relationship',
  'schema-actor-search',
  'schema-meta-key',
  'schema-await-indexes',
  'health',
  'admin-create-database',
  'admin-drop-database',
  'clear-claims-batch',
  'clear-batch',
  'load-existing-actors',
  'load-existing-sources',
  'load-existing-claims',
  'load-relationship-members',
  'load-relationship-claims',
  'load-actors',
  'load-sources',
  'load-claims',
  'load-relationships',
  'load-delete-relationships',
  'read-stats',
  'read-actors',
  'read-sources',
  'read-claims',
  'read-all-sources',
  'read-search',
  'read-relationships-of',
  'read-claims-of',
  'read-neighborhood-hop',
  'read-neighborhood-claims',
  'read-actors-page',
  'read-relationships-page',
  'read-revision',
  'write-revision',
  'read-typed-relationships',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** Statements run in this order by `init()`, each in its own transaction. */
export const SCHEMA_QUERIES: readonly QueryName[] = [
  'schema-actor-id',
  'schema-source-id',
  'schema-claim-id',
  'schema-claim-relationship',
  'schema-actor-search',
  'schema-meta-key',
];

export interface CypherFile {
  name: string;
  /** The whole file, header comment included (Cypher accepts `//` comments). */
  text: string;
  /** Parameter names listed on the header's `Parameters:` lines. */
  declaredParams: string[];
}

export const CYPHER_DIR = fileURLToPath(new URL('../../../../cypher/', import.meta.url));

const HEADER = /^\/\/ Name: (?<name>[a-z0-9-]+)\n\/\/ Purpose: /;

/** Parses one file; throws on a missing or mismatched header. */
export const parseCypherFile = (fileName: string, text: string): CypherFile => {
  const name = fileName.replace(/\.cypher$/, '');
  const header = HEADER.exec(text);
  if (header?.groups?.name !== name) {
    throw new RelataError(
      'INTERNAL',
      `cypher/${fileName}: header must start with "// Name: ${name}"`,
    );
  }
  const comment = text.split('\n').filter((l) => l.startsWith('//'));
  const from = comment.findIndex((l) => l.startsWith('// Parameters:'));
  if (from < 0)
    throw new RelataError('INTERNAL', `cypher/${fileName}: header lacks "// Parameters:"`);
  const paramText = comment.slice(from).join('\n');
  const declaredParams = [
    ...new Set([...paramText.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!)),
  ];
  return { name, text, declaredParams };
};

/** Every .cypher file in the directory, by name. */
export const readCypherDir = (dir: string = CYPHER_DIR): Map<string, CypherFile> => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return new Map(
    files.map((f) => {
      const parsed = parseCypherFile(f, readFileSync(`${dir}/${f}`, 'utf8'));
      return [parsed.name, parsed];
    }),
  );
};

let cache: ReadonlyMap<QueryName, string> | null = null;

/** The statements by name, read from disk once per process; checks none is missing or extra. */
export const queries = (): ReadonlyMap<QueryName, string> => {
  if (cache !== null) return cache;
  let files: Map<string, CypherFile>;
  try {
    files = readCypherDir();
  } catch (e) {
    if (e instanceof RelataError) throw e;
    throw new RelataError(
      'INTERNAL',
      `Cannot read Cypher files in ${CYPHER_DIR}`,
      {},
      { cause: e },
    );
  }
  const known = new Set<string>(QUERY_NAMES);
  const extra = [...files.keys()].filter((n) => !known.has(n));
  const missing = QUERY_NAMES.filter((n) => !files.has(n));
  if (extra.length > 0 || missing.length > 0) {
    throw new RelataError(
      'INTERNAL',
      `cypher/ does not match QUERY_NAMES (missing: ${missing.join(', ') || '-'}; unknown: ${extra.join(', ') || '-'})`,
    );
  }
  cache = new Map(QUERY_NAMES.map((n) => [n, files.get(n)!.text]));
  return cache;
};
