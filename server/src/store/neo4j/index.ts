/**
 * GraphStore on Neo4j 5 (community or enterprise, single server or `neo4j://` cluster, no
 * plugins). Selected with RELATA_STORE=neo4j; behaves exactly like the embedded store (the
 * shared contract suite runs against both).
 *
 * Graph model (see cypher/):
 *   (:Actor:State|Official|Organization|Group {id, name, kind, aliases, …, searchText})
 *   (:Source {id, title, …})
 *   (:Claim {id, predicate, status, date, …, relId})-[:SUBJECT]->(:Actor)
 *                                               -[:OBJECT]->(:Actor)
 *                                               -[:CITES]->(:Source)
 *                                               -[:ATTRIBUTED_TO]->(:Actor)   (optional)
 *   (:Actor)-[:SUPPLIES|MEETS|… {id, claimCount, sourceCount, firstDate, lastDate, status,
 *            statuses, contested, maxConfidence, claimIds}]->(:Actor)
 * A claim is a node, not a relationship property, because it is an n-ary fact (subject,
 * object, source, attribution) that must be listed, filtered and cited on its own; its
 * `relId` (canonical subject|PREDICATE|object, symmetric predicates with sorted ends) groups
 * it into a relationship. The typed actor→actor relationship is the materialised aggregate
 * over ALL claims of the group, rebuilt in the load's transaction: it is what Neo4j Browser and
 * Bloom users see and what `stats` counts. Reads with a claim filter aggregate the matching
 * claims on the fly (filters change the aggregates), so the claims stay the source of truth.
 */
import type { Dataset } from '../../domain';
import { RelataError } from '../../domain';
import type {
  ClaimFilter,
  GraphStore,
  LoadOptions,
  LoadSummary,
  NeighborhoodQuery,
  Stats,
  StoreHealth,
} from '../types';
import { isEquivalentSchemaRule, mapNeo4jError } from './errors';
import { Executor, withTimeout, type Runner } from './executor';
import { once, runLoad } from './load';
import { Mutex } from './mutex';
import { actorFromProps, claimFromProps, sourceFromProps } from './mapping';
import { SCHEMA_QUERIES } from './queries';
import { integer } from './params';
import * as reads from './reads';
import * as streams from './streams';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
  batchSize: number;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '?');

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly writes = new Mutex();
  private readonly ex: Runner;
  private ready = false;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.ex = new Executor(options);
  }

  async init(): Promise<void> {
    await this.ex.open();
    for (const name of SCHEMA_QUERIES) {
      try {
        await this.ex.write((tx) => tx.run(name), name);
      } catch (e) {
        // Another process created the same index between our IF NOT EXISTS check and ours.
        if (!(e instanceof RelataError && isEquivalentSchemaRule(e.cause))) throw e;
      }
    }
    await this.ex.write(
      (tx) => tx.run('schema-await-indexes', { timeoutSeconds: integer(120) }),
      'schema',
    );
    this.ready = true;
  }

  async close(): Promise<void> {
    this.ready = false;
    await this.ex.close();
  }

  async health(): Promise<StoreHealth> {
    const where = `${this.options.uri}, database "${this.options.database}"`;
    if (!this.ready) return { store: 'neo4j', ok: false, detail: `not initialised (${where})` };
    try {
      // Bounded: a down server must not hold a health probe for the driver's retry window.
      const [row] = await withTimeout(this.ex.readOne('health'), 5_000, 'Neo4j');
      const versions = Array.isArray(row?.versions)
        ? row.versions.filter((v) => typeof v === 'string')
        : [];
      const detail = `${str(row?.name)} ${versions.join(', ')} ${str(row?.edition)} (${where})`;
      return { store: 'neo4j', ok: true, detail };
    } catch (e) {
      return {
        store: 'neo4j',
        ok: false,
        detail: `${mapNeo4jError(e, 'health').message} (${where})`,
      };
    }
  }

  /** A dataset in memory can be replayed, so a transient error simply retries the load. */
  load(dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
    return this.runLoad([dataset], options);
  }

  /**
   * One transaction over the whole stream. A stream cannot be replayed, so if Neo4j fails the
   * transaction transiently after batches were consumed, the load fails (nothing is kept)
   * instead of the driver's retry silently loading only the rest of the stream (see `once`).
   * Its size is bounded by Neo4j's transaction memory (see load.ts): import very large files
   * as several loads.
   */
  loadStream(batches: AsyncIterable<Dataset>, options: LoadOptions = {}): Promise<LoadSummary> {
    let failure: unknown;
    const stream = once(batches, () => failure);
    return this.runLoad(stream, options, (e) => (failure = e));
  }

  private runLoad(
    batches: Iterable<Dataset> | AsyncIterable<Dataset>,
    { onProgress }: LoadOptions,
    onAttemptFailed: (e: unknown) => void = () => {},
  ): Promise<LoadSummary> {
    return this.writes.run(async () => {
      const summary = await this.ex.write(async (tx) => {
        try {
          return await runLoad(tx, batches, this.options.batchSize, onProgress);
        } catch (e) {
          onAttemptFailed(e);
          throw e;
        }
      }, 'load');
      onProgress?.({ phase: 'commit', done: 1, total: 1 });
      return summary;
    });
  }

  /** Bounded transactions: claims first (≤ 4 links each), then actors and sources. */
  clear(): Promise<void> {
    return this.writes.run(async () => {
      const batchSize = integer(Math.max(1, this.options.batchSize));
      for (const name of ['clear-claims-batch', 'clear-batch'] as const)
        for (;;) {
          const [row] = await this.ex.write((tx) => tx.run(name, { batchSize }), 'clear');
          if (num(row?.deleted) === 0) break;
        }
      await this.ex.write((tx) => tx.run('write-revision'), 'clear');
    });
  }

  async stats(): Promise<Stats> {
    const [row] = await this.ex.readOne('read-stats');
    return {
      actors: num(row?.actors),
      relationships: num(row?.relationships),
      claims: num(row?.claims),
      sources: num(row?.sources),
    };
  }

  search(text: string, first: number) {
    return reads.search(this.ex, text, first);
  }

  getActors(ids: readonly string[]) {
    return reads.byIds(this.ex, 'read-actors', ids, actorFromProps, 'actor');
  }

  getSources(ids: readonly string[]) {
    return reads.byIds(this.ex, 'read-sources', ids, sourceFromProps, 'source');
  }

  getClaims(ids: readonly string[]) {
    return reads.byIds(this.ex, 'read-claims', ids, claimFromProps, 'claim');
  }

  listSources() {
    return reads.listSources(this.ex);
  }

  relationshipsOf(actorIds: readonly string[], filter: ClaimFilter) {
    return reads.relationshipsOf(this.ex, actorIds, filter);
  }

  claimsOf(relationshipIds: readonly string[], filter: ClaimFilter) {
    return reads.claimsOf(this.ex, relationshipIds, filter);
  }

  neighborhood(query: NeighborhoodQuery) {
    return reads.neighborhood(this.ex, query);
  }

  streamActors(batchSize?: number) {
    return streams.streamActors(this.ex, batchSize);
  }

  streamRelationships(filter: ClaimFilter, batchSize?: number) {
    return streams.streamRelationships(this.ex, filter, batchSize);
  }

  async revision(): Promise<string> {
    const [row] = await this.ex.readOne('read-revision');
    return str(row?.revision);
  }
}

export const createNeo4jStore = (opts: Neo4jStoreOptions): GraphStore => {
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1) {
    throw new RelataError('CONFIG_INVALID', `NEO4J_BATCH_SIZE must be a positive integer`);
  }
  return new Neo4jStore(opts);
};
