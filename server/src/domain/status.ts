/** How a source presents a claim. Ordered from strongest to weakest for aggregation. */
export const CLAIM_STATUSES = [
  'ASSERTED',
  'REPORTED',
  'ALLEGED',
  'DENIED',
  'HYPOTHETICAL',
  'NEGATED',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Statuses drawn as edges by default: hypothetical and negated claims are kept but not drawn. */
export const DRAWN_STATUSES: readonly ClaimStatus[] = ['ASSERTED', 'REPORTED', 'ALLEGED', 'DENIED'];

/** Statuses that make a relationship contested (shown dashed). */
export const CONTESTED_STATUSES: readonly ClaimStatus[] = ['ALLEGED', 'DENIED'];

const RANK: Record<ClaimStatus, number> = {
  ASSERTED: 5,
  REPORTED: 4,
  ALLEGED: 3,
  DENIED: 2,
  HYPOTHETICAL: 1,
  NEGATED: 0,
};

export const statusRank = (s: ClaimStatus): number => RANK[s];

export const strongestStatus = (statuses: Iterable<ClaimStatus>): ClaimStatus | null => {
  let best: ClaimStatus | null = null;
  for (const s of statuses) if (best === null || RANK[s] > RANK[best]) best = s;
  return best;
};
