import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Neo4jStore } from '../store/neo4j';
import { CypherDouble } from '../store/neo4j/cypher-double';
import { EXPORT_FORMATS } from './types';
import {
  exportOf,
  extraActors,
  extraClaims,
  extraSources,
  openFixtureStore,
  type FixtureStore,
} from './test-fixture';
import { dataset } from '../store/contract-fixture';

/**
 * Exports read the GraphStore interface only, so both stores give the same bytes (but for the
 * store revision in the metadata). The Neo4j store runs on its in-memory Cypher double here.
 */
let fx: FixtureStore;
let neo4j: Neo4jStore;
beforeAll(async () => {
  fx = await openFixtureStore();
  const options = {
    uri: 'bolt://double',
    user: 'neo4j',
    password: 'x',
    database: 'neo4j',
    batchSize: 3,
  };
  neo4j = new Neo4jStore(options, new CypherDouble());
  await neo4j.init();
  const ds = dataset();
  await neo4j.load({
    actors: [...ds.actors, ...extraActors],
    sources: [...ds.sources, ...extraSources],
    claims: [...ds.claims, ...extraClaims],
  });
});
afterAll(async () => {
  await neo4j.close();
  await fx.close();
});

const normalise = (text: string) => text.replace(/(revision\W+)[^\n"<;]+/gi, '$1…');

/** The text of an export; for the zip, its files' texts. */
const text = (format: string, bytes: Buffer) =>
  format === 'csv'
    ? Object.entries(unzipSync(bytes))
        .map(([name, b]) => `${name}:\n${strFromU8(b)}`)
        .join('\n')
    : bytes.toString('utf8');

it.each(EXPORT_FORMATS)('%s is the same on both stores', async (format) => {
  for (const params of [{}, { actorIds: 'russia', depth: '2', statuses: 'ASSERTED,DENIED' }]) {
    const a = (await exportOf(fx.store, { format, ...params }, { batchSize: 4 })).buffer;
    const b = (await exportOf(neo4j, { format, ...params }, { batchSize: 4 })).buffer;
    expect(normalise(text(format, b))).toBe(normalise(text(format, a)));
    expect(text(format, a)).toMatch(/russia/i);
  }
});
