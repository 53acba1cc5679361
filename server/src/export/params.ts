import { z } from 'zod';
import {
  ClaimOriginSchema,
  ClaimStatusSchema,
  PartialDateSchema,
  PredicateSchema,
  RelataError,
  SlugSchema,
} from '../domain';
import { LIMITS } from '../store';
import { EXPORT_FORMATS, type ExportRequest } from './types';

/** The neighbourhood size when no limit is given: the same default as GraphQL `neighborhood`. */
export const DEFAULT_VIEW_LIMIT = 200;

/** `a,b` or repeated `x=a&x=b` (or a CLI array) → trimmed, non-empty items; none → undefined. */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => {
    if (v === undefined || v === null) return undefined;
    const given: unknown[] = Array.isArray(v) ? v : [v];
    const items = given
      .flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]))
      .map((x) => (typeof x === 'string' ? x.trim() : x))
      .filter((x) => x !== '');
    return items.length === 0 ? undefined : items;
  }, z.array(item).max(max).optional());

const int = (lo: number, hi: number) =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(lo).max(hi))
      .optional(),
  );

const ParamsSchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
    actorIds: list(SlugSchema, LIMITS.maxBatch),
    depth: int(0, LIMITS.maxDepth),
    limit: int(1, LIMITS.maxNodes),
    predicates: list(PredicateSchema, 100),
    statuses: list(ClaimStatusSchema, 100),
    origins: list(ClaimOriginSchema, 100),
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: 'from must not be after to',
    path: ['from'],
  })
  .refine((p) => p.actorIds !== undefined || (p.depth === undefined && p.limit === undefined), {
    message: 'depth and limit apply to a view: give actorIds too',
    path: ['actorIds'],
  });

/**
 * Validates export parameters, from an HTTP query or CLI options, into a request.
 * Throws RelataError BAD_USER_INPUT naming every problem.
 */
export const parseExportParams = (input: Record<string, unknown>): ExportRequest => {
  const parsed = ParamsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      field: i.path.join('.'),
      message: i.message,
    }));
    const message = issues
      .map((i) => (i.field ? `${i.field}: ${i.message}` : i.message))
      .join('; ');
    throw new RelataError('BAD_USER_INPUT', `Invalid export parameters: ${message}`, { issues });
  }
  const p = parsed.data;
  return {
    format: p.format,
    filter: {
      predicates: p.predicates ?? null,
      statuses: p.statuses ?? null,
      origins: p.origins ?? null,
      from: p.from ?? null,
      to: p.to ?? null,
    },
    view:
      p.actorIds === undefined
        ? null
        : {
            actorIds: [...new Set(p.actorIds)],
            depth: p.depth ?? 1,
            limit: p.limit ?? DEFAULT_VIEW_LIMIT,
          },
  };
};
