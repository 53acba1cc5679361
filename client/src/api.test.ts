import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, createClient, describeError, unwrapResponse } from './api';

const respond = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe('unwrapResponse', () => {
  it('returns data', () => {
    expect(unwrapResponse<{ a: number }>({ data: { a: 1 } }, 200)).toEqual({ a: 1 });
  });

  it('throws GraphQL errors with their code', () => {
    try {
      unwrapResponse(
        { errors: [{ message: 'Unknown actor(s): x', extensions: { code: 'NOT_FOUND' } }] },
        200,
      );
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      expect(describeError(err)).toEqual({
        message: 'Unknown actor(s): x',
        code: 'NOT_FOUND',
        retryable: false,
      });
    }
  });

  it('treats an empty body as a network problem', () => {
    expect(() => unwrapResponse({}, 502)).toThrow(NetworkError);
  });
});

describe('createClient', () => {
  it('posts the query and variables as JSON', async () => {
    let seen: { url: string; body: unknown } | null = null;
    const client = createClient('/graphql', (url, init) => {
      seen = { url, body: JSON.parse(init.body as string) as unknown };
      return Promise.resolve(respond({ data: { ok: true } }));
    });
    await expect(client.request('{ ok }', { x: 1 })).resolves.toEqual({ ok: true });
    expect(seen).toEqual({ url: '/graphql', body: { query: '{ ok }', variables: { x: 1 } } });
  });

  it('reports network failures as retryable', async () => {
    const client = createClient('/graphql', () => Promise.reject(new TypeError('fetch failed')));
    const err = await client.request('{ ok }').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(describeError(err)).toMatchObject({ code: 'NETWORK_ERROR', retryable: true });
  });

  it('reports unreadable bodies', async () => {
    const client = createClient('/graphql', () =>
      Promise.resolve(respond('<html>Bad gateway</html>', 502)),
    );
    await expect(client.request('{ ok }')).rejects.toBeInstanceOf(NetworkError);
  });
});
