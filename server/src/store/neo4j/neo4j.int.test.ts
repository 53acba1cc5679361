/**
 * The Neo4j store against a real Neo4j 5, never a stand-in:
 *   - the shared GraphStore contract, unchanged;
 *   - what the contract cannot see: batched writes and progress inside one transaction, an
 *     identical re-load writing nothing, and the materialised typed relationships staying equal
 *     to the aggregates over their claims;
 *   - the same answers as the embedded store on the same data: every read, every export format
 *     byte for byte (but for the store revision), and the analyses (projection, paths, metrics).
 *
 * Where: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set; otherwise a
 * throwaway `neo4j:5` container through testcontainers when a container runtime answers;
 * otherwise the suite is skipped, visibly, with the reason.
 *
 * Isolation: a container is ours alone and is removed afterwards. Against NEO4J_URI on
 * Enterprise, each run creates its own database (relata-test-<random>, CREATE DATABASE in an
 * auto-commit transaction on `system`) and drops it; on Community (one user database, CREATE
 * DATABASE unsupported) it uses NEO4J_DATABASE, and since the suite clears the store before its
 * specs and after the last, the Relata data there (:Actor, :Source, :Claim nodes; nothing else
 * is touched) is DELETED: point it at a database without Relata data you want to keep.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { allPaths, computeMetrics, wholeGraphProjection } from '../../analysis';
import { CLAIM_STATUSES, RelataError, type Dataset, type Relationship } from '../../domain';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/types';
import { exportOf, extraActors, extraClaims, extraSources } from '../../export/test-fixture';
import { dataset } from '../contract-fixture';
import { storeContract } from '../contract';
import { EmbeddedStore } from '../embedded';
import type { ClaimFilter, GraphStore, LoadProgress, NeighborhoodQuery } from '../types';
import { isAdminUnsupported } from './errors';
import { Executor } from './executor';
import { toPlain, type Row } from './mapping';
import { relationshipProps } from './props';
import { createNeo4jStore } from '.';

vi.setConfig({ hookTimeout: 300_000, testTimeout: 60_000 });

interface Target {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

/** Docker endpoints testcontainers would try, without touching the network. */
const dockerEndpoints = (): string[] => {
  const found: string[] = [];
  if (process.env.DOCKER_HOST) found.push(process.env.DOCKER_HOST);
  const props = join(homedir(), '.testcontainers.properties');
  if (existsSync(props)) {
    const text = readFileSync(props, 'utf8');
    for (const key of ['tc\\.host', 'docker\\.host']) {
      const host = new RegExp(`^${key}\\s*=\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
      if (host) found.push(host);
    }
  }
  if (process.platform === 'win32') found.push('npipe:////./pipe/docker_engine');
  const sockets = [
    '/var/run/docker.sock',
    process.env.XDG_RUNTIME_DIR && join(process.env.XDG_RUNTIME_DIR, 'docker.sock'),
    join(homedir(), '.docker', 'run', 'docker.sock'),
    join(homedir(), '.docker', 'desktop', 'docker.sock'),
    `/run/user/${userInfo().uid}/docker.sock`,
  ];
  for (const s of sockets) if (s && existsSync(s)) found.push(`unix://${s}`);
  return found;
};

const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);

/** Why the suite cannot run here, or null when it can. Cheap: no hanging on a missing engine. */
const unavailableReason = async (): Promise<string | null> => {
  if (process.env.NEO4J_URI) return null;
  const endpoints = dockerEndpoints();
  if (endpoints.length === 0)
    return 'no NEO4J_URI and no container runtime (docker socket not found)';
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await within(getContainerRuntimeClient(), 10_000);
    return null;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return `no NEO4J_URI and the container runtime at ${endpoints.join(', ')} does not answer (${why})`;
  }
};

const reason = await unavailableReason();
if (reason !== null)
  console.warn(
    `Neo4j integration suite (contract, loads, same answers as the embedded store) skipped: ${reason}`,
  );

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A target of our own: a container, or NEO4J_URI with a per-run database where possible. */
const provision = async (): Promise<Target> => {
  const uri = process.env.NEO4J_URI;
  if (uri === undefined) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const password = randomBytes(12).toString('hex');
    const container = await new Neo4jContainer('neo4j:5').withPassword(password).start();
    cleanups.push(async () => void (await container.stop()));
    return { uri: container.getBoltUri(), user: 'neo4j', password, database: 'neo4j' };
  }
  const target: Target = {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  const system = new Executor({ ...target, database: 'system' });
  await system.open();
  const name = `relata-test-${randomBytes(4).toString('hex')}`;
  try {
    await system.admin('admin-create-database', { name });
    cleanups.push(async () => {
      await system.admin('admin-drop-database', { name });
      await system.close();
    });
    return { ...target, database: name };
  } catch (e) {
    await system.close();
    if (!isAdminUnsupported(e)) throw e;
    console.warn(
      `Neo4j integration suite: this server cannot create databases (${e instanceof Error ? e.message : String(e)}); using "${target.database}", whose Relata data the suite clears`,
    );
    // Leave no test data behind (the schema stays: it is what Relata creates at start anyway).
    cleanups.push(async () => {
      const store = createNeo4jStore({ ...target, batchSize: 1000 });
      await store.init();
      await store.clear();
      await store.close();
    });
    return target;
  }
};

/** The export tests' data: the contract fixture plus records with awkward values. */
const exportDataset = (): Dataset => {
  const ds = dataset();
  return {
    actors: [...ds.actors, ...extraActors],
    sources: [...ds.sources, ...extraSources],
    claims: [...ds.claims, ...extraClaims],
  };
};

/** Equal as values AND as serialised (same key order), with a readable diff on failure. */
const expectSame = (actual: unknown, expected: unknown, what: string) => {
  expect(actual, what).toEqual(expected);
  expect(JSON.stringify(actual), what).toBe(JSON.stringify(expected));
};

async function* streamOf(...batches: Dataset[]): AsyncGenerator<Dataset> {
  for (const b of batches) yield await Promise.resolve(b);
}

const collect = async <T>(batches: AsyncIterable<T[]>): Promise<T[][]> => {
  const out: T[][] = [];
  for await (const b of batches) out.push(b);
  return out;
};

const ALL_STATUSES: ClaimFilter = { statuses: [...CLAIM_STATUSES] };

/** Filters that exercise every ClaimFilter field, alone and together. */
const FILTERS: ClaimFilter[] = [
  {},
  ALL_STATUSES,
  { predicates: ['SUPPLIES', 'CONDEMNS', 'SIGNS_TREATY_WITH'] },
  { statuses: ['DENIED', 'HYPOTHETICAL'] },
  { origins: ['EXTRACTED'] },
  { from: '2024-11', to: '2024-11-30' },
  { from: '2024-06-15' },
  { to: '2024-10' },
  { predicates: ['DEPLOYS_TROOPS_TO'], statuses: ['REPORTED'], origins: ['CURATED'], from: '2024' },
];

/** Export parameters: the whole graph and views, with and without filters. */
const EXPORTS: Record<string, string>[] = [
  {},
  { statuses: 'ASSERTED,DENIED,NEGATED,HYPOTHETICAL' },
  { actorIds: 'russia', depth: '2', statuses: 'ASSERTED,DENIED' },
  { actorIds: 'russia,cote-d-ivoire', depth: '1', limit: '3' },
  { predicates: 'SUPPLIES,CONDEMNS,MEETS', from: '2024-06', to: '2024-11-06' },
];

/** An export's files (one for every format but the CSV zip) with the revision masked. */
const exportFiles = async (
  store: GraphStore,
  format: ExportFormat,
  params: Record<string, string>,
): Promise<[string, string][]> => {
  const revision = await store.revision();
  expect(revision).not.toBe('');
  const bytes = (await exportOf(store, { format, ...params }, { batchSize: 4 })).buffer;
  const files: [string, string][] =
    format === 'csv'
      ? Object.entries(unzipSync(bytes)).map(([name, b]) => [name, strFromU8(b)])
      : [['', bytes.toString('utf8')]];
  return files.map(([name, text]) => [name, text.replaceAll(revision, '<revision>')]);
};

describe.skipIf(reason !== null)('Neo4j store against a real server', () => {
  let target: Target | undefined;
  let provisioned: Promise<Target> | undefined;
  const ensureTarget = async () => (target = await (provisioned ??= provision()));
  const makeStore = async () => {
    const store = createNeo4jStore({ ...(await ensureTarget()), batchSize: 5 }); // many batches
    await store.init();
    await store.init(); // schema creation is idempotent
    return store;
  };

  storeContract('neo4j', makeStore);

  it('fails init with STORE_AUTH_FAILED on wrong credentials, not a stack trace', async () => {
    const store = createNeo4jStore({
      ...(await ensureTarget()),
      password: 'wrong-password',
      batchSize: 5,
    });
    const err = await store.init().catch((e: unknown) => e);
    await store.close();
    expect(err).toBeInstanceOf(RelataError);
    expect((err as RelataError).code).toBe('STORE_AUTH_FAILED');
  });

  describe('loads', () => {
    let store: GraphStore;
    let ex: Executor;
    beforeAll(async () => {
      store = await makeStore();
      ex = new Executor(target!);
      await ex.open();
    });
    afterAll(async () => {
      await ex?.close();
      await store?.close();
    });
    beforeEach(async () => {
      await store.clear();
    });

    const relIdOf = (r: Row) => (r.props as { id?: string } | null)?.id;

    /** The typed actor→actor relationships as stored, and as the claims say they should be. */
    const materialised = async () => {
      const rows = await ex.readOne('read-typed-relationships');
      const rels: Relationship[] = (await collect(store.streamRelationships(ALL_STATUSES))).flat();
      const expected = rels.map((r) => ({
        type: r.predicate,
        subject: r.subject,
        object: r.object,
        props: toPlain(
          Object.fromEntries(Object.entries(relationshipProps(r)).filter(([, v]) => v !== null)),
        ),
      }));
      return { rows, expected };
    };

    it('writes in batches of batchSize inside one transaction and reports progress', async () => {
      const events: LoadProgress[] = [];
      await store.load(dataset(), { onProgress: (p) => events.push({ ...p }) });
      const done = (phase: LoadProgress['phase']) =>
        events.filter((e) => e.phase === phase).map((e) => `${e.done}/${e.total}`);
      // batchSize 5: 8 actors, 12 claims and 10 relationships written 5 rows at a time.
      expect(done('actors')).toEqual(['0/8', '5/8', '8/8']);
      expect(done('sources')).toEqual(['0/2', '2/2']);
      expect(done('claims')).toEqual(['0/12', '5/12', '10/12', '12/12']);
      expect(done('relationships')).toEqual(['0/10', '5/10', '10/10']);
      expect(events.at(-2)).toEqual({ phase: 'commit', done: 0, total: 1 });
      expect(events.at(-1)).toEqual({ phase: 'commit', done: 1, total: 1 });
    });

    it('writes nothing when the same dataset is loaded again', async () => {
      await store.load(dataset());
      const revision = await store.revision();
      const events: LoadProgress[] = [];
      const s = await store.load(dataset(), { onProgress: (p) => events.push({ ...p }) });
      expect(s.claims).toEqual({ added: 0, updated: 0, unchanged: 12 });
      // Nothing to write: no batch ran (progress goes straight to the total)…
      expect(events.filter((e) => e.phase === 'claims')).toEqual([
        { phase: 'claims', done: 12, total: 12 },
      ]);
      expect(events.filter((e) => e.phase === 'relationships')).toEqual([
        { phase: 'relationships', done: 0, total: 0 },
      ]);
      // …and the data revision, bumped by any write, did not change.
      expect(await store.revision()).toBe(revision);
      // A real change does bump it.
      const k1 = dataset().claims[0]!;
      await store.load({ actors: [], sources: [], claims: [{ ...k1, confidence: 0.7 }] });
      expect(await store.revision()).not.toBe(revision);
    });

    it('keeps the materialised relationships equal to the aggregates over all claims', async () => {
      await store.load(dataset());
      let m = await materialised();
      expect(m.rows).toHaveLength(10); // 12 claims in 10 groups, every status included
      expect(m.rows).toEqual(m.expected);
      expect(
        m.rows.find((r) => relIdOf(r) === 'north-korea|SIGNS_TREATY_WITH|russia'),
      ).toMatchObject({
        type: 'SIGNS_TREATY_WITH',
        subject: 'north-korea',
        object: 'russia',
        props: { claimCount: 2, claimIds: ['k3', 'k4'] },
      });
      // Move k6 (china SUPPORTS → SUPPLIES russia) and change k5's status.
      const base = dataset().claims;
      const k5 = base.find((c) => c.id === 'k5')!;
      const k6 = base.find((c) => c.id === 'k6')!;
      await store.load({
        actors: [],
        sources: [],
        claims: [
          { ...k5, status: 'ASSERTED' },
          { ...k6, predicate: 'SUPPLIES' },
        ],
      });
      m = await materialised();
      expect(m.rows).toEqual(m.expected);
      const ids = m.rows.map(relIdOf);
      expect(ids).not.toContain('china|SUPPORTS|russia');
      expect(ids).toContain('china|SUPPLIES|russia');
      expect(m.rows).toHaveLength((await store.stats()).relationships);
      // The same in a streamed load whose batches move a claim back and forth.
      const s = await store.loadStream(
        streamOf(
          { actors: [], sources: [], claims: [{ ...k6, predicate: 'MEETS' }] },
          { actors: [], sources: [], claims: [k6] },
        ),
      );
      expect(s.relationships).toEqual({ added: 1, updated: 0, removed: 1 });
      m = await materialised();
      expect(m.rows).toEqual(m.expected);
      expect(m.rows.map(relIdOf)).toContain('china|SUPPORTS|russia');
    });
  });

  describe('same answers as the embedded store', () => {
    let neo: GraphStore;
    let emb: EmbeddedStore;
    let dir: string;
    const stores = () => [neo, emb] as const;
    beforeAll(async () => {
      neo = await makeStore();
      await neo.clear();
      await neo.load(exportDataset());
      dir = await mkdtemp(join(tmpdir(), 'relata-neo4j-vs-embedded-'));
      emb = new EmbeddedStore({ dataDir: dir });
      await emb.init();
      await emb.load(exportDataset());
    });
    afterAll(async () => {
      await neo?.close();
      await emb?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const actorIds = [...exportDataset().actors.map((a) => a.id), 'nobody'];

    it('answers every lookup and listing the same', async () => {
      const [n, e] = stores();
      expectSame(await n.stats(), await e.stats(), 'stats');
      expectSame(await n.getActors(actorIds), await e.getActors(actorIds), 'getActors');
      const sourceIds = [...exportDataset().sources.map((s) => s.id), 'nowhere'];
      expectSame(await n.getSources(sourceIds), await e.getSources(sourceIds), 'getSources');
      const claimIds = [...exportDataset().claims.map((c) => c.id), 'k0'];
      expectSame(await n.getClaims(claimIds), await e.getClaims(claimIds), 'getClaims');
      expectSame(await n.listSources(), await e.listSources(), 'listSources');
      for (const size of [1, 3, 1000])
        expectSame(
          await collect(n.streamActors(size)),
          await collect(e.streamActors(size)),
          `streamActors(${size})`,
        );
      for (const q of ['korea', 'a', 'côte', 'ivory coast', 'say "hi"', 'us', 'k', ' ', 'x*'])
        for (const first of [1, 5, 50])
          expectSame(await n.search(q, first), await e.search(q, first), `search ${q} ${first}`);
    });

    it('answers every filtered read the same', async () => {
      const [n, e] = stores();
      for (const f of FILTERS) {
        const what = JSON.stringify(f);
        for (const size of [2, 1000])
          expectSame(
            await collect(n.streamRelationships(f, size)),
            await collect(e.streamRelationships(f, size)),
            `streamRelationships ${what} ${size}`,
          );
        expectSame(
          await n.relationshipsOf(actorIds, f),
          await e.relationshipsOf(actorIds, f),
          `relationshipsOf ${what}`,
        );
        const relIds = [
          ...(await collect(e.streamRelationships(ALL_STATUSES))).flat().map((r) => r.id),
          'a|MEETS|b',
        ];
        expectSame(await n.claimsOf(relIds, f), await e.claimsOf(relIds, f), `claimsOf ${what}`);
        for (const seeds of [['russia'], ['cote-d-ivoire', 'united-states'], ['nobody', 'iran']])
          for (const depth of [0, 1, 2, 3])
            for (const limit of [1, 3, 100]) {
              const q: NeighborhoodQuery = { ...f, actorIds: seeds, depth, limit };
              expectSame(
                await n.neighborhood(q),
                await e.neighborhood(q),
                `neighborhood ${JSON.stringify(q)}`,
              );
            }
      }
    });

    it.each(EXPORT_FORMATS)(
      'exports %s with the same bytes but for the revision',
      async (format) => {
        for (const params of EXPORTS) {
          const [a, b] = [
            await exportFiles(neo, format, params),
            await exportFiles(emb, format, params),
          ];
          expect(a.map(([name]) => name)).toEqual(b.map(([name]) => name));
          for (const [i, [name, text]] of a.entries())
            expect(text, `${format} ${name} ${JSON.stringify(params)}`).toBe(b[i]![1]);
          expect(b.map(([, t]) => t).join('')).toContain('<revision>');
          expect(b.map(([, t]) => t).join('')).toMatch(/russia/i);
        }
      },
    );

    it('builds the same projection, paths and metrics', async () => {
      for (const f of [
        {},
        ALL_STATUSES,
        { predicates: ['SUPPLIES', 'MEETS', 'CONDEMNS'] },
      ] as ClaimFilter[]) {
        const [pn, pe] = [await wholeGraphProjection(neo, f), await wholeGraphProjection(emb, f)];
        const shape = (p: typeof pn) => ({
          nodes: p.graph.nodes(),
          edges: p.graph.mapEdges((_e, attrs, s, t) => ({ s, t, ...attrs })),
          relationships: [...p.relationships.values()],
        });
        expectSame(shape(pn), shape(pe), `projection ${JSON.stringify(f)}`);
        for (const [from, to] of [
          ['iran', 'ukraine'],
          ['north-korea', 'nato'],
          ['cote-d-ivoire', 'antony-blinken'],
          ['russia', 'nobody'],
        ] as const)
          for (const maxLength of [1, 3, 6])
            expectSame(
              allPaths(pn, from, to, maxLength, 20),
              allPaths(pe, from, to, maxLength, 20),
              `allPaths ${from} ${to} ${maxLength} ${JSON.stringify(f)}`,
            );
        expectSame(computeMetrics(pn), computeMetrics(pe), `metrics ${JSON.stringify(f)}`);
      }
    });
  });
});
