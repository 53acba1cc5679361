/**
 * A load is ONE explicit write transaction (session.executeWrite): look-ups, reference checks,
 * batched `UNWIND $rows` writes and the relationship re-aggregation all run in it, and Neo4j
 * commits it only when the function returns. A DatasetError or any failure rolls everything
 * back, so the database never holds half a load. A streamed load (loadStream) is the same
 * transaction fed batch after batch; each batch's look-ups see the earlier batches' writes.
 *
 * Size. Neo4j keeps a transaction's changes in heap until commit, and all transactions share
 * dbms.memory.transaction.total.max (70% of the heap by default). Our estimate is 3–5 KB per
 * claim (node, links, index entries, re-aggregated typed relationship): ~100,000 claims per
 * 500 MB, so a 1M-claim load needs a heap of several GB. We keep one transaction per load
 * rather than a staged load (write in batches under staging, publish at the end): publishing
 * atomically needs either one transaction touching every staged record (the same memory
 * again) or a visibility flag that every read statement filters on, plus clean-up of stages
 * a crash leaves behind. Instead a load over the limit fails atomically with LIMIT_EXCEEDED
 * saying how to fix it (errors.ts), and large imports are split into several atomic loads
 * (bench/neo4j.bench.ts: 100k claims each by default).
 *
 * Retries. executeWrite re-runs the function on transient errors; every attempt starts from
 * fresh state (fingerprints, tracker, counts) and rolls back completely, so a retried `load` is
 * safe; a stream cannot be replayed (see `once`); memory-limit errors are not retried at all
 * (executor.ts).
 */
import { DatasetError, RelataError, type Dataset } from '../../domain';
import { referenceIssues } from '../shared/refs';
import { mapNeo4jError } from './errors';
import type { Counts, LoadProgress, LoadSummary } from '../types';
import type { Tx } from './executor';
import {
  affectedRelationships,
  fingerprinter,
  idsToLookUp,
  planClaims,
  planRecords,
  relationshipCounts,
  relationshipTracker,
  type Fingerprinter,
  type RelationshipTracker,
  type StoredClaim,
} from './load-plan';
import { actorProps, claimProps, sourceProps } from './props';
import { rebuildRelationships } from './rebuild';
import { lookUp, optText, text, writeBatches } from './tx-helpers';

type Progress = (p: LoadProgress) => void;

interface BatchResult {
  actors: Counts;
  sources: Counts;
  claims: Counts;
  writes: number;
}

/** Checks, plans and writes one dataset batch inside the load's transaction. */
const applyBatch = async (
  tx: Tx,
  ds: Dataset,
  size: number,
  onProgress: Progress,
  tracker: RelationshipTracker,
  fp: Fingerprinter,
): Promise<BatchResult> => {
  const need = idsToLookUp(ds);
  const actorRows = await lookUp(tx, 'load-existing-actors', 'ids', need.actorIds, size);
  const sourceRows = await lookUp(tx, 'load-existing-sources', 'ids', need.sourceIds, size);
  const storedActors = new Map(actorRows.map((r) => [text(r.id), optText(r.fingerprint)]));
  const storedSources = new Map(sourceRows.map((r) => [text(r.id), optText(r.fingerprint)]));
  const issues = referenceIssues(ds, {
    hasActor: (id) => storedActors.has(id),
    hasSource: (id) => storedSources.has(id),
  });
  if (issues.length > 0) throw new DatasetError(issues);

  const claimIds = ds.claims.map((c) => c.id);
  const claimRows = await lookUp(tx, 'load-existing-claims', 'ids', claimIds, size);
  const storedClaims = new Map<string, StoredClaim>(
    claimRows.map((r) => [
      text(r.id),
      { fingerprint: optText(r.fingerprint), relId: text(r.relId) },
    ]),
  );
  const affected = affectedRelationships(ds.claims, storedClaims, fp);
  const memberRows = await lookUp(tx, 'load-relationship-members', 'relIds', affected, size);
  const members = new Map(
    memberRows.map((r) => [text(r.relId), Array.isArray(r.claimIds) ? r.claimIds.map(text) : []]),
  );

  const actors = planRecords(ds.actors, storedActors, fp);
  const sources = planRecords(ds.sources, storedSources, fp);
  const claims = planClaims(ds.claims, storedClaims, members, tracker, fp);

  const phase = (name: LoadProgress['phase'], total: number, pending: number) => (w: number) =>
    onProgress({ phase: name, done: total - (pending - w), total });
  await writeBatches(
    tx,
    'load-actors',
    actors.writes,
    size,
    (w) => ({ props: { ...actorProps(w.record), fingerprint: w.fingerprint } }),
    phase('actors', ds.actors.length, actors.writes.length),
  );
  await writeBatches(
    tx,
    'load-sources',
    sources.writes,
    size,
    (w) => ({ props: { ...sourceProps(w.record), fingerprint: w.fingerprint } }),
    phase('sources', ds.sources.length, sources.writes.length),
  );
  await writeBatches(
    tx,
    'load-claims',
    claims.writes,
    size,
    (w) => ({ props: { ...claimProps(w.record), fingerprint: w.fingerprint } }),
    phase('claims', ds.claims.length, claims.writes.length),
  );
  return {
    actors: actors.counts,
    sources: sources.counts,
    claims: claims.counts,
    writes: actors.writes.length + sources.writes.length + claims.writes.length,
  };
};

const add = (a: Counts, b: Counts): Counts => ({
  added: a.added + b.added,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
});
const zero = (): Counts => ({ added: 0, updated: 0, unchanged: 0 });

/**
 * Loads every batch, then re-aggregates each relationship any batch touched (once), bumps the
 * data revision if anything changed, and returns the summed counts (relationships counted once
 * over the whole load, as the embedded store does).
 */
export const runLoad = async (
  tx: Tx,
  batches: Iterable<Dataset> | AsyncIterable<Dataset>,
  size: number,
  onProgress: Progress = () => {},
): Promise<LoadSummary> => {
  const fp = fingerprinter();
  const tracker = relationshipTracker();
  const total = { actors: zero(), sources: zero(), claims: zero() };
  let writes = 0;
  for await (const ds of batches) {
    const r = await applyBatch(tx, ds, size, onProgress, tracker, fp);
    total.actors = add(total.actors, r.actors);
    total.sources = add(total.sources, r.sources);
    total.claims = add(total.claims, r.claims);
    writes += r.writes;
  }
  const touched = [...tracker.existedBefore.keys()];
  await rebuildRelationships(tx, touched, size, onProgress);
  if (writes + touched.length > 0) await tx.run('write-revision');
  onProgress({ phase: 'commit', done: 0, total: 1 });
  return { ...total, relationships: relationshipCounts(tracker) };
};

/**
 * A stream can be consumed once. If Neo4j fails the transaction transiently after batches were
 * read, the driver retries the transaction function: the retry then fails (and nothing is
 * kept) instead of silently loading only the rest of the stream. `failure` gives the error that
 * ended the previous attempt, so that the caller learns why (e.g. a memory limit, which running
 * the same load again would hit again).
 */
export const once = (
  batches: AsyncIterable<Dataset>,
  failure: () => unknown = () => undefined,
): AsyncIterable<Dataset> => {
  let consumed = false;
  return {
    [Symbol.asyncIterator]: () => {
      if (consumed) {
        const cause = failure();
        const why = cause === undefined ? null : mapNeo4jError(cause, 'load');
        const limit = why?.code === 'LIMIT_EXCEEDED';
        throw new RelataError(
          limit ? 'LIMIT_EXCEEDED' : 'STORE_UNAVAILABLE',
          `Neo4j interrupted the streamed load${why === null ? '' : ` (${why.message})`}, ` +
            `which cannot be replayed; nothing was loaded${limit ? '' : ': run it again'}`,
          why === null ? {} : why.details,
          { cause },
        );
      }
      consumed = true;
      return batches[Symbol.asyncIterator]();
    },
  };
};
