import { describe, expect, it } from 'vitest';
import type { EdgeSummary, Subgraph } from './model';
import { assembleView, undatedEdges } from './view-data';

const e = (s: string, t: string, contested = false, date: string | null = null): EdgeSummary => ({
  id: `${s}|MEETS|${t}`,
  source: { id: s },
  target: { id: t },
  predicate: 'MEETS',
  claimCount: 1,
  status: 'ASSERTED',
  statuses: ['ASSERTED'],
  contested,
  firstDate: date,
  lastDate: date,
  maxConfidence: 1,
});
const n = (id: string) => ({ id, name: id, kind: 'STATE' as const, aliases: [] });
const layer = (ids: string[], edges: EdgeSummary[]): Subgraph => ({
  nodes: ids.map(n),
  edges,
  truncated: false,
});

describe('assembleView', () => {
  const a = layer(['ru', 'cn', 'ir'], [e('ru', 'cn'), e('ru', 'ir', true, '2024')]);
  const b = layer(['ir', 'ua'], [e('ir', 'ua', true)]);

  it('merges layers and drops hidden actors with their relationships', () => {
    const v = assembleView([a, b], { hidden: new Set(['ir']), contested: false, keep: new Set() });
    expect(v.nodes.map((x) => x.id)).toEqual(['ru', 'cn', 'ua']);
    expect(v.edges.map((x) => x.id)).toEqual(['ru|MEETS|cn']);
  });

  it('keeps only contested relationships and the actors they touch (plus seeds)', () => {
    const v = assembleView([a, b], { hidden: new Set(), contested: true, keep: new Set(['cn']) });
    expect(v.edges.map((x) => x.id)).toEqual(['ru|MEETS|ir', 'ir|MEETS|ua']);
    expect(v.nodes.map((x) => x.id).sort()).toEqual(['cn', 'ir', 'ru', 'ua']);
    const noKeep = assembleView([a], { hidden: new Set(), contested: true, keep: new Set() });
    expect(noKeep.nodes.map((x) => x.id)).toEqual(['ru', 'ir']);
  });

  it('counts relationships without a dated claim', () => {
    expect(undatedEdges([...a.edges, ...b.edges])).toBe(2);
  });
});
