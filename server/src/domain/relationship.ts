import { isSymmetric, type Predicate } from './predicates';
import { CONTESTED_STATUSES, strongestStatus, statusRank } from './status';
import type { Claim, Relationship } from './types';
import type { ClaimStatus } from './status';
import { byDateThenId } from './compare';

/** Canonical ends of a relationship: symmetric predicates ignore direction. */
export const relationshipEnds = (
  subject: string,
  predicate: Predicate,
  object: string,
): [string, string] =>
  isSymmetric(predicate) && object < subject ? [object, subject] : [subject, object];

export const relationshipId = (subject: string, predicate: Predicate, object: string): string => {
  const [s, o] = relationshipEnds(subject, predicate, object);
  return `${s}|${predicate}|${o}`;
};

export const parseRelationshipId = (
  id: string,
): { subject: string; predicate: string; object: string } | null => {
  const parts = id.split('|');
  if (parts.length !== 3) return null;
  const [subject, predicate, object] = parts as [string, string, string];
  return { subject, predicate, object };
};

const minDate = (a: string | null, b: string | undefined): string | null =>
  b === undefined ? a : a === null || b < a ? b : a;
const maxDate = (a: string | null, b: string | undefined): string | null =>
  b === undefined ? a : a === null || b > a ? b : a;

/**
 * Aggregates the claims of one relationship (all with the same canonical id).
 * Returns null for an empty list. Claims are ordered by date, then id.
 */
export const aggregateClaims = (claims: readonly Claim[], sorted = false): Relationship | null => {
  const first = claims[0];
  if (first === undefined) return null;
  const [subject, object] = relationshipEnds(first.subject, first.predicate, first.object);
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  let maxConfidence = 0;
  const statuses = new Set<ClaimStatus>();
  const sources = new Set<string>();
  for (const c of claims) {
    firstDate = minDate(firstDate, c.date);
    lastDate = maxDate(lastDate, c.date);
    maxConfidence = Math.max(maxConfidence, c.confidence);
    statuses.add(c.status);
    sources.add(c.source);
  }
  const ordered = sorted || claims.length < 2 ? claims : [...claims].sort(byDateThenId);
  const statusList = [...statuses].sort((a, b) => statusRank(b) - statusRank(a));
  return {
    id: `${subject}|${first.predicate}|${object}`,
    subject,
    predicate: first.predicate,
    object,
    claimCount: claims.length,
    sourceCount: sources.size,
    firstDate,
    lastDate,
    status: strongestStatus(statuses) ?? first.status,
    statuses: statusList,
    contested: statusList.some((s) => CONTESTED_STATUSES.includes(s)),
    maxConfidence,
    claimIds: ordered.map((c) => c.id),
  };
};

/** Groups claims by relationship and aggregates each group. */
export const buildRelationships = (claims: Iterable<Claim>): Relationship[] => {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const id = relationshipId(c.subject, c.predicate, c.object);
    const g = groups.get(id);
    if (g) g.push(c);
    else groups.set(id, [c]);
  }
  const out: Relationship[] = [];
  for (const g of groups.values()) {
    const r = aggregateClaims(g);
    if (r) out.push(r);
  }
  return out;
};
