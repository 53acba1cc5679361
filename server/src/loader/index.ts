import { fileURLToPath } from 'node:url';
import type { Dataset } from '../domain';
import type { GraphStore, LoadOptions, LoadSummary } from '../store/types';
import {
  checkReferences,
  externalRefs,
  parseFiles,
  throwIfIssues,
  toDataset,
  type InputFile,
} from './parse';
import { readInputFiles } from './read';

export { parseFiles, checkReferences, toDataset, type InputFile } from './parse';
export { readInputFiles } from './read';

/** Where the sample dataset lives, relative to the repository root. */
export const SAMPLE_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/**
 * Validates files completely (syntax, schema, duplicates, references against the files and
 * the store) before anything is written. Throws DatasetError listing `file:line: problem`.
 */
export const validateFiles = async (
  store: GraphStore,
  files: readonly InputFile[],
): Promise<Dataset> => {
  const parsed = parseFiles(files);
  throwIfIssues(parsed.issues);
  const need = externalRefs(parsed);
  const [actors, sources] = await Promise.all([
    need.actorIds.length ? store.getActors(need.actorIds) : [],
    need.sourceIds.length ? store.getSources(need.sourceIds) : [],
  ]);
  const known = {
    actorIds: new Set(actors.flatMap((a) => (a ? [a.id] : []))),
    sourceIds: new Set(sources.flatMap((s) => (s ? [s.id] : []))),
  };
  throwIfIssues(checkReferences(parsed, known));
  return toDataset(parsed);
};

/** Reads, validates and loads dataset files; atomic: on any error the store is unchanged. */
export const loadPaths = async (
  store: GraphStore,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadSummary> => {
  const files = await readInputFiles(paths.length > 0 ? paths : [SAMPLE_DATA_DIR]);
  options.onProgress?.({ phase: 'validate', done: 0, total: files.length });
  const dataset = await validateFiles(store, files);
  options.onProgress?.({ phase: 'validate', done: files.length, total: files.length });
  return store.load(dataset, options);
};
