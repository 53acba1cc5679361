/**
 * The ONE place where Neo4j / driver errors become Relata errors. Everything the executor runs
 * goes through `mapNeo4jError`; RelataErrors (e.g. a DatasetError thrown inside a transaction
 * function) pass through untouched. Codes: Neo4j Status Codes v5, "List of legacy server error
 * codes" (https://neo4j.com/docs/status-codes/current/errors/all-errors/).
 */
import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { RelataError, type ErrorCode } from '../../domain';

const STORE = 'Neo4j';

/**
 * Neo4j refuses a transaction over its memory limits with one of these. Three are "transient",
 * so the driver would retry the whole transaction function — for a load, minutes of work that
 * fails the same way again; the executor fails fast on them instead (executor.ts).
 */
export const MEMORY_LIMIT_CODES: ReadonlySet<string> = new Set([
  // A pool: dbms.memory.transaction.total.max (all transactions; 70% of the heap by default)
  // or db.memory.transaction.total.max (per database). The message names the setting.
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  // db.memory.transaction.max: the per-transaction limit, when one is configured.
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  // The JVM heap itself (server.memory.heap.max_size).
  'Neo.TransientError.General.OutOfMemoryError',
  // Off-heap transaction state (server.memory.off_heap.transaction_max_size).
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/** How to get a load through, stated once for every memory-limit error. */
export const MEMORY_ADVICE =
  'A load is one transaction and needs roughly 3–5 KB of Neo4j transaction memory per claim ' +
  '(an estimate: ~100,000 claims per 500 MB). Split it into smaller loads (fewer files, or a ' +
  'smaller import), or give Neo4j more memory: server.memory.heap.max_size, and ' +
  'dbms.memory.transaction.total.max (70% of the heap by default) or the per-transaction ' +
  'db.memory.transaction.max if set';

/** Neo4j status codes (and driver pseudo-codes) → Relata error codes. First match wins. */
const RULES: readonly { test: (code: string) => boolean; code: ErrorCode; message: string }[] = [
  {
    test: (c) => c === 'Neo.ClientError.Security.Unauthorized',
    code: 'STORE_AUTH_FAILED',
    message: `${STORE} rejected the credentials (check NEO4J_USER / NEO4J_PASSWORD)`,
  },
  {
    test: (c) => c === 'Neo.ClientError.Security.AuthenticationRateLimit',
    code: 'STORE_AUTH_FAILED',
    message: `${STORE} is rate-limiting authentication after failed attempts`,
  },
  {
    test: (c) => c === 'Neo.ClientError.Security.CredentialsExpired',
    code: 'STORE_AUTH_FAILED',
    message: `${STORE} requires a password change for this user first (ALTER CURRENT USER)`,
  },
  {
    test: (c) => c.startsWith('Neo.ClientError.Security.'),
    code: 'STORE_AUTH_FAILED',
    message: `${STORE} refused the operation for this user`,
  },
  {
    test: (c) => c === 'Neo.ClientError.Schema.ConstraintValidationFailed',
    code: 'STORE_CONFLICT',
    message: `${STORE} constraint violation (a concurrent write created the same id)`,
  },
  {
    test: (c) =>
      c === 'Neo.TransientError.Transaction.DeadlockDetected' ||
      c === 'Neo.TransientError.Transaction.LockAcquisitionTimeout',
    code: 'STORE_CONFLICT',
    message: `${STORE} could not lock what a concurrent write holds`,
  },
  {
    test: (c) => c === 'Neo.ClientError.Database.DatabaseNotFound',
    code: 'CONFIG_INVALID',
    message: `${STORE} database not found (check NEO4J_DATABASE)`,
  },
  {
    test: (c) => MEMORY_LIMIT_CODES.has(c),
    code: 'LIMIT_EXCEEDED',
    message: `${STORE} ran out of transaction memory. ${MEMORY_ADVICE}`,
  },
  {
    test: (c) =>
      c === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
      c === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' ||
      c === 'Neo.TransientError.Statement.ExecutionTimeout',
    code: 'TIMEOUT',
    message: `${STORE} stopped the transaction at its time limit (db.transaction.timeout)`,
  },
  {
    test: (c) =>
      c === 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase' ||
      c === 'Neo.ClientError.General.WriteOnReadOnlyAccessDatabase',
    code: 'STORE_UNAVAILABLE',
    message: `${STORE} database is read-only`,
  },
  {
    test: (c) =>
      c === driverErrors.SERVICE_UNAVAILABLE ||
      c === driverErrors.SESSION_EXPIRED ||
      c.startsWith('Neo.TransientError.') ||
      c === 'Neo.ClientError.Cluster.NotALeader' ||
      c === 'Neo.ClientError.Transaction.Terminated' ||
      c === 'Neo.ClientError.Transaction.LockClientStopped' ||
      c === 'Neo.DatabaseError.Database.DatabaseUnavailable',
    code: 'STORE_UNAVAILABLE',
    message: `${STORE} is unavailable`,
  },
];

export const codeOf = (e: unknown): string | undefined => {
  if (e instanceof Neo4jError) return e.code;
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') {
    return e.code;
  }
  return undefined;
};

/** Maps any error raised by the driver to a RelataError with a stable code. */
export const mapNeo4jError = (e: unknown, context: string): RelataError => {
  if (e instanceof RelataError) return e;
  const code = codeOf(e) ?? '';
  const detail = e instanceof Error ? e.message : String(e);
  const rule = RULES.find((r) => r.test(code));
  if (rule) {
    // Loads get the load advice; a read over the limit asks for a narrower query.
    const message =
      rule.code === 'LIMIT_EXCEEDED' && !context.startsWith('load')
        ? `${STORE} ran out of transaction memory for ${context}: ask for less (a smaller view or limit), or raise server.memory.heap.max_size`
        : rule.message;
    return new RelataError(
      rule.code,
      `${message}: ${detail}`,
      { neo4jCode: code, context },
      { cause: e },
    );
  }
  return new RelataError(
    'INTERNAL',
    `${STORE} error during ${context}: ${detail}`,
    { neo4jCode: code || null, context },
    { cause: e },
  );
};

/** Whether Neo4j refused the transaction over a memory limit (no point retrying it as is). */
export const isMemoryLimit = (e: unknown): boolean => MEMORY_LIMIT_CODES.has(codeOf(e) ?? '');

/**
 * Schema commands racing another process's IF NOT EXISTS may report the rule as existing
 * (equivalent, or the same name committed a moment earlier).
 */
export const isEquivalentSchemaRule = (e: unknown): boolean =>
  [
    'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
    'Neo.ClientError.Schema.IndexWithNameAlreadyExists',
    'Neo.ClientError.Schema.ConstraintWithNameAlreadyExists',
  ].includes(codeOf(e) ?? '');

/** A server that cannot create databases (Community, or no privilege): use the configured one. */
export const isAdminUnsupported = (e: unknown): boolean => {
  const code = e instanceof RelataError ? e.details?.neo4jCode : (codeOf(e) ?? undefined);
  return (
    code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' ||
    code === 'Neo.ClientError.Security.Forbidden' ||
    code === 'Neo.ClientError.Statement.NotSystemDatabaseError'
  );
};
