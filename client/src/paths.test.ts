import { describe, expect, it } from 'vitest';
import type { EdgeSummary } from './model';
import {
  pathHighlight,
  pathSteps,
  pathTitle,
  pathsSubgraph,
  sortPaths,
  type PathResult,
} from './paths';

const actor = (id: string) => ({ id, name: id.toUpperCase(), kind: 'STATE' as const, aliases: [] });
const edge = (s: string, p: EdgeSummary['predicate'], t: string, claims = 1): EdgeSummary => ({
  id: `${s}|${p}|${t}`,
  source: { id: s },
  target: { id: t },
  predicate: p,
  claimCount: claims,
  status: 'ASSERTED',
  statuses: ['ASSERTED'],
  contested: false,
  firstDate: null,
  lastDate: null,
  maxConfidence: 0.9,
});
const path = (ids: string[], edges: EdgeSummary[]): PathResult => ({
  length: ids.length - 1,
  nodes: ids.map(actor),
  edges,
});

const short = path(
  ['iran', 'russia', 'ukraine'],
  [
    edge('iran', 'SUPPLIES', 'russia', 4),
    edge('russia', 'ATTACKS', 'ukraine', 6),
    edge('russia', 'SUPPORTS', 'iran', 2),
  ],
);
const long = path(
  ['iran', 'usa', 'uk', 'ukraine'],
  [
    edge('usa', 'SANCTIONS', 'iran'),
    edge('usa', 'MEETS', 'uk'),
    edge('uk', 'SUPPLIES', 'ukraine', 3),
  ],
);

describe('paths', () => {
  it('lists hops in walking order with every relationship and its direction', () => {
    const steps = pathSteps(short);
    expect(steps.map((s) => [s.from.id, s.to.id, s.claimCount])).toEqual([
      ['iran', 'russia', 6],
      ['russia', 'ukraine', 6],
    ]);
    expect(steps[0]!.relations.map((r) => [r.predicate, r.forward, r.claimCount])).toEqual([
      ['SUPPLIES', true, 4],
      ['SUPPORTS', false, 2],
    ]);
    expect(pathSteps(long)[0]!.relations[0]).toMatchObject({
      predicate: 'SANCTIONS',
      forward: false,
    });
    expect(pathTitle(long)).toBe('IRAN → USA → UK → UKRAINE');
  });

  it('sorts shortest first, then by the weakest hop', () => {
    const weak = path(
      ['iran', 'x', 'ukraine'],
      [edge('iran', 'MEETS', 'x'), edge('x', 'MEETS', 'ukraine')],
    );
    expect(sortPaths([long, weak, short]).map(pathTitle)).toEqual([
      pathTitle(short),
      pathTitle(weak),
      pathTitle(long),
    ]);
  });

  it('highlights the chosen path and marks the other listed paths apart', () => {
    const h = pathHighlight([short, long], 1);
    expect([...h.nodes]).toEqual(['iran', 'usa', 'uk', 'ukraine']);
    expect(h.edges.has('uk|SUPPLIES|ukraine')).toBe(true);
    expect([...h.otherNodes]).toEqual(['russia']);
    expect(h.otherEdges.has('iran|SUPPLIES|russia')).toBe(true);
    expect(h.otherEdges.has('uk|SUPPLIES|ukraine')).toBe(false);
    const none = pathHighlight([short], 5);
    expect(none.nodes.size + none.edges.size).toBe(0);
    expect(none.otherNodes.size).toBe(3);
  });

  it('merges all listed paths into one subgraph to add to the graph', () => {
    const sub = pathsSubgraph([short, long, short]);
    expect(sub.nodes.map((n) => n.id).sort()).toEqual(['iran', 'russia', 'uk', 'ukraine', 'usa']);
    expect(sub.edges).toHaveLength(6);
    expect(sub.truncated).toBe(false);
  });
});
