import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  DatasetError,
  RelataError,
  type Actor,
  type Dataset,
  type DatasetIssue,
  type Source,
} from '../domain';
import type { GraphStore, LoadProgress, LoadSummary } from '../store/types';
import { parseGdeltRow } from './gdelt';
import { checkIcewsHeader, parseIcewsRow } from './icews';
import { isProblem, type ParsedRow, type RowResult } from './row';

export type ImportFormat = 'gdelt' | 'icews';
export interface ImportInput {
  format: ImportFormat;
  file: string;
}

/**
 * Rows per batch. Larger than the 5,000 one might expect: the embedded store recounts every
 * relationship touched so far after each batch (StoreState.apply → relationshipCounts), so the
 * number of batches multiplies the cost; 50,000 rows keep that small at ~30 MB per batch.
 */
export const DEFAULT_BATCH = 50_000;

export interface ImportOptions {
  /** Count and report malformed rows instead of aborting the import. */
  skipBadRows?: boolean;
  /** Rows per batch handed to the store (default DEFAULT_BATCH). */
  batchSize?: number;
  onProgress?: (p: LoadProgress) => void;
}

export interface ImportReport {
  summary: LoadSummary;
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** Rows turned into claims. */
  imported: number;
  skipped: { missingActor: number; sameActor: number; badRows: number };
  /** The first few skipped bad rows, as `file:line: problem`. */
  badRowExamples: DatasetIssue[];
}

const PARSERS: Record<ImportFormat, (f: readonly string[], line: number) => RowResult> = {
  gdelt: parseGdeltRow,
  icews: parseIcewsRow,
};

const open = (file: string): Readable => {
  const raw = createReadStream(file);
  return file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
};

/** Counts lines by scanning bytes (for the progress bar's total); 0 for compressed files. */
const countLines = async (file: string): Promise<number> => {
  if (file.endsWith('.gz')) return 0;
  let n = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
};

/**
 * Imports GDELT/ICEWS event files as ONE atomic load, streaming: rows are read line by line and
 * handed to the store in batches, so memory does not grow with the file (only the ids of actors
 * and sources already sent are kept). Actors and sources already in the store are not re-sent,
 * so an import never overwrites curated records (e.g. the sample's `russia`). A malformed row
 * aborts the import with `file:line: problem` and leaves the store unchanged, unless
 * `skipBadRows`; rows without two distinct actors are skipped and counted.
 */
export const importFiles = async (
  store: GraphStore,
  inputs: readonly ImportInput[],
  options: ImportOptions = {},
): Promise<ImportReport> => {
  for (const { file } of inputs) {
    const s = await stat(file).catch(() => null);
    if (s === null || !s.isFile())
      throw new RelataError('BAD_USER_INPUT', `Cannot read ${file}: no such file`);
  }
  const report: ImportReport = {
    summary: {
      actors: zero(),
      sources: zero(),
      claims: zero(),
      relationships: { added: 0, updated: 0, removed: 0 },
    },
    rows: 0,
    imported: 0,
    skipped: { missingActor: 0, sameActor: 0, badRows: 0 },
    badRowExamples: [],
  };
  const { onProgress } = options;
  let total = 0;
  if (onProgress)
    for (const { file, format } of inputs)
      total += (await countLines(file)) - (format === 'icews' ? 1 : 0);
  const progress =
    onProgress &&
    (() => onProgress({ phase: 'claims', done: report.rows, total: Math.max(total, report.rows) }));
  report.summary = await store.loadStream(batches(store, inputs, options, report, progress), {
    onProgress: onProgress && ((p) => p.phase === 'commit' && onProgress(p)),
  });
  return report;
};

const zero = () => ({ added: 0, updated: 0, unchanged: 0 });

interface Batch {
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  claims: ParsedRow['claim'][];
}

async function* batches(
  store: GraphStore,
  inputs: readonly ImportInput[],
  options: ImportOptions,
  report: ImportReport,
  progress: (() => void) | undefined,
): AsyncGenerator<Dataset> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  // Ids already sent in an earlier batch, or found in the store: never sent (again).
  const knownActors = new Set<string>();
  const knownSources = new Set<string>();
  let batch: Batch = { actors: new Map(), sources: new Map(), claims: [] };

  const flush = async (): Promise<Dataset> => {
    const b = batch;
    batch = { actors: new Map(), sources: new Map(), claims: [] };
    const actorIds = [...b.actors.keys()];
    const sourceIds = [...b.sources.keys()];
    const [actors, sources] = await Promise.all([
      actorIds.length ? store.getActors(actorIds) : [],
      sourceIds.length ? store.getSources(sourceIds) : [],
    ]);
    actors.forEach((a) => a && b.actors.delete(a.id));
    sources.forEach((s) => s && b.sources.delete(s.id));
    for (const id of actorIds) knownActors.add(id);
    for (const id of sourceIds) knownSources.add(id);
    return { actors: [...b.actors.values()], sources: [...b.sources.values()], claims: b.claims };
  };

  for (const { format, file } of inputs) {
    const parse = PARSERS[format];
    const input = open(file);
    const lines = createInterface({ input, crlfDelay: Infinity });
    let line = 0;
    try {
      for await (const text of lines) {
        line++;
        if (text.trim() === '') continue;
        const fields = text.split('\t');
        if (line === 1 && format === 'icews') {
          const bad = checkIcewsHeader(fields);
          if (bad !== null) throw new DatasetError([{ file, line, message: bad }]);
          continue;
        }
        if (line === 1 && format === 'gdelt' && /^globaleventid$/i.test(fields[0] ?? '')) continue;
        report.rows++;
        const r = parse(fields, line);
        if (isProblem(r)) {
          if (r.problem === 'missing-actor') report.skipped.missingActor++;
          else if (r.problem === 'same-actor') report.skipped.sameActor++;
          else if (!options.skipBadRows)
            throw new DatasetError([{ file, line, message: r.message }]);
          else {
            report.skipped.badRows++;
            if (report.badRowExamples.length < 10)
              report.badRowExamples.push({ file, line, message: r.message });
          }
          continue;
        }
        report.imported++;
        for (const a of r.actors)
          if (!knownActors.has(a.id) && !batch.actors.has(a.id)) batch.actors.set(a.id, a);
        if (!knownSources.has(r.source.id) && !batch.sources.has(r.source.id))
          batch.sources.set(r.source.id, r.source);
        batch.claims.push(r.claim);
        if (batch.claims.length >= size) {
          yield await flush();
          progress?.();
        }
      }
    } finally {
      lines.close();
      input.destroy();
    }
  }
  if (batch.claims.length > 0) yield await flush();
  progress?.();
}
