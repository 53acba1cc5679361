/**
 * The process-wide neo4j-driver instances (one per URI and credentials, reference-counted) and
 * small helpers of the driver boundary. Only executor.ts uses the driver directly.
 */
import createDebug from 'debug';
import neo4j, { type Driver } from 'neo4j-driver';
import { RelataError } from '../../domain';

const driverLog = createDebug('relata:neo4j:driver');

export interface ConnectionOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

export interface SharedDriver {
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
    // How long executeRead/executeWrite keep retrying transient failures (leader switch,
    // deadlock, connection loss), counted from the first failure.
    maxTransactionRetryTime: 15_000,
    logging: {
      level: driverLog.enabled ? 'debug' : 'warn',
      logger: (level, message) => driverLog('%s %s', level, message),
    },
  });

/** The shared driver for these settings, created on first use; `release` when done. */
export const acquireDriver = (o: ConnectionOptions): SharedDriver => {
  const key = driverKey(o);
  let shared = drivers.get(key);
  if (shared === undefined) {
    let driver: Driver;
    try {
      driver = newDriver(o);
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
  return shared;
};

export const releaseDriver = async (o: ConnectionOptions, shared: SharedDriver): Promise<void> => {
  if (--shared.refs > 0) return;
  drivers.delete(driverKey(o));
  await shared.driver.close();
};

/** Abbreviates parameters for the debug log: long lists show their size and first items. */
export const summarize = (params: Record<string, unknown>): string =>
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
