import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app';

const SECONDS = 60;
const QUERIES = [
  '{ neighborhood(actorIds: ["russia", "north-korea"], depth: 2) { nodes { id name } edges { id claimCount claims { status source { title } } } } }',
  '{ search(text: "kor", first: 5) { id name } }',
  '{ actor(id: "antony-blinken") { name relationships { predicate target { name } } } }',
  '{ paths(from: "iran", to: "ukraine") { length } }',
];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ RELATA_RATE_LIMIT: '0' });
});
afterAll(async () => {
  await app?.close();
});

describe('soak', () => {
  it(
    `serves ${SECONDS} s of 16 concurrent clients on loopback with zero 5xx`,
    async () => {
      const result = await autocannon({
        url: `${app.url}/graphql`,
        connections: 16,
        duration: SECONDS,
        requests: QUERIES.map((query) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })),
      });
      const codes = Object.fromEntries(
        Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(
          ([k, v]) => [k, v.count],
        ),
      );
      console.info(
        `soak: ${result.requests.total} requests in ${SECONDS} s, ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, codes ${JSON.stringify(codes)}`,
      );
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(Object.keys(codes).filter((c) => c.startsWith('5'))).toEqual([]);
      expect(result['2xx']).toBe(result.requests.total);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    },
    (SECONDS + 30) * 1000,
  );
});
