import type { Config } from '../config';
import { loadPaths } from '../loader';
import { createStore, type GraphStore } from '../store';
import { formatSummary, progressReporter } from './output';

const log = (s: string) => process.stderr.write(`${s}\n`);

export const withStore = async <T>(
  config: Config,
  fn: (s: GraphStore) => Promise<T>,
): Promise<T> => {
  const store = await createStore(config);
  await store.init();
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
};

export const load = (config: Config, paths: string[]) =>
  withStore(config, async (store) => {
    const progress = progressReporter();
    try {
      const summary = await loadPaths(store, paths, { onProgress: progress.onProgress });
      progress.stop();
      process.stdout.write(`${formatSummary(summary)}\n`);
    } finally {
      progress.stop();
    }
  });

export const stats = (config: Config) =>
  withStore(config, async (store) => {
    process.stdout.write(`${JSON.stringify(await store.stats(), null, 2)}\n`);
  });

export const reset = (config: Config) =>
  withStore(config, async (store) => {
    await store.clear();
    log(`Cleared the ${store.kind} store.`);
  });
