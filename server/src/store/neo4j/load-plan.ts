/**
 * The pure part of a load: added/updated/unchanged tallies and relationship bookkeeping,
 * replaying the dataset in order against what the database holds, exactly as the embedded
 * store's StoreState.apply does (same counts, duplicates included). Reference checks are
 * shared with the embedded store (../shared/refs).
 */
import { createHash } from 'node:crypto';
import { relationshipId, type Claim, type Dataset } from '../../domain';
import { canonical } from '../shared/canonical';
import type { Counts, LoadSummary } from '../types';

/** Stored on every node so that a re-load can tell unchanged records without reading them. */
export const fingerprint = (record: object): string =>
  createHash('sha256').update(canonical(record)).digest('base64url');

export type Fingerprinter = (record: object) => string;

/**
 * `fingerprint`, memoised for the duration of one load (records are not mutated meanwhile).
 * Weakly: a streamed load must not keep every batch's records alive until it commits.
 */
export const fingerprinter = (): Fingerprinter => {
  const memo = new WeakMap<object, string>();
  return (record) => {
    let fp = memo.get(record);
    if (fp === undefined) memo.set(record, (fp = fingerprint(record)));
    return fp;
  };
};

/** Ids whose presence the load must know: its own records and everything they reference. */
export const idsToLookUp = (ds: Dataset): { actorIds: string[]; sourceIds: string[] } => {
  const actorIds = new Set(ds.actors.map((a) => a.id));
  for (const a of ds.actors) if (a.affiliation !== undefined) actorIds.add(a.affiliation);
  for (const c of ds.claims) {
    actorIds.add(c.subject);
    actorIds.add(c.object);
    if (c.attributedTo !== undefined) actorIds.add(c.attributedTo);
  }
  const sourceIds = new Set([...ds.sources.map((s) => s.id), ...ds.claims.map((c) => c.source)]);
  return { actorIds: [...actorIds], sourceIds: [...sourceIds] };
};

const counts = (): Counts => ({ added: 0, updated: 0, unchanged: 0 });

const tally = (c: Counts, old: string | null | undefined, next: string): void => {
  if (old === undefined) c.added++;
  else if (old === next) c.unchanged++;
  else c.updated++;
};

export interface RecordPlan<T> {
  counts: Counts;
  /** Final version of every record that differs from the database, with its fingerprint. */
  writes: { record: T; fingerprint: string }[];
}

/** Replays records in order; `stored` maps id → stored fingerprint (null if none recorded). */
export const planRecords = <T extends { id: string }>(
  records: readonly T[],
  stored: ReadonlyMap<string, string | null>,
  fp: Fingerprinter = fingerprint,
): RecordPlan<T> => {
  const current = new Map(stored);
  const last = new Map<string, { record: T; fingerprint: string }>();
  const c = counts();
  for (const record of records) {
    const f = fp(record);
    tally(c, current.get(record.id), f);
    current.set(record.id, f);
    last.set(record.id, { record, fingerprint: f });
  }
  const writes = [...last.values()].filter((w) => stored.get(w.record.id) !== w.fingerprint);
  return { counts: c, writes };
};

export interface StoredClaim {
  fingerprint: string | null;
  relId: string;
}

/** Relationships whose membership a load may change: those of every claim that differs. */
export const affectedRelationships = (
  claims: readonly Claim[],
  stored: ReadonlyMap<string, StoredClaim>,
  fp: Fingerprinter = fingerprint,
): string[] => {
  const out = new Set<string>();
  for (const c of claims) {
    const old = stored.get(c.id);
    if (old?.fingerprint === fp(c)) continue;
    if (old !== undefined) out.add(old.relId);
    out.add(relationshipId(c.subject, c.predicate, c.object));
  }
  return [...out];
};

/**
 * Relationship bookkeeping across one load (all batches of a stream): whether each touched
 * relationship existed before the load (recorded at first touch), and whether it exists now.
 */
export interface RelationshipTracker {
  existedBefore: Map<string, boolean>;
  existsNow: Map<string, boolean>;
}

export const relationshipTracker = (): RelationshipTracker => ({
  existedBefore: new Map(),
  existsNow: new Map(),
});

export const relationshipCounts = (t: RelationshipTracker): LoadSummary['relationships'] => {
  const r = { added: 0, updated: 0, removed: 0 };
  for (const [id, before] of t.existedBefore) {
    const now = t.existsNow.get(id) ?? before;
    if (!before && now) r.added++;
    else if (before && now) r.updated++;
    else if (before && !now) r.removed++;
  }
  return r;
};

/**
 * Replays one batch of claims in order against `members` (the claim ids of each affected
 * relationship as the database holds them), updating the tracker.
 */
export const planClaims = (
  claims: readonly Claim[],
  stored: ReadonlyMap<string, StoredClaim>,
  members: ReadonlyMap<string, readonly string[]>,
  tracker: RelationshipTracker,
  fp: Fingerprinter = fingerprint,
): RecordPlan<Claim> => {
  const plan = planRecords(claims, new Map([...stored].map(([id, s]) => [id, s.fingerprint])), fp);
  const current = new Map(stored);
  const groups = new Map([...members].map(([id, ids]) => [id, new Set(ids)]));
  const has = (id: string) => (groups.get(id)?.size ?? 0) > 0;
  const touched = new Set<string>();
  const touch = (id: string) => {
    touched.add(id);
    if (!tracker.existedBefore.has(id)) tracker.existedBefore.set(id, has(id));
  };
  for (const c of claims) {
    const old = current.get(c.id);
    const f = fp(c);
    if (old?.fingerprint === f) continue;
    const rel = relationshipId(c.subject, c.predicate, c.object);
    touch(rel);
    if (old !== undefined) {
      touch(old.relId);
      groups.get(old.relId)?.delete(c.id);
    }
    const group = groups.get(rel);
    if (group === undefined) groups.set(rel, new Set([c.id]));
    else group.add(c.id);
    current.set(c.id, { fingerprint: f, relId: rel });
  }
  for (const id of touched) tracker.existsNow.set(id, has(id));
  return plan;
};
