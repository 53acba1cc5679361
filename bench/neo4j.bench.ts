/**
 * Neo4j store at scale (issue 3), against a real Neo4j 5 named by NEO4J_URI (+ NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_BATCH_SIZE); skipped, saying so, without one.
 *
 * Data: the synthetic GDELT-layout generator (server/src/import/generate.ts: deterministic,
 * Zipf-distributed actor popularity, so a few hubs hold most events) turned into Relata records
 * by the real GDELT row parser, in Dataset batches of 5,000 rows as the importer sends them:
 * options.actors actors (100k) and options.claims claims (1M).
 *
 * 1. Batched load: the stream through `createNeo4jStore(…).loadStream`, as consecutive atomic
 *    loads of NEO4J_BENCH_LOAD_CLAIMS claims (default 100,000; each one transaction of
 *    `UNWIND $rows` statements of NEO4J_BATCH_SIZE rows), timed without the generator's own
 *    time (measured apart, reported too); rows/s is over all loads.
 * 2. Neighbourhood latency around the actor with the most relationships, depth 1 and 2
 *    (limit 500, as the GraphQL benchmark asks), p50/p95 over repeated calls.
 * 3. Per-row baseline on the same data: an evenly spaced sample of the same rows (every k-th,
 *    so it mixes new and known actors as the whole stream does) into the emptied database, one
 *    write transaction per claim running the store's own MERGE statements with one row each
 *    (load-actors for the row's actors not written yet, load-sources, load-claims). It does
 *    less per row than the batched load (no look-ups, no typed-relationship upkeep, no
 *    revision), so the ratio understates the gain of batching.
 *
 * ratio = batched rows/s ÷ per-row rows/s (target ≥ 50). Isolation: a database of its own
 * (relata-bench-<random>, dropped afterwards) where the server allows it (Enterprise);
 * otherwise NEO4J_DATABASE, only if it holds no Relata data, and it is emptied afterwards.
 *
 * Why several loads: a load is one transaction, and Neo4j holds a transaction's changes in heap
 * until it commits (all transactions together may use dbms.memory.transaction.total.max, 70% of
 * the heap by default). At roughly 3–5 KB per claim, 1M claims in one load would need a heap of
 * several GB, while 100k fit the ~700 MB a 1 GB heap allows (docker-compose.yml). Splitting
 * keeps each load atomic and the benchmark runnable on an ordinary server; rows/s barely
 * changes (later loads also re-aggregate relationships that earlier loads created, which one
 * big load would do once). On LIMIT_EXCEEDED, lower NEO4J_BENCH_LOAD_CLAIMS or raise the heap.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../server/src/config';
import {
  RelataError,
  relationshipId,
  type Actor,
  type Dataset,
  type Source,
} from '../server/src/domain';
import { parseGdeltRow } from '../server/src/import/gdelt';
import { generateRows } from '../server/src/import/generate';
import { isProblem, type ParsedRow } from '../server/src/import/row';
import type { GraphStore } from '../server/src/store';
import { createNeo4jStore } from '../server/src/store/neo4j';
import { isAdminUnsupported } from '../server/src/store/neo4j/errors';
import { Executor, type ConnectionOptions } from '../server/src/store/neo4j/executor';
import { fingerprint } from '../server/src/store/neo4j/load-plan';
import { actorProps, claimProps, sourceProps } from '../server/src/store/neo4j/props';
import { percentile, time } from './big-store';
import type { BenchResult } from './types';

/** Rows per Dataset handed to loadStream (the importer's default). */
const DATASET_ROWS = 5_000;
const SEED = 11;
const NEIGHBORHOOD_LIMIT = 500;
/** Claims per atomic load (NEO4J_BENCH_LOAD_CLAIMS). */
const LOAD_CLAIMS = Number(process.env.NEO4J_BENCH_LOAD_CLAIMS ?? 100_000);

const seconds = (t0: number) => (performance.now() - t0) / 1000;

/** What the generation pass learns on the way, for the later phases. */
interface Tally {
  rows: number;
  skipped: number;
  generatorSeconds: number;
  /** Distinct relationships per actor (the typed relationships the load materialises). */
  degree: Map<string, number>;
  relationships: Set<string>;
  /** Every `stride`-th parsed row, for the per-row baseline. */
  sample: ParsedRow[];
}

function* parsedRows(o: { actors: number; claims: number }, tally: Tally): Generator<ParsedRow> {
  let line = 0;
  for (const text of generateRows({ actors: o.actors, claims: o.claims, seed: SEED })) {
    const r = parseGdeltRow(text.split('\t'), ++line);
    if (isProblem(r)) {
      if (r.problem === 'bad-row')
        throw new RelataError('INTERNAL', `generated row ${line}: ${r.message}`);
      tally.skipped++;
      continue;
    }
    yield r;
  }
}

/**
 * The rows as Dataset batches, each actor and source sent once (as the importer does), timing
 * the time spent producing them so that it can be taken out of the loader's time.
 */
async function* datasets(
  rows: Iterator<ParsedRow>,
  stride: number,
  tally: Tally,
): AsyncGenerator<Dataset> {
  const sentActors = new Set<string>();
  const sentSources = new Set<string>();
  for (;;) {
    const t0 = performance.now();
    const actors = new Map<string, Actor>();
    const sources = new Map<string, Source>();
    const claims: Dataset['claims'] = [];
    while (claims.length < DATASET_ROWS) {
      const next = rows.next();
      if (next.done === true) break;
      const r = next.value;
      for (const a of r.actors) if (!sentActors.has(a.id) && !actors.has(a.id)) actors.set(a.id, a);
      if (!sentSources.has(r.source.id) && !sources.has(r.source.id))
        sources.set(r.source.id, r.source);
      claims.push(r.claim);
      if (tally.rows++ % stride === 0) tally.sample.push(r);
      const rel = relationshipId(r.claim.subject, r.claim.predicate, r.claim.object);
      if (!tally.relationships.has(rel)) {
        tally.relationships.add(rel);
        for (const end of [r.claim.subject, r.claim.object])
          tally.degree.set(end, (tally.degree.get(end) ?? 0) + 1);
      }
    }
    for (const id of actors.keys()) sentActors.add(id);
    for (const id of sources.keys()) sentSources.add(id);
    tally.generatorSeconds += seconds(t0);
    if (claims.length === 0) return;
    yield await Promise.resolve({
      actors: [...actors.values()],
      sources: [...sources.values()],
      claims,
    });
  }
}

/** The next batches of `source` up to `max` claims: the input of one atomic load. */
async function* nextLoad(
  source: AsyncIterator<Dataset>,
  max: number,
  state: { done: boolean },
): AsyncGenerator<Dataset> {
  for (let n = 0; n < max;) {
    const next = await source.next();
    if (next.done === true) {
      state.done = true;
      return;
    }
    n += next.value.claims.length;
    yield next.value;
  }
}

/** One write transaction per claim, with the store's own statements and one row each. */
const perRowLoad = async (ex: Executor, sample: readonly ParsedRow[]): Promise<number> => {
  const sentActors = new Set<string>();
  const sentSources = new Set<string>();
  const t0 = performance.now();
  for (const r of sample) {
    const actors = r.actors.filter((a) => !sentActors.has(a.id));
    const source = sentSources.has(r.source.id) ? null : r.source;
    const linked = await ex.write(async (tx) => {
      if (actors.length > 0)
        await tx.run('load-actors', {
          rows: actors.map((a) => ({ props: { ...actorProps(a), fingerprint: fingerprint(a) } })),
        });
      if (source !== null)
        await tx.run('load-sources', {
          rows: [{ props: { ...sourceProps(source), fingerprint: fingerprint(source) } }],
        });
      const [row] = await tx.run('load-claims', {
        rows: [{ props: { ...claimProps(r.claim), fingerprint: fingerprint(r.claim) } }],
      });
      return row?.linked;
    }, 'bench per-row');
    // A baseline that silently wrote nothing would flatter the batched load.
    if (linked !== 1)
      throw new RelataError(
        'INTERNAL',
        `per-row load of ${r.claim.id} linked ${JSON.stringify(linked)} claims`,
      );
    for (const a of actors) sentActors.add(a.id);
    if (source !== null) sentSources.add(source.id);
  }
  return seconds(t0);
};

const latencies = async (store: GraphStore, hub: string, depth: number, runs: number) => {
  const q = { actorIds: [hub], depth, limit: NEIGHBORHOOD_LIMIT };
  for (let i = 0; i < 3; i++) await store.neighborhood(q); // warm up (plans, page cache)
  const ms: number[] = [];
  let last = await store.neighborhood(q);
  for (let i = 0; i < runs; i++) {
    const [t, sub] = await time(() => store.neighborhood(q));
    ms.push(t);
    last = sub;
  }
  return {
    [`depth${depth}_p50_ms`]: percentile(ms, 50),
    [`depth${depth}_p95_ms`]: percentile(ms, 95),
    [`depth${depth}_nodes`]: last.nodes.length,
    [`depth${depth}_edges`]: last.edges.length,
    [`depth${depth}_truncated`]: String(last.truncated),
  };
};

const isEmpty = async (store: GraphStore) => {
  const s = await store.stats();
  return s.actors + s.sources + s.claims === 0;
};

/** A database of our own where the server allows it; else the configured one, if empty. */
const provision = async (
  target: ConnectionOptions,
): Promise<{ database: string; created: boolean; drop: () => Promise<void> }> => {
  const system = new Executor({ ...target, database: 'system' });
  await system.open();
  const name = `relata-bench-${randomBytes(4).toString('hex')}`;
  try {
    await system.admin('admin-create-database', { name });
  } catch (e) {
    await system.close();
    if (!isAdminUnsupported(e)) throw e;
    return { database: target.database, created: false, drop: () => Promise.resolve() };
  }
  return {
    database: name,
    created: true,
    drop: async () => {
      try {
        await system.admin('admin-drop-database', { name });
      } finally {
        await system.close();
      }
    },
  };
};

export async function benchNeo4j(options: {
  claims: number;
  actors: number;
  quick: boolean;
}): Promise<BenchResult[] | null> {
  if (!process.env.NEO4J_URI) {
    console.log(
      'neo4j bench skipped: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to a Neo4j 5 server; ' +
        `it loads 1M claims (100k with --quick) in atomic loads of NEO4J_BENCH_LOAD_CLAIMS (${LOAD_CLAIMS})`,
    );
    return null;
  }
  if (!Number.isInteger(LOAD_CLAIMS) || LOAD_CLAIMS < 1)
    throw new RelataError('CONFIG_INVALID', 'NEO4J_BENCH_LOAD_CLAIMS must be a positive integer');
  const { neo4j: config } = loadConfig({
    NEO4J_URI: process.env.NEO4J_URI,
    NEO4J_USER: process.env.NEO4J_USER,
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_DATABASE,
    NEO4J_BATCH_SIZE: process.env.NEO4J_BATCH_SIZE,
  });
  const target: ConnectionOptions = { ...config, uri: config.uri! };
  const db = await provision(target);
  const where = { ...target, database: db.database };
  const store = createNeo4jStore({ ...where, batchSize: config.batchSize });
  const ex = new Executor(where);
  let ours = false; // whether the data in the database is ours to remove
  try {
    await store.init();
    await ex.open();
    if (!(await isEmpty(store))) {
      console.log(
        `neo4j bench skipped: database "${db.database}" already holds Relata data and no database of its own ` +
          'could be created (Community edition?); point NEO4J_DATABASE at an empty database',
      );
      return null;
    }
    ours = true;
    const server = (await store.health()).detail;
    const sampleSize = Math.min(options.claims, options.quick ? 2_000 : 5_000);
    const stride = Math.max(1, Math.ceil(options.claims / sampleSize));
    const tally: Tally = {
      rows: 0,
      skipped: 0,
      generatorSeconds: 0,
      degree: new Map(),
      relationships: new Set(),
      sample: [],
    };

    // 1. Batched: the stream as consecutive atomic loads of LOAD_CLAIMS claims.
    const source = datasets(parsedRows(options, tally), stride, tally)[Symbol.asyncIterator]();
    const state = { done: false };
    let [loads, claimsAdded, slowestLoadSeconds] = [0, 0, 0];
    let t0 = performance.now();
    while (!state.done) {
      const [t, generated] = [performance.now(), tally.generatorSeconds];
      const s = await store.loadStream(nextLoad(source, LOAD_CLAIMS, state)).catch((e: unknown) => {
        if (e instanceof RelataError && e.code === 'LIMIT_EXCEEDED')
          console.log(
            `neo4j bench: ${e.message}\n  Lower NEO4J_BENCH_LOAD_CLAIMS (now ${LOAD_CLAIMS}) or give Neo4j more heap.`,
          );
        throw e;
      });
      if (s.claims.added + s.claims.updated + s.claims.unchanged === 0) break; // source ended
      loads++;
      claimsAdded += s.claims.added;
      const loadSeconds = seconds(t) - (tally.generatorSeconds - generated);
      slowestLoadSeconds = Math.max(slowestLoadSeconds, loadSeconds);
    }
    const wallSeconds = seconds(t0);
    const loaderSeconds = wallSeconds - tally.generatorSeconds;
    const stats = await store.stats();
    if (stats.claims !== tally.rows)
      throw new RelataError(
        'INTERNAL',
        `batched load stored ${stats.claims} of ${tally.rows} claims`,
      );

    // 2. Neighbourhood latency around the best-connected actor.
    let hub = '';
    for (const [id, d] of tally.degree) if (d > (tally.degree.get(hub) ?? -1)) hub = id;
    const runs = options.quick ? 20 : 50;
    const d1 = await latencies(store, hub, 1, runs);
    const d2 = await latencies(store, hub, 2, runs);

    // 3. Per-row baseline on the sample, into the emptied database.
    t0 = performance.now();
    await store.clear();
    const clearSeconds = seconds(t0);
    const perRowSeconds = await perRowLoad(ex, tally.sample);
    const perRowStats = await store.stats();
    if (perRowStats.claims !== tally.sample.length)
      throw new RelataError(
        'INTERNAL',
        `per-row load stored ${perRowStats.claims} of ${tally.sample.length} claims`,
      );

    const batchedRate = tally.rows / loaderSeconds;
    const perRowRate = tally.sample.length / perRowSeconds;
    return [
      {
        name: `neo4j batched load vs per-row MERGE transactions (${tally.rows} rows)`,
        ratio: batchedRate / perRowRate,
        target: '≥ 50',
        details: {
          server,
          database: db.created ? 'own (dropped afterwards)' : db.database,
          batchSize: config.batchSize,
          rows: tally.rows,
          skippedRows: tally.skipped,
          actors: stats.actors,
          sources: stats.sources,
          relationships: stats.relationships,
          batchedRowsPerSec: Math.round(batchedRate),
          batchedSeconds: loaderSeconds,
          batchedRowsPerSecWithGenerator: Math.round(tally.rows / wallSeconds),
          generatorSeconds: tally.generatorSeconds,
          loads,
          claimsPerLoad: LOAD_CLAIMS,
          slowestLoadSeconds,
          claimsAdded,
          perRowRowsPerSec: Math.round(perRowRate),
          perRowSample: `${tally.sample.length} rows (every ${stride}th)`,
          perRowSeconds,
          clearSeconds,
          hub,
          hubRelationships: tally.degree.get(hub) ?? 0,
          neighborhoodLimit: NEIGHBORHOOD_LIMIT,
          ...d1,
          ...d2,
        },
      },
    ];
  } finally {
    if (ours && !db.created) await store.clear().catch(() => undefined);
    await ex.close();
    await store.close();
    await db.drop();
  }
}
