/** TEST ONLY: the in-memory state and helpers of the Cypher double (see cypher-double.ts). */
import type { Params } from './executor';
import { toPlain, type Plain } from './mapping';
import type { QueryName } from './queries';

export type Props = Record<string, Plain>;
export interface State {
  actors: Map<string, Props>;
  sources: Map<string, Props>;
  claims: Map<string, Props>;
  /** Typed actor→actor relationships keyed `subject|TYPE|object`. */
  rels: Map<string, Props>;
  revision: string;
}

export const copy = (s: State): State => ({
  actors: new Map(s.actors),
  sources: new Map(s.sources),
  claims: new Map(s.claims),
  rels: new Map(s.rels),
  revision: s.revision,
});

/** `SET n = $props`: null values are not stored; Integers come back as numbers. */
export const stored = (v: unknown): Props =>
  Object.fromEntries(Object.entries(toPlain(v) as Props).filter(([, x]) => x !== null));

export const list = (p: Params, k: string) => (p[k] ?? []) as string[];
export const rows = (p: Params) =>
  (p.rows ?? []) as { props: Props; subject?: string; predicate?: string; object?: string }[];
export const s = (v: Plain | undefined) => (typeof v === 'string' ? v : '');

/** The WHERE clause shared by the filtered reads, as written in the .cypher files. */
export const matches = (p: Params, c: Props): boolean => {
  const preds = p.predicates as string[] | null;
  const origins = p.origins as string[] | null;
  const from = p.from as string | null;
  const to = p.to as string | null;
  const date = typeof c.date === 'string' ? c.date : null;
  return (
    (preds === null || preds.includes(s(c.predicate))) &&
    (p.statuses as string[]).includes(s(c.status)) &&
    (origins === null || origins.includes(s(c.origin))) &&
    (from === null || (date !== null && date >= from.slice(0, date.length))) &&
    (to === null || (date !== null && date.slice(0, to.length) <= to))
  );
};

export const num = (v: unknown) => Number(toPlain(v));
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `*w1* AND *w2*` over whitespace-separated words of searchText. */
export const lucene = (query: string, text: string): boolean =>
  query.split(' AND ').every((term) => {
    const w = term.slice(1, -1).replace(/\\(.)/g, '$1');
    return text.split(' ').some((word) => word.includes(w));
  });

export type Handlers = Partial<Record<QueryName, (db: State, p: Params) => Props[]>>;
