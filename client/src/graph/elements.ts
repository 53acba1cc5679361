/** Pure mapping from GraphQL subgraphs to Cytoscape element definitions (no DOM, no cytoscape runtime). */
import type { ElementDefinition } from 'cytoscape';
import type { ActorKind, ActorSummary, ClaimStatus, EdgeSummary, Subgraph } from '../model';
import { predicateLabel, predicateSymmetric } from './palette';

export interface NodeData {
  id: string;
  label: string;
  kind: ActorKind;
  role: string;
  aliases: string[];
  axis: boolean;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  predicate: string;
  label: string;
  directed: boolean;
  claimCount: number;
  status: ClaimStatus;
  statuses: ClaimStatus[];
  contested: boolean;
  /** Every claim behind the edge is a denial. */
  deniedOnly: boolean;
  /** Only hypothetical or negated claims (drawn only when the status filter asks for them). */
  speculative: boolean;
  firstDate: string;
  lastDate: string;
  maxConfidence: number;
  /** Line width in model units, grows with the number of claims. */
  width: number;
}

export const edgeWidth = (claimCount: number): number =>
  Math.min(7, 1.6 + Math.log2(Math.max(1, claimCount)) * 1.3);

export const toNodeData = (actor: ActorSummary, axisIds: ReadonlySet<string>): NodeData => ({
  id: actor.id,
  label: actor.name,
  kind: actor.kind,
  role: actor.role ?? '',
  aliases: [...actor.aliases],
  axis: axisIds.has(actor.id),
});

export const toEdgeData = (edge: EdgeSummary): EdgeData => {
  const statuses = edge.statuses.length > 0 ? [...edge.statuses] : [edge.status];
  const deniedOnly = statuses.every((s) => s === 'DENIED');
  const speculative = statuses.every((s) => s === 'HYPOTHETICAL' || s === 'NEGATED');
  return {
    id: edge.id,
    source: edge.source.id,
    target: edge.target.id,
    predicate: edge.predicate,
    label: predicateLabel(edge.predicate),
    directed: edge.directed ?? !predicateSymmetric(edge.predicate),
    claimCount: edge.claimCount,
    status: edge.status,
    statuses,
    contested: edge.contested,
    deniedOnly,
    speculative,
    firstDate: edge.firstDate ?? '',
    lastDate: edge.lastDate ?? '',
    maxConfidence: edge.maxConfidence,
    width: edgeWidth(edge.claimCount),
  };
};

export const nodeClasses = (data: NodeData): string =>
  [`kind-${data.kind.toLowerCase()}`, data.axis ? 'axis' : ''].filter(Boolean).join(' ');

export const edgeClasses = (data: EdgeData): string =>
  [
    data.directed ? 'directed' : 'symmetric',
    data.contested ? 'contested' : '',
    data.deniedOnly ? 'denied-only' : '',
    data.speculative ? 'speculative' : '',
  ]
    .filter(Boolean)
    .join(' ');

/** Union of several subgraphs, deduplicated by id (later data wins); truncated if any was. */
export const mergeSubgraphs = (subgraphs: readonly Subgraph[]): Subgraph => {
  const nodes = new Map<string, ActorSummary>();
  const edges = new Map<string, EdgeSummary>();
  let truncated = false;
  for (const sg of subgraphs) {
    for (const n of sg.nodes) nodes.set(n.id, n);
    for (const e of sg.edges) edges.set(e.id, e);
    truncated ||= sg.truncated;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
};

/**
 * Cytoscape elements for a subgraph. Edges whose ends are not both present are dropped
 * (Cytoscape refuses dangling edges).
 */
export const toElements = (
  subgraph: Pick<Subgraph, 'nodes' | 'edges'>,
  axisIds: ReadonlySet<string>,
): ElementDefinition[] => {
  const nodeIds = new Set(subgraph.nodes.map((n) => n.id));
  const out: ElementDefinition[] = [];
  for (const actor of subgraph.nodes) {
    const data = toNodeData(actor, axisIds);
    out.push({ group: 'nodes', data: { ...data }, classes: nodeClasses(data) });
  }
  for (const edge of subgraph.edges) {
    if (!nodeIds.has(edge.source.id) || !nodeIds.has(edge.target.id)) continue;
    const data = toEdgeData(edge);
    out.push({ group: 'edges', data: { ...data }, classes: edgeClasses(data) });
  }
  return out;
};

export interface ElementDiff {
  /** Elements not yet in the graph. */
  add: ElementDefinition[];
  /** Ids in the graph that are not in the new set. */
  remove: string[];
  /** Elements already in the graph whose data or classes must be refreshed. */
  update: ElementDefinition[];
}

/** What to add, remove and update to turn the current graph into `next`. */
export const diffElements = (
  currentIds: Iterable<string>,
  next: readonly ElementDefinition[],
): ElementDiff => {
  const current = new Set(currentIds);
  const nextIds = new Set<string>();
  const add: ElementDefinition[] = [];
  const update: ElementDefinition[] = [];
  for (const el of next) {
    const id = el.data.id;
    if (id === undefined) continue;
    nextIds.add(id);
    (current.has(id) ? update : add).push(el);
  }
  const remove = [...current].filter((id) => !nextIds.has(id));
  return { add, remove, update };
};

/** The notice shown when the server cut an expansion short (`truncated: true`). */
export const truncationMessage = (name: string, shown: number): string =>
  `Showing ${shown} of ${name}’s neighbours; there are more — filter by relationship type or status to see others.`;
