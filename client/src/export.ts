/** Export (pure): the server formats, the /export URL for the current view, file names. */
import { CONTESTED_STATUSES } from '../../server/src/domain/status';
import { filterVariables, type FilterState } from './filters';
import type { ClaimStatus } from './model';
import type { TimeWindow } from './time';

export type ServerFormat = 'csv' | 'json' | 'graphml' | 'gexf' | 'cypher' | 'brief' | 'brief-html';
export type ImageFormat = 'png' | 'svg';
export type ExportFormat = ServerFormat | ImageFormat;

export interface ExportItem {
  format: ExportFormat;
  label: string;
  hint: string;
}

export const EXPORT_ITEMS: readonly ExportItem[] = [
  { format: 'csv', label: 'CSV (zip)', hint: 'actors, relationships, claims, sources' },
  { format: 'json', label: 'Cytoscape JSON', hint: 'elements for Cytoscape.js / Desktop' },
  { format: 'graphml', label: 'GraphML', hint: 'yEd, Gephi, NetworkX' },
  { format: 'gexf', label: 'GEXF', hint: 'Gephi' },
  { format: 'cypher', label: 'Cypher', hint: 'Neo4j import script' },
  { format: 'brief', label: 'Brief (Markdown)', hint: 'cited analyst brief' },
  { format: 'brief-html', label: 'Brief (HTML)', hint: 'cited analyst brief' },
  { format: 'png', label: 'PNG image', hint: 'the whole graph, 2× scale' },
  { format: 'svg', label: 'SVG image', hint: 'vector drawing of the graph' },
];

export const isServerFormat = (f: ExportFormat): f is ServerFormat => f !== 'png' && f !== 'svg';

/** How the export names the view. */
export interface ExportScope {
  /** The actors drawn (exported with depth 0: the relationships among them). */
  nodeIds: readonly string[];
  /** The seeds of the view (axis/focus + expansions), used when there are too many nodes. */
  seeds: readonly string[];
  filters: FilterState;
  window: TimeWindow | null;
  /** Contested view: only alleged and denied claims. */
  contested: boolean;
}

/** Query strings longer than this fall back to the seeds + depth 1 (servers cap header size). */
export const MAX_QUERY_LENGTH = 6000;
/** The server's cap on actorIds (LIMITS.maxBatch). */
export const MAX_EXPORT_IDS = 1000;
/** The server's cap on nodes per view (LIMITS.maxNodes). */
export const MAX_EXPORT_NODES = 5000;

/**
 * `/export?format=…` for the view: the drawn actors with depth 0 (exactly what is shown),
 * or — when their ids would make the URL too long — the view's seeds with depth 1 and a limit
 * of the drawn node count. Filters and time window as in the view; the contested view keeps
 * only alleged and denied claims, so the export holds exactly the contested relationships.
 */
export const exportUrl = (format: ServerFormat, scope: ExportScope, base = '/export'): string => {
  const f = filterVariables(scope.filters);
  const statuses: ClaimStatus[] = scope.contested
    ? f.statuses.filter((s) => CONTESTED_STATUSES.includes(s))
    : f.statuses;
  const common: [string, string][] = [];
  if (f.predicates !== null) common.push(['predicates', f.predicates.join(',')]);
  common.push(['statuses', statuses.join(',')]);
  if (f.origins !== null) common.push(['origins', f.origins.join(',')]);
  if (scope.window !== null) {
    common.push(['from', scope.window.from]);
    common.push(['to', scope.window.to]);
  }
  const build = (view: [string, string][]) =>
    `${base}?${([['format', format], ...view, ...common] as [string, string][])
      .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`)
      .join('&')}`;
  const limit = String(Math.min(MAX_EXPORT_NODES, Math.max(1, scope.nodeIds.length)));
  const exact = build([
    ['actorIds', scope.nodeIds.join(',')],
    ['depth', '0'],
    ['limit', limit],
  ]);
  if (
    scope.nodeIds.length > 0 &&
    scope.nodeIds.length <= MAX_EXPORT_IDS &&
    exact.length <= MAX_QUERY_LENGTH
  )
    return exact;
  const seeds = scope.seeds.slice(0, MAX_EXPORT_IDS);
  return build([
    ['actorIds', seeds.join(',')],
    ['depth', '1'],
    ['limit', limit],
  ]);
};

/** The file name in a Content-Disposition header, if any. */
export const filenameFromDisposition = (header: string | null): string | null => {
  if (header === null) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1] !== undefined) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain form */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() ?? null;
};

const EXTENSION: Readonly<Record<ExportFormat, string>> = {
  csv: 'zip',
  json: 'cyjs.json',
  graphml: 'graphml',
  gexf: 'gexf',
  cypher: 'cypher',
  brief: 'md',
  'brief-html': 'html',
  png: 'png',
  svg: 'svg',
};

/**
 * A sensible file name when the server gives none (and for images): relata-<focus>-<date>.<ext>,
 * e.g. relata-axis-2024-06-19.png.
 */
export const exportFilename = (
  format: ExportFormat,
  focus: readonly string[],
  date: Date,
): string => {
  const name =
    focus.length === 0
      ? 'view'
      : focus.length <= 2
        ? focus.join('-')
        : `${focus[0]}-and-${focus.length - 1}-more`;
  const day = date.toISOString().slice(0, 10);
  return `relata-${name.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60)}-${day}.${EXTENSION[format]}`;
};
