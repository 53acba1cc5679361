import { describe, expect, it } from 'vitest';
import type { EdgeSummary, Subgraph } from '../model';
import {
  diffElements,
  edgeClasses,
  edgeWidth,
  mergeSubgraphs,
  nodeClasses,
  toEdgeData,
  toElements,
  toNodeData,
  truncationMessage,
} from './elements';

const edge = (over: Partial<EdgeSummary> = {}): EdgeSummary => ({
  id: 'north-korea|SUPPLIES|russia',
  source: { id: 'north-korea' },
  target: { id: 'russia' },
  predicate: 'SUPPLIES',
  claimCount: 3,
  status: 'ASSERTED',
  statuses: ['ASSERTED', 'REPORTED'],
  contested: false,
  firstDate: '2023-09',
  lastDate: '2024-06-19',
  maxConfidence: 0.9,
  ...over,
});

const axis = new Set(['russia', 'china', 'iran', 'north-korea']);

const sub: Subgraph = {
  nodes: [
    { id: 'russia', name: 'Russia', kind: 'STATE', aliases: ['Russian Federation'], role: null },
    { id: 'north-korea', name: 'North Korea', kind: 'STATE', aliases: ['DPRK'] },
    {
      id: 'sergei-shoigu',
      name: 'Sergei Shoigu',
      kind: 'OFFICIAL',
      aliases: [],
      role: 'Security Council secretary',
    },
  ],
  edges: [
    edge(),
    edge({ id: 'x|MEETS|y', source: { id: 'x' }, target: { id: 'russia' }, predicate: 'MEETS' }),
  ],
  truncated: false,
};

describe('toNodeData', () => {
  it('maps an actor and marks axis states', () => {
    const d = toNodeData(sub.nodes[0]!, axis);
    expect(d).toEqual({
      id: 'russia',
      label: 'Russia',
      kind: 'STATE',
      role: '',
      aliases: ['Russian Federation'],
      axis: true,
    });
    expect(nodeClasses(d)).toBe('kind-state axis');
  });

  it('keeps roles and leaves non-axis actors plain', () => {
    const d = toNodeData(sub.nodes[2]!, axis);
    expect(d.axis).toBe(false);
    expect(d.role).toBe('Security Council secretary');
    expect(nodeClasses(d)).toBe('kind-official');
  });
});

describe('toEdgeData', () => {
  it('maps a directed, uncontested relationship', () => {
    const d = toEdgeData(edge());
    expect(d).toMatchObject({
      id: 'north-korea|SUPPLIES|russia',
      source: 'north-korea',
      target: 'russia',
      predicate: 'SUPPLIES',
      label: 'supplies',
      directed: true,
      contested: false,
      deniedOnly: false,
      speculative: false,
      firstDate: '2023-09',
      lastDate: '2024-06-19',
    });
    expect(edgeClasses(d)).toBe('directed');
  });

  it('treats symmetric predicates as undirected', () => {
    const d = toEdgeData(edge({ predicate: 'MEETS' }));
    expect(d.directed).toBe(false);
    expect(edgeClasses(d)).toBe('symmetric');
  });

  it('prefers the server-provided direction flag', () => {
    expect(toEdgeData(edge({ directed: false })).directed).toBe(false);
  });

  it('marks contested and denied-only edges', () => {
    const contested = toEdgeData(edge({ contested: true, statuses: ['REPORTED', 'DENIED'] }));
    expect(edgeClasses(contested)).toBe('directed contested');
    const denied = toEdgeData(edge({ contested: true, status: 'DENIED', statuses: ['DENIED'] }));
    expect(denied.deniedOnly).toBe(true);
    expect(edgeClasses(denied)).toBe('directed contested denied-only');
  });

  it('marks hypothetical/negated-only edges as speculative', () => {
    const d = toEdgeData(edge({ status: 'HYPOTHETICAL', statuses: ['HYPOTHETICAL', 'NEGATED'] }));
    expect(d.speculative).toBe(true);
    expect(edgeClasses(d)).toContain('speculative');
  });

  it('falls back to the strongest status when statuses is empty', () => {
    expect(toEdgeData(edge({ statuses: [] })).statuses).toEqual(['ASSERTED']);
  });

  it('uses empty strings for missing dates', () => {
    const d = toEdgeData(edge({ firstDate: null, lastDate: null }));
    expect([d.firstDate, d.lastDate]).toEqual(['', '']);
  });
});

describe('edgeWidth', () => {
  it('grows with claims and is capped', () => {
    expect(edgeWidth(1)).toBeCloseTo(1.6);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
    expect(edgeWidth(10_000)).toBe(7);
    expect(edgeWidth(0)).toBeCloseTo(1.6);
  });
});

describe('toElements', () => {
  it('emits nodes then edges and drops dangling edges', () => {
    const els = toElements(sub, axis);
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual([
      'russia',
      'north-korea',
      'sergei-shoigu',
    ]);
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual([
      'north-korea|SUPPLIES|russia',
    ]);
    expect(els.find((e) => e.data.id === 'russia')?.classes).toBe('kind-state axis');
  });
});

describe('mergeSubgraphs', () => {
  it('deduplicates by id and ORs truncation', () => {
    const m = mergeSubgraphs([sub, { nodes: [sub.nodes[0]!], edges: [edge()], truncated: true }]);
    expect(m.nodes).toHaveLength(3);
    expect(m.edges).toHaveLength(2);
    expect(m.truncated).toBe(true);
  });

  it('lets later data win', () => {
    const m = mergeSubgraphs([
      { ...sub, edges: [edge()] },
      { nodes: [], edges: [edge({ claimCount: 9 })], truncated: false },
    ]);
    expect(m.edges[0]?.claimCount).toBe(9);
  });
});

describe('diffElements', () => {
  it('splits into add, update and remove', () => {
    const next = toElements(sub, axis);
    const d = diffElements(['russia', 'gone', 'north-korea|SUPPLIES|russia'], next);
    expect(d.add.map((e) => e.data.id)).toEqual(['north-korea', 'sergei-shoigu']);
    expect(d.update.map((e) => e.data.id)).toEqual(['russia', 'north-korea|SUPPLIES|russia']);
    expect(d.remove).toEqual(['gone']);
  });
});

describe('truncationMessage', () => {
  it('says how many are shown and how to see the rest', () => {
    const m = truncationMessage('Russia', 59);
    expect(m).toContain('Showing 59');
    expect(m).toContain('Russia');
    expect(m).toMatch(/filter/i);
  });
});
