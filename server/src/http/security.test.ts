import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../store';
import { codesOf, startTestApp, type TestApp } from './test-app';

const TOKEN = 'test-token-0123456789abcdef';
const withApp = async (
  env: Record<string, string>,
  fn: (app: TestApp) => Promise<void>,
  wrap?: (s: GraphStore) => GraphStore,
) => {
  const app = await startTestApp(env, wrap);
  try {
    await fn(app);
  } finally {
    await app.close();
  }
};

const LOAD = `mutation($files: [DatasetFileInput!]!) { load(files: $files) { actors { added } claims { added } } }`;
const ACTOR_FILE = {
  name: 'new.yaml',
  text: 'actors:\n  - id: kursk-oblast\n    name: Kursk Oblast\n    kind: GROUP\n',
};

describe('security headers and CORS', () => {
  it('sends a strict CSP and the usual hardening headers', () =>
    withApp({}, async ({ url }) => {
      const res = await fetch(`${url}/healthz`);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
      const gq = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await gq.text()).toContain('GraphiQL');
    }));

  it('allows only configured origins', () =>
    withApp({ RELATA_CORS_ORIGINS: 'https://analyst.example' }, async ({ url }) => {
      const ok = await fetch(`${url}/graphql?query={stats{actors}}`, {
        headers: { origin: 'https://analyst.example' },
      });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
      const other = await fetch(`${url}/graphql?query={stats{actors}}`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    }));
});

describe('limits', () => {
  it('rate-limits each client', () =>
    withApp({ RELATA_RATE_LIMIT: '5' }, async (app) => {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await app.gql('{ stats { actors } }')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      const limited = await app.gql('{ stats { actors } }');
      expect(limited.status).toBe(429);
      expect(await codesOf(limited)).toEqual(['RATE_LIMITED']);
    }));

  it('caps request bodies, chunked ones included', () =>
    withApp({ RELATA_MAX_BODY_BYTES: '2048' }, async ({ url, gql }) => {
      const big = await gql(`{ search(text: "${'x'.repeat(5000)}") { id } }`);
      expect(big.status).toBe(413);
      expect(await codesOf(big)).toEqual(['LIMIT_EXCEEDED']);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          `${url}/graphql`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 10; i++) req.write('x'.repeat(1000));
        req.end();
      });
      expect(status).toBe(413);
    }));

  it('rejects deep, alias-heavy and batched queries with codes', () =>
    withApp({}, async ({ gql, url }) => {
      const nest = (n: number): string =>
        n === 0 ? 'id' : `relationships { source { ${nest(n - 1)} } }`;
      const deep = `{ actor(id: "russia") { ${nest(6)} } }`;
      expect(await codesOf(await gql(deep))).toEqual(['LIMIT_EXCEEDED']);
      const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { actors }`).join(' ')} }`;
      expect(await codesOf(await gql(aliases))).toContain('LIMIT_EXCEEDED');
      const batch = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([
          { query: '{ stats { actors } }' },
          { query: '{ stats { actors } }' },
        ]),
      });
      expect(batch.status).toBe(400);
    }));

  it('times out slow queries with code TIMEOUT', () =>
    withApp(
      { RELATA_QUERY_TIMEOUT_MS: '150' },
      async ({ gql }) => {
        const res = await gql('{ stats { actors } }');
        expect(await codesOf(res)).toEqual(['TIMEOUT']);
      },
      (s) =>
        new Proxy(s, {
          get: (t, p) =>
            p === 'stats'
              ? () => new Promise((r) => setTimeout(() => r(t.stats()), 600))
              : (Reflect.get(t, p) as unknown),
        }),
    ));

  it('can switch introspection off', () =>
    withApp({ RELATA_INTROSPECTION: 'false' }, async ({ gql }) => {
      const codes = await codesOf(await gql('{ __schema { types { name } } }'));
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.every((c) => c === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
      expect((await gql('{ stats { actors } }')).status).toBe(200);
    }));
});

describe('writes need a token', () => {
  it('are off when no token is configured', () =>
    withApp({}, async ({ gql }) => {
      expect(await codesOf(await gql(LOAD, { variables: { files: [ACTOR_FILE] } }))).toEqual([
        'FORBIDDEN',
      ]);
    }));

  it('need the right bearer token, and report file:line problems without changing anything', () =>
    withApp({ RELATA_TOKEN: TOKEN }, async ({ gql, store }) => {
      expect(await codesOf(await gql(LOAD, { variables: { files: [ACTOR_FILE] } }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(
        await codesOf(
          await gql(LOAD, {
            token: 'wrong-token-0123456789abcd',
            variables: { files: [ACTOR_FILE] },
          }),
        ),
      ).toEqual(['UNAUTHENTICATED']);
      const before = await store.stats();
      const bad = await gql(LOAD, {
        token: TOKEN,
        variables: {
          files: [{ name: 'bad.yaml', text: 'claims:\n  - id: z\n    subject: russia\n' }],
        },
      });
      const body = (await bad.json()) as {
        errors: { extensions: { code: string; issues: { file: string; line: number }[] } }[];
      };
      expect(body.errors[0]!.extensions.code).toBe('INVALID_DATASET');
      expect(body.errors[0]!.extensions.issues[0]).toMatchObject({ file: 'bad.yaml', line: 2 });
      expect(await store.stats()).toEqual(before);
      const ok = await gql(LOAD, { token: TOKEN, variables: { files: [ACTOR_FILE] } });
      expect(await ok.json()).toEqual({
        data: { load: { actors: { added: 1 }, claims: { added: 0 } } },
      });
    }));

  it('can put reads behind the token too', () =>
    withApp({ RELATA_TOKEN: TOKEN, RELATA_READ_AUTH: 'true' }, async ({ gql, url }) => {
      const anon = await gql('{ stats { actors } }');
      expect(anon.status).toBe(401);
      expect(await codesOf(anon)).toEqual(['UNAUTHENTICATED']);
      expect((await gql('{ stats { actors } }', { token: TOKEN })).status).toBe(200);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    }));
});
