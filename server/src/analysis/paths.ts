import { bidirectional } from 'graphology-shortest-path/unweighted';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { Relationship } from '../domain';
import { stepRelationships, type Projection } from './projection';

export interface Path {
  /** Actor ids from the start to the end. */
  nodes: string[];
  /** Relationships along the path, step by step (a step may carry several). */
  edges: Relationship[];
  length: number;
}

export interface PathSearch {
  paths: Path[];
  /** True when the limit or the work budget stopped the enumeration early. */
  truncated: boolean;
}

const toPath = (p: Projection, nodes: string[]): Path => ({
  nodes,
  length: nodes.length - 1,
  edges: nodes.slice(1).flatMap((n, i) => stepRelationships(p, nodes[i]!, n)),
});

/** One shortest path (fewest hops), or null when the two are not connected. */
export const shortestPath = (p: Projection, from: string, to: string): Path | null => {
  if (!p.graph.hasNode(from) || !p.graph.hasNode(to)) return null;
  if (from === to) return toPath(p, [from]);
  const nodes = bidirectional(p.graph, from, to);
  return nodes === null ? null : toPath(p, nodes);
};

/**
 * All simple paths of at most `maxLength` hops, shortest first, at most `limit` of them.
 * Hand-written rather than graphology-simple-path's allSimplePaths because that enumerates
 * every path before returning (exponential on a hub-rich graph) and has no limit: here the
 * depth-first search is pruned with exact BFS distances to the target, runs length by length
 * so that the first `limit` paths are the shortest, and stops at a fixed work budget.
 */
export const allPaths = (
  p: Projection,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
  budget = 2_000_000,
): PathSearch => {
  if (!p.graph.hasNode(from) || !p.graph.hasNode(to) || from === to)
    return { paths: [], truncated: false };
  const dist = singleSourceLength(p.graph, to);
  const shortest = dist[from];
  if (shortest === undefined || shortest > maxLength) return { paths: [], truncated: false };
  const found: string[][] = [];
  let work = 0;
  let truncated = false;
  const onPath = new Set<string>([from]);
  const stack = [from];
  const walk = (node: string, remaining: number): void => {
    if (found.length >= limit || truncated) return;
    if (++work > budget) {
      truncated = true;
      return;
    }
    if (node === to) {
      if (remaining === 0) found.push([...stack]);
      return;
    }
    const next = p.graph.neighbors(node).sort();
    for (const n of next) {
      const d = dist[n];
      if (onPath.has(n) || d === undefined || d > remaining - 1) continue;
      onPath.add(n);
      stack.push(n);
      walk(n, remaining - 1);
      stack.pop();
      onPath.delete(n);
      if (found.length >= limit) return;
    }
  };
  for (let len = shortest; len <= maxLength && found.length < limit && !truncated; len++)
    walk(from, len);
  if (found.length >= limit) truncated = true;
  return { paths: found.map((nodes) => toPath(p, nodes)), truncated };
};
