/**
 * The driver boundary. One driver per process and target (shared, reference-counted), every
 * transaction through `session.executeRead` / `executeWrite` (routed to readers / the leader on
 * `neo4j://` clusters, retried on transient errors), sessions closed in `finally`, the database
 * always named, a shared bookmark manager for read-your-writes across sessions, every statement
 * logged under `relata:neo4j`, and every error mapped to a RelataError in errors.ts.
 */
import createDebug from 'debug';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { RelataError } from '../../domain';
import { mapNeo4jError } from './errors';
import { recordToRow, type Row } from './mapping';
import { checkParams } from './params';
import { queries, type QueryName } from './queries';

const log = createDebug('relata:neo4j');
const driverLog = createDebug('relata:neo4j:driver');

export type Params = Record<string, unknown>;

export interface Tx {
  run(name: QueryName, params?: Params): Promise<Row[]>;
}

/** What the store needs from the database: managed read and write transactions. */
export interface Runner {
  open(timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
  read<T>(work: (tx: Tx) => Promise<T>, context: string): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>, context: string): Promise<T>;
  readOne(name: QueryName, params?: Params): Promise<Row[]>;
}

export interface ConnectionOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

interface SharedDriver {
  driver: Driver;
  refs: number;
}
const drivers = new Map<string, SharedDriver>();

const driverKey = (o: ConnectionOptions) => JSON.stringify([o.uri, o.user, o.password ?? null]);

const newDriver = (o: ConnectionOptions): Driver =>
  neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password ?? ''), {
    userAgent: 'relata',
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
    logging: {
      level: driverLog.enabled ? 'debug' : 'warn',
      logger: (level, message) => driverLog('%s %s', level, message),
    },
  });

/** Abbreviates parameters for the debug log: long lists show their size and first items. */
const summarize = (params: Params): string =>
  JSON.stringify(params, (_k, v: unknown) =>
    neo4j.isInt(v)
      ? v.toNumber()
      : Array.isArray(v) && v.length > 3
        ? [...(v as unknown[]).slice(0, 3), `… ${v.length} items`]
        : v,
  ).slice(0, 2_000);

export const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new RelataError('STORE_UNAVAILABLE', `${what} did not answer within ${ms} ms`)),
      ms,
    );
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });

export class Executor implements Runner {
  private shared: SharedDriver | null = null;
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(private readonly options: ConnectionOptions) {}

  get database(): string {
    return this.options.database;
  }

  /** Acquires the process-wide driver and checks server, credentials and database, fast. */
  async open(timeoutMs = 10_000): Promise<string> {
    queries(); // reads cypher/ once, before any connection
    if (this.shared === null) {
      const key = driverKey(this.options);
      let shared = drivers.get(key);
      if (shared === undefined) {
        let driver: Driver;
        try {
          driver = newDriver(this.options);
        } catch (e) {
          throw new RelataError(
            'CONFIG_INVALID',
            `Invalid Neo4j connection settings: ${String(e)}`,
            {},
            { cause: e },
          );
        }
        shared = { driver, refs: 0 };
        drivers.set(key, shared);
      }
      shared.refs++;
      this.shared = shared;
    }
    const where = `Neo4j at ${this.options.uri} (database "${this.options.database}")`;
    try {
      const info = await withTimeout(
        this.driver().getServerInfo({ database: this.options.database }),
        timeoutMs,
        where,
      );
      return `${info.agent ?? 'Neo4j'} at ${info.address ?? this.options.uri}`;
    } catch (e) {
      const err = mapNeo4jError(e, 'connect');
      throw new RelataError(err.code, `Cannot use ${where}: ${err.message}`, err.details, {
        cause: e,
      });
    }
  }

  async close(): Promise<void> {
    const shared = this.shared;
    if (shared === null) return;
    this.shared = null;
    if (--shared.refs > 0) return;
    drivers.delete(driverKey(this.options));
    await shared.driver.close();
  }

  read<T>(work: (tx: Tx) => Promise<T>, context: string, database?: string): Promise<T> {
    return this.session('READ', work, context, database);
  }

  write<T>(work: (tx: Tx) => Promise<T>, context: string, database?: string): Promise<T> {
    return this.session('WRITE', work, context, database);
  }

  /** Runs one statement in a read transaction. */
  readOne(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.read((tx) => tx.run(name, params), name);
  }

  private driver(): Driver {
    if (this.shared === null) {
      throw new RelataError(
        'STORE_UNAVAILABLE',
        'The Neo4j store is not initialised (call init())',
      );
    }
    return this.shared.driver;
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    context: string,
    database = this.options.database,
  ): Promise<T> {
    const session = this.driver().session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      const fn = (mtx: ManagedTransaction) => work(wrap(mtx));
      const config = { metadata: { app: 'relata', context } };
      return await (mode === 'READ'
        ? session.executeRead(fn, config)
        : session.executeWrite(fn, config));
    } catch (e) {
      throw mapNeo4jError(e, context);
    } finally {
      await session.close();
    }
  }
}

const wrap = (mtx: ManagedTransaction): Tx => ({
  async run(name, params = {}) {
    const cypher = queries().get(name);
    if (cypher === undefined) throw new RelataError('INTERNAL', `Unknown Cypher statement ${name}`);
    checkParams(name, params);
    if (log.enabled) log('%s\n%s\nparams: %s', name, cypher, summarize(params));
    const started = Date.now();
    const result = await mtx.run(cypher, params);
    if (log.enabled) log('%s: %d rows in %d ms', name, result.records.length, Date.now() - started);
    return result.records.map(recordToRow);
  },
});
