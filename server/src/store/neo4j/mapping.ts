/**
 * Record → domain mapping at the driver boundary (props.ts maps the other way). Nothing above this file sees a neo4j-driver
 * type: Integers become numbers, temporal values ISO strings, nodes/relationships/paths plain
 * objects, and property maps become Actor / Source / Claim records with absent (not null)
 * optional fields, exactly as the embedded store returns them.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { z } from 'zod';
import {
  ActorSchema,
  ClaimSchema,
  RelataError,
  SourceSchema,
  type Actor,
  type Claim,
  type Source,
} from '../../domain';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
export type Row = Record<string, Plain>;

const isTemporal = (v: unknown): boolean =>
  neo4j.isDate(v) ||
  neo4j.isDateTime(v) ||
  neo4j.isLocalDateTime(v) ||
  neo4j.isLocalTime(v) ||
  neo4j.isTime(v) ||
  neo4j.isDuration(v);

/** Converts any value the driver returns into plain JSON-like data. */
export const toPlain = (v: unknown): Plain => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (neo4j.isInt(v)) {
    if (!neo4j.integer.inSafeRange(v)) {
      throw new RelataError('INTERNAL', `Integer ${v.toString()} is outside the safe range`);
    }
    return v.toNumber();
  }
  // Date → 2024-11-05, DateTime → 2024-11-05T10:00:00Z, etc. (the driver renders ISO 8601).
  if (isTemporal(v)) return (v as { toString(): string }).toString();
  if (neo4j.isNode(v)) return toPlain(v.properties);
  if (neo4j.isRelationship(v)) return { type: v.type, ...toPlainMap(v.properties) };
  if (neo4j.isPath(v)) {
    return {
      nodes: [v.start, ...v.segments.map((s) => s.end)].map(toPlain),
      relationships: v.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'object') return toPlainMap(v as Record<string, unknown>);
  throw new RelataError('INTERNAL', `Unexpected value from Neo4j: ${typeof v}`);
};

const toPlainMap = (o: Record<string, unknown>): { [key: string]: Plain } =>
  Object.fromEntries(Object.entries(o).map(([k, val]) => [k, toPlain(val)]));

export const recordToRow = (r: Neo4jRecord): Row => toPlainMap(r.toObject());

// ---- Reading properties -------------------------------------------------------------------

type Props = Readonly<Record<string, Plain | undefined>>;

/** Node properties that are bookkeeping, not record fields. */
const INTERNAL: ReadonlySet<string> = new Set(['fingerprint', 'searchText', 'relId']);

/** `quantity_value` → `quantity.value`: the inverse of props.ts `flatten`. */
const NESTED = /^([A-Za-z][A-Za-z0-9]*)_([A-Za-z][A-Za-z0-9]*)$/;

const asProps = (v: Plain | undefined, what: string): Props => {
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) {
    throw new RelataError('INTERNAL', `Expected ${what} properties from Neo4j`);
  }
  return v;
};

/** Rebuilds a record from its properties; checks the required string fields are there. */
const record = (v: Plain | undefined, what: string, required: readonly string[]) => {
  const p = asProps(v, what);
  const out: Record<string, Plain> = {};
  for (const [k, x] of Object.entries(p)) {
    if (x === null || x === undefined || INTERNAL.has(k)) continue;
    const nested = NESTED.exec(k);
    if (nested === null) out[k] = x;
    else {
      const [, field, key] = nested as unknown as [string, string, string];
      const obj = out[field];
      if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) obj[key] = x;
      else out[field] = { [key]: x };
    }
  }
  for (const k of required)
    if (typeof out[k] !== 'string') throw new RelataError('INTERNAL', `${what} without ${k}`);
  return out;
};

/** Field order of a schema: its keys, and the keys of each nested object field. */
interface KeyOrder {
  keys: readonly string[];
  nested: ReadonlyMap<string, readonly string[]>;
}

const objectInside = (t: unknown): z.ZodObject | null => {
  let cur = t;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault) cur = cur.unwrap();
  return cur instanceof z.ZodObject ? cur : null;
};

const keyOrder = (schema: z.ZodObject): KeyOrder => ({
  keys: Object.keys(schema.shape),
  nested: new Map(
    Object.entries(schema.shape).flatMap(([k, t]) => {
      const inner = objectInside(t);
      return inner === null ? [] : [[k, Object.keys(inner.shape)] as const];
    }),
  ),
});

const ACTOR_ORDER = keyOrder(ActorSchema);
const SOURCE_ORDER = keyOrder(SourceSchema);
const CLAIM_ORDER = keyOrder(ClaimSchema);

/** The same fields in the given order, then any others by name. */
const inOrder = (r: Record<string, Plain>, keys: readonly string[]): Record<string, Plain> => {
  const out: Record<string, Plain> = {};
  for (const k of keys) if (k in r) out[k] = r[k]!;
  for (const k of Object.keys(r).sort()) if (!(k in out)) out[k] = r[k]!;
  return out;
};

/**
 * A record with its fields in schema order, nested objects included. Neo4j returns properties
 * in no particular order, and the embedded store returns records as zod parsed them (schema
 * order), so without this the two stores would serialise the same record differently.
 */
const ordered = (r: Record<string, Plain>, order: KeyOrder): Record<string, Plain> => {
  const out = inOrder(r, order.keys);
  for (const [field, keys] of order.nested) {
    const v = out[field];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out[field] = inOrder(v, keys);
  }
  return out;
};

export const actorFromProps = (v: Plain | undefined): Actor => {
  const r = record(v, 'actor', ['id', 'name', 'kind']);
  const aliases = Array.isArray(r.aliases) ? r.aliases : [];
  return ordered({ ...r, aliases }, ACTOR_ORDER) as unknown as Actor;
};

export const sourceFromProps = (v: Plain | undefined): Source =>
  ordered(record(v, 'source', ['id', 'title']), SOURCE_ORDER) as unknown as Source;

const CLAIM_REQUIRED = ['id', 'subject', 'predicate', 'object', 'status', 'source'] as const;

/** Claims stored before a defaulted field existed read back with the schema's default. */
export const claimFromProps = (v: Plain | undefined): Claim => {
  const r = record(v, 'claim', CLAIM_REQUIRED);
  return ordered({ confidence: 0.9, origin: 'CURATED', ...r }, CLAIM_ORDER) as unknown as Claim;
};
