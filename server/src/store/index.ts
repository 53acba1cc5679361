import type { Config } from '../config';
import { RelataError } from '../domain';
import { EmbeddedStore } from './embedded';
import type { GraphStore } from './types';

export type * from './types';
export { EmbeddedStore } from './embedded';
export { resolveFilter, filterKey, LIMITS } from './filter';

/** Builds the configured store; call `init()` on it before use. */
export const createStore = async (config: Config): Promise<GraphStore> => {
  if (config.store === 'embedded')
    return new EmbeddedStore({
      dataDir: config.dataDir,
      limits: { maxActors: config.maxActors, maxClaims: config.maxClaims },
    });
  const { uri, user, password, database, batchSize } = config.neo4j;
  if (uri === undefined)
    throw new RelataError('CONFIG_INVALID', 'NEO4J_URI is required for the Neo4j store');
  // Loaded lazily so that the embedded store never pulls in the driver.
  const { createNeo4jStore } = await import('./neo4j');
  return createNeo4jStore({ uri, user, password, database, batchSize });
};
