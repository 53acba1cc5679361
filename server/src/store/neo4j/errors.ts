/**
 * The ONE place where Neo4j / driver errors become Relata errors. Everything the executor runs
 * goes through `mapNeo4jError`; RelataErrors (e.g. a DatasetError thrown inside a transaction
 * function) pass through untouched.
 */
import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { RelataError, type ErrorCode } from '../../domain';

const STORE = 'Neo4j';

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
    test: (c) => c === 'Neo.TransientError.Transaction.DeadlockDetected',
    code: 'STORE_CONFLICT',
    message: `${STORE} detected a deadlock with a concurrent write`,
  },
  {
    test: (c) => c === 'Neo.ClientError.Database.DatabaseNotFound',
    code: 'CONFIG_INVALID',
    message: `${STORE} database not found (check NEO4J_DATABASE)`,
  },
  {
    // The pool limit is a TransientError (the driver retries it), the per-transaction one not.
    test: (c) =>
      c === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
      c === 'Neo.ClientError.General.TransactionOutOfMemoryError',
    code: 'LIMIT_EXCEEDED',
    message:
      `${STORE} ran out of transaction memory (a load is one transaction: raise ` +
      'server.memory.heap.max_size and db.memory.transaction.total.max, or load less at once)',
  },
  {
    test: (c) =>
      c === driverErrors.SERVICE_UNAVAILABLE ||
      c === driverErrors.SESSION_EXPIRED ||
      c.startsWith('Neo.TransientError.') ||
      c === 'Neo.ClientError.Cluster.NotALeader' ||
      c === 'Neo.DatabaseError.Database.DatabaseUnavailable',
    code: 'STORE_UNAVAILABLE',
    message: `${STORE} is unavailable`,
  },
];

const codeOf = (e: unknown): string | undefined => {
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
    return new RelataError(
      rule.code,
      `${rule.message}: ${detail}`,
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

/** Schema commands racing another process's IF NOT EXISTS may report the rule as existing. */
export const isEquivalentSchemaRule = (e: unknown): boolean =>
  codeOf(e) === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists';
