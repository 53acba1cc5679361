/**
 * Domain → node/relationship properties for the load statements (mapping.ts reads them back).
 * Generic on purpose, so that a field added to the domain schema is stored without touching
 * this file: scalars and lists as they are, nested objects (quantity, metrics, …) flattened to
 * `field_key` properties because Neo4j has no map properties. Absent fields are simply not
 * sent, and `SET n = $props` removes whatever the node had that the record no longer has.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import {
  RelataError,
  relationshipId,
  type Actor,
  type Claim,
  type Relationship,
  type Source,
} from '../../domain';
import { searchTerms } from '../shared/search-terms';

type WriteValue = string | number | boolean | Integer | readonly string[];
export type WriteProps = Record<string, WriteValue>;

/** Separates a nested object's field from its key: `quantity_value`, `metrics_avgTone`. */
export const NESTED_SEPARATOR = '_';

/**
 * Whole numbers stored as INTEGER (the driver sends every JS number as FLOAT), so that Browser
 * and Bloom users see `3`, not `3.0`; mapping.ts reads both back as the same JS number. Nested
 * fields are named by their key (`numMentions` for `metrics.numMentions`).
 */
const INTEGER_FIELDS: ReadonlySet<string> = new Set([
  'evidenceStart',
  'evidenceEnd',
  'claimCount',
  'sourceCount',
  'numMentions',
  'numSources',
  'numArticles',
]);

const PRIMITIVES: ReadonlySet<string> = new Set(['string', 'number', 'boolean']);

/**
 * What Neo4j can store: a primitive, or a homogeneous list of primitives without nulls (no
 * maps, no nested lists). Checked here so that a new domain field that breaks the rule fails
 * with its name instead of Neo4j's "Property values can only be of primitive types".
 */
const value = (key: string, v: unknown): WriteValue => {
  if (typeof v === 'number' && INTEGER_FIELDS.has(key) && Number.isInteger(v)) return neo4j.int(v);
  const ok = Array.isArray(v)
    ? v.every((x) => PRIMITIVES.has(typeof x) && typeof x === typeof v[0])
    : PRIMITIVES.has(typeof v) && (typeof v !== 'number' || Number.isFinite(v));
  if (!ok) throw new RelataError('INTERNAL', `Field ${key} cannot be stored as a Neo4j property`);
  return v as WriteValue;
};

/** A record as properties: nulls and undefined dropped, nested objects flattened one level. */
export const flatten = (record: object): WriteProps => {
  const out: WriteProps = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      for (const [sub, x] of Object.entries(v as Record<string, unknown>))
        if (x !== undefined && x !== null) out[`${k}${NESTED_SEPARATOR}${sub}`] = value(sub, x);
    } else out[k] = value(k, v);
  }
  return out;
};

export const actorProps = (a: Actor): WriteProps => ({
  ...flatten(a),
  // Pre-folded words for the full-text index (see cypher/schema-actor-search.cypher), the
  // same terms the embedded store searches (../shared/search-terms).
  searchText: searchTerms(a).join(' '),
});

export const sourceProps = (s: Source): WriteProps => flatten(s);

export const claimProps = (c: Claim): WriteProps => ({
  ...flatten(c),
  // Canonical relationship id (symmetric predicates sort their ends): the claim's group.
  relId: relationshipId(c.subject, c.predicate, c.object),
});

/** The aggregates carried by the typed relationship between two actors (ends are the nodes). */
export const relationshipProps = (r: Relationship): WriteProps => {
  const { subject: _s, predicate: _p, object: _o, ...aggregates } = r;
  return flatten(aggregates);
};
