/** Paths between two actors (pure): the steps to list and the elements to highlight. */
import type { ActorSummary, EdgeSummary, Predicate, Subgraph } from './model';

export interface PathResult {
  length: number;
  nodes: ActorSummary[];
  edges: EdgeSummary[];
}

export interface PathRelation {
  edgeId: string;
  predicate: Predicate;
  claimCount: number;
  /** The relationship points along the path (from → to); false when it points back. */
  forward: boolean;
  directed: boolean;
  contested: boolean;
}

export interface PathStep {
  from: { id: string; name: string };
  to: { id: string; name: string };
  /** Every relationship linking the two actors of this hop (a hop may have several). */
  relations: PathRelation[];
  claimCount: number;
}

/**
 * The hops of a path in walking order, each with the relationships between its two actors
 * (most claims first). Paths ignore direction, so each relationship says whether it points
 * forward or back. Hops without a relationship are skipped.
 */
export const pathSteps = (p: PathResult): PathStep[] => {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < p.nodes.length; i++) {
    const a = p.nodes[i];
    const b = p.nodes[i + 1];
    if (a === undefined || b === undefined) continue;
    const relations = p.edges
      .filter(
        (e) =>
          (e.source.id === a.id && e.target.id === b.id) ||
          (e.source.id === b.id && e.target.id === a.id),
      )
      .map((e) => ({
        edgeId: e.id,
        predicate: e.predicate,
        claimCount: e.claimCount,
        forward: e.source.id === a.id,
        directed: e.directed ?? true,
        contested: e.contested,
      }))
      .sort((x, y) => y.claimCount - x.claimCount || x.edgeId.localeCompare(y.edgeId));
    if (relations.length === 0) continue;
    steps.push({
      from: { id: a.id, name: a.name },
      to: { id: b.id, name: b.name },
      relations,
      claimCount: relations.reduce((s, r) => s + r.claimCount, 0),
    });
  }
  return steps;
};

/**
 * Paths shortest first; among equally short ones the best attested first (the most claims on
 * the weakest hop, then the most claims in all). Stable otherwise.
 */
export const sortPaths = (paths: readonly PathResult[]): PathResult[] =>
  [...paths].sort(
    (a, b) => a.length - b.length || weakest(b) - weakest(a) || totalClaims(b) - totalClaims(a),
  );

const weakest = (p: PathResult): number => {
  const hops = pathSteps(p);
  return hops.length === 0 ? 0 : Math.min(...hops.map((h) => h.claimCount));
};
const totalClaims = (p: PathResult): number => p.edges.reduce((s, e) => s + e.claimCount, 0);

export interface PathHighlight {
  /** Nodes and edges of the chosen path. */
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes and edges on the other listed paths (drawn less strongly). */
  otherNodes: Set<string>;
  otherEdges: Set<string>;
}

/** What to highlight for path `index` of `paths` (an out-of-range index highlights nothing). */
export const pathHighlight = (paths: readonly PathResult[], index: number): PathHighlight => {
  const chosen = paths[index];
  const nodes = new Set(chosen?.nodes.map((n) => n.id) ?? []);
  const edges = new Set(chosen?.edges.map((e) => e.id) ?? []);
  const otherNodes = new Set<string>();
  const otherEdges = new Set<string>();
  paths.forEach((p, i) => {
    if (i === index) return;
    for (const n of p.nodes) if (!nodes.has(n.id)) otherNodes.add(n.id);
    for (const e of p.edges) if (!edges.has(e.id)) otherEdges.add(e.id);
  });
  return { nodes, edges, otherNodes, otherEdges };
};

/** All listed paths as one subgraph, to add their actors and relationships to the graph. */
export const pathsSubgraph = (paths: readonly PathResult[]): Subgraph => {
  const nodes = new Map<string, ActorSummary>();
  const edges = new Map<string, EdgeSummary>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const e of p.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
};

/** "Iran → Russia → Ukraine" */
export const pathTitle = (p: PathResult): string => p.nodes.map((n) => n.name).join(' → ');
