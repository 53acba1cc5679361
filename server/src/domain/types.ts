import { z } from 'zod';
import { PREDICATES, type Predicate } from './predicates';
import { CLAIM_STATUSES, type ClaimStatus } from './status';

/** Stable lower-case slug: `north-korea`, `vladimir-putin`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "north-korea"')
  .max(120);

/** A full or partial ISO date: 2024-11-05, 2024-06 or 2024. */
export const PartialDateSchema = z.preprocess(
  // An unquoted year in YAML (`date: 2024`) arrives as a number.
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string()
    .regex(
      /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/,
      'must be YYYY, YYYY-MM or YYYY-MM-DD',
    ),
);

export const ACTOR_KINDS = ['STATE', 'OFFICIAL', 'ORGANIZATION', 'GROUP'] as const;
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const PredicateSchema = z.enum(PREDICATES);
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export const CLAIM_ORIGINS = ['CURATED', 'EXTRACTED', 'IMPORTED'] as const;
export const ClaimOriginSchema = z.enum(CLAIM_ORIGINS);

const text = (max: number) => z.string().trim().min(1).max(max);

export const ActorSchema = z.strictObject({
  id: SlugSchema,
  name: text(200),
  kind: ActorKindSchema,
  aliases: z.array(text(200)).max(50).default([]),
  description: text(2000).optional(),
  /** For officials: their role, e.g. "US Secretary of State". */
  role: text(300).optional(),
  /** For officials: the id of the state or organization they belong to. */
  affiliation: SlugSchema.optional(),
});
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const SourceSchema = z.strictObject({
  id: SlugSchema,
  title: text(500),
  publisher: text(200).optional(),
  publishedDate: PartialDateSchema.optional(),
  url: z.url().optional(),
  /** File the source text came from, e.g. a corpus article. */
  file: text(300).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const QuantitySchema = z.strictObject({
  value: z.number().finite().nonnegative(),
  unit: text(60),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const ClaimSchema = z
  .strictObject({
    id: SlugSchema,
    subject: SlugSchema,
    predicate: PredicateSchema,
    object: SlugSchema,
    status: ClaimStatusSchema,
    date: PartialDateSchema.optional(),
    items: z.array(text(120)).max(30).optional(),
    quantity: QuantitySchema.optional(),
    confidence: z.number().min(0).max(1).default(0.9),
    source: SlugSchema,
    /** Short note in our own words on what the source says. */
    note: text(1000).optional(),
    /** Exact supporting sentence, for machine-extracted claims, with its offsets in the source. */
    evidence: text(4000).optional(),
    evidenceStart: z.number().int().nonnegative().optional(),
    evidenceEnd: z.number().int().nonnegative().optional(),
    /** Who, according to the source, made the statement (e.g. the State Department). */
    attributedTo: SlugSchema.optional(),
    /** For OFFICIAL_OF: the role held. */
    role: text(300).optional(),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/)
      .optional(),
    /** Event-data measures kept from GDELT/ICEWS imports. */
    metrics: z
      .strictObject({
        numMentions: z.number().int().nonnegative().optional(),
        numSources: z.number().int().nonnegative().optional(),
        numArticles: z.number().int().nonnegative().optional(),
        avgTone: z.number().optional(),
        goldstein: z.number().optional(),
      })
      .optional(),
    origin: ClaimOriginSchema.default('CURATED'),
  })
  .refine((c) => c.subject !== c.object, {
    message: 'subject and object must differ',
    path: ['object'],
  })
  .refine((c) => c.note !== undefined || c.evidence !== undefined, {
    message: 'a claim needs a note or an evidence sentence',
    path: ['note'],
  });
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;
export type ClaimOrigin = z.infer<typeof ClaimOriginSchema>;

export interface Dataset {
  actors: Actor[];
  sources: Source[];
  claims: Claim[];
}

/** What the graph draws: all claims with the same subject, predicate and object, aggregated. */
export interface Relationship {
  /** `subject|PREDICATE|object`; for symmetric predicates the two ends are sorted. */
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  claimCount: number;
  sourceCount: number;
  firstDate: string | null;
  lastDate: string | null;
  status: ClaimStatus;
  statuses: ClaimStatus[];
  contested: boolean;
  maxConfidence: number;
  claimIds: string[];
}
