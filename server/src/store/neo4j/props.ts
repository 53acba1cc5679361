/**
 * Domain → node/relationship properties for the load statements (mapping.ts reads them back).
 * Neo4j has no nested maps and drops null properties, so records are flattened and absent
 * fields are sent as null (which `SET n = $props` leaves unset).
 */
import neo4j, { type Integer } from 'neo4j-driver';
import {
  foldText,
  relationshipId,
  type Actor,
  type Claim,
  type Relationship,
  type Source,
} from '../../domain';

type WriteProps = Record<string, string | number | boolean | Integer | string[] | null>;

/** JS numbers travel as floats; integers meant as integers are sent as Neo4j Integers. */
const optInt = (n: number | undefined): Integer | null => (n === undefined ? null : neo4j.int(n));

export const actorProps = (a: Actor): WriteProps => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  aliases: a.aliases,
  description: a.description ?? null,
  role: a.role ?? null,
  affiliation: a.affiliation ?? null,
  // Pre-folded words for the full-text index (see cypher/schema-actor-search.cypher).
  searchText: searchTerms(a).join(' '),
});

/** An actor's folded search terms, exactly as the embedded store's SearchIndex builds them. */
export const searchTerms = (a: Actor): string[] => [
  ...new Set([a.name, ...a.aliases, a.id.replace(/-/g, ' ')].map(foldText).filter(Boolean)),
];

export const sourceProps = (s: Source): WriteProps => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher ?? null,
  publishedDate: s.publishedDate ?? null,
  url: s.url ?? null,
  file: s.file ?? null,
});

export const claimProps = (c: Claim): WriteProps => ({
  id: c.id,
  subject: c.subject,
  predicate: c.predicate,
  object: c.object,
  status: c.status,
  date: c.date ?? null,
  items: c.items ?? null,
  quantityValue: c.quantity?.value ?? null,
  quantityUnit: c.quantity?.unit ?? null,
  confidence: c.confidence,
  source: c.source,
  note: c.note ?? null,
  evidence: c.evidence ?? null,
  evidenceStart: optInt(c.evidenceStart),
  evidenceEnd: optInt(c.evidenceEnd),
  attributedTo: c.attributedTo ?? null,
  role: c.role ?? null,
  cameo: c.cameo ?? null,
  origin: c.origin,
  // Canonical relationship id (symmetric predicates sort their ends): the claim's group.
  relId: relationshipId(c.subject, c.predicate, c.object),
});

/** The aggregates carried by the typed relationship between two actors (ends are the nodes). */
export const relationshipProps = (r: Relationship): WriteProps => ({
  id: r.id,
  claimCount: neo4j.int(r.claimCount),
  sourceCount: neo4j.int(r.sourceCount),
  firstDate: r.firstDate,
  lastDate: r.lastDate,
  status: r.status,
  statuses: r.statuses,
  contested: r.contested,
  maxConfidence: r.maxConfidence,
  claimIds: r.claimIds,
});
