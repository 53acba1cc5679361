/**
 * Claim extraction from news articles (issue 4). Pure functions, no I/O.
 *
 * Pipeline for one article (see README.md in this folder):
 *   boilerplate.ts  body paragraphs vs headlines, navigation, bylines, teasers, footers
 *   filter.ts       one cheap scan per paragraph: trigger words, pronouns, gazetteer names
 *   nlp.ts          wink-nlp: sentence splitting (all body text), then tokens, POS tags and
 *                   lemmas for the sentences that can hold a claim
 *   mentions.ts, names.ts, coref.ts
 *                   actors: gazetteer names, metonyms, demonym phrases, new people and
 *                   organizations, surnames, pronouns, "the two leaders", "the alliance"
 *   patterns.ts     the rules as data: trigger lemmas → predicate, object markers, cues
 *   frame*.ts, relations.ts, scan*.ts, objects*.ts
 *                   subjects and objects (voice, gerunds, coordination, control, relatives)
 *   status.ts, cues.ts
 *                   asserted / reported / alleged / denied / hypothetical / negated + speaker
 *   sentence.ts     one tagged sentence → claims with details
 *   denial.ts, structural.ts, details.ts
 *                   later denials, roles, memberships, weapon makers, items, quantities, dates
 */
export { buildGazetteer } from './gazetteer';
export { extractArticle, extractClaims, MAX_CONFIDENCE } from './extract';
export { articlesToDataset, claimId, sourceId } from './dataset';
export { formatJsonl, formatTable } from './format';
export type { ArticleMeta, ArticleResult, ExtractedClaim, Gazetteer, StatusName } from './types';
