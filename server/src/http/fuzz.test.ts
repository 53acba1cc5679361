import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiles } from '../loader';
import { startTestApp, type TestApp } from './test-app';

const VALID = [
  '{ stats { actors claims } }',
  '{ search(text: "korea", first: 5) { id name aliases } }',
  '{ neighborhood(actorIds: ["russia"], depth: 2, statuses: [DENIED, REPORTED]) { nodes { id } edges { id claims { status source { title } } } truncated } }',
  'query Q($id: ID!) { actor(id: $id) { name relationships(first: 3) { predicate target { name } } } }',
  '{ paths(from: "iran", to: "ukraine", maxLength: 4) { length nodes { id } } }',
  '{ metrics(actorIds: ["russia"]) { nodes { actor { id } pagerank community } } }',
];

/** Mutations of a valid query: deletions, insertions of GraphQL-ish characters, splices. */
const mutatedQuery = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 5 }),
        fc.constantFrom(
          '{',
          '}',
          '(',
          ')',
          '$',
          '"',
          '\\',
          ':',
          '[',
          ']',
          '!',
          '@',
          '...',
          '#',
          '\n',
          'x',
          '0',
          '-1',
          '999999999999',
          'null',
          'é',
          '\u0000',
        ),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([q, edits]) =>
    edits.reduce(
      (s, [at, del, ins]) =>
        s.slice(0, at % (s.length + 1)) + ins + s.slice((at % (s.length + 1)) + del),
      q,
    ),
  );

const body = fc.oneof(
  mutatedQuery.map((query) => JSON.stringify({ query })),
  fc
    .record({ query: fc.constantFrom(...VALID), variables: fc.jsonValue() })
    .map((b) => JSON.stringify(b)),
  fc
    .record({
      query: fc.constantFrom(VALID[3]!),
      variables: fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
    })
    .map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 300 }),
);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ RELATA_RATE_LIMIT: '0' });
});
afterAll(async () => {
  await app?.close();
});

describe('fuzz', () => {
  it('answers thousands of malformed GraphQL requests with a well-formed result or error, never a 5xx', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('application/json', 'application/graphql+json', 'text/plain', ''),
        async (text, type) => {
          sent++;
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: {
              ...(type ? { 'content-type': type } : {}),
              accept: 'application/graphql-response+json, application/json',
            },
            body: text,
          });
          expect(res.status).toBeLessThan(500);
          const raw = await res.text();
          const json = JSON.parse(raw) as {
            data?: unknown;
            errors?: { message: unknown; extensions?: { code?: unknown } }[];
          };
          expect('data' in json || 'errors' in json).toBe(true);
          for (const e of json.errors ?? []) {
            expect(typeof e.message).toBe('string');
            expect(typeof e.extensions?.code, raw).toBe('string');
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(sent).toBe(2000);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('never crashes the loader on arbitrary or mutated dataset files', () => {
    const seed =
      'source: s\nclaims:\n  - id: a-1\n    subject: russia\n    predicate: SUPPLIES\n    object: iran\n    status: ASSERTED\n    note: n\n';
    const file = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc
        .tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 8 }))
        .map(
          ([at, del, ins]) =>
            seed.slice(0, at % seed.length) + ins + seed.slice((at % seed.length) + del),
        ),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(file, (text) => {
        const p = parseFiles([{ file: 'f.yaml', text }]);
        for (const i of p.issues) {
          expect(i.file).toBe('f.yaml');
          expect(i.message.length).toBeGreaterThan(0);
          expect(i.line === null || i.line >= 1).toBe(true);
        }
        expect(
          p.issues.length > 0 || p.claims.length + p.actors.length + p.sources.length >= 0,
        ).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
