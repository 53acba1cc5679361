import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelataError } from '../domain';
import { parseExportParams } from './params';
import { exportOf, openFixtureStore, type FixtureStore } from './test-fixture';
import type { ExportMeta } from './types';

let fx: FixtureStore;
beforeAll(async () => {
  fx = await openFixtureStore();
});
afterAll(() => fx.close());

interface CyJson {
  data: ExportMeta;
  elements: {
    nodes: { data: { id: string } }[];
    edges: { data: { id: string; source: string; target: string; claimCount: number } }[];
  };
}
const json = async (params: Record<string, unknown>) =>
  JSON.parse((await exportOf(fx.store, { format: 'json', ...params })).text) as CyJson;

describe('view exports', () => {
  it('contain exactly the neighbourhood for focus actors, depth, statuses and a time window', async () => {
    const params = {
      actorIds: 'north-korea,iran',
      depth: '2',
      statuses: 'ASSERTED,DENIED',
      from: '2024-06',
      to: '2024-11-05',
    };
    const doc = await json(params);
    const sub = await fx.store.neighborhood({
      actorIds: ['north-korea', 'iran'],
      depth: 2,
      limit: 200,
      statuses: ['ASSERTED', 'DENIED'],
      from: '2024-06',
      to: '2024-11-05',
    });
    expect(doc.elements.nodes.map((n) => n.data.id)).toEqual(sub.nodes.map((n) => n.id));
    expect(
      doc.elements.edges.map((e) => [e.data.id, e.data.source, e.data.target, e.data.claimCount]),
    ).toEqual(sub.edges.map((e) => [e.id, e.subject, e.object, e.claimCount]));
    // The window and statuses really cut: k1 (REPORTED) and k4 (2024-11-09) are out.
    expect(
      doc.elements.edges.find((e) => e.data.id === 'north-korea|DEPLOYS_TROOPS_TO|russia')?.data
        .claimCount,
    ).toBe(1);
    expect(
      doc.elements.edges.find((e) => e.data.id === 'north-korea|SIGNS_TREATY_WITH|russia')?.data
        .claimCount,
    ).toBe(1);
    expect(doc.data.view).toMatchObject({
      actorIds: ['north-korea', 'iran'],
      depth: 2,
      truncated: false,
      names: ['North Korea', 'Iran'],
    });
    expect(doc.data.filter).toEqual({
      predicates: null,
      statuses: ['ASSERTED', 'DENIED'],
      origins: null,
      from: '2024-06',
      to: '2024-11-05',
    });
  });

  it('respects the limit and says when it cut', async () => {
    const doc = await json({ actorIds: 'russia', depth: '1', limit: '2' });
    expect(doc.elements.nodes).toHaveLength(2);
    expect(doc.data.view?.truncated).toBe(true);
  });

  it('exports the whole graph (all actors, filtered edges) without actorIds', async () => {
    const doc = await json({ predicates: 'SUPPLIES' });
    expect(doc.elements.nodes).toHaveLength(9);
    expect(doc.elements.edges.map((e) => e.data.id)).toEqual([
      'iran|SUPPLIES|russia',
      'united-states|SUPPLIES|ukraine',
    ]);
    expect(doc.data.view).toBeNull();
  });

  it('rejects unknown focus actors with NOT_FOUND', async () => {
    await expect(json({ actorIds: 'russia,atlantis' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('atlantis') as unknown,
    });
  });
});

describe('parseExportParams', () => {
  it('accepts comma lists, repeated keys and numbers', () => {
    expect(
      parseExportParams({
        format: 'gexf',
        actorIds: ['a,b', 'b'],
        depth: 2,
        statuses: 'ASSERTED, DENIED',
        predicates: '',
      }),
    ).toEqual({
      format: 'gexf',
      filter: {
        predicates: null,
        statuses: ['ASSERTED', 'DENIED'],
        origins: null,
        from: null,
        to: null,
      },
      view: { actorIds: ['a', 'b'], depth: 2, limit: 200 },
    });
  });

  it.each([
    [{ format: 'pdf' }, 'format'],
    [{}, 'format'],
    [{ format: 'json', depth: '1' }, 'actorIds'],
    [{ format: 'json', actorIds: 'russia', depth: '9' }, 'depth'],
    [{ format: 'json', actorIds: 'russia', depth: '1.5' }, 'depth'],
    [{ format: 'json', actorIds: 'Russia!' }, 'actorIds'],
    [{ format: 'json', statuses: 'SURE' }, 'statuses'],
    [{ format: 'json', from: '2024-13' }, 'from'],
    [{ format: 'json', from: '2024-11', to: '2024-01' }, 'from'],
    [{ format: 'json', depth: ['1', '2'], actorIds: 'russia' }, 'depth'],
    [{ format: 'json', colour: 'red' }, 'colour'],
  ])('rejects %j as BAD_USER_INPUT naming %s', (input, field) => {
    try {
      parseExportParams(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RelataError);
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((e as Error).message).toContain(field);
    }
  });
});
