import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { RelataError, type Dataset } from '../../domain';
import { dataset } from '../contract-fixture';
import { once } from './load';

async function* batches(n: number): AsyncGenerator<Dataset> {
  for (let i = 0; i < n; i++) yield await Promise.resolve(dataset());
}

const drain = async (xs: AsyncIterable<Dataset>): Promise<number> => {
  let n = 0;
  for await (const _ of xs) n++;
  return n;
};

describe('once (a streamed load cannot be replayed by a driver retry)', () => {
  it('passes the stream through the first time', async () => {
    expect(await drain(once(batches(3)))).toBe(3);
  });

  it('refuses a second pass with STORE_UNAVAILABLE instead of loading the rest', async () => {
    const stream = once(batches(3));
    const it = stream[Symbol.asyncIterator]();
    await it.next(); // a transaction attempt consumed one batch, then failed transiently
    const err = await drain(stream).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RelataError);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((err as RelataError).message).toMatch(/cannot be replayed; nothing was loaded/);
  });

  it('says why the previous attempt failed, and whether running it again can help', async () => {
    const attempt = async (cause: unknown) => {
      const stream = once(batches(2), () => cause);
      await stream[Symbol.asyncIterator]().next();
      return (await drain(stream).catch((e: unknown) => e)) as RelataError;
    };
    const memory = await attempt(
      new Neo4jError(
        'The allocation of an extra 4.0 MiB would use more than the limit 2.0 GiB.',
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        '51N72',
        'error: system configuration or operation exception - memory pool out of memory',
      ),
    );
    expect(memory.code).toBe('LIMIT_EXCEEDED');
    expect(memory.message).toContain('would use more than the limit 2.0 GiB');
    expect(memory.message).not.toContain('run it again');
    expect(memory.details).toMatchObject({
      neo4jCode: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    });
    const lost = await attempt(
      new Neo4jError('connection lost', 'ServiceUnavailable', '08000', 'error: connection'),
    );
    expect(lost.code).toBe('STORE_UNAVAILABLE');
    expect(lost.message).toMatch(/connection lost.*run it again$/);
  });
});
