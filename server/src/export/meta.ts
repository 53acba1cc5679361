import { resolveFilter } from '../store';
import { FORMAT_INFO, type ExportFormat, type ExportMeta } from './types';

export const resolvedFilter = (f: Parameters<typeof resolveFilter>[0]): ExportMeta['filter'] => {
  const r = resolveFilter(f);
  const list = <T extends string>(s: ReadonlySet<T> | null) => (s === null ? null : [...s].sort());
  return {
    predicates: list(r.predicates),
    statuses: list(r.statuses) ?? [],
    origins: list(r.origins),
    from: r.from,
    to: r.to,
  };
};

/** `north-korea (depth 1)`-style title of what was exported. */
export const viewTitle = (meta: ExportMeta): string => {
  const v = meta.view;
  if (v === null) return 'Whole graph';
  return `${v.names.join(', ')} (depth ${v.depth}${v.truncated ? `, cut at ${v.limit} actors` : ''})`;
};

/** One line per fact, for comments and descriptions: `key: value`. */
export const metaLines = (meta: ExportMeta): string[] => {
  const f = meta.filter;
  const any = (xs: readonly string[] | null) => (xs === null ? 'any' : xs.join(', '));
  return [
    `Generated: ${meta.generatedAt}`,
    `Scope: ${viewTitle(meta)}`,
    ...(meta.view ? [`Focus actors: ${meta.view.actorIds.join(', ')}`] : []),
    `Predicates: ${any(f.predicates)}`,
    `Statuses: ${any(f.statuses)}`,
    `Origins: ${any(f.origins)}`,
    `Time window: ${f.from ?? '…'} to ${f.to ?? '…'}`,
    `Store revision: ${meta.revision}`,
  ];
};

/** `relata-<view>-<date>.<ext>`; the view part is built from slugs, so it is filename-safe. */
export const exportFilename = (meta: ExportMeta, format: ExportFormat): string => {
  const ids = meta.view?.actorIds ?? [];
  const view =
    ids.length === 0
      ? 'graph'
      : ids.length <= 3
        ? ids.join('+')
        : `${ids.slice(0, 3).join('+')}+${ids.length - 3}-more`;
  const kind = format.startsWith('brief') ? 'brief-' : '';
  return `relata-${kind}${view}-${meta.generatedAt.slice(0, 10)}.${FORMAT_INFO[format].ext}`;
};
