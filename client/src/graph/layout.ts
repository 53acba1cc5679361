/** fCoSE layout settings: a readable first layout, and gentle incremental ones after merges. */
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { EdgeSingular, NodeSingular, Position } from 'cytoscape';

const isAxis = (n: NodeSingular): boolean => n.hasClass('axis');

const nodeRepulsion = (n: NodeSingular): number => (isAxis(n) ? 60000 : 14000);

const idealEdgeLength = (e: EdgeSingular): number => {
  const axisEnds = (isAxis(e.source()) ? 1 : 0) + (isAxis(e.target()) ? 1 : 0);
  // Axis–axis edges long enough for the four hubs to spread out; leaves close to their hub.
  if (axisEnds === 2) return 260;
  const structural = e.data('predicate') === 'OFFICIAL_OF' || e.data('predicate') === 'MEMBER_OF';
  return structural ? 90 : 140;
};

const common = {
  name: 'fcose',
  nodeDimensionsIncludeLabels: true,
  packComponents: false,
  nodeRepulsion,
  idealEdgeLength,
  edgeElasticity: 0.45,
  nodeSeparation: 110,
  gravity: 0.3,
  gravityRange: 3.2,
  tile: true,
  tilingPaddingVertical: 24,
  tilingPaddingHorizontal: 24,
  padding: 40,
} satisfies Partial<FcoseLayoutOptions> & { name: 'fcose' };

/** Full layout from scratch (first load, reset view). */
export const initialLayout = (animate: boolean): FcoseLayoutOptions => ({
  ...common,
  quality: 'proof',
  randomize: true,
  animate,
  animationDuration: 700,
  fit: true,
  numIter: 4000,
});

/**
 * Incremental layout after adding elements: starts from the current positions and keeps
 * `fixed` nodes where they are, so the analyst's mental map survives expansions.
 */
export const incrementalLayout = (
  fixed: { nodeId: string; position: Position }[],
  fit: boolean,
): FcoseLayoutOptions => ({
  ...common,
  quality: 'proof',
  randomize: false,
  animate: true,
  animationDuration: 650,
  animationEasing: 'ease-out',
  fit,
  numIter: 2500,
  initialEnergyOnIncremental: 0.25,
  fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
});

/**
 * Starting positions for new nodes: a ring around their anchor (the expanded node or the
 * neighbour already on screen), pointing away from the graph centre so they land in free space.
 */
export const ringPositions = (
  anchor: Position,
  centre: Position,
  count: number,
  radius = 170,
): Position[] => {
  if (count === 0) return [];
  const away = Math.atan2(anchor.y - centre.y, anchor.x - centre.x);
  const hasDirection = Math.hypot(anchor.x - centre.x, anchor.y - centre.y) > 1;
  // Spread over a half circle facing outwards when we know which way is out, else a full circle.
  const spread = hasDirection ? Math.PI * 1.2 : Math.PI * 2;
  const start = hasDirection ? away - spread / 2 : 0;
  const step = count === 1 ? 0 : spread / (hasDirection ? count - 1 : count);
  const out: Position[] = [];
  for (let i = 0; i < count; i++) {
    const angle = hasDirection && count === 1 ? away : start + i * step;
    const r = radius + (i % 2) * 45;
    out.push({ x: anchor.x + Math.cos(angle) * r, y: anchor.y + Math.sin(angle) * r });
  }
  return out;
};

/**
 * Starting positions for nodes entering the graph, in waves: first next to a drawn neighbour
 * (the preferred anchor, e.g. the expanded node, wins), then next to new nodes already placed,
 * and the rest around the centre.
 */
export const seedPositions = (
  newIds: readonly string[],
  edges: readonly { source: string; target: string }[],
  placed: ReadonlyMap<string, Position>,
  centre: Position,
  preferredAnchor?: string,
): Map<string, Position> => {
  const known = new Map(placed);
  const out = new Map<string, Position>();
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  let pending = [...newIds];
  let radius = 170;
  while (pending.length > 0) {
    const groups = new Map<string, string[]>();
    const rest: string[] = [];
    for (const id of pending) {
      const adj = neighbours.get(id) ?? [];
      const anchor =
        preferredAnchor !== undefined && known.has(preferredAnchor) && adj.includes(preferredAnchor)
          ? preferredAnchor
          : adj.find((n) => known.has(n));
      if (anchor === undefined) rest.push(id);
      else groups.set(anchor, [...(groups.get(anchor) ?? []), id]);
    }
    if (groups.size === 0) {
      // Nothing connects these to the drawing: a ring around the centre.
      const ring = ringPositions(centre, centre, rest.length, 320);
      rest.forEach((id, i) => out.set(id, ring[i] ?? centre));
      break;
    }
    for (const [anchor, ids] of groups) {
      const at = known.get(anchor) ?? centre;
      const ring = ringPositions(at, centre, ids.length, radius);
      ids.forEach((id, i) => {
        const p = ring[i] ?? at;
        out.set(id, p);
        known.set(id, p);
      });
    }
    pending = rest;
    radius = 130;
  }
  return out;
};

// ---- other layouts ---------------------------------------------------------------------------

/**
 * Concentric rings from metric values: the highest value in the centre, then rings of 6, 12,
 * 18… actors (as circles pack), so inner rings stay full whatever the metric's scale. Returns
 * a level per id, higher = nearer the centre; equal values share a ring.
 */
export const concentricLevels = (values: ReadonlyMap<string, number>): Map<string, number> => {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const ring = new Map<string, number>();
  let r = 0;
  let room = 1;
  for (const [id] of sorted) {
    if (room === 0) {
      r += 1;
      room = 6 * r;
    }
    ring.set(id, r);
    room -= 1;
  }
  // Equal values share the innermost ring any of them reached.
  const best = new Map<number, number>();
  for (const [id, v] of sorted) best.set(v, Math.min(best.get(v) ?? Infinity, ring.get(id) ?? 0));
  const out = new Map<string, number>();
  for (const [id, v] of sorted) out.set(id, r - (best.get(v) ?? 0));
  return out;
};

export const concentricLayout = (levels: ReadonlyMap<string, number>, animate: boolean) => ({
  name: 'concentric' as const,
  concentric: (n: NodeSingular) => levels.get(n.id()) ?? 0,
  levelWidth: () => 1,
  minNodeSpacing: 34,
  spacingFactor: 1.1,
  avoidOverlap: true,
  nodeDimensionsIncludeLabels: false,
  animate,
  animationDuration: 500,
  fit: true,
  padding: 40,
});

export const breadthfirstLayout = (roots: unknown, animate: boolean) => ({
  name: 'breadthfirst' as const,
  roots: roots as string,
  directed: false,
  circle: false,
  spacingFactor: 1.15,
  avoidOverlap: true,
  nodeDimensionsIncludeLabels: true,
  animate,
  animationDuration: 500,
  fit: true,
  padding: 40,
});

export const gridLayout = (animate: boolean) => ({
  name: 'grid' as const,
  avoidOverlap: true,
  avoidOverlapPadding: 20,
  nodeDimensionsIncludeLabels: true,
  condense: false,
  sort: (a: NodeSingular, b: NodeSingular) =>
    Number(b.hasClass('axis')) - Number(a.hasClass('axis')) ||
    b.degree(false) - a.degree(false) ||
    String(a.data('label')).localeCompare(String(b.data('label'))),
  animate,
  animationDuration: 500,
  fit: true,
  padding: 40,
});

/**
 * Rescales positions (from a force layout in its own units) so that the median edge is
 * `target` model px long, centred on the origin. Without edges, by the nodes' spread.
 */
export const rescalePositions = (
  positions: ReadonlyMap<string, Position>,
  edges: readonly { source: string; target: string }[],
  target = 130,
): Map<string, Position> => {
  const pts = [...positions.values()];
  if (pts.length === 0) return new Map();
  const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  const lengths: number[] = [];
  for (const e of edges) {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (a !== undefined && b !== undefined && e.source !== e.target)
      lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  }
  lengths.sort((a, b) => a - b);
  let unit = lengths.length > 0 ? (lengths[Math.floor(lengths.length / 2)] ?? 0) : 0;
  if (!(unit > 0)) {
    const spread = Math.sqrt(
      pts.reduce((s, p) => s + (p.x - cx) ** 2 + (p.y - cy) ** 2, 0) / pts.length,
    );
    unit = spread > 0 ? spread / Math.sqrt(pts.length) : 1;
  }
  const k = target / unit;
  const out = new Map<string, Position>();
  for (const [id, p] of positions) out.set(id, { x: (p.x - cx) * k, y: (p.y - cy) * k });
  return out;
};

/** ForceAtlas2 iterations for a graph size: fewer on big graphs, where each costs more. */
export const fa2Iterations = (nodes: number): number =>
  nodes <= 500 ? 400 : nodes <= 2000 ? 250 : nodes <= 5000 ? 150 : 100;
