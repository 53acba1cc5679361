/**
 * A load is ONE explicit write transaction (session.executeWrite): look-ups, reference checks,
 * batched `UNWIND $rows` writes and the relationship re-aggregation all run in it, and Neo4j
 * commits it only when the function returns. A DatasetError or any failure rolls everything
 * back, so the database never holds half a load. If the driver retries the transaction (a
 * transient error), this function runs again from scratch against the unchanged database.
 */
import {
  aggregateClaims,
  DatasetError,
  parseRelationshipId,
  RelataError,
  relationshipId,
  type Claim,
  type Dataset,
} from '../../domain';
import type { LoadProgress, LoadSummary } from '../types';
import type { Tx } from './executor';
import {
  affectedRelationships,
  fingerprinter,
  idsToLookUp,
  planClaims,
  planRecords,
  referenceIssues,
  type StoredClaim,
} from './load-plan';
import { claimFromProps } from './mapping';
import { actorProps, claimProps, relationshipProps, sourceProps } from './props';
import { chunk } from './params';
import type { QueryName } from './queries';
import type { Row } from './mapping';

type Progress = (p: LoadProgress) => void;

/** Runs a look-up statement over `ids` in batches and concatenates the rows. */
const lookUp = async (
  tx: Tx,
  name: QueryName,
  key: 'ids' | 'relIds',
  ids: string[],
  size: number,
) => {
  const rows: Row[] = [];
  for (const batch of chunk(ids, size)) rows.push(...(await tx.run(name, { [key]: batch })));
  return rows;
};

const text = (v: unknown): string => {
  if (typeof v !== 'string') throw new RelataError('INTERNAL', 'Unexpected row from Neo4j');
  return v;
};
const optText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Writes rows in batches, reporting progress; checks each batch wrote every row. */
const writeBatches = async <T>(
  tx: Tx,
  name: QueryName,
  items: readonly T[],
  size: number,
  toRow: (item: T) => Record<string, unknown>,
  report: (written: number) => void,
): Promise<void> => {
  let written = 0;
  report(0);
  for (const batch of chunk(items, size)) {
    const rows = await tx.run(name, { rows: batch.map(toRow) });
    const n = rows[0]?.written ?? rows[0]?.linked;
    if (typeof n !== 'number' || n !== batch.length) {
      throw new RelataError(
        'INTERNAL',
        `${name}: wrote ${JSON.stringify(n)} of ${batch.length} rows`,
      );
    }
    written += batch.length;
    report(written);
  }
};

export const runLoad = async (
  tx: Tx,
  ds: Dataset,
  size: number,
  onProgress: Progress = () => {},
): Promise<LoadSummary> => {
  const fp = fingerprinter();
  const need = idsToLookUp(ds);
  const actorRows = await lookUp(tx, 'load-existing-actors', 'ids', need.actorIds, size);
  const sourceRows = await lookUp(tx, 'load-existing-sources', 'ids', need.sourceIds, size);
  const storedActors = new Map(actorRows.map((r) => [text(r.id), optText(r.fingerprint)]));
  const storedSources = new Map(sourceRows.map((r) => [text(r.id), optText(r.fingerprint)]));
  const issues = referenceIssues(ds, {
    actorIds: new Set(storedActors.keys()),
    sourceIds: new Set(storedSources.keys()),
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
  const claims = planClaims(ds.claims, storedClaims, members, fp);

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

  await rebuildRelationships(tx, claims.touched, size, onProgress);
  const writes = actors.writes.length + sources.writes.length + claims.writes.length;
  if (writes + claims.touched.length > 0) await tx.run('write-revision');
  onProgress({ phase: 'commit', done: 0, total: 1 });
  return {
    actors: actors.counts,
    sources: sources.counts,
    claims: claims.counts,
    relationships: claims.relationships,
  };
};

/**
 * Re-aggregates every relationship whose claims changed, from all its claims (any status),
 * and writes it as a typed relationship between the two actors; relationships left without
 * claims are deleted.
 */
const rebuildRelationships = async (
  tx: Tx,
  relIds: string[],
  size: number,
  onProgress: Progress,
) => {
  let done = 0;
  onProgress({ phase: 'relationships', done, total: relIds.length });
  for (const batch of chunk(relIds, size)) {
    const rows = await tx.run('load-relationship-claims', { relIds: batch });
    const groups = new Map<string, Claim[]>(batch.map((id) => [id, []]));
    for (const r of rows) {
      const c = claimFromProps(r.claim);
      groups.get(relationshipId(c.subject, c.predicate, c.object))?.push(c);
    }
    const upserts: Record<string, unknown>[] = [];
    const deletes: Record<string, unknown>[] = [];
    for (const [id, claims] of groups) {
      const rel = aggregateClaims(claims);
      if (rel === null) deletes.push({ ...parseRelationshipId(id) });
      else
        upserts.push({
          subject: rel.subject,
          predicate: rel.predicate,
          object: rel.object,
          props: relationshipProps(rel),
        });
    }
    if (upserts.length > 0) await tx.run('load-relationships', { rows: upserts });
    if (deletes.length > 0) await tx.run('load-delete-relationships', { rows: deletes });
    done += batch.length;
    onProgress({ phase: 'relationships', done, total: relIds.length });
  }
};
