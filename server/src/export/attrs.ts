import { PREDICATE_INFO, type Actor, type Relationship } from '../domain';

export type AttrType = 'string' | 'int' | 'double' | 'boolean';
export type AttrValue = string | number | boolean;

/** One exported attribute: its name, type (for typed formats) and how to read it. */
export interface AttrDef<T> {
  name: string;
  type: AttrType;
  get(x: T): AttrValue | null | undefined;
}

/** Lists (aliases, statuses, CAMEO codes) are joined into one cell/attribute with this. */
export const LIST_SEPARATOR = '; ';
const joined = (xs: readonly string[] | undefined) =>
  xs === undefined || xs.length === 0 ? null : xs.join(LIST_SEPARATOR);

export const isDirected = (r: Relationship): boolean => !PREDICATE_INFO[r.predicate].symmetric;

/** Node attributes besides the id, the same in every format. */
export const NODE_ATTRS: readonly AttrDef<Actor>[] = [
  { name: 'label', type: 'string', get: (a) => a.name },
  { name: 'kind', type: 'string', get: (a) => a.kind },
  { name: 'role', type: 'string', get: (a) => a.role },
  { name: 'affiliation', type: 'string', get: (a) => a.affiliation },
  { name: 'aliases', type: 'string', get: (a) => joined(a.aliases) },
  { name: 'description', type: 'string', get: (a) => a.description },
];

/** Edge attributes besides id, source (subject) and target (object). */
export const EDGE_ATTRS: readonly AttrDef<Relationship>[] = [
  { name: 'predicate', type: 'string', get: (r) => r.predicate },
  { name: 'label', type: 'string', get: (r) => PREDICATE_INFO[r.predicate].label },
  { name: 'cameo', type: 'string', get: (r) => joined(PREDICATE_INFO[r.predicate].cameo) },
  { name: 'directed', type: 'boolean', get: isDirected },
  { name: 'claimCount', type: 'int', get: (r) => r.claimCount },
  { name: 'sourceCount', type: 'int', get: (r) => r.sourceCount },
  { name: 'status', type: 'string', get: (r) => r.status },
  { name: 'statuses', type: 'string', get: (r) => joined(r.statuses) },
  { name: 'contested', type: 'boolean', get: (r) => r.contested },
  { name: 'firstDate', type: 'string', get: (r) => r.firstDate },
  { name: 'lastDate', type: 'string', get: (r) => r.lastDate },
  { name: 'maxConfidence', type: 'double', get: (r) => r.maxConfidence },
];

/** The attributes that have a value, in definition order. */
export const valuesOf = <T>(defs: readonly AttrDef<T>[], x: T): [AttrDef<T>, AttrValue][] =>
  defs.flatMap((d) => {
    const v = d.get(x);
    return v === null || v === undefined ? [] : [[d, v] as [AttrDef<T>, AttrValue]];
  });
