import { createHash } from 'node:crypto';
import {
  ActorSchema,
  ClaimSchema,
  SourceSchema,
  type Actor,
  type Claim,
  type Dataset,
  type Source,
} from '../domain';
import { extractArticle } from './extract';
import { slugify } from './nlp';
import type { ExtractedClaim, Gazetteer } from './types';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Deterministic source id from a file name: "001_c62a.txt" → "001-c62a". */
export const sourceId = (fileName: string): string =>
  slugify((fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[a-z0-9]+$/i, '')) || 'article';

/** Deterministic claim id: `x-` + short hash of the file's content hash, the offsets and the claim. */
export const claimId = (contentHash: string, c: ExtractedClaim): string =>
  `x-${sha([contentHash, c.start, c.end, c.subjectId, c.predicate, c.objectId, c.status, c.attributedToId ?? ''].join('|')).slice(0, 16)}`;

const toActor = (
  a: Pick<Actor, 'id' | 'name' | 'kind' | 'aliases' | 'role' | 'affiliation'>,
): Actor | null => {
  const r = ActorSchema.safeParse({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases.filter((x) => x.length <= 200).slice(0, 50),
    ...(a.role !== undefined ? { role: a.role.slice(0, 300) } : {}),
    ...(a.affiliation !== undefined ? { affiliation: a.affiliation } : {}),
  });
  return r.success ? r.data : null;
};

/**
 * Extracts every article and converts the result to dataset records: one source per file,
 * claims with origin EXTRACTED, their evidence and offsets, and the actors they need that
 * are not curated (built-in gazetteer actors and newly found people and organizations).
 */
export const articlesToDataset = (
  files: readonly { name: string; text: string }[],
  gaz: Gazetteer,
): Dataset => {
  const sources: Source[] = [];
  const claims: Claim[] = [];
  const found = new Map<string, Actor>();
  const wanted = new Set<string>();
  for (const file of files) {
    const res = extractArticle(file.text, { source: file.name }, gaz);
    const src = sourceId(file.name);
    const s = SourceSchema.safeParse({
      id: src,
      title: (res.title ?? file.name).slice(0, 500),
      file: file.name.slice(0, 300),
      ...(res.date ? { publishedDate: res.date } : {}),
    });
    if (s.success && !sources.some((x) => x.id === src)) sources.push(s.data);
    for (const a of res.newActors) if (!found.has(a.id)) found.set(a.id, a);
    const hash = sha(file.text);
    for (const c of res.claims) {
      const role =
        c.predicate === 'OFFICIAL_OF'
          ? (gaz.actors.get(c.subjectId)?.role ?? found.get(c.subjectId)?.role)
          : undefined;
      const r = ClaimSchema.safeParse({
        id: claimId(hash, c),
        subject: c.subjectId,
        predicate: c.predicate,
        object: c.objectId,
        status: c.status.toUpperCase(),
        ...(c.date !== null ? { date: c.date } : {}),
        ...(c.items.length > 0 ? { items: c.items.slice(0, 30) } : {}),
        ...(c.quantity !== null ? { quantity: c.quantity } : {}),
        confidence: c.confidence,
        source: src,
        evidence: c.evidence,
        evidenceStart: c.start,
        evidenceEnd: c.end,
        ...(c.attributedToId !== undefined ? { attributedTo: c.attributedToId } : {}),
        ...(role !== undefined ? { role: role.slice(0, 300) } : {}),
        origin: 'EXTRACTED',
      });
      if (!r.success || claims.some((x) => x.id === r.data.id)) continue;
      claims.push(r.data);
      for (const id of [r.data.subject, r.data.object, r.data.attributedTo])
        if (id !== undefined) wanted.add(id);
    }
  }
  const actors: Actor[] = [];
  const add = (id: string): void => {
    if (actors.some((a) => a.id === id)) return;
    const g = gaz.actors.get(id);
    if (g?.curated) return;
    const a = toActor(g ?? found.get(id) ?? { id, name: id, kind: 'GROUP', aliases: [] });
    if (!a) return;
    actors.push(a);
    if (a.affiliation !== undefined) add(a.affiliation);
  };
  for (const id of wanted) add(id);
  return { actors, sources, claims };
};
