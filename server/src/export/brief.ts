import { PREDICATE_INFO, type Claim, type Relationship, type Source } from '../domain';
import { isDirected } from './attrs';
import type { ExportScope } from './scope';
import type { ChunkSink } from './sink';
import type { ExportMeta } from './types';

export interface BriefClaim {
  claim: Claim;
  /** Citation number of the claim's source. */
  cite: number;
  attributedTo: string | null;
}

export interface BriefItem {
  index: number;
  rel: Relationship;
  subject: string;
  object: string;
  claims: BriefClaim[];
}

/** Turns the brief's parts into text; escaping is the renderer's job. */
export interface BriefRenderer {
  begin(meta: ExportMeta): string;
  relationship(item: BriefItem): string;
  empty(): string;
  references(): string;
  reference(n: number, id: string, source: Source | undefined): string;
  end(): string;
}

/** `North Korea → deploys troops to → Russia`, or `A ↔ meets ↔ B` for symmetric predicates. */
export const heading = (item: BriefItem): string => {
  const arrow = isDirected(item.rel) ? '→' : '↔';
  return `${item.index}. ${item.subject} ${arrow} ${PREDICATE_INFO[item.rel.predicate].label} ${arrow} ${item.object}`;
};

export const summary = (r: Relationship): string[] => {
  const cameo = PREDICATE_INFO[r.predicate].cameo;
  return [
    r.status,
    ...(r.contested ? ['contested'] : []),
    `${r.claimCount} claim${r.claimCount === 1 ? '' : 's'} from ${r.sourceCount} source${r.sourceCount === 1 ? '' : 's'}`,
    ...(r.firstDate === null
      ? ['undated']
      : [r.firstDate === r.lastDate ? r.firstDate : `${r.firstDate} to ${r.lastDate}`]),
    ...(cameo.length > 0 ? [`CAMEO ${cameo.join(', ')}`] : []),
    `max confidence ${r.maxConfidence}`,
  ];
};

/** Facts of a claim besides status, note and evidence. */
export const claimFacts = (b: BriefClaim): string[] => {
  const c = b.claim;
  return [
    c.date ?? 'undated',
    `confidence ${c.confidence}`,
    ...(c.quantity ? [`${c.quantity.value} ${c.quantity.unit}`] : []),
    ...(c.items?.length ? [c.items.join(', ')] : []),
    ...(c.role ? [`role: ${c.role}`] : []),
    ...(b.attributedTo ? [`according to ${b.attributedTo}`] : []),
    ...(c.origin === 'CURATED' ? [] : [c.origin.toLowerCase()]),
  ];
};

export const sourceText = (s: Source | undefined, id: string): string =>
  s === undefined
    ? `Unknown source (${id})`
    : [s.title, s.publisher, s.publishedDate].filter((x) => x !== undefined).join('. ') + '.';

/** Only web links become links: a stored URL could be `javascript:` or `file:`. */
export const webUrl = (url: string | undefined): string | null =>
  url !== undefined && /^https?:\/\//i.test(url) ? url : null;

/**
 * A cited brief, streamed: each relationship with its claims, each claim citing its source
 * as [n], numbered in order of first citation; the references follow. Only the citation
 * numbers are kept in memory (one entry per distinct source).
 */
export const briefWriter =
  (render: BriefRenderer) =>
  async (scope: ExportScope, out: ChunkSink): Promise<void> => {
    await out.write(render.begin(scope.meta));
    const cites = new Map<string, number>();
    const cite = (id: string) => cites.get(id) ?? cites.set(id, cites.size + 1).size;
    let index = 0;
    for await (const batch of scope.edges()) {
      const claims = await scope.claimsOf(batch);
      const ids = batch.flatMap((r) => [r.subject, r.object]);
      for (const c of claims.flat()) if (c.attributedTo) ids.push(c.attributedTo);
      const actors = await scope.actors(ids);
      const name = (id: string) => actors.get(id)?.name ?? id;
      const text = batch.map((rel, i) =>
        render.relationship({
          index: ++index,
          rel,
          subject: name(rel.subject),
          object: name(rel.object),
          claims: (claims[i] ?? []).map((claim) => ({
            claim,
            cite: cite(claim.source),
            attributedTo: claim.attributedTo ? name(claim.attributedTo) : null,
          })),
        }),
      );
      await out.write(text.join(''));
    }
    if (index === 0) await out.write(render.empty());
    await out.write(render.references());
    const order = [...cites.keys()];
    for (let i = 0; i < order.length; i += 1000) {
      const ids = order.slice(i, i + 1000);
      const sources = await scope.sources(ids);
      await out.write(
        ids.map((id, j) => render.reference(i + j + 1, id, sources.get(id))).join(''),
      );
    }
    await out.write(render.end());
  };
