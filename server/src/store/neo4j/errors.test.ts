import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatasetError, RelataError } from '../../domain';
import { isAdminUnsupported, isEquivalentSchemaRule, isMemoryLimit, mapNeo4jError } from './errors';
import { createNeo4jStore } from '.';

const neo4jError = (code: string, message = 'boom') =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('mapNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'STORE_UNAVAILABLE'],
    ['SessionExpired', 'STORE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'STORE_AUTH_FAILED'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'STORE_AUTH_FAILED'],
    ['Neo.ClientError.Security.Forbidden', 'STORE_AUTH_FAILED'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'STORE_CONFLICT'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'STORE_CONFLICT'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'CONFIG_INVALID'],
    ['Neo.ClientError.Security.CredentialsExpired', 'STORE_AUTH_FAILED'],
    ['Neo.TransientError.Transaction.LockAcquisitionTimeout', 'STORE_CONFLICT'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'LIMIT_EXCEEDED'],
    ['Neo.ClientError.General.TransactionOutOfMemoryError', 'LIMIT_EXCEEDED'],
    ['Neo.TransientError.General.OutOfMemoryError', 'LIMIT_EXCEEDED'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'LIMIT_EXCEEDED'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
    ['Neo.ClientError.General.ForbiddenOnReadOnlyDatabase', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.Terminated', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL'],
  ])('maps %s to %s', (code, expected) => {
    const e = mapNeo4jError(neo4jError(code), 'test');
    expect(e).toBeInstanceOf(RelataError);
    expect(e.code).toBe(expected);
    expect(e.details).toMatchObject({ neo4jCode: code, context: 'test' });
    expect(e.message).toContain('boom');
  });

  it('says how to get a load under the memory limit, and flags it as not worth retrying', () => {
    const code = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
    const e = mapNeo4jError(neo4jError(code, 'dbms.memory.transaction.total.max reached'), 'load');
    expect(e.message).toMatch(/Split it into smaller loads/);
    expect(e.message).toMatch(/server\.memory\.heap\.max_size/);
    expect(e.message).toMatch(/dbms\.memory\.transaction\.total\.max reached$/);
    const read = mapNeo4jError(neo4jError(code), 'neighborhood');
    expect(read.code).toBe('LIMIT_EXCEEDED');
    expect(read.message).toMatch(/for neighborhood: ask for less/);
    expect(isMemoryLimit(neo4jError(code))).toBe(true);
    expect(isMemoryLimit(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(
      false,
    );
  });

  it('recognises a server that cannot create databases, mapped or not', () => {
    const code = 'Neo.ClientError.Statement.UnsupportedAdministrationCommand';
    expect(isAdminUnsupported(neo4jError(code))).toBe(true);
    expect(isAdminUnsupported(mapNeo4jError(neo4jError(code), 'admin'))).toBe(true);
    expect(isAdminUnsupported(neo4jError('Neo.ClientError.Security.Unauthorized'))).toBe(false);
  });

  it('passes RelataErrors (and DatasetErrors) through unchanged', () => {
    const d = new DatasetError([{ file: 'dataset', line: null, message: 'bad' }]);
    expect(mapNeo4jError(d, 'load')).toBe(d);
  });

  it('maps anything else to INTERNAL', () => {
    expect(mapNeo4jError(new Error('odd'), 'x').code).toBe('INTERNAL');
    expect(mapNeo4jError('odd', 'x').code).toBe('INTERNAL');
  });

  it('recognises a concurrent identical schema rule', () => {
    expect(
      isEquivalentSchemaRule(
        neo4jError('Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists'),
      ),
    ).toBe(true);
    expect(isEquivalentSchemaRule(neo4jError('Neo.ClientError.Schema.IndexAlreadyExists'))).toBe(
      false,
    );
  });
});

describe('Neo4j store without a server', () => {
  const options = { user: 'neo4j', password: 'x', database: 'neo4j', batchSize: 10 };

  it('fails init fast with STORE_UNAVAILABLE and a clear message when nothing listens', async () => {
    const store = createNeo4jStore({ ...options, uri: 'bolt://127.0.0.1:1' });
    const started = Date.now();
    const err = await store.init().catch((e: unknown) => e);
    await store.close();
    expect(err).toBeInstanceOf(RelataError);
    expect((err as RelataError).code).toBe('STORE_UNAVAILABLE');
    expect((err as RelataError).message).toContain(
      'Cannot use Neo4j at bolt://127.0.0.1:1 (database "neo4j")',
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('reports itself unhealthy before init and rejects bad batch sizes', async () => {
    const store = createNeo4jStore({ ...options, uri: 'neo4j://127.0.0.1:1' });
    expect(await store.health()).toMatchObject({ store: 'neo4j', ok: false });
    expect(() => createNeo4jStore({ ...options, uri: 'bolt://x', batchSize: 0 })).toThrow(
      RelataError,
    );
    await store.close();
  });
});
