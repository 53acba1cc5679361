/**
 * The driver boundary. One driver per process and target (driver.ts: shared, reference-counted),
 * every transaction through `session.executeRead` / `executeWrite` (routed to readers / the
 * leader on `neo4j://` clusters, retried on transient errors), sessions closed in `finally`, the
 * database always named, a shared bookmark manager for read-your-writes across sessions, every
 * statement logged under `relata:neo4j`, and every error mapped to a RelataError in errors.ts.
 */
import createDebug from 'debug';
import neo4j, { type ManagedTransaction, type Session } from 'neo4j-driver';
import { RelataError } from '../../domain';
import {
  acquireDriver,
  releaseDriver,
  summarize,
  withTimeout,
  type ConnectionOptions,
  type SharedDriver,
} from './driver';
import { isMemoryLimit, mapNeo4jError } from './errors';
import { recordToRow, type Row } from './mapping';
import { checkParams } from './params';
import { queries, type QueryName } from './queries';

export { withTimeout, type ConnectionOptions } from './driver';

const log = createDebug('relata:neo4j');

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

/** The statement text, with its parameters checked (and logged when debugging). */
const statement = (name: QueryName, params: Params): string => {
  const cypher = queries().get(name);
  if (cypher === undefined) throw new RelataError('INTERNAL', `Unknown Cypher statement ${name}`);
  checkParams(name, params);
  if (log.enabled) log('%s\n%s\nparams: %s', name, cypher, summarize(params));
  return cypher;
};

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
    this.shared ??= acquireDriver(this.options);
    const where = `Neo4j at ${this.options.uri} (database "${this.options.database}")`;
    try {
      const info = await withTimeout(
        this.shared.driver.getServerInfo({ database: this.options.database }),
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
    await releaseDriver(this.options, shared);
  }

  read<T>(work: (tx: Tx) => Promise<T>, context: string): Promise<T> {
    return this.session('READ', work, context);
  }

  write<T>(work: (tx: Tx) => Promise<T>, context: string): Promise<T> {
    return this.session('WRITE', work, context);
  }

  /** Runs one statement in a read transaction. */
  readOne(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.read((tx) => tx.run(name, params), name);
  }

  /**
   * An administration command (CREATE / DROP DATABASE) against the `system` database, in an
   * auto-commit transaction: `WAIT` commits the transaction it runs in by itself, so it cannot
   * run inside executeWrite. Not retried.
   */
  async admin(name: QueryName, params: Params = {}): Promise<Row[]> {
    const session = this.newSession('system', 'WRITE');
    try {
      const result = await session.run(statement(name, params), params);
      return result.records.map(recordToRow);
    } catch (e) {
      throw mapNeo4jError(e, name);
    } finally {
      await session.close();
    }
  }

  private newSession(database: string, mode: 'READ' | 'WRITE'): Session {
    if (this.shared === null) {
      throw new RelataError(
        'STORE_UNAVAILABLE',
        'The Neo4j store is not initialised (call init())',
      );
    }
    return this.shared.driver.session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    context: string,
  ): Promise<T> {
    const session = this.newSession(this.options.database, mode);
    try {
      const fn = (mtx: ManagedTransaction) => work(wrap(mtx, context));
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

/**
 * A managed transaction running named statements. A statement refused over a memory limit is
 * rethrown as LIMIT_EXCEEDED (a RelataError, which the driver does not retry): Neo4j marks most
 * memory errors as transient, and a retry would redo the whole transaction function — minutes
 * for a large load — only to fail the same way.
 */
const wrap = (mtx: ManagedTransaction, context: string): Tx => ({
  async run(name, params = {}) {
    const cypher = statement(name, params);
    const started = Date.now();
    const result = await mtx.run(cypher, params).then(
      (r) => r,
      (e: unknown) => {
        throw isMemoryLimit(e) ? mapNeo4jError(e, `${context} (${name})`) : e;
      },
    );
    if (log.enabled) log('%s: %d rows in %d ms', name, result.records.length, Date.now() - started);
    return result.records.map(recordToRow);
  },
});
