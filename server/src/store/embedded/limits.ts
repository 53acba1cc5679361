import { RelataError } from '../../domain';
import type { Counts, LoadSummary } from '../types';
import type { StoreState } from './state';

/**
 * How much the embedded store holds. It keeps the whole graph in memory, so its size is bounded
 * by the heap: measured at about 1.3 GB of heap for 100k actors and 1M claims (see README).
 * The defaults leave headroom within a 2 GB heap; raise them (RELATA_MAX_*) with the heap
 * (node --max-old-space-size), or move to the Neo4j store.
 */
export interface SizeLimits {
  maxActors: number;
  maxClaims: number;
}

export const EMBEDDED_LIMITS: SizeLimits = { maxActors: 250_000, maxClaims: 1_500_000 };

export const checkSize = (s: StoreState, limits: SizeLimits): void => {
  if (s.graph.order > limits.maxActors)
    throw new RelataError(
      'LIMIT_EXCEEDED',
      `The embedded store holds at most ${limits.maxActors} actors (this load would make ${s.graph.order}). ` +
        'Raise RELATA_MAX_ACTORS with the heap size, or use the Neo4j store.',
    );
  if (s.claims.size > limits.maxClaims)
    throw new RelataError(
      'LIMIT_EXCEEDED',
      `The embedded store holds at most ${limits.maxClaims} claims (this load would make ${s.claims.size}). ` +
        'Raise RELATA_MAX_CLAIMS with the heap size, or use the Neo4j store.',
    );
};

const addCounts = (a: Counts, b: Counts): Counts => ({
  added: a.added + b.added,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
});

/** Sums per-batch record counts (relationships are counted once over the whole stream). */
export const addSummaries = (a: LoadSummary, b: LoadSummary): LoadSummary => ({
  actors: addCounts(a.actors, b.actors),
  sources: addCounts(a.sources, b.sources),
  claims: addCounts(a.claims, b.claims),
  relationships: a.relationships,
});
