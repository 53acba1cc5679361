/**
 * The shared GraphStore contract against a real Neo4j 5, unchanged.
 *
 * Where: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set; otherwise a
 * throwaway `neo4j:5` container through testcontainers when a container runtime answers;
 * otherwise the suite is skipped, visibly, with the reason.
 *
 * Isolation: a container is ours alone and is removed afterwards. Against NEO4J_URI on
 * Enterprise, each run creates its own database (relata-test-<random>) and drops it; on
 * Community (one user database) it uses NEO4J_DATABASE, and since the contract clears the store
 * before every spec, the Relata data there (:Actor, :Source, :Claim nodes; nothing else is
 * touched) is DELETED: point it at a database without Relata data you want to keep.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RelataError } from '../../domain';
import { storeContract } from '../contract';
import { Executor } from './executor';
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
    const host = /^docker\.host\s*=\s*(.+)$/m.exec(readFileSync(props, 'utf8'))?.[1]?.trim();
    if (host) found.push(host);
  }
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
if (reason !== null) console.warn(`Neo4j contract suite skipped: ${reason}`);

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
    await system.write((tx) => tx.run('admin-create-database', { name }), 'test database');
    cleanups.push(async () => {
      await system.write((tx) => tx.run('admin-drop-database', { name }), 'test database');
      await system.close();
    });
    return { ...target, database: name };
  } catch {
    await system.close();
    console.warn(
      `Neo4j contract suite: cannot create a database (Community edition?); using "${target.database}", whose Relata data the suite clears`,
    );
    return target;
  }
};

describe.skipIf(reason !== null)('Neo4j store against a real server', () => {
  let target: Target | undefined;
  const makeStore = async () => {
    target ??= await provision();
    const store = createNeo4jStore({ ...target, batchSize: 5 }); // small: many batches
    await store.init();
    await store.init(); // schema creation is idempotent
    return store;
  };

  storeContract('neo4j', makeStore);

  it('fails init with STORE_AUTH_FAILED on wrong credentials, not a stack trace', async () => {
    target ??= await provision();
    const store = createNeo4jStore({ ...target, password: 'wrong-password', batchSize: 5 });
    const err = await store.init().catch((e: unknown) => e);
    await store.close();
    expect(err).toBeInstanceOf(RelataError);
    expect((err as RelataError).code).toBe('STORE_AUTH_FAILED');
  });
});
