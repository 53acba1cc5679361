/**
 * Reference checks shared by both stores: every reference of a dataset (claim subject, object,
 * source and attribution, actor affiliation) must resolve to a record of the dataset itself or
 * one the store already holds. Pure: the caller says what the store holds.
 */
import type { Dataset, DatasetIssue } from '../../domain';

/** What the store already holds (the embedded state, or what a Neo4j look-up found). */
export interface StoredIds {
  hasActor(id: string): boolean;
  hasSource(id: string): boolean;
}

/** Dangling references of `ds`, in dataset order: actors' affiliations, then each claim's. */
export const referenceIssues = (ds: Dataset, stored: StoredIds): DatasetIssue[] => {
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const sourceIds = new Set(ds.sources.map((s) => s.id));
  const hasActor = (id: string) => actorIds.has(id) || stored.hasActor(id);
  const hasSource = (id: string) => sourceIds.has(id) || stored.hasSource(id);
  const issues: DatasetIssue[] = [];
  const bad = (message: string) => issues.push({ file: 'dataset', line: null, message });
  for (const a of ds.actors)
    if (a.affiliation !== undefined && !hasActor(a.affiliation))
      bad(`actor ${a.id}: unknown affiliation "${a.affiliation}"`);
  for (const c of ds.claims) {
    for (const ref of [c.subject, c.object, c.attributedTo])
      if (ref !== undefined && !hasActor(ref)) bad(`claim ${c.id}: unknown actor "${ref}"`);
    if (!hasSource(c.source)) bad(`claim ${c.id}: unknown source "${c.source}"`);
  }
  return issues;
};
