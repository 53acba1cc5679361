/**
 * Record → domain mapping at the driver boundary (props.ts maps the other way). Nothing above this file sees a neo4j-driver
 * type: Integers become numbers, temporal values ISO strings, nodes/relationships/paths plain
 * objects, and property maps become Actor / Source / Claim records with absent (not null)
 * optional fields, exactly as the embedded store returns them.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { RelataError, type Actor, type Claim, type Source } from '../../domain';

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

const asProps = (v: Plain | undefined, what: string): Props => {
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) {
    throw new RelataError('INTERNAL', `Expected ${what} properties from Neo4j`);
  }
  return v;
};
const str = (p: Props, k: string): string => {
  const v = p[k];
  if (typeof v !== 'string') throw new RelataError('INTERNAL', `Missing string property ${k}`);
  return v;
};
const optStr = (p: Props, k: string): string | undefined => {
  const v = p[k];
  return typeof v === 'string' ? v : undefined;
};
const optNum = (p: Props, k: string): number | undefined => {
  const v = p[k];
  return typeof v === 'number' ? v : undefined;
};
const strList = (p: Props, k: string): string[] | undefined => {
  const v = p[k];
  return Array.isArray(v) ? v.map(String) : undefined;
};

/** Copies only the defined entries, so optional fields are absent rather than undefined. */
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const actorFromProps = (v: Plain | undefined): Actor => {
  const p = asProps(v, 'actor');
  return compact({
    id: str(p, 'id'),
    name: str(p, 'name'),
    kind: str(p, 'kind') as Actor['kind'],
    aliases: strList(p, 'aliases') ?? [],
    description: optStr(p, 'description'),
    role: optStr(p, 'role'),
    affiliation: optStr(p, 'affiliation'),
  });
};

export const sourceFromProps = (v: Plain | undefined): Source => {
  const p = asProps(v, 'source');
  return compact({
    id: str(p, 'id'),
    title: str(p, 'title'),
    publisher: optStr(p, 'publisher'),
    publishedDate: optStr(p, 'publishedDate'),
    url: optStr(p, 'url'),
    file: optStr(p, 'file'),
  });
};

export const claimFromProps = (v: Plain | undefined): Claim => {
  const p = asProps(v, 'claim');
  const qValue = optNum(p, 'quantityValue');
  const qUnit = optStr(p, 'quantityUnit');
  return compact({
    id: str(p, 'id'),
    subject: str(p, 'subject'),
    predicate: str(p, 'predicate') as Claim['predicate'],
    object: str(p, 'object'),
    status: str(p, 'status') as Claim['status'],
    date: optStr(p, 'date'),
    items: strList(p, 'items'),
    quantity:
      qValue !== undefined && qUnit !== undefined ? { value: qValue, unit: qUnit } : undefined,
    confidence: optNum(p, 'confidence') ?? 0.9,
    source: str(p, 'source'),
    note: optStr(p, 'note'),
    evidence: optStr(p, 'evidence'),
    evidenceStart: optNum(p, 'evidenceStart'),
    evidenceEnd: optNum(p, 'evidenceEnd'),
    attributedTo: optStr(p, 'attributedTo'),
    role: optStr(p, 'role'),
    cameo: optStr(p, 'cameo'),
    origin: (optStr(p, 'origin') ?? 'CURATED') as Claim['origin'],
  });
};
