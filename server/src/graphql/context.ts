import DataLoader from 'dataloader';
import type { Actor, Claim, Relationship, Source } from '../domain';
import { filterKey, type ClaimFilter, type GraphStore } from '../store';

/** A relationship as resolvers see it: aggregates plus the filter that produced them. */
export interface RelationshipNode extends Relationship {
  filter: ClaimFilter;
  /** The end actors, when the query already has them (saves a loader round per edge). */
  sourceActor?: Actor;
  targetActor?: Actor;
}

interface Keyed {
  id: string;
  filter: ClaimFilter;
}

/** Batches per-id requests of one filter into a single store call. */
const byFilter = <T>(
  fetch: (ids: string[], filter: ClaimFilter) => Promise<T[]>,
): DataLoader<Keyed, T, string> =>
  new DataLoader<Keyed, T, string>(
    async (keys) => {
      const groups = new Map<string, Keyed[]>();
      for (const k of keys) {
        const fk = filterKey(k.filter);
        const g = groups.get(fk);
        if (g) g.push(k);
        else groups.set(fk, [k]);
      }
      const results = new Map<Keyed, T>();
      await Promise.all(
        [...groups.values()].map(async (g) => {
          const values = await fetch(
            g.map((k) => k.id),
            g[0]!.filter,
          );
          g.forEach((k, i) => results.set(k, values[i]!));
        }),
      );
      return keys.map((k) => results.get(k)!);
    },
    { cacheKeyFn: (k) => `${k.id}\u0000${filterKey(k.filter)}`, maxBatchSize: 1000 },
  );

/** Per-request loaders: one store call per GraphQL level, never one per node. */
export const createLoaders = (store: GraphStore) => ({
  actor: new DataLoader<string, Actor | null>((ids) => store.getActors(ids), {
    maxBatchSize: 1000,
  }),
  source: new DataLoader<string, Source | null>((ids) => store.getSources(ids), {
    maxBatchSize: 1000,
  }),
  claim: new DataLoader<string, Claim | null>((ids) => store.getClaims(ids), {
    maxBatchSize: 1000,
  }),
  claimsOf: byFilter<Claim[]>((ids, f) => store.claimsOf(ids, f)),
  relationshipsOf: byFilter<Relationship[]>((ids, f) => store.relationshipsOf(ids, f)),
});

export type Loaders = ReturnType<typeof createLoaders>;

export interface RelataContext {
  store: GraphStore;
  loaders: Loaders;
  /** What the request may do: writer (valid token), reader, or writes switched off. */
  auth: 'writer' | 'reader' | 'no-token-configured';
}
