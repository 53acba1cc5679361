import { basename } from 'node:path';
import type { Config } from '../config';
import type { Actor, Dataset } from '../domain';
import {
  articlesToDataset,
  buildGazetteer,
  extractArticle,
  formatJsonl,
  formatTable,
} from '../extract';
import { SAMPLE_DATA_DIR, parseFiles, readInputFiles } from '../loader';
import type { GraphStore } from '../store';
import { withStore } from './commands';
import { formatSummary, progressReporter } from './output';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.text']);

/** The curated actors: the sample dataset's, plus whatever the store holds. */
const curatedActors = async (store: GraphStore | null): Promise<Actor[]> => {
  const byId = new Map<string, Actor>();
  const sample = parseFiles(await readInputFiles([SAMPLE_DATA_DIR]));
  for (const { value } of sample.actors) byId.set(value.id, value);
  if (store)
    for await (const batch of store.streamActors(5000)) for (const a of batch) byId.set(a.id, a);
  return [...byId.values()];
};

const readArticles = async (paths: readonly string[]) =>
  (await readInputFiles(paths, ARTICLE_EXTENSIONS)).map((f) => ({
    name: basename(f.file),
    text: f.text,
  }));

/** `relata extract <paths…> [--jsonl]`: claims found in article text, on stdout only. */
export const extract = async (paths: string[], options: { jsonl?: boolean }) => {
  const gazetteer = buildGazetteer(await curatedActors(null));
  const claims = (await readArticles(paths)).flatMap(
    (f) => extractArticle(f.text, { source: f.name }, gazetteer).claims,
  );
  process.stdout.write(options.jsonl ? formatJsonl(claims) : `${formatTable(claims)}\n`);
};

/**
 * `relata load --articles <dir>`: extracts and loads in one step. Extracted claims merge with
 * existing relationships; curated actors they mention that the store lacks come along.
 */
export const loadArticles = (config: Config, paths: string[]) =>
  withStore(config, async (store) => {
    const curated = await curatedActors(store);
    const dataset: Dataset = articlesToDataset(await readArticles(paths), buildGazetteer(curated));
    // Curated actors the claims mention (and their affiliations) that the store lacks come along.
    const byId = new Map(curated.map((a) => [a.id, a]));
    const have = new Set(dataset.actors.map((a) => a.id));
    let wanted = new Set(
      dataset.claims.flatMap((c) => [
        c.subject,
        c.object,
        ...(c.attributedTo ? [c.attributedTo] : []),
      ]),
    );
    for (const a of dataset.actors) if (a.affiliation) wanted.add(a.affiliation);
    while (wanted.size > 0) {
      const ids = [...wanted].filter((id) => !have.has(id));
      const inStore = ids.length > 0 ? await store.getActors(ids) : [];
      wanted = new Set();
      ids.forEach((id, i) => {
        const a = byId.get(id);
        have.add(id);
        if (inStore[i] !== null || a === undefined) return;
        dataset.actors.push(a);
        if (a.affiliation) wanted.add(a.affiliation);
      });
    }
    const progress = progressReporter();
    try {
      const summary = await store.load(dataset, { onProgress: progress.onProgress });
      progress.stop();
      process.stdout.write(`${formatSummary(summary)}\n`);
    } finally {
      progress.stop();
    }
  });
