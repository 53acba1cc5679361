import type {
  Actor,
  Claim,
  ClaimOrigin,
  ClaimStatus,
  Dataset,
  Predicate,
  Relationship,
  Source,
} from '../domain';

/**
 * Which claims count. A relationship is present when at least one of its claims matches,
 * and its aggregates (count, dates, status, confidence) are computed over the matching claims only.
 */
export interface ClaimFilter {
  /** Default: every predicate. */
  predicates?: readonly Predicate[] | null;
  /** Default: DRAWN_STATUSES (hypothetical and negated claims are not drawn). */
  statuses?: readonly ClaimStatus[] | null;
  /** Default: every origin. */
  origins?: readonly ClaimOrigin[] | null;
  /** Inclusive date window on the claim's date (partial ISO dates compare as prefixes). */
  from?: string | null;
  to?: string | null;
}

export interface NeighborhoodQuery extends ClaimFilter {
  actorIds: readonly string[];
  /** Hops from the seed actors, 0–3. */
  depth: number;
  /** Maximum number of nodes returned; `truncated` says when more were reachable. */
  limit: number;
}

export interface Subgraph {
  nodes: Actor[];
  edges: Relationship[];
  truncated: boolean;
}

export interface Stats {
  actors: number;
  /** Distinct (subject, predicate, object) groups with at least one claim of any status. */
  relationships: number;
  claims: number;
  sources: number;
}

export interface Counts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface LoadSummary {
  actors: Counts;
  sources: Counts;
  claims: Counts;
  /** Relationships created, changed, or left without claims (and so removed) by the load. */
  relationships: { added: number; updated: number; removed: number };
}

export interface LoadProgress {
  phase: 'validate' | 'actors' | 'sources' | 'claims' | 'relationships' | 'commit';
  done: number;
  total: number;
}

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void;
}

export interface StoreHealth {
  store: 'embedded' | 'neo4j';
  ok: boolean;
  detail: string;
}

/**
 * The one interface both stores implement. Every method is safe to call concurrently;
 * `load` calls are serialised by the store.
 */
export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Opens files or connections and creates schema; fails fast with a RelataError. */
  init(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;

  /**
   * Upserts a dataset by id, idempotently and atomically: on any error nothing changes.
   * References (claim subject/object/source/attributedTo, actor affiliation) must resolve to
   * records in the dataset or already in the store, else a DatasetError is thrown.
   */
  load(dataset: Dataset, options?: LoadOptions): Promise<LoadSummary>;
  /**
   * Loads a stream of dataset batches as ONE atomic, idempotent load (for imports too large to
   * hold in memory: GDELT, ICEWS, generated data). References in a batch may point to records
   * of earlier batches or of the store. On any error, nothing of the stream is kept.
   */
  loadStream(batches: AsyncIterable<Dataset>, options?: LoadOptions): Promise<LoadSummary>;
  /** Removes everything. */
  clear(): Promise<void>;

  stats(): Promise<Stats>;
  /** Case- and accent-insensitive search over names and aliases, best matches first. */
  search(text: string, first: number): Promise<Actor[]>;
  /** Batch lookups return one entry per id, in order, null where unknown. */
  getActors(ids: readonly string[]): Promise<(Actor | null)[]>;
  getSources(ids: readonly string[]): Promise<(Source | null)[]>;
  getClaims(ids: readonly string[]): Promise<(Claim | null)[]>;
  listSources(): Promise<Source[]>;
  /** Relationships touching each actor (either end), filtered; one list per id, in order. */
  relationshipsOf(actorIds: readonly string[], filter: ClaimFilter): Promise<Relationship[][]>;
  /** Claims behind each relationship id, filtered, ordered by date then id; one list per id. */
  claimsOf(relationshipIds: readonly string[], filter: ClaimFilter): Promise<Claim[][]>;
  /** Bounded breadth-first expansion from the seeds; edges are those among the returned nodes. */
  neighborhood(query: NeighborhoodQuery): Promise<Subgraph>;

  /** Every actor, ordered by id, in batches of at most `batchSize` (default 1000). */
  streamActors(batchSize?: number): AsyncIterable<Actor[]>;
  /** Every relationship with a matching claim, ordered by id, in batches (default 1000). */
  streamRelationships(filter: ClaimFilter, batchSize?: number): AsyncIterable<Relationship[]>;
  /** Changes whenever the data changes (after each load or clear); cheap to call. */
  revision(): Promise<string>;
}
