import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import {
  ActorSchema,
  ClaimSchema,
  DatasetError,
  SourceSchema,
  type Dataset,
  type DatasetIssue,
} from '../domain';

/** One input file's text, with the name used in error messages. */
export interface InputFile {
  file: string;
  text: string;
}

const SECTIONS = { actors: ActorSchema, sources: SourceSchema, claims: ClaimSchema } as const;
type Section = keyof typeof SECTIONS;
const TOP_LEVEL = new Set(['actors', 'sources', 'claims', 'source']);
const MAX_ISSUES = 50;

/** Where a record came from, for duplicate and reference errors. */
export interface Located<T> {
  value: T;
  file: string;
  line: number | null;
}

export interface ParsedFiles {
  actors: Located<Dataset['actors'][number]>[];
  sources: Located<Dataset['sources'][number]>[];
  claims: Located<Dataset['claims'][number]>[];
  issues: DatasetIssue[];
}

/**
 * Parses and validates dataset files (YAML or JSON). Pure: no I/O. Every problem is reported
 * with its file and line; parsing goes on after an error so that one run shows them all.
 */
export const parseFiles = (files: readonly InputFile[]): ParsedFiles => {
  const out: ParsedFiles = { actors: [], sources: [], claims: [], issues: [] };
  for (const f of files) parseOne(f, out);
  return out;
};

const parseOne = ({ file, text }: InputFile, out: ParsedFiles) => {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number | null =>
    node?.range ? lc.linePos(node.range[0]).line : null;
  const issue = (line: number | null, message: string) => out.issues.push({ file, line, message });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      issue(lc.linePos(e.pos[0]).line, `invalid YAML: ${firstLine(e.message)}`);
    return;
  }
  if (!isMap(doc.contents)) {
    issue(lineOf(doc.contents), 'expected a mapping with "actors", "sources" or "claims" lists');
    return;
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(keyNode?.toJSON());
    if (!TOP_LEVEL.has(key))
      issue(lineOf(keyNode), `unknown section "${key}" (expected actors, sources, claims, source)`);
  }
  const defaultSource = doc.get('source');
  if (defaultSource !== undefined && typeof defaultSource !== 'string')
    issue(lineOf(doc.get('source', true) as Node), '"source" must be a source id');
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const seq = doc.get(section, true);
    if (seq === undefined) continue;
    if (!isSeq(seq)) {
      issue(lineOf(seq as Node), `"${section}" must be a list`);
      continue;
    }
    seq.items.forEach((item, index) => {
      const line = lineOf(item as Node);
      let raw: unknown = (item as Node).toJSON();
      if (
        section === 'claims' &&
        typeof defaultSource === 'string' &&
        isRecord(raw) &&
        raw.source === undefined
      )
        raw = { ...raw, source: defaultSource };
      const parsed = SECTIONS[section].safeParse(raw);
      if (parsed.success) {
        (out[section] as Located<unknown>[]).push({ value: parsed.data, file, line });
      } else {
        parsed.error.issues
          .map((zi) => ({ at: lineAt(doc, lc, [section, index, ...zi.path]) ?? line, zi }))
          .sort((a, b) => (a.at ?? 0) - (b.at ?? 0))
          .forEach(({ at, zi }) => issue(at, describe(section, raw, zi)));
      }
    });
  }
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line of the deepest node that exists along the path. */
const lineAt = (doc: Document, lc: LineCounter, path: PropertyKey[]): number | null => {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node?.range) return lc.linePos(node.range[0]).line;
  }
  return null;
};

const describe = (section: Section, raw: unknown, zi: z.core.$ZodIssue): string => {
  const id = isRecord(raw) && typeof raw.id === 'string' ? ` ${raw.id}` : '';
  const field = zi.path.length > 0 ? ` ${zi.path.join('.')}` : '';
  const what = section.slice(0, -1);
  if (zi.code === 'unrecognized_keys')
    return `${what}${id}: unknown field(s) ${zi.keys.join(', ')}`;
  if (zi.code === 'invalid_value')
    return `${what}${id}:${field} must be one of ${zi.values.map(String).join(', ')}`;
  return `${what}${id}:${field} ${zi.message}`;
};

const firstLine = (s: string) => s.split('\n')[0] ?? s;

/** Cross-record checks: duplicate ids and references (against the files plus known ids). */
export const checkReferences = (
  p: ParsedFiles,
  known: { actorIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> },
): DatasetIssue[] => {
  const issues: DatasetIssue[] = [];
  const index = <T extends { id: string }>(kind: string, recs: Located<T>[]) => {
    const seen = new Map<string, Located<T>>();
    for (const r of recs) {
      const prev = seen.get(r.value.id);
      if (prev)
        issues.push({
          file: r.file,
          line: r.line,
          message: `duplicate ${kind} id "${r.value.id}" (first defined at ${prev.file}:${prev.line ?? '?'})`,
        });
      else seen.set(r.value.id, r);
    }
    return seen;
  };
  const actors = index('actor', p.actors);
  const sources = index('source', p.sources);
  index('claim', p.claims);
  const hasActor = (id: string) => actors.has(id) || known.actorIds.has(id);
  for (const { value: a, file, line } of p.actors)
    if (a.affiliation !== undefined && !hasActor(a.affiliation))
      issues.push({ file, line, message: `actor ${a.id}: unknown affiliation "${a.affiliation}"` });
  for (const { value: c, file, line } of p.claims) {
    for (const [field, ref] of [
      ['subject', c.subject],
      ['object', c.object],
      ['attributedTo', c.attributedTo],
    ] as const)
      if (ref !== undefined && !hasActor(ref))
        issues.push({ file, line, message: `claim ${c.id}: unknown actor "${ref}" in ${field}` });
    if (!sources.has(c.source) && !known.sourceIds.has(c.source))
      issues.push({ file, line, message: `claim ${c.id}: unknown source "${c.source}"` });
  }
  return issues;
};

/** The unresolved ids a parse needs the store to confirm. */
export const externalRefs = (p: ParsedFiles) => {
  const actorIds = new Set(p.actors.map((a) => a.value.id));
  const sourceIds = new Set(p.sources.map((s) => s.value.id));
  const needActors = new Set<string>();
  const needSources = new Set<string>();
  for (const { value: a } of p.actors)
    if (a.affiliation !== undefined && !actorIds.has(a.affiliation)) needActors.add(a.affiliation);
  for (const { value: c } of p.claims) {
    for (const ref of [c.subject, c.object, c.attributedTo])
      if (ref !== undefined && !actorIds.has(ref)) needActors.add(ref);
    if (!sourceIds.has(c.source)) needSources.add(c.source);
  }
  return { actorIds: [...needActors], sourceIds: [...needSources] };
};

export const toDataset = (p: ParsedFiles): Dataset => ({
  actors: p.actors.map((r) => r.value),
  sources: p.sources.map((r) => r.value),
  claims: p.claims.map((r) => r.value),
});

export const throwIfIssues = (issues: DatasetIssue[]): void => {
  if (issues.length > 0) throw new DatasetError(issues.slice(0, MAX_ISSUES));
};
