import { MultiDirectedGraph } from 'graphology';
import {
  DatasetError,
  relationshipEnds,
  relationshipId,
  type Actor,
  type Claim,
  type Dataset,
  type DatasetIssue,
  type Relationship,
  type Source,
} from '../../domain';
import type { Counts, LoadProgress, LoadSummary } from '../types';
import { canonical } from '../shared/canonical';
import { referenceIssues } from '../shared/refs';
import { SearchIndex } from './search-index';

/** Edge attributes: the claims behind one relationship. Aggregates are computed on read. */
export interface EdgeAttributes {
  predicate: Claim['predicate'];
  claimIds: Set<string>;
}

/**
 * The embedded store's whole state. Claims are the source of truth; the graphology graph
 * (one edge per relationship, keyed by relationship id) and the search index derive from them.
 */
export class StoreState {
  readonly graph = new MultiDirectedGraph<Actor, EdgeAttributes>({ allowSelfLoops: false });
  readonly sources = new Map<string, Source>();
  readonly claims = new Map<string, Claim>();
  readonly search = new SearchIndex();
  /** Aggregated relationships per filter key, valid for this state's lifetime (see memo). */
  private readonly aggregates = new Map<string, Map<string, Relationship | null>>();

  static fromDataset(ds: Dataset): StoreState {
    const s = new StoreState();
    s.apply(ds);
    return s;
  }

  /**
   * Memoises a relationship's aggregate under a filter. A live state is never mutated (loads
   * build a clone), so entries never go stale; a few filters are kept, each bounded.
   */
  memo(filterKey: string, relId: string, compute: () => Relationship | null): Relationship | null {
    let m = this.aggregates.get(filterKey);
    if (m === undefined) {
      if (this.aggregates.size >= MEMO_FILTERS)
        this.aggregates.delete(this.aggregates.keys().next().value!);
      this.aggregates.set(filterKey, (m = new Map<string, Relationship | null>()));
    }
    let r = m.get(relId);
    if (r === undefined) {
      r = compute();
      if (m.size >= MEMO_ENTRIES) m.clear();
      m.set(relId, r);
    }
    return r;
  }

  actor(id: string): Actor | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }

  /** A copy that can be changed without touching this state (copy-on-write loads). */
  clone(): StoreState {
    const s = new StoreState();
    s.graph.import(this.graph.export());
    for (const e of s.graph.edges()) {
      const attrs = s.graph.getEdgeAttributes(e);
      s.graph.replaceEdgeAttributes(e, {
        predicate: attrs.predicate,
        claimIds: new Set(attrs.claimIds),
      });
    }
    for (const [k, v] of this.sources) s.sources.set(k, v);
    for (const [k, v] of this.claims) s.claims.set(k, v);
    s.search.copyFrom(this.search);
    return s;
  }

  toDataset(): Dataset {
    return {
      actors: this.graph.mapNodes((_, a) => a),
      sources: [...this.sources.values()],
      claims: [...this.claims.values()],
    };
  }

  /** Reference problems of a dataset against itself plus this state. */
  referenceIssues(ds: Dataset): DatasetIssue[] {
    return referenceIssues(ds, {
      hasActor: (id) => this.graph.hasNode(id),
      hasSource: (id) => this.sources.has(id),
    });
  }

  /** Upserts a dataset by id. Throws DatasetError (before any change) on dangling references. */
  apply(
    ds: Dataset,
    onProgress?: (p: LoadProgress) => void,
    existedBefore: Map<string, boolean> = new Map(),
    countRelationships = true,
  ): LoadSummary {
    const issues = this.referenceIssues(ds);
    if (issues.length > 0) throw new DatasetError(issues);
    const summary: LoadSummary = {
      actors: counts(),
      sources: counts(),
      claims: counts(),
      relationships: { added: 0, updated: 0, removed: 0 },
    };
    ds.actors.forEach((a, i) => {
      const old = this.actor(a.id);
      tally(summary.actors, old, a);
      if (old === undefined) this.graph.addNode(a.id, a);
      else if (!same(old, a)) this.graph.replaceNodeAttributes(a.id, a);
      this.search.put(a);
      onProgress?.({ phase: 'actors', done: i + 1, total: ds.actors.length });
    });
    for (const s of ds.sources) {
      tally(summary.sources, this.sources.get(s.id), s);
      this.sources.set(s.id, s);
    }
    onProgress?.({ phase: 'sources', done: ds.sources.length, total: ds.sources.length });
    // Whether each touched relationship existed before this load, to tell added from updated.
    const touch = (id: string) => {
      if (!existedBefore.has(id)) existedBefore.set(id, this.graph.hasEdge(id));
    };
    ds.claims.forEach((c, i) => {
      const old = this.claims.get(c.id);
      tally(summary.claims, old, c);
      if (old !== undefined && same(old, c)) return;
      const id = relationshipId(c.subject, c.predicate, c.object);
      touch(id);
      if (old !== undefined) {
        const oldId = relationshipId(old.subject, old.predicate, old.object);
        touch(oldId);
        this.detach(oldId, old.id);
      }
      this.claims.set(c.id, c);
      this.attach(id, c);
      if ((i + 1) % 1000 === 0 || i + 1 === ds.claims.length)
        onProgress?.({ phase: 'claims', done: i + 1, total: ds.claims.length });
    });
    // A streamed load shares `existedBefore` across batches and counts once at the end.
    if (countRelationships) summary.relationships = this.relationshipCounts(existedBefore);
    return summary;
  }

  /** Added/updated/removed relationships, given whether each touched one existed before. */
  relationshipCounts(existedBefore: ReadonlyMap<string, boolean>): LoadSummary['relationships'] {
    const r = { added: 0, updated: 0, removed: 0 };
    for (const [id, before] of existedBefore) {
      const now = this.graph.hasEdge(id);
      if (!before && now) r.added++;
      else if (before && now) r.updated++;
      else if (before && !now) r.removed++;
    }
    return r;
  }

  private attach(id: string, c: Claim): void {
    if (this.graph.hasEdge(id)) {
      this.graph.getEdgeAttributes(id).claimIds.add(c.id);
      return;
    }
    const [s, o] = relationshipEnds(c.subject, c.predicate, c.object);
    this.graph.addDirectedEdgeWithKey(id, s, o, {
      predicate: c.predicate,
      claimIds: new Set([c.id]),
    });
  }

  /** Removes a claim from its relationship; a relationship left without claims is dropped. */
  private detach(id: string, claimId: string): void {
    if (!this.graph.hasEdge(id)) return;
    const ids = this.graph.getEdgeAttributes(id).claimIds;
    ids.delete(claimId);
    if (ids.size === 0) this.graph.dropEdge(id);
  }
}

const MEMO_FILTERS = 8;
const MEMO_ENTRIES = 250_000;

const counts = (): Counts => ({ added: 0, updated: 0, unchanged: 0 });

/** Records are plain JSON data validated by zod, so key-order-insensitive JSON equality is exact. */
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

const tally = (c: Counts, old: unknown, next: unknown): void => {
  if (old === undefined) c.added++;
  else if (same(old, next)) c.unchanged++;
  else c.updated++;
};
