import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClaimSchema, DatasetError, type Dataset } from '../domain';
import { dataset } from './contract-fixture';
import type { GraphStore, NeighborhoodQuery } from './types';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
const hood = (q: Partial<NeighborhoodQuery> & { actorIds: string[] }): NeighborhoodQuery => ({
  depth: 1,
  limit: 100,
  ...q,
});

/**
 * The specification every GraphStore meets, run against each implementation
 * (`storeContract('embedded', …)`, `storeContract('neo4j', …)`). The store given is cleared
 * before each spec.
 */
export const storeContract = (name: string, makeStore: () => Promise<GraphStore>): void => {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await store.clear();
    });

    it('starts empty and healthy', async () => {
      expect(await store.stats()).toEqual({ actors: 0, relationships: 0, claims: 0, sources: 0 });
      expect(await store.search('korea', 5)).toEqual([]);
      const h = await store.health();
      expect(h.ok).toBe(true);
      expect(h.store).toBe(store.kind);
    });

    it('loads a dataset and reports what was added', async () => {
      const s = await store.load(dataset());
      expect(s.actors).toEqual({ added: 8, updated: 0, unchanged: 0 });
      expect(s.sources).toEqual({ added: 2, updated: 0, unchanged: 0 });
      expect(s.claims).toEqual({ added: 12, updated: 0, unchanged: 0 });
      expect(s.relationships).toEqual({ added: 10, updated: 0, removed: 0 });
      expect(await store.stats()).toEqual({ actors: 8, relationships: 10, claims: 12, sources: 2 });
    });

    it('is idempotent: loading twice gives the same graph', async () => {
      await store.load(dataset());
      const before = await store.neighborhood(hood({ actorIds: ['russia'], depth: 2 }));
      const s = await store.load(dataset());
      expect(s.claims).toEqual({ added: 0, updated: 0, unchanged: 12 });
      expect(s.actors).toEqual({ added: 0, updated: 0, unchanged: 8 });
      expect(s.relationships).toEqual({ added: 0, updated: 0, removed: 0 });
      expect(await store.stats()).toEqual({ actors: 8, relationships: 10, claims: 12, sources: 2 });
      expect(await store.neighborhood(hood({ actorIds: ['russia'], depth: 2 }))).toEqual(before);
    });

    it('updates changed records by id and moves a claim between relationships', async () => {
      await store.load(dataset());
      const ds: Dataset = { actors: [], sources: [], claims: [] };
      const k5 = dataset().claims.find((c) => c.id === 'k5')!;
      ds.claims.push({ ...k5, status: 'ASSERTED' });
      const k6 = dataset().claims.find((c) => c.id === 'k6')!;
      ds.claims.push({ ...k6, predicate: 'SUPPLIES' }); // china SUPPORTS → SUPPLIES russia
      const s = await store.load(ds);
      expect(s.claims).toEqual({ added: 0, updated: 2, unchanged: 0 });
      expect(s.relationships).toEqual({ added: 1, updated: 1, removed: 1 });
      expect((await store.stats()).relationships).toBe(10); // china|SUPPORTS|russia emptied away
      const [rels] = await store.relationshipsOf(['china'], {});
      expect(rels!.map((r) => r.id)).toEqual(['china|SUPPLIES|russia']);
      const [iranRels] = await store.relationshipsOf(['iran'], {});
      expect(iranRels![0]!.status).toBe('ASSERTED');
    });

    it('rejects dangling references atomically, leaving the store unchanged', async () => {
      await store.load(dataset());
      const before = await store.stats();
      const bad = dataset();
      bad.actors.push({ id: 'new-actor', name: 'New Actor', kind: 'GROUP', aliases: [] });
      bad.claims.push(
        ClaimSchema.parse({
          id: 'k99',
          subject: 'new-actor',
          predicate: 'ATTACKS',
          object: 'nowhere',
          status: 'ASSERTED',
          source: 'src-a',
          note: 'n',
        }),
      );
      const err = await store.load(bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatasetError);
      expect((err as DatasetError).code).toBe('INVALID_DATASET');
      expect(await store.stats()).toEqual(before);
      expect(await store.getActors(['new-actor'])).toEqual([null]);
    });

    it('loads a stream of batches as one atomic load', async () => {
      const ds = dataset();
      // eslint-disable-next-line @typescript-eslint/require-await -- in-memory batches, as a stream
      async function* batches(bad: boolean) {
        yield { actors: ds.actors, sources: ds.sources, claims: [] };
        yield { actors: [], sources: [], claims: ds.claims.slice(0, 6) };
        if (bad)
          yield {
            actors: [],
            sources: [],
            claims: [{ ...ds.claims[7]!, id: 'k77', object: 'nowhere' }],
          };
        yield { actors: [], sources: [], claims: ds.claims.slice(6) };
      }
      await expect(store.loadStream(batches(true))).rejects.toMatchObject({
        code: 'INVALID_DATASET',
      });
      expect(await store.stats()).toEqual({ actors: 0, relationships: 0, claims: 0, sources: 0 });
      const s = await store.loadStream(batches(false));
      expect(s.claims).toEqual({ added: 12, updated: 0, unchanged: 0 });
      expect(s.relationships).toEqual({ added: 10, updated: 0, removed: 0 });
      expect(await store.stats()).toEqual({ actors: 8, relationships: 10, claims: 12, sources: 2 });
    });

    it('finds actors by name and alias, ignoring case and accents', async () => {
      await store.load(dataset());
      for (const q of [
        'DPRK',
        'dprk',
        'Pyongyang',
        'PYŎNGYANG',
        'north korea',
        'North Korea',
        'north k',
      ])
        expect((await store.search(q, 5))[0]?.id, q).toBe('north-korea');
      expect((await store.search('blinken', 5))[0]?.id).toBe('antony-blinken');
      expect((await store.search('kremlin', 5))[0]?.id).toBe('russia');
      expect(await store.search('zzzz', 5)).toEqual([]);
      expect(await store.search('a', 2)).toHaveLength(2);
      expect(await store.search('   ', 5)).toEqual([]);
      expect(await store.search('(north) "korea" AND OR* ~', 5)).toBeInstanceOf(Array);
    });

    it('looks records up in batches, in order, with null for unknown ids', async () => {
      await store.load(dataset());
      const actors = await store.getActors(['russia', 'nobody', 'antony-blinken']);
      expect(actors.map((a) => a?.id ?? null)).toEqual(['russia', null, 'antony-blinken']);
      expect(actors[2]).toMatchObject({
        kind: 'OFFICIAL',
        role: 'US Secretary of State',
        affiliation: 'united-states',
        aliases: ['Blinken'],
      });
      expect((await store.getSources(['src-b', 'x'])).map((s) => s?.title ?? null)).toEqual([
        'Test report B',
        null,
      ]);
      const [k1, none] = await store.getClaims(['k1', 'zz']);
      expect(k1).toMatchObject({
        id: 'k1',
        quantity: { value: 10000, unit: 'troops' },
        confidence: 0.8,
        date: '2024-10',
      });
      expect(none).toBeNull();
      expect((await store.listSources()).map((s) => s.id)).toEqual(['src-a', 'src-b']);
    });

    it('aggregates claims into relationships; symmetric predicates ignore direction', async () => {
      await store.load(dataset());
      const [k] = await store.relationshipsOf(['north-korea'], {
        predicates: ['SIGNS_TREATY_WITH'],
      });
      expect(k).toHaveLength(1);
      expect(k![0]).toMatchObject({
        id: 'north-korea|SIGNS_TREATY_WITH|russia',
        subject: 'north-korea',
        object: 'russia',
        claimCount: 2,
        firstDate: '2024-06',
        lastDate: '2024-11-09',
        maxConfidence: 0.95,
        contested: false,
        status: 'ASSERTED',
        sourceCount: 2,
      });
      const [d] = await store.relationshipsOf(['russia'], { predicates: ['DEPLOYS_TROOPS_TO'] });
      expect(d![0]).toMatchObject({
        claimCount: 2,
        status: 'REPORTED',
        statuses: ['REPORTED', 'DENIED'],
        contested: true,
        claimIds: ['k1', 'k2'],
      });
    });

    it('lists relationships per actor, most claims first, then by id', async () => {
      await store.load(dataset());
      const [russia, nobody] = await store.relationshipsOf(['russia', 'nobody'], {});
      expect(russia!.map((r) => r.id)).toEqual([
        'north-korea|DEPLOYS_TROOPS_TO|russia',
        'north-korea|SIGNS_TREATY_WITH|russia',
        'china|SUPPORTS|russia',
        'iran|SUPPLIES|russia',
      ]);
      expect(nobody).toEqual([]);
      const [all] = await store.relationshipsOf(['russia'], { statuses: ['HYPOTHETICAL'] });
      expect(all!.map((r) => r.id)).toEqual(['north-korea|SUPPLIES|russia']);
    });

    it('lists the claims behind relationships, by date then id, under the filter', async () => {
      await store.load(dataset());
      const [dep, treaty, none] = await store.claimsOf(
        [
          'north-korea|DEPLOYS_TROOPS_TO|russia',
          'north-korea|SIGNS_TREATY_WITH|russia',
          'a|MEETS|b',
        ],
        {},
      );
      expect(dep!.map((c) => c.id)).toEqual(['k1', 'k2']);
      expect(treaty!.map((c) => c.id)).toEqual(['k3', 'k4']);
      expect(none).toEqual([]);
      const [denied] = await store.claimsOf(['north-korea|DEPLOYS_TROOPS_TO|russia'], {
        statuses: ['DENIED'],
      });
      expect(denied!.map((c) => c.id)).toEqual(['k2']);
      expect(denied![0]).toMatchObject({ attributedTo: 'russia', source: 'src-b' });
    });

    it('does not draw hypothetical or negated claims by default', async () => {
      await store.load(dataset());
      const sub = await store.neighborhood(hood({ actorIds: ['united-states'] }));
      expect(sub.edges.map((e) => e.id)).not.toContain('united-states|SANCTIONS|ukraine');
      const withNeg = await store.neighborhood(
        hood({ actorIds: ['united-states'], statuses: ['NEGATED'] }),
      );
      expect(withNeg.edges.map((e) => e.id)).toEqual(['united-states|SANCTIONS|ukraine']);
      expect(ids(withNeg.nodes)).toEqual(['ukraine', 'united-states']);
    });

    it('expands neighbourhoods by depth, returning the edges among the nodes', async () => {
      await store.load(dataset());
      const d0 = await store.neighborhood(hood({ actorIds: ['russia', 'north-korea'], depth: 0 }));
      expect(ids(d0.nodes)).toEqual(['north-korea', 'russia']);
      expect(d0.edges.map((e) => e.id)).toEqual([
        'north-korea|DEPLOYS_TROOPS_TO|russia',
        'north-korea|SIGNS_TREATY_WITH|russia',
      ]);
      const d1 = await store.neighborhood(hood({ actorIds: ['russia'] }));
      expect(ids(d1.nodes)).toEqual(['china', 'iran', 'north-korea', 'russia']);
      expect(d1.nodes[0]!.id).toBe('russia');
      expect(d1.truncated).toBe(false);
      const d2 = await store.neighborhood(hood({ actorIds: ['russia'], depth: 2 }));
      expect(ids(d2.nodes)).toEqual(['china', 'iran', 'north-korea', 'russia', 'united-states']);
      expect(d2.edges.map((e) => e.id)).toContain('united-states|WARNS|north-korea');
      const d3 = await store.neighborhood(hood({ actorIds: ['russia'], depth: 3 }));
      expect(ids(d3.nodes)).toEqual([
        'antony-blinken',
        'china',
        'iran',
        'nato',
        'north-korea',
        'russia',
        'ukraine',
        'united-states',
      ]);
    });

    it('caps expansion at the limit, keeping the best-connected nodes, and says so', async () => {
      await store.load(dataset());
      const sub = await store.neighborhood(hood({ actorIds: ['russia'], limit: 2 }));
      expect(sub.nodes.map((n) => n.id)).toEqual(['russia', 'north-korea']); // 3 claims beats 1
      expect(sub.truncated).toBe(true);
      expect(sub.edges.every((e) => e.subject === 'north-korea')).toBe(true);
      const exact = await store.neighborhood(hood({ actorIds: ['russia'], limit: 4 }));
      expect(exact.truncated).toBe(false);
      expect(exact.nodes).toHaveLength(4);
      const one = await store.neighborhood(hood({ actorIds: ['russia', 'iran'], limit: 1 }));
      expect(one.nodes.map((n) => n.id)).toEqual(['russia']);
      expect(one.truncated).toBe(true);
    });

    it('filters by predicate, origin and date window, aggregating only matching claims', async () => {
      await store.load(dataset());
      const sup = await store.neighborhood(
        hood({ actorIds: ['russia'], predicates: ['SUPPLIES'] }),
      );
      expect(ids(sup.nodes)).toEqual(['iran', 'russia']);
      const extracted = await store.neighborhood(
        hood({ actorIds: ['united-states'], origins: ['EXTRACTED'] }),
      );
      expect(extracted.edges.map((e) => e.id)).toEqual(['united-states|SUPPLIES|ukraine']);
      const nov = await store.neighborhood(
        hood({ actorIds: ['russia'], from: '2024-11', to: '2024-11-30' }),
      );
      expect(nov.edges.map((e) => [e.id, e.claimCount])).toEqual([
        ['north-korea|DEPLOYS_TROOPS_TO|russia', 1],
        ['north-korea|SIGNS_TREATY_WITH|russia', 1],
      ]);
      expect(nov.edges[0]!.status).toBe('DENIED');
      const unknown = await store.neighborhood(hood({ actorIds: ['nobody'] }));
      expect(unknown).toEqual({ nodes: [], edges: [], truncated: false });
    });

    it('streams every actor and relationship in id order, in batches', async () => {
      const before = await store.revision();
      await store.load(dataset());
      expect(await store.revision()).not.toBe(before);
      const actorBatches: string[][] = [];
      for await (const b of store.streamActors(3)) actorBatches.push(b.map((a) => a.id));
      expect(actorBatches.map((b) => b.length)).toEqual([3, 3, 2]);
      expect(actorBatches.flat()).toEqual([
        'antony-blinken',
        'china',
        'iran',
        'nato',
        'north-korea',
        'russia',
        'ukraine',
        'united-states',
      ]);
      const rels: string[] = [];
      for await (const b of store.streamRelationships({}, 4)) rels.push(...b.map((r) => r.id));
      expect(rels).toEqual([
        'antony-blinken|OFFICIAL_OF|united-states',
        'china|SUPPORTS|russia',
        'iran|SUPPLIES|russia',
        'north-korea|DEPLOYS_TROOPS_TO|russia',
        'north-korea|SIGNS_TREATY_WITH|russia',
        'united-states|MEMBER_OF|nato',
        'united-states|SUPPLIES|ukraine',
        'united-states|WARNS|north-korea',
      ]);
      const denied: string[] = [];
      for await (const b of store.streamRelationships({ statuses: ['DENIED'] }))
        denied.push(...b.map((r) => `${r.id}:${r.claimCount}`));
      expect(denied).toEqual(['north-korea|DEPLOYS_TROOPS_TO|russia:1']);
    });

    it('clears everything', async () => {
      await store.load(dataset());
      await store.clear();
      expect(await store.stats()).toEqual({ actors: 0, relationships: 0, claims: 0, sources: 0 });
      expect(await store.getActors(['russia'])).toEqual([null]);
    });
  });
};
