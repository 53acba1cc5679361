import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createApp } from '../http/app';
import { listen, type Listening } from '../http/listen';
import { EmbeddedStore, type GraphStore } from '../store';
import { dataset } from '../store/contract-fixture';

interface Gql {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let dir: string;
let store: EmbeddedStore;
let http: Listening;
const calls: Record<string, number> = {};

/** The real store, with its calls counted (to prove batching), and one fault to inject. */
const counted = (s: GraphStore): GraphStore =>
  new Proxy(s, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1;
        if (prop === 'listSources' && failNext) {
          failNext = false;
          throw new Error('disk exploded at /secret/path');
        }
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
let failNext = false;

const gql = async (query: string, variables?: Record<string, unknown>): Promise<Gql> => {
  const res = await fetch(`${http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Gql;
};
const codes = (r: Gql) => (r.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-gql-'));
  store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  await store.load(dataset());
  const config = loadConfig({ RELATA_DATA_DIR: dir });
  http = await listen(createApp({ store: counted(store), config }), 0, '127.0.0.1');
});
afterAll(async () => {
  await http?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('GraphQL API', () => {
  it('searches names and aliases, case- and accent-insensitively', async () => {
    for (const text of ['DPRK', 'Pyongyang', 'north korea']) {
      const r = await gql('query($t: String!) { search(text: $t, first: 3) { id name kind } }', {
        t: text,
      });
      expect((r.data?.search as { id: string }[])[0]).toEqual({
        id: 'north-korea',
        name: 'North Korea',
        kind: 'STATE',
      });
    }
  });

  it('returns the neighbourhood in the documented shape, with claims and sources', async () => {
    const r = await gql(`{
      neighborhood(actorIds: ["russia"], depth: 1, limit: 10) {
        nodes { id name kind }
        edges { id source { id } target { id } predicate claimCount claims { status date source { title } } }
        truncated
      } }`);
    expect(r.errors).toBeUndefined();
    const n = r.data?.neighborhood as {
      nodes: { id: string }[];
      edges: Record<string, unknown>[];
      truncated: boolean;
    };
    expect(n.nodes.map((x) => x.id).sort()).toEqual(['china', 'iran', 'north-korea', 'russia']);
    expect(n.truncated).toBe(false);
    expect(n.edges).toContainEqual({
      id: 'north-korea|DEPLOYS_TROOPS_TO|russia',
      source: { id: 'north-korea' },
      target: { id: 'russia' },
      predicate: 'DEPLOYS_TROOPS_TO',
      claimCount: 2,
      claims: [
        { status: 'REPORTED', date: '2024-10', source: { title: 'Test report A' } },
        { status: 'DENIED', date: '2024-11-01', source: { title: 'Test report B' } },
      ],
    });
  });

  it('batches store calls: one per level, not one per node', async () => {
    for (const k of Object.keys(calls)) delete calls[k];
    const r = await gql(`{ neighborhood(actorIds: ["russia", "united-states"], depth: 2) {
      nodes { id affiliation { id } relationships { id claims { id attributedTo { id } source { id } } } }
      edges { source { name } target { name } claims(all: true) { subject { id } object { id } source { title } } } } }`);
    expect(r.errors).toBeUndefined();
    // One batch per kind and level: DataLoader merges the actor lookups of a level into one call.
    expect(calls).toEqual({
      getActors: 1,
      neighborhood: 1,
      relationshipsOf: 1,
      claimsOf: 2,
      getSources: 1,
    });
  });

  it('serves actor details, stats, predicates, sources and the axis', async () => {
    const r = await gql(`{
      actor(id: "antony-blinken") { name role affiliation { name } degree relationships { predicate target { id } } }
      missing: actor(id: "nobody") { id }
      stats { actors relationships claims sources }
      predicates { name cameo symmetric }
      sources { id }
      axis { id }
      relationship(id: "north-korea|SIGNS_TREATY_WITH|russia") { directed claimCount claims { id } }
      claim(id: "k1") { quantity { value unit } items subject { name } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({
      actor: {
        name: 'Antony Blinken',
        role: 'US Secretary of State',
        affiliation: { name: 'United States' },
        degree: 1,
        relationships: [{ predicate: 'OFFICIAL_OF', target: { id: 'united-states' } }],
      },
      missing: null,
      stats: { actors: 8, relationships: 10, claims: 12, sources: 2 },
      sources: [{ id: 'src-a' }, { id: 'src-b' }],
      axis: [{ id: 'russia' }, { id: 'china' }, { id: 'iran' }, { id: 'north-korea' }],
      relationship: { directed: false, claimCount: 2, claims: [{ id: 'k3' }, { id: 'k4' }] },
      claim: {
        quantity: { value: 10000, unit: 'troops' },
        items: [],
        subject: { name: 'North Korea' },
      },
    });
    expect(r.data?.predicates).toContainEqual({
      name: 'SUPPLIES',
      cameo: ['07', '072'],
      symmetric: false,
    });
  });

  it('gives every error a stable code', async () => {
    expect(
      codes(await gql('{ neighborhood(actorIds: ["russia"], depth: 9) { truncated } }')),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await gql('{ neighborhood(actorIds: ["russia"], limit: 0) { truncated } }')),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql('{ neighborhood(actorIds: [], depth: 1) { truncated } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql('{ neighborhood(actorIds: ["atlantis"]) { truncated } }'))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      codes(await gql('{ neighborhood(actorIds: ["russia"], from: "last week") { truncated } }')),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await gql('{ neighborhood(actorIds: ["russia"], predicates: [HUGS]) { truncated } }')),
    ).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await gql('{ nope }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await gql('{ stats { actors '))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(
      codes(
        await gql(
          'query($d: Int!) { neighborhood(actorIds: ["russia"], depth: $d) { truncated } }',
          { d: 'deep' },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql('{ search(text: "x", first: 1000) { id } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('masks unexpected errors', async () => {
    failNext = true;
    const r = await gql('{ sources { id } }');
    expect(codes(r)).toEqual(['INTERNAL']);
    expect(JSON.stringify(r)).not.toContain('secret');
  });

  it('reports health', async () => {
    const res = await fetch(`${http.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ store: 'embedded', ok: true });
  });

  it('passes the GraphQL-over-HTTP audits (graphql-http)', async () => {
    const results = await auditServer({ url: `${http.url}/graphql` });
    const failures = results
      .filter((r) => r.status === 'error')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    const warnings = results.filter((r) => r.status === 'warn').length;
    console.info(
      `graphql-http audit: ${results.length} audits, ${failures.length} errors, ${warnings} warnings`,
    );
    expect(failures).toEqual([]);
  });
});
