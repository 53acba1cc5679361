import {
  PartialDateSchema,
  RelataError,
  type ClaimOrigin,
  type ClaimStatus,
  type Predicate,
} from '../domain';
import { LIMITS, type ClaimFilter } from '../store';

export interface FilterArgs {
  predicates?: Predicate[] | null;
  statuses?: ClaimStatus[] | null;
  origins?: ClaimOrigin[] | null;
  from?: string | null;
  to?: string | null;
}

const bad = (message: string, field: string): never => {
  throw new RelataError('BAD_USER_INPUT', message, { field });
};

export const intInRange = (value: number, field: string, lo: number, hi: number): number => {
  if (value < lo || value > hi)
    bad(`${field} must be between ${lo} and ${hi} (got ${value})`, field);
  return value;
};

const date = (value: string | null | undefined, field: string): string | null => {
  if (value === null || value === undefined) return null;
  if (!PartialDateSchema.safeParse(value).success)
    bad(`${field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")`, field);
  return value;
};

/** Validates GraphQL filter arguments into a store filter. Enums are already checked by GraphQL. */
export const toFilter = (args: FilterArgs): ClaimFilter => {
  const from = date(args.from, 'from');
  const to = date(args.to, 'to');
  if (from !== null && to !== null && from > to) bad(`from (${from}) is after to (${to})`, 'from');
  return {
    predicates: args.predicates ?? null,
    statuses: args.statuses ?? null,
    origins: args.origins ?? null,
    from,
    to,
  };
};

export const actorIdList = (ids: readonly string[], field: string): string[] => {
  if (ids.length === 0) bad(`${field} must name at least one actor`, field);
  if (ids.length > LIMITS.maxBatch)
    bad(`${field} may name at most ${LIMITS.maxBatch} actors`, field);
  return [...new Set(ids)];
};
