import { PREDICATE_INFO, type Actor, type Claim, type Relationship, type Source } from '../domain';
import { kindLabel } from '../store/neo4j/allowlist';
import { isDirected } from './attrs';
import { cypherMap, cypherString, float, label, relType } from './cypher-literal';
import { metaLines } from './meta';
import type { ExportScope } from './scope';
import type { ChunkSink } from './sink';

const node = (v: string, l: string, id: string) =>
  `MERGE (${v}:${label(l)} {id: ${cypherString(id)}})`;

export const actorStatement = (a: Actor): string =>
  `${node('a', 'Actor', a.id)} SET a += ${cypherMap({
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    role: a.role,
    affiliation: a.affiliation,
    description: a.description,
  })} SET a:${label(kindLabel(a.kind))};\n`;

export const relationshipStatement = (r: Relationship): string => {
  const props = cypherMap({
    id: r.id,
    claimCount: r.claimCount,
    sourceCount: r.sourceCount,
    status: r.status,
    statuses: r.statuses,
    contested: r.contested,
    firstDate: r.firstDate,
    lastDate: r.lastDate,
    maxConfidence: float(r.maxConfidence),
    cameo: PREDICATE_INFO[r.predicate].cameo,
  });
  // Symmetric predicates merge without a direction, matching an existing edge either way.
  const arrow = isDirected(r) ? '->' : '-';
  return `${node('s', 'Actor', r.subject)} ${node('o', 'Actor', r.object)} MERGE (s)-[r:${relType(r.predicate)}]${arrow}(o) SET r += ${props};\n`;
};

export const sourceStatement = (s: Source): string =>
  `${node('src', 'Source', s.id)} SET src += ${cypherMap({
    title: s.title,
    publisher: s.publisher,
    publishedDate: s.publishedDate,
    url: s.url,
    file: s.file,
  })};\n`;

export const claimStatement = (relId: string, c: Claim, linkAttribution: boolean): string => {
  const { items, quantity, confidence, metrics, ...rest } = c;
  // Nested objects flattened as the Neo4j store stores them (`quantity_value`, `metrics_avgTone`).
  const props = cypherMap({
    ...rest,
    confidence: float(confidence),
    relId,
    items,
    quantity_value: float(quantity?.value),
    quantity_unit: quantity?.unit,
    metrics_numMentions: metrics?.numMentions,
    metrics_numSources: metrics?.numSources,
    metrics_numArticles: metrics?.numArticles,
    metrics_avgTone: float(metrics?.avgTone),
    metrics_goldstein: float(metrics?.goldstein),
  });
  const attributed =
    c.attributedTo !== undefined && linkAttribution
      ? ` ${node('t', 'Actor', c.attributedTo)} MERGE (c)-[:${relType('ATTRIBUTED_TO')}]->(t)`
      : '';
  return (
    `${node('c', 'Claim', c.id)} SET c += ${props} ${node('s', 'Actor', c.subject)} ${node('o', 'Actor', c.object)} ` +
    `${node('src', 'Source', c.source)} MERGE (c)-[:${relType('SUBJECT')}]->(s) MERGE (c)-[:${relType('OBJECT')}]->(o) ` +
    `MERGE (c)-[:${relType('CITES')}]->(src)${attributed};\n`
  );
};

const header = (scope: ExportScope) =>
  [
    'Relata export: a Cypher script that recreates this subgraph in Neo4j (same model as the',
    'Relata Neo4j store). It only MERGEs and SETs literal values, so running it twice is harmless.',
    'Run it with cypher-shell, e.g. `cypher-shell -f relata.cypher`.',
    ...metaLines(scope.meta),
    'For large scripts, create these constraints first so that MERGE uses an index:',
    ...['Actor', 'Source', 'Claim'].map(
      (l) =>
        `  CREATE CONSTRAINT relata_${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE;`,
    ),
  ]
    .map((l) => `// ${l.replace(/[\r\n\u2028\u2029]/g, ' ')}\n`)
    .join('');

/**
 * Actors, then per batch of relationships: the relationship, its sources (first time seen)
 * and its claims linked to their subject, object, source and attributed actor.
 */
export const writeCypher = async (scope: ExportScope, out: ChunkSink): Promise<void> => {
  await out.write(header(scope));
  for await (const batch of scope.nodes()) await out.write(batch.map(actorStatement).join(''));
  /** Ids of sources already written; grows with the number of sources, not of claims. */
  const written = new Set<string>();
  for await (const batch of scope.edges()) {
    const claims = await scope.claimsOf(batch);
    const fresh = [...new Set(claims.flat().map((c) => c.source))].filter((id) => !written.has(id));
    const sources = await scope.sources(fresh);
    let text = batch.map(relationshipStatement).join('');
    for (const id of fresh) {
      written.add(id);
      const s = sources.get(id);
      if (s) text += sourceStatement(s);
    }
    const linkable = (id: string) => scope.nodeIds === null || scope.nodeIds.has(id);
    batch.forEach((r, i) => {
      for (const c of claims[i] ?? [])
        text += claimStatement(r.id, c, c.attributedTo !== undefined && linkable(c.attributedTo));
    });
    await out.write(text);
  }
};
