/**
 * The Neo4j store's TypeScript logic (planning, batching, transactions, ranking, aggregation)
 * run through the shared contract against an in-memory double of the Cypher statements. The
 * real statements run against Neo4j in neo4j.int.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../contract-fixture';
import { storeContract } from '../contract';
import type { LoadProgress } from '../types';
import { CypherDouble } from './cypher-double';
import type { Tx } from './executor';
import { Neo4jStore } from '.';

const options = {
  uri: 'bolt://double',
  user: 'neo4j',
  password: 'x',
  database: 'neo4j',
  batchSize: 3,
};

const makeStore = async () => {
  const store = new Neo4jStore(options, new CypherDouble());
  await store.init();
  return store;
};

storeContract('neo4j store logic (in-memory Cypher double)', makeStore);

/** Runs every write twice, dropping the first attempt, as executeWrite does on a transient error. */
class RetryingDouble extends CypherDouble {
  override async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const saved = this.state;
    await super.write(work);
    this.state = saved; // first attempt rolled back
    return super.write(work);
  }
}

describe('neo4j store loads', () => {
  it('replays an in-memory load on retry but refuses to replay a consumed stream', async () => {
    const db = new RetryingDouble();
    const store = new Neo4jStore(options, db);
    await store.init();
    expect((await store.load(dataset())).claims).toEqual({ added: 12, updated: 0, unchanged: 0 });
    await store.clear();
    async function* batches() {
      yield await Promise.resolve(dataset());
    }
    const err = await store.loadStream(batches()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((await store.stats()).claims).toBe(0);
  });

  it('writes in batches of batchSize inside one transaction and reports progress', async () => {
    const db = new CypherDouble();
    const store = new Neo4jStore(options, db);
    await store.init();
    const events: LoadProgress[] = [];
    await store.load(dataset(), { onProgress: (p) => events.push(p) });
    const claimBatches = db.log.filter((q) => q.name === 'load-claims');
    expect(claimBatches.map((q) => (q.params.rows as unknown[]).length)).toEqual([3, 3, 3, 3]);
    expect(events.filter((e) => e.phase === 'claims').at(-1)).toEqual({
      phase: 'claims',
      done: 12,
      total: 12,
    });
    expect(events.at(-1)).toEqual({ phase: 'commit', done: 1, total: 1 });
    expect(db.state.rels.get('north-korea|SIGNS_TREATY_WITH|russia')).toMatchObject({
      claimCount: 2,
      claimIds: ['k3', 'k4'],
    });
  });

  it('re-writes nothing when the same dataset is loaded again', async () => {
    const db = new CypherDouble();
    const store = new Neo4jStore(options, db);
    await store.init();
    await store.load(dataset());
    db.log.length = 0;
    await store.load(dataset());
    const writes = db.log.filter((q) =>
      /^load-(actors|sources|claims|relationships)$/.test(q.name),
    );
    expect(writes).toEqual([]);
  });

  it('keeps the materialised relationships in step with moved claims', async () => {
    const db = new CypherDouble();
    const store = new Neo4jStore(options, db);
    await store.init();
    await store.load(dataset());
    const k6 = dataset().claims.find((c) => c.id === 'k6')!;
    await store.load({ actors: [], sources: [], claims: [{ ...k6, predicate: 'SUPPLIES' }] });
    expect(db.state.rels.has('china|SUPPORTS|russia')).toBe(false);
    expect(db.state.rels.get('china|SUPPLIES|russia')).toMatchObject({
      claimCount: 1,
      status: 'REPORTED',
    });
    expect(db.state.rels.size).toBe((await store.stats()).relationships);
  });
});
