import { RelataError } from '../domain';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../store/neo4j/allowlist';

/** A number always written as a float (`1.0`), for properties that are fractions. */
export interface CypherFloat {
  readonly float: number;
}
export const float = (n: number | undefined): CypherFloat | undefined =>
  n === undefined ? undefined : { float: n };

export type CypherValue =
  string | number | boolean | null | undefined | CypherFloat | readonly string[];

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// eslint-disable-next-line no-control-regex -- control characters are what must be escaped
const UNSAFE = /[\\'\u0000-\u001F\u007F\u2028\u2029]/g;

/**
 * A single-quoted Cypher string literal. Backslash and quote are escaped, and every other
 * control or line-separator character becomes an escape sequence, so a value can neither end
 * the literal nor the line. Hand-written: no maintained library renders Cypher literals.
 */
export const cypherString = (s: string): string =>
  `'${s.replace(UNSAFE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/** Safe integers in full, other numbers as float literals (`1.0`, `1.5e21`); NaN/∞ → null. */
export const cypherNumber = (n: number, asFloat = false): string => {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isSafeInteger(n)) return asFloat ? `${n}.0` : String(n);
  const s = String(n).replace('e+', 'e');
  return /[.e]/.test(s) ? s : `${s}.0`;
};

export const cypherValue = (v: CypherValue): string => {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') return cypherNumber(v);
  if (typeof v === 'boolean') return String(v);
  if ('float' in v) return cypherNumber(v.float, true);
  return `[${v.map(cypherString).join(', ')}]`;
};

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A literal map of the defined entries; keys are our own identifiers, checked anyway. */
export const cypherMap = (o: Record<string, CypherValue>): string => {
  const entries = Object.entries(o).filter(([, v]) => v !== null && v !== undefined);
  for (const [k] of entries)
    if (!KEY.test(k)) throw new RelataError('INTERNAL', `Bad Cypher property key ${k}`);
  return `{${entries.map(([k, v]) => `${k}: ${cypherValue(v)}`).join(', ')}}`;
};

/** Labels and relationship types cannot be literals; they come only from the store's allowlist. */
export const label = (name: string): string => {
  if (!NODE_LABELS.includes(name))
    throw new RelataError('INTERNAL', `Label ${name} is not in the allowlist`);
  return name;
};

export const relType = (name: string): string => {
  if (!RELATIONSHIP_TYPES.includes(name))
    throw new RelataError('INTERNAL', `Type ${name} is not in the allowlist`);
  return name;
};
