import { resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { RelataError, byId, type Actor, type Dataset, type Relationship } from '../../domain';
import { LIMITS, resolveFilter } from '../filter';
import type {
  ClaimFilter,
  GraphStore,
  LoadOptions,
  LoadSummary,
  NeighborhoodQuery,
  Stats,
  StoreHealth,
} from '../types';
import { Mutex, withFileLock } from './lock';
import {
  readSnapshot,
  removeStaleTemps,
  snapshotStamp,
  writeSnapshot,
  type SnapshotStamp,
} from './persist';
import { matchingClaims, neighborhood, relationship, relationshipsOf } from './query';
import { StoreState } from './state';
import { EMBEDDED_LIMITS, addSummaries, checkSize, type SizeLimits } from './limits';

export interface EmbeddedStoreOptions {
  dataDir: string;
  /** Size limits (defaults: EMBEDDED_LIMITS); a load that would pass them fails and changes nothing. */
  limits?: Partial<SizeLimits>;
  /** How often (ms) reads check whether another process rewrote the snapshot. */
  refreshIntervalMs?: number;
}

/**
 * The default store: the whole graph in memory (graphology), persisted to a crash-safe
 * snapshot under `dataDir`. Loads are copy-on-write: a new state is built and written to disk,
 * and only then replaces the live one, so a failed load changes nothing.
 */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private state = new StoreState();
  private stamp: SnapshotStamp | null = null;
  private checkedAt = 0;
  private readonly dir: string;
  private readonly writes = new Mutex();
  private readonly limits: SizeLimits;

  constructor(private readonly options: EmbeddedStoreOptions) {
    this.dir = resolve(options.dataDir);
    this.limits = { ...EMBEDDED_LIMITS, ...options.limits };
  }

  async init(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
    } catch (e) {
      throw new RelataError(
        'STORE_UNAVAILABLE',
        `Cannot create data directory ${this.dir}`,
        {},
        { cause: e },
      );
    }
    await removeStaleTemps(this.dir);
    await this.reload();
  }

  async close(): Promise<void> {
    await this.writes.run(() => Promise.resolve());
  }

  async health(): Promise<StoreHealth> {
    const s = await this.read();
    return { store: 'embedded', ok: true, detail: `${this.dir} (${s.graph.order} actors)` };
  }

  load(dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
    return this.loadStream(once(dataset), options);
  }

  loadStream(batches: AsyncIterable<Dataset>, options: LoadOptions = {}): Promise<LoadSummary> {
    return this.writes.run(() =>
      withFileLock(this.dir, async () => {
        await this.reload();
        const next = this.state.clone();
        let summary: LoadSummary | null = null;
        const touched = new Map<string, boolean>();
        for await (const batch of batches) {
          const s = next.apply(batch, options.onProgress, touched, false);
          checkSize(next, this.limits);
          summary = summary === null ? s : addSummaries(summary, s);
        }
        summary ??= next.apply({ actors: [], sources: [], claims: [] });
        summary.relationships = next.relationshipCounts(touched);
        options.onProgress?.({ phase: 'commit', done: 0, total: 1 });
        await writeSnapshot(this.dir, next.toDataset());
        this.state = next;
        this.stamp = await snapshotStamp(this.dir);
        options.onProgress?.({ phase: 'commit', done: 1, total: 1 });
        return summary;
      }),
    );
  }

  clear(): Promise<void> {
    return this.writes.run(() =>
      withFileLock(this.dir, async () => {
        const empty = new StoreState();
        await writeSnapshot(this.dir, empty.toDataset());
        this.state = empty;
        this.stamp = await snapshotStamp(this.dir);
      }),
    );
  }

  async stats(): Promise<Stats> {
    const s = await this.read();
    return {
      actors: s.graph.order,
      relationships: s.graph.size,
      claims: s.claims.size,
      sources: s.sources.size,
    };
  }

  async search(text: string, first: number) {
    const s = await this.read();
    return s.search
      .query(text, clamp(first, 0, LIMITS.maxSearch))
      .flatMap((id) => s.actor(id) ?? []);
  }

  async getActors(ids: readonly string[]) {
    const s = await this.read();
    return ids.map((id) => s.actor(id) ?? null);
  }

  async getSources(ids: readonly string[]) {
    const s = await this.read();
    return ids.map((id) => s.sources.get(id) ?? null);
  }

  async getClaims(ids: readonly string[]) {
    const s = await this.read();
    return ids.map((id) => s.claims.get(id) ?? null);
  }

  async listSources() {
    const s = await this.read();
    return [...s.sources.values()].sort(byId);
  }

  async relationshipsOf(actorIds: readonly string[], filter: ClaimFilter) {
    const s = await this.read();
    const f = resolveFilter(filter);
    return actorIds.map((id) => relationshipsOf(s, id, f));
  }

  async claimsOf(relationshipIds: readonly string[], filter: ClaimFilter) {
    const s = await this.read();
    const f = resolveFilter(filter);
    return relationshipIds.map((id) => matchingClaims(s, id, f));
  }

  async neighborhood(query: NeighborhoodQuery) {
    const s = await this.read();
    return neighborhood(s, query, resolveFilter(query));
  }

  async *streamActors(batchSize = 1000): AsyncIterable<Actor[]> {
    const s = await this.read();
    const ids = s.graph.nodes().sort();
    for (let i = 0; i < ids.length; i += batchSize)
      yield ids.slice(i, i + batchSize).map((id) => s.graph.getNodeAttributes(id));
  }

  async *streamRelationships(filter: ClaimFilter, batchSize = 1000): AsyncIterable<Relationship[]> {
    const s = await this.read();
    const f = resolveFilter(filter);
    const ids = s.graph.edges().sort();
    let batch: Relationship[] = [];
    for (const id of ids) {
      const r = relationship(s, id, f);
      if (r === null) continue;
      batch.push(r);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async revision(): Promise<string> {
    await this.read();
    return `${this.stamp?.mtimeMs ?? 0}:${this.stamp?.size ?? 0}`;
  }

  /** The live state, reloaded first if another process has rewritten the snapshot. */
  private async read(): Promise<StoreState> {
    const interval = this.options.refreshIntervalMs ?? 1000;
    if (Date.now() - this.checkedAt >= interval) {
      this.checkedAt = Date.now();
      const stamp = await snapshotStamp(this.dir);
      if (!sameStamp(stamp, this.stamp)) await this.writes.run(() => this.reload());
    }
    return this.state;
  }

  private async reload(): Promise<void> {
    const stamp = await snapshotStamp(this.dir);
    if (sameStamp(stamp, this.stamp)) return;
    const ds = await readSnapshot(this.dir);
    this.state = ds === null ? new StoreState() : StoreState.fromDataset(ds);
    this.stamp = stamp;
  }
}

// eslint-disable-next-line @typescript-eslint/require-await -- one in-memory dataset, as a stream
async function* once<T>(x: T): AsyncIterable<T> {
  yield x;
}

const sameStamp = (a: SnapshotStamp | null, b: SnapshotStamp | null) =>
  a === b || (a !== null && b !== null && a.mtimeMs === b.mtimeMs && a.size === b.size);

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.floor(n)));
