/**
 * TEST ONLY: an in-memory stand-in for Neo4j that answers each named statement of cypher/ the
 * way the Cypher in that file does, so the store's TypeScript (batching, transactions, planning,
 * ranking, aggregation) can run the contract suite without a server. It is not a Cypher engine:
 * the statements themselves are checked by cypher.test.ts and, against a real Neo4j, by
 * neo4j.int.test.ts. Write transactions work on a copy that replaces the state only on success.
 */
import {
  cmp,
  copy,
  list,
  lucene,
  matches,
  num,
  s,
  type Handlers,
  type Props,
  type State,
} from './cypher-double-state';
import { writeHandlers } from './cypher-double-writes';
import type { Params, Runner, Tx } from './executor';
import { toPlain, type Row } from './mapping';
import { checkParams } from './params';
import { QUERY_NAMES, type QueryName } from './queries';

const readHandlers: Handlers = {
  'read-stats': (db) => [
    {
      actors: db.actors.size,
      sources: db.sources.size,
      claims: db.claims.size,
      relationships: new Set([...db.claims.values()].map((c) => c.relId)).size,
    },
  ],
  'read-actors-page': (db, p) =>
    [...db.actors.values()]
      .filter((a) => s(a.id) > String(p.after))
      .sort((a, b) => cmp(s(a.id), s(b.id)))
      .slice(0, num(p.batchSize))
      .map((actor) => ({ actor })),
  'read-relationships-page': (db, p) => {
    const matching = [...db.claims.values()].filter(
      (c) => s(c.relId) > String(p.after) && matches(p, c),
    );
    const page = new Set(
      [...new Set(matching.map((c) => s(c.relId)))].sort(cmp).slice(0, num(p.batchSize)),
    );
    return matching
      .filter((c) => page.has(s(c.relId)))
      .map((claim) => ({ relId: claim.relId ?? null, claim }));
  },
  'read-revision': (db) => [{ revision: db.revision }],
  'read-actors': (db, p) =>
    list(p, 'ids').flatMap((id) => {
      const a = db.actors.get(id);
      return a ? [{ actor: a }] : [];
    }),
  'read-sources': (db, p) =>
    list(p, 'ids').flatMap((id) => {
      const x = db.sources.get(id);
      return x ? [{ source: x }] : [];
    }),
  'read-claims': (db, p) =>
    list(p, 'ids').flatMap((id) => {
      const c = db.claims.get(id);
      return c ? [{ claim: c }] : [];
    }),
  'read-all-sources': (db) =>
    [...db.sources.values()].sort((a, b) => cmp(s(a.id), s(b.id))).map((source) => ({ source })),
  'read-search': (db, p) =>
    [...db.actors.values()]
      .filter((a) => lucene(String(p.query), s(a.searchText)))
      .slice(0, num(p.limit))
      .map((actor) => ({ actor, score: 1 })),
  'read-relationships-of': (db, p) =>
    list(p, 'ids').flatMap((id) =>
      db.actors.has(id)
        ? [...db.claims.values()]
            .filter((c) => (c.subject === id || c.object === id) && matches(p, c))
            .map((claim) => ({ id, claim }))
        : [],
    ),
  'read-claims-of': (db, p) =>
    list(p, 'relIds').flatMap((relId) =>
      [...db.claims.values()]
        .filter((c) => c.relId === relId && matches(p, c))
        .map((claim) => ({ relId, claim })),
    ),
  'read-neighborhood-hop': (db, p) => {
    const taken = new Set(list(p, 'taken'));
    const weights = new Map<string, number>();
    for (const f of list(p, 'frontier'))
      for (const c of db.claims.values()) {
        const x = c.subject === f ? s(c.object) : c.object === f ? s(c.subject) : null;
        if (x !== null && x !== f && !taken.has(x) && matches(p, c))
          weights.set(x, (weights.get(x) ?? 0) + 1);
      }
    return [...weights]
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .slice(0, num(p.max))
      .map(([id, weight]) => ({ id, weight, actor: db.actors.get(id) ?? null }));
  },
  'read-neighborhood-claims': (db, p) => {
    const ids = new Set(list(p, 'ids'));
    return [...db.claims.values()]
      .filter((c) => ids.has(s(c.subject)) && ids.has(s(c.object)) && matches(p, c))
      .map((claim) => ({ claim }));
  },
};

const handlers = { ...writeHandlers, ...readHandlers };
const missing = QUERY_NAMES.filter((n) => handlers[n] === undefined);
if (missing.length > 0) throw new Error(`Cypher double lacks ${missing.join(', ')}`);

const answer = (name: QueryName, db: State, p: Params): Props[] => handlers[name]!(db, p);

export class CypherDouble implements Runner {
  state: State = {
    actors: new Map(),
    sources: new Map(),
    claims: new Map(),
    rels: new Map(),
    revision: '',
  };
  /** Every statement run, in order (for assertions on batching). */
  readonly log: { name: QueryName; params: Params }[] = [];

  open = () => Promise.resolve('double');
  close = () => Promise.resolve();

  private tx(db: State): Tx {
    return {
      run: (name, params = {}) => {
        checkParams(name, params);
        this.log.push({ name, params });
        return Promise.resolve(answer(name, db, params).map((r) => toPlain(r) as Row));
      },
    };
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work(this.tx(this.state));
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const draft = copy(this.state);
    const result = await work(this.tx(draft));
    this.state = draft;
    return result;
  }

  readOne(name: QueryName, params: Params = {}) {
    return this.read((tx) => tx.run(name, params));
  }
}
