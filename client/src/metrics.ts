/** Metric styling (pure): node sizes from a metric, colours for Louvain communities. */
import type { MetricName } from './state/view-state';

export interface NodeMetric {
  id: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface CommunityInfo {
  id: number;
  /** Members in the metrics' scope (the view, or the whole graph). */
  size: number;
}

export const METRIC_LABEL: Readonly<Record<MetricName, string>> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree (claims)',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
};

/** Smallest and largest node diameter (model px) when sized by a metric. */
export const MIN_NODE_SIZE = 22;
export const MAX_NODE_SIZE = 96;

/**
 * Node diameters for metric values: area grows linearly with the value (size ∝ √value), from
 * MIN to MAX across the values given. Equal values (or a single node) get the middle size.
 */
export const metricSizes = (
  values: ReadonlyMap<string, number>,
  min = MIN_NODE_SIZE,
  max = MAX_NODE_SIZE,
): Map<string, number> => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values.values()) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const out = new Map<string, number>();
  const mid = (min + max) / 2;
  for (const [id, v] of values) {
    if (!Number.isFinite(v) || !Number.isFinite(lo)) out.set(id, min);
    else if (hi === lo) out.set(id, mid);
    else {
      const t = Math.sqrt(Math.max(0, v - lo) / (hi - lo));
      out.set(id, Math.round((min + t * (max - min)) * 10) / 10);
    }
  }
  return out;
};

/** Metric values for the ids given (missing nodes get 0). */
export const metricValues = (
  nodes: readonly NodeMetric[],
  metric: MetricName,
  ids?: Iterable<string>,
): Map<string, number> => {
  const byId = new Map(nodes.map((n) => [n.id, n[metric]]));
  const out = new Map<string, number>();
  for (const id of ids ?? byId.keys()) out.set(id, byId.get(id) ?? 0);
  return out;
};

/**
 * Twelve colours for communities, distinct from each other and readable under white labels;
 * they avoid the red of the axis ring.
 */
export const COMMUNITY_PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#edc948',
  '#76b7b2',
  '#ff9da7',
  '#9c755f',
  '#3b4cc0',
  '#8cd17d',
  '#d37295',
  '#499894',
];
/** Communities beyond the palette share a neutral grey. */
export const OTHER_COMMUNITY_COLOR = '#a3a9b3';

export interface CommunityColor {
  id: number;
  color: string;
  /** Members drawn in the current view. */
  inView: number;
  /** Members in the metrics' scope. */
  size: number;
}

/**
 * Colours for the communities present in the view: largest first (by members in view, then in
 * scope, then id) get the palette in order, the rest grey. Stable for the same input.
 */
export const communityColors = (
  nodes: readonly Pick<NodeMetric, 'id' | 'community'>[],
  communities: readonly CommunityInfo[],
  inView: ReadonlySet<string>,
): CommunityColor[] => {
  const size = new Map(communities.map((c) => [c.id, c.size]));
  const counts = new Map<number, number>();
  for (const n of nodes)
    if (inView.has(n.id)) counts.set(n.community, (counts.get(n.community) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, n]) => ({ id, inView: n, size: size.get(id) ?? n }))
    .sort((a, b) => b.inView - a.inView || b.size - a.size || a.id - b.id)
    .map((c, i) => ({ ...c, color: COMMUNITY_PALETTE[i] ?? OTHER_COMMUNITY_COLOR }));
};

/** Number formatting for a metric value in the legend and tooltips. */
export const formatMetric = (metric: MetricName, v: number): string => {
  if (metric === 'degree' || metric === 'weightedDegree') return String(Math.round(v));
  if (metric === 'pagerank') return v.toFixed(4);
  return v >= 100 ? v.toFixed(0) : v.toFixed(2);
};
