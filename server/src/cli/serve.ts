import type { Config } from '../config';
import { createApp } from '../http/app';
import { listen } from '../http/listen';
import { loadPaths } from '../loader';
import { createStore } from '../store';
import { formatSummary } from './output';

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Serves until SIGINT/SIGTERM, then finishes in-flight requests and closes the store. */
export const serve = async (config: Config, options: { loadSampleIfEmpty: boolean }) => {
  const store = await createStore(config);
  await store.init();
  if (options.loadSampleIfEmpty && (await store.stats()).actors === 0) {
    log('Empty store: loading the sample dataset from data/ …');
    log(formatSummary(await loadPaths(store, [])));
  }
  const http = await listen(createApp({ store, config }), config.port, config.host);
  const s = await store.stats();
  log(
    `Relata (${store.kind} store: ${s.actors} actors, ${s.relationships} relationships, ${s.claims} claims)`,
  );
  log(`  explorer  ${http.url}/`);
  log(`  GraphQL   ${http.url}/graphql`);
  const stop = async (signal: string) => {
    log(`${signal}: shutting down…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await http.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
};
