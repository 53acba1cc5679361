import { describe, expect, it } from 'vitest';
import { PREDICATES, relationshipId, type Claim, type Dataset } from '../../domain';
import { dataset } from '../contract-fixture';
import { StoreState } from '../embedded/state';
import type { LoadSummary } from '../types';
import {
  affectedRelationships,
  fingerprint,
  idsToLookUp,
  planClaims,
  planRecords,
  relationshipCounts,
  relationshipTracker,
  type StoredClaim,
} from './load-plan';

/** What the Neo4j load would read from a database holding `st`. */
const snapshot = (st: StoreState) => ({
  actors: new Map(st.graph.mapNodes((id, a) => [id, fingerprint(a)] as const)),
  sources: new Map([...st.sources.values()].map((s) => [s.id, fingerprint(s)])),
  claims: new Map<string, StoredClaim>(
    [...st.claims.values()].map((c) => [
      c.id,
      { fingerprint: fingerprint(c), relId: relationshipId(c.subject, c.predicate, c.object) },
    ]),
  ),
  members: new Map(st.graph.mapEdges((id, e) => [id, [...e.claimIds]] as const)),
});

/**
 * The Neo4j load's summary over a stream of batches, computed as load.ts does: each batch is
 * planned against a snapshot of the database as the earlier batches left it (modelled by
 * applying them to a StoreState copy), with one relationship tracker for the whole load.
 */
const plan = (st: StoreState, ...batches: Dataset[]): LoadSummary => {
  const db = st.clone();
  const tracker = relationshipTracker();
  const zero = () => ({ added: 0, updated: 0, unchanged: 0 });
  const sum = { actors: zero(), sources: zero(), claims: zero() };
  const add = (a: LoadSummary['actors'], b: LoadSummary['actors']) => {
    a.added += b.added;
    a.updated += b.updated;
    a.unchanged += b.unchanged;
  };
  for (const ds of batches) {
    const snap = snapshot(db);
    const affected = new Set(affectedRelationships(ds.claims, snap.claims));
    const members = new Map([...snap.members].filter(([id]) => affected.has(id)));
    add(sum.claims, planClaims(ds.claims, snap.claims, members, tracker).counts);
    add(sum.actors, planRecords(ds.actors, snap.actors).counts);
    add(sum.sources, planRecords(ds.sources, snap.sources).counts);
    db.apply(ds); // what the batch's writes leave in the database
  }
  return { ...sum, relationships: relationshipCounts(tracker) };
};

/** The embedded store's loadStream, on a copy of `st`. */
const embedded = (st: StoreState, ...batches: Dataset[]): LoadSummary => {
  const next = st.clone();
  const touched = new Map<string, boolean>();
  const zero = () => ({ added: 0, updated: 0, unchanged: 0 });
  const sum = { actors: zero(), sources: zero(), claims: zero() };
  for (const ds of batches) {
    const r = next.apply(ds, undefined, touched);
    for (const k of ['actors', 'sources', 'claims'] as const) {
      sum[k].added += r[k].added;
      sum[k].updated += r[k].updated;
      sum[k].unchanged += r[k].unchanged;
    }
  }
  return { ...sum, relationships: next.relationshipCounts(touched) };
};

/** A small deterministic PRNG so failures reproduce. */
const rng = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};

describe('load planning matches the embedded store', () => {
  it('counts a first load and an identical re-load', () => {
    const empty = new StoreState();
    expect(plan(empty, dataset())).toEqual(embedded(empty, dataset()));
    const full = StoreState.fromDataset(dataset());
    expect(plan(full, dataset())).toEqual(embedded(full, dataset()));
    expect(plan(full, dataset()).relationships).toEqual({ added: 0, updated: 0, removed: 0 });
  });

  it('counts updates that move a claim between relationships', () => {
    const full = StoreState.fromDataset(dataset());
    const base = dataset().claims;
    const k5 = base.find((c) => c.id === 'k5')!;
    const k6 = base.find((c) => c.id === 'k6')!;
    const ds: Dataset = {
      actors: [],
      sources: [],
      claims: [
        { ...k5, status: 'ASSERTED' },
        { ...k6, predicate: 'SUPPLIES' },
      ],
    };
    expect(plan(full, ds)).toEqual(embedded(full, ds));
    expect(plan(full, ds).relationships).toEqual({ added: 1, updated: 1, removed: 1 });
  });

  it('replays duplicates and random edits exactly like the embedded store', () => {
    const random = rng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const actorIds = dataset().actors.map((a) => a.id);
    for (let round = 0; round < 300; round++) {
      const start = StoreState.fromDataset(dataset());
      const claims: Claim[] = [];
      for (let i = 0; i < 1 + Math.floor(random() * 8); i++) {
        const c: Claim = { ...pick(dataset().claims) };
        if (random() < 0.4) c.predicate = pick(PREDICATES);
        if (random() < 0.3) c.status = pick(['ASSERTED', 'DENIED', 'NEGATED'] as const);
        if (random() < 0.3) c.object = pick(actorIds.filter((id) => id !== c.subject));
        if (random() < 0.2) c.id = `new-${Math.floor(random() * 3)}`;
        claims.push(c);
      }
      const actors = random() < 0.5 ? [{ ...pick(dataset().actors), name: 'Renamed' }] : [];
      const ds: Dataset = { actors, sources: dataset().sources, claims };
      expect(plan(start, ds), JSON.stringify(ds.claims)).toEqual(embedded(start, ds));
      // The same edits as a stream of batches, split at a random point.
      const cut = Math.floor(random() * (claims.length + 1));
      const first: Dataset = { actors, sources: [], claims: claims.slice(0, cut) };
      const second: Dataset = { actors: [], sources: ds.sources, claims: claims.slice(cut) };
      expect(plan(start, first, second)).toEqual(embedded(start, first, second));
    }
  });

  it('counts a stream from empty like one load', () => {
    const ds = dataset();
    const batches: Dataset[] = [
      { actors: ds.actors, sources: ds.sources, claims: [] },
      { actors: [], sources: [], claims: ds.claims.slice(0, 6) },
      { actors: [], sources: [], claims: ds.claims.slice(6) },
    ];
    const empty = new StoreState();
    expect(plan(empty, ...batches)).toEqual(embedded(empty, ...batches));
    expect(plan(empty, ...batches)).toEqual(plan(empty, ds));
  });

  it('writes only the last version of records that differ from the database', () => {
    const a = dataset().actors[0]!;
    const stored = new Map([[a.id, fingerprint(a)]]);
    const renamed = { ...a, name: 'DPRK' };
    const p = planRecords([renamed, a], stored);
    expect(p.counts).toEqual({ added: 0, updated: 2, unchanged: 0 });
    expect(p.writes).toEqual([]);
    expect(planRecords([a, renamed], stored).writes.map((w) => w.record)).toEqual([renamed]);
  });
});

describe('idsToLookUp', () => {
  it('asks for the records of the batch and everything they reference, once each', () => {
    const ds: Dataset = { actors: [], sources: [], claims: [dataset().claims[0]!] };
    expect(idsToLookUp(ds)).toEqual({ actorIds: ['north-korea', 'russia'], sourceIds: ['src-a'] });
    const full = dataset();
    full.actors.push({ id: 'x', name: 'X', kind: 'OFFICIAL', aliases: [], affiliation: 'ghost' });
    const need = idsToLookUp(full);
    expect(need.actorIds).toEqual([...full.actors.map((a) => a.id), 'ghost']);
    expect(need.sourceIds).toEqual(['src-a', 'src-b']);
  });
});
