/**
 * The whole view as plain data (pure): what is drawn, how it is filtered, laid out and styled,
 * and what is selected. It round-trips through a compact URL hash so a link reproduces the view.
 *
 *   #x=ukraine,iran&hd=nato&p=su.me&s=ARL&o=E&c=1&w=2024-01~2024-06&l=grid&m=pr&k=1&sc=g
 *     &sel=n~russia&path=iran~ukraine~0
 */
import { PREDICATES, type Predicate } from '../../../server/src/domain/predicates';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../server/src/domain/status';
import { CLAIM_ORIGINS, defaultFilters, sameFilters, sameSet, type FilterState } from '../filters';
import type { ClaimOrigin } from '../model';
import { windowMonths, type TimeWindow } from '../time';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type MetricName = (typeof METRICS)[number];

export type Selection = { type: 'node' | 'edge'; id: string } | null;

export interface PathState {
  from: string;
  to: string;
  /** The highlighted path in the list (shortest first). */
  index: number;
}

export interface ViewState {
  /** Seeds of the base view; null = the opening view (the axis, or the overview of a big store). */
  focus: string[] | null;
  /** Actors expanded (depth 1) on top of the base view, in order. */
  expanded: string[];
  /** Actors hidden by the analyst. */
  hidden: string[];
  filters: FilterState;
  /** Only edges with an alleged or denied claim. */
  contested: boolean;
  window: TimeWindow | null;
  layout: LayoutName;
  /** Node size by this metric (null: by actor kind). */
  metric: MetricName | null;
  /** Node colour by Louvain community. */
  communities: boolean;
  /** Metrics over the drawn view or the whole graph. */
  metricScope: 'view' | 'graph';
  selected: Selection;
  path: PathState | null;
}

export const defaultViewState = (): ViewState => ({
  focus: null,
  expanded: [],
  hidden: [],
  filters: defaultFilters(),
  contested: false,
  window: null,
  layout: 'fcose',
  metric: null,
  communities: false,
  metricScope: 'view',
  selected: null,
  path: null,
});

// ---- compact codes --------------------------------------------------------------------------

const PREDICATE_CODE: Readonly<Record<Predicate, string>> = {
  SUPPLIES: 'su',
  DEPLOYS_TROOPS_TO: 'dt',
  SIGNS_TREATY_WITH: 'st',
  WARNS: 'wa',
  SANCTIONS: 'sa',
  CONDEMNS: 'co',
  ACCUSES: 'ac',
  MEETS: 'me',
  SUPPORTS: 'sp',
  URGES: 'ur',
  ATTACKS: 'at',
  OFFICIAL_OF: 'of',
  MEMBER_OF: 'mo',
  INTERACTS_WITH: 'iw',
};
const STATUS_CODE: Readonly<Record<ClaimStatus, string>> = {
  ASSERTED: 'A',
  REPORTED: 'R',
  ALLEGED: 'L',
  DENIED: 'D',
  HYPOTHETICAL: 'H',
  NEGATED: 'N',
};
const ORIGIN_CODE: Readonly<Record<ClaimOrigin, string>> = {
  CURATED: 'C',
  EXTRACTED: 'E',
  IMPORTED: 'I',
};
const METRIC_CODE: Readonly<Record<MetricName, string>> = {
  degree: 'deg',
  weightedDegree: 'wdeg',
  betweenness: 'btw',
  pagerank: 'pr',
};

const invert = <K extends string>(m: Readonly<Record<K, string>>): Map<string, K> =>
  new Map(Object.entries(m).map(([k, v]) => [v as string, k as K]));
const PREDICATE_BY_CODE = invert(PREDICATE_CODE);
const STATUS_BY_CODE = invert(STATUS_CODE);
const ORIGIN_BY_CODE = invert(ORIGIN_CODE);
const METRIC_BY_CODE = invert(METRIC_CODE);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ids = (v: string | null): string[] =>
  v === null ? [] : [...new Set(v.split(',').filter((x) => SLUG.test(x)))];
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2]))?$/;

// ---- encode / decode ------------------------------------------------------------------------

/** The hash for a state (without the leading `#`); defaults are left out, so the default is "". */
export const encodeViewState = (s: ViewState): string => {
  const q: [string, string][] = [];
  const d = defaultViewState();
  if (s.focus !== null) q.push(['f', s.focus.join(',')]);
  if (s.expanded.length > 0) q.push(['x', s.expanded.join(',')]);
  if (s.hidden.length > 0) q.push(['hd', s.hidden.join(',')]);
  const f = s.filters;
  if (!sameSet(f.predicates, d.filters.predicates))
    q.push([
      'p',
      f.predicates.size === 0
        ? '-'
        : PREDICATES.filter((p) => f.predicates.has(p))
            .map((p) => PREDICATE_CODE[p])
            .join('.'),
    ]);
  if (!sameSet(f.statuses, d.filters.statuses))
    q.push([
      's',
      f.statuses.size === 0
        ? '-'
        : CLAIM_STATUSES.filter((x) => f.statuses.has(x))
            .map((x) => STATUS_CODE[x])
            .join(''),
    ]);
  if (!sameSet(f.origins, d.filters.origins))
    q.push([
      'o',
      f.origins.size === 0
        ? '-'
        : CLAIM_ORIGINS.filter((x) => f.origins.has(x))
            .map((x) => ORIGIN_CODE[x])
            .join(''),
    ]);
  if (s.contested) q.push(['c', '1']);
  if (s.window !== null) q.push(['w', `${s.window.from}~${s.window.to}`]);
  if (s.layout !== d.layout) q.push(['l', s.layout]);
  if (s.metric !== null) q.push(['m', METRIC_CODE[s.metric]]);
  if (s.communities) q.push(['k', '1']);
  if (s.metricScope === 'graph') q.push(['sc', 'g']);
  if (s.selected !== null)
    q.push(['sel', `${s.selected.type === 'node' ? 'n' : 'e'}~${s.selected.id}`]);
  if (s.path !== null) q.push(['path', `${s.path.from}~${s.path.to}~${s.path.index}`]);
  // Keep ids readable: URLSearchParams would escape ',' and '~'; only escape what must be.
  return q
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%7C/gi, '|')}`)
    .join('&');
};

/** Parses a hash (with or without `#`). Unknown keys and malformed values fall back to defaults. */
export const decodeViewState = (hash: string): ViewState => {
  const s = defaultViewState();
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (k: string): string | null => q.get(k);
  const focus = get('f');
  if (focus !== null) {
    const list = ids(focus);
    if (list.length > 0) s.focus = list;
  }
  s.expanded = ids(get('x'));
  s.hidden = ids(get('hd'));
  const codes = <T>(v: string | null, split: (v: string) => string[], by: Map<string, T>) =>
    v === null
      ? null
      : v === '-'
        ? new Set<T>()
        : new Set(split(v).flatMap((c) => by.get(c) ?? []));
  const predicates = codes(get('p'), (v) => v.split('.'), PREDICATE_BY_CODE);
  const statuses = codes(get('s'), (v) => [...v], STATUS_BY_CODE);
  const origins = codes(get('o'), (v) => [...v], ORIGIN_BY_CODE);
  s.filters = {
    predicates: predicates ?? s.filters.predicates,
    statuses: statuses ?? s.filters.statuses,
    origins: origins ?? s.filters.origins,
  };
  s.contested = get('c') === '1';
  const w = get('w')?.split('~');
  if (w?.length === 2 && DATE.test(w[0] ?? '') && DATE.test(w[1] ?? '')) {
    const win = { from: w[0] ?? '', to: w[1] ?? '' };
    if (windowMonths(win) !== null) s.window = win;
  }
  const layout = get('l');
  if ((LAYOUTS as readonly string[]).includes(layout ?? '')) s.layout = layout as LayoutName;
  s.metric = METRIC_BY_CODE.get(get('m') ?? '') ?? null;
  s.communities = get('k') === '1';
  s.metricScope = get('sc') === 'g' ? 'graph' : 'view';
  const sel = get('sel');
  const selMatch = sel === null ? null : /^([ne])~(.+)$/.exec(sel);
  if (selMatch !== null && selMatch[2] !== undefined)
    s.selected = { type: selMatch[1] === 'n' ? 'node' : 'edge', id: selMatch[2] };
  const path = get('path')?.split('~');
  if (
    path !== undefined &&
    path.length >= 2 &&
    SLUG.test(path[0] ?? '') &&
    SLUG.test(path[1] ?? '')
  )
    s.path = {
      from: path[0] ?? '',
      to: path[1] ?? '',
      index: Math.max(0, Math.min(99, Number.parseInt(path[2] ?? '0', 10) || 0)),
    };
  return s;
};

// ---- comparisons ----------------------------------------------------------------------------

const sameList = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

const sameWindow = (a: TimeWindow | null, b: TimeWindow | null): boolean =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);

/** The parts of the state that decide which elements are drawn (undo/redo restores these). */
export interface DataState {
  focus: string[] | null;
  expanded: string[];
  hidden: string[];
  filters: FilterState;
  contested: boolean;
  window: TimeWindow | null;
  path: { from: string; to: string } | null;
}

export const dataPart = (s: ViewState): DataState => ({
  focus: s.focus,
  expanded: s.expanded,
  hidden: s.hidden,
  filters: s.filters,
  contested: s.contested,
  window: s.window,
  path: s.path === null ? null : { from: s.path.from, to: s.path.to },
});

export const sameData = (a: ViewState, b: ViewState): boolean =>
  sameList(a.focus, b.focus) &&
  sameList(a.expanded, b.expanded) &&
  sameList(a.hidden, b.hidden) &&
  sameFilters(a.filters, b.filters) &&
  a.contested === b.contested &&
  sameWindow(a.window, b.window) &&
  (a.path === null) === (b.path === null) &&
  (a.path === null || (a.path.from === b.path?.from && a.path.to === b.path.to));

/** Which parts differ between two states, to redo only the work that is needed. */
export const stateChanges = (a: ViewState, b: ViewState) => ({
  data: !sameData(a, b),
  filters: !sameFilters(a.filters, b.filters) || !sameWindow(a.window, b.window),
  layout: a.layout !== b.layout,
  metrics:
    a.metric !== b.metric || a.communities !== b.communities || a.metricScope !== b.metricScope,
  selection:
    (a.selected === null) !== (b.selected === null) ||
    a.selected?.id !== b.selected?.id ||
    a.selected?.type !== b.selected?.type,
  pathIndex: (a.path?.index ?? -1) !== (b.path?.index ?? -1),
});

/** Restores the data part of `from` into `s` (undo/redo), keeping layout, styling and selection. */
export const withData = (s: ViewState, from: DataState): ViewState => ({
  ...s,
  ...from,
  path:
    from.path === null
      ? null
      : {
          ...from.path,
          index:
            s.path !== null && s.path.from === from.path.from && s.path.to === from.path.to
              ? s.path.index
              : 0,
        },
});
