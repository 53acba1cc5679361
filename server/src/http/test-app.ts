import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { EmbeddedStore, type GraphStore } from '../store';
import { dataset } from '../store/contract-fixture';
import { createApp } from './app';
import { listen } from './listen';

export interface TestApp {
  url: string;
  store: EmbeddedStore;
  close: () => Promise<void>;
  gql: (
    query: string,
    init?: { token?: string; variables?: Record<string, unknown> },
  ) => Promise<Response>;
}

/**
 * The real app on port 0 over a fresh embedded store holding the contract fixture, with
 * configuration from the given environment. `wrap` may instrument the store (fault injection).
 */
export const startTestApp = async (
  env: Record<string, string> = {},
  wrap: (s: GraphStore) => GraphStore = (s) => s,
): Promise<TestApp> => {
  const dir = await mkdtemp(join(tmpdir(), 'relata-app-'));
  const store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  await store.load(dataset());
  const config = loadConfig({ RELATA_DATA_DIR: dir, ...env });
  const http = await listen(createApp({ store: wrap(store), config }), 0, '127.0.0.1');
  return {
    url: http.url,
    store,
    close: async () => {
      await http.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
    gql: (query, init = {}) =>
      fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
        body: JSON.stringify({ query, variables: init.variables }),
      }),
  };
};

export const codesOf = async (res: Response): Promise<(string | undefined)[]> => {
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return (body.errors ?? []).map((e) => e.extensions?.code);
};
