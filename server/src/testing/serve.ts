import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { createApp } from '../http/app';
import { listen } from '../http/listen';
import { loadPaths } from '../loader';
import { EmbeddedStore } from '../store';

export interface TestServer {
  url: string;
  store: EmbeddedStore;
  close(): Promise<void>;
}

/**
 * Starts the real app on 127.0.0.1 and a free port, on a fresh embedded store with the sample
 * dataset loaded. For tests and benchmarks; close it in `finally`.
 */
export const startServer = async (
  options: { dataDir?: string; sample?: boolean } = {},
): Promise<TestServer> => {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'relata-test-')));
  const config = loadConfig({ RELATA_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
  const store = new EmbeddedStore({ dataDir });
  await store.init();
  if (options.sample ?? true) await loadPaths(store, []);
  const http = await listen(createApp({ store, config }), 0, '127.0.0.1');
  return {
    url: http.url,
    store,
    close: async () => {
      await http.close();
      await store.close();
      if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
};
