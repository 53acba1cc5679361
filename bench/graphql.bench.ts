import autocannon from 'autocannon';
import express from 'express';
import { loadConfig } from '../server/src/config';
import { createApp } from '../server/src/http/app';
import { listen } from '../server/src/http/listen';
import { hubOf, makeBigStore, percentile, time } from './big-store';
import type { BenchOptions, BenchResult } from './types';

const RUNS = 40;
const SECONDS = 15;

/**
 * The GraphQL tax: neighborhood(depth: 2) around the hub over HTTP vs the same store call
 * in-process serialised to JSON; and throughput under 16 clients vs a bare express endpoint
 * returning the same payload.
 */
export const benchGraphQL = async (o: BenchOptions): Promise<BenchResult[]> => {
  const big = await makeBigStore(o);
  const hub = await hubOf(big.store);
  const query = `{ neighborhood(actorIds: ["${hub}"], depth: 2, limit: 500) { nodes { id name kind } edges { id source { id } target { id } predicate claimCount status } truncated } }`;
  const inProcess = async () => {
    const sub = await big.store.neighborhood({ actorIds: [hub], depth: 2, limit: 500 });
    return JSON.stringify({
      data: {
        neighborhood: {
          nodes: sub.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind })),
          edges: sub.edges.map((e) => ({
            id: e.id,
            source: { id: e.subject },
            target: { id: e.object },
            predicate: e.predicate,
            claimCount: e.claimCount,
            status: e.status,
          })),
          truncated: sub.truncated,
        },
      },
    });
  };
  const config = loadConfig({ RELATA_DATA_DIR: '/nonexistent', RELATA_RATE_LIMIT: '0' });
  const http = await listen(createApp({ store: big.store, config }), 0, '127.0.0.1');
  const payload = await inProcess();
  const bare = express();
  bare.post('/graphql', (_req, res) => {
    res.type('application/json').send(payload);
  });
  const bareHttp = await listen(bare, 0, '127.0.0.1');
  try {
    const body = JSON.stringify({ query });
    const post = async () => {
      const res = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return res.text();
    };
    for (let i = 0; i < 5; i++) await Promise.all([inProcess(), post()]); // warm up
    const direct: number[] = [];
    const overHttp: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      direct.push((await time(inProcess))[0]);
      overHttp.push((await time(post))[0]);
    }
    const cannon = (url: string) =>
      autocannon({
        url,
        method: 'POST',
        connections: 16,
        duration: SECONDS,
        timeout: 120,
        headers: { 'content-type': 'application/json' },
        body,
      });
    const api = await cannon(`${http.url}/graphql`);
    const baseline = await cannon(`${bareHttp.url}/graphql`);
    return [
      {
        name: 'GraphQL tax: neighborhood(depth 2) p50',
        ratio: percentile(overHttp, 50) / percentile(direct, 50),
        target: '≤ 1.5',
        details: {
          hub,
          nodes: (JSON.parse(payload) as { data: { neighborhood: { nodes: unknown[] } } }).data
            .neighborhood.nodes.length,
          http_p50_ms: percentile(overHttp, 50),
          http_p95_ms: percentile(overHttp, 95),
          inproc_p50_ms: percentile(direct, 50),
          inproc_p95_ms: percentile(direct, 95),
        },
      },
      {
        name: 'GraphQL throughput, 16 clients',
        ratio: api.requests.average / baseline.requests.average,
        target: '≥ 0.5',
        details: {
          graphql_rps: api.requests.average,
          bare_express_rps: baseline.requests.average,
          non2xx: api.non2xx,
        },
      },
    ];
  } finally {
    await http.close();
    await bareHttp.close();
    await big.close();
  }
};
