import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../../server/src/domain/predicates';
import { CLAIM_STATUSES } from '../../../server/src/domain/status';
import { CLAIM_ORIGINS, defaultFilters, sameFilters } from '../filters';
import {
  LAYOUTS,
  METRICS,
  dataPart,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  sameData,
  stateChanges,
  withData,
  type ViewState,
} from './view-state';

const full = (): ViewState => ({
  focus: ['iran', 'ukraine'],
  expanded: ['russia', 'north-korea'],
  hidden: ['nato'],
  filters: {
    predicates: new Set(['SUPPLIES', 'MEETS'] as const),
    statuses: new Set(['ASSERTED', 'DENIED'] as const),
    origins: new Set(['EXTRACTED'] as const),
  },
  contested: true,
  window: { from: '2024-01', to: '2024-06' },
  layout: 'grid',
  metric: 'pagerank',
  communities: true,
  metricScope: 'graph',
  selected: { type: 'edge', id: 'north-korea|SUPPLIES|russia' },
  path: { from: 'iran', to: 'ukraine', index: 2 },
});

const same = (a: ViewState, b: ViewState) => {
  expect({ ...a, filters: null }).toEqual({ ...b, filters: null });
  expect(sameFilters(a.filters, b.filters)).toBe(true);
};

describe('URL view state', () => {
  it('encodes the default view as an empty hash', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
    same(decodeViewState(''), defaultViewState());
    same(decodeViewState('#'), defaultViewState());
  });

  it('round-trips every part of the view compactly', () => {
    const s = full();
    const hash = encodeViewState(s);
    expect(hash).toBe(
      'f=iran,ukraine&x=russia,north-korea&hd=nato&p=su.me&s=AD&o=E&c=1&w=2024-01~2024-06&l=grid&m=pr&k=1&sc=g&sel=e~north-korea|SUPPLIES|russia&path=iran~ukraine~2',
    );
    same(decodeViewState(`#${hash}`), s);
  });

  it('keeps empty filter sets distinct from defaults', () => {
    const s = {
      ...defaultViewState(),
      filters: { ...defaultFilters(), predicates: new Set<never>() },
    };
    const hash = encodeViewState(s);
    expect(hash).toBe('p=-');
    expect(decodeViewState(hash).filters.predicates.size).toBe(0);
  });

  it('ignores malformed values and unknown keys', () => {
    const s = decodeViewState(
      '#x=Bad%20Id,ok-one&w=2024-13~2024-01&l=spiral&m=nope&sel=q~x&path=a&zz=1&p=su.zz',
    );
    expect(s.expanded).toEqual(['ok-one']);
    expect(s.window).toBeNull();
    expect(s.layout).toBe('fcose');
    expect(s.metric).toBeNull();
    expect(s.selected).toBeNull();
    expect(s.path).toBeNull();
    expect([...s.filters.predicates]).toEqual(['SUPPLIES']);
    // A reversed window is dropped.
    expect(decodeViewState('w=2024-06~2024-01').window).toBeNull();
  });

  it('round-trips arbitrary states (property)', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,6})?$/);
    const month = fc.integer({ min: 2000 * 12, max: 2030 * 12 + 11 });
    const iso = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const arb = fc.record({
      focus: fc.option(fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }), { nil: null }),
      expanded: fc.uniqueArray(slug, { maxLength: 5 }),
      hidden: fc.uniqueArray(slug, { maxLength: 3 }),
      predicates: fc.subarray([...PREDICATES]),
      statuses: fc.subarray([...CLAIM_STATUSES]),
      origins: fc.subarray([...CLAIM_ORIGINS]),
      contested: fc.boolean(),
      window: fc.option(fc.tuple(month, month), { nil: null }),
      layout: fc.constantFrom(...LAYOUTS),
      metric: fc.option(fc.constantFrom(...METRICS), { nil: null }),
      communities: fc.boolean(),
      metricScope: fc.constantFrom('view' as const, 'graph' as const),
      selected: fc.option(
        fc.record({ type: fc.constantFrom('node' as const, 'edge' as const), id: slug }),
        { nil: null },
      ),
      path: fc.option(fc.record({ from: slug, to: slug, index: fc.integer({ min: 0, max: 9 }) }), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(arb, (r) => {
        const { predicates: _p, statuses: _s, origins: _o, ...rest } = r;
        const s: ViewState = {
          ...rest,
          filters: {
            predicates: new Set(r.predicates),
            statuses: new Set(r.statuses),
            origins: new Set(r.origins),
          },
          window:
            r.window === null
              ? null
              : { from: iso(Math.min(...r.window)), to: iso(Math.max(...r.window)) },
        };
        same(decodeViewState(encodeViewState(s)), s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('state comparisons', () => {
  it('tells which parts changed', () => {
    const a = defaultViewState();
    expect(stateChanges(a, { ...a, expanded: ['iran'] }).data).toBe(true);
    expect(stateChanges(a, { ...a, selected: { type: 'node', id: 'iran' } })).toMatchObject({
      data: false,
      selection: true,
    });
    expect(stateChanges(a, { ...a, layout: 'grid' })).toMatchObject({ data: false, layout: true });
    expect(stateChanges(a, { ...a, metric: 'degree' })).toMatchObject({
      data: false,
      metrics: true,
    });
    expect(stateChanges(a, { ...a, window: { from: '2024-01', to: '2024-02' } })).toMatchObject({
      data: true,
      filters: true,
    });
    const p = { ...a, path: { from: 'iran', to: 'ukraine', index: 0 } };
    expect(
      stateChanges(p, { ...p, path: { from: 'iran', to: 'ukraine', index: 1 } }),
    ).toMatchObject({
      data: false,
      pathIndex: true,
    });
  });

  it('restores only the data part on undo, keeping styling and layout', () => {
    const now = full();
    const before = dataPart({ ...defaultViewState(), expanded: ['russia'] });
    const back = withData(now, before);
    expect(back.expanded).toEqual(['russia']);
    expect(back.layout).toBe('grid');
    expect(back.metric).toBe('pagerank');
    expect(back.path).toBeNull();
    expect(sameData(back, { ...defaultViewState(), expanded: ['russia'] })).toBe(true);
    // Path endpoints come back with the index the view had for them.
    const again = withData(back, dataPart(now));
    expect(again.path).toEqual({ from: 'iran', to: 'ukraine', index: 0 });
    expect(withData(now, dataPart(now)).path?.index).toBe(2);
  });
});
