/** TEST ONLY: the Cypher double's answers to the schema, load and clear statements. */
import { randomUUID } from 'node:crypto';
import { list, num, rows, s, stored, type Handlers } from './cypher-double-state';

export const writeHandlers: Handlers = {
  'schema-actor-id': () => [],
  'schema-source-id': () => [],
  'schema-claim-id': () => [],
  'schema-claim-relationship': () => [],
  'schema-actor-search': () => [],
  'schema-await-indexes': () => [],
  health: () => [{ name: 'Neo4j Kernel', versions: ['double'], edition: 'community' }],
  'admin-create-database': () => [],
  'admin-drop-database': () => [],
  'clear-batch': (db, p) => {
    let left = num(p.batchSize);
    let deleted = 0;
    for (const m of [db.actors, db.sources, db.claims])
      for (const id of [...m.keys()]) if (left-- > 0 && m.delete(id)) deleted++;
    if (db.actors.size === 0) db.rels.clear();
    return [{ deleted }];
  },
  'load-existing-actors': (db, p) =>
    list(p, 'ids').flatMap((id) => {
      const a = db.actors.get(id);
      return a ? [{ id, fingerprint: a.fingerprint ?? null }] : [];
    }),
  'load-existing-sources': (db, p) =>
    list(p, 'ids').flatMap((id) => {
      const x = db.sources.get(id);
      return x ? [{ id, fingerprint: x.fingerprint ?? null }] : [];
    }),
  'load-existing-claims': (db, p) =>
    list(p, 'ids').flatMap((id) => {
      const c = db.claims.get(id);
      return c ? [{ id, fingerprint: c.fingerprint ?? null, relId: c.relId ?? null }] : [];
    }),
  'load-relationship-members': (db, p) =>
    list(p, 'relIds').flatMap((relId) => {
      const claimIds = [...db.claims.values()].filter((c) => c.relId === relId).map((c) => s(c.id));
      return claimIds.length > 0 ? [{ relId, claimIds }] : [];
    }),
  'load-relationship-claims': (db, p) =>
    list(p, 'relIds').flatMap((relId) =>
      [...db.claims.values()].filter((c) => c.relId === relId).map((claim) => ({ claim })),
    ),
  'load-actors': (db, p) => {
    for (const r of rows(p)) db.actors.set(s(r.props.id), stored(r.props));
    return [{ written: rows(p).length }];
  },
  'load-sources': (db, p) => {
    for (const r of rows(p)) db.sources.set(s(r.props.id), stored(r.props));
    return [{ written: rows(p).length }];
  },
  'load-claims': (db, p) => {
    let linked = 0;
    for (const r of rows(p)) {
      db.claims.set(s(r.props.id), stored(r.props));
      const ok = [r.props.subject, r.props.object].every((id) => db.actors.has(s(id)));
      if (ok && db.sources.has(s(r.props.source))) linked++;
    }
    return [{ linked }];
  },
  'load-relationships': (db, p) => {
    const ok = rows(p).filter((r) => db.actors.has(s(r.subject)) && db.actors.has(s(r.object)));
    for (const r of ok) db.rels.set(`${r.subject}|${r.predicate}|${r.object}`, stored(r.props));
    return [{ written: ok.length }];
  },
  'load-delete-relationships': (db, p) => {
    const deleted = rows(p).filter((r) =>
      db.rels.delete(`${r.subject}|${r.predicate}|${r.object}`),
    );
    return [{ deleted: deleted.length }];
  },
  'write-revision': (db) => [{ revision: (db.revision = randomUUID()) }],
  'schema-meta-key': () => [],
};
