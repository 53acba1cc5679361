import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE_INFO, type Actor, type Relationship } from '../domain';
import { parseExportParams } from './params';
import { exportOf, expectedGraph, openFixtureStore, type FixtureStore } from './test-fixture';

let fx: FixtureStore;
beforeAll(async () => {
  fx = await openFixtureStore();
});
afterAll(() => fx.close());

const WHOLE = {};
const VIEW = {
  actorIds: 'russia',
  depth: '1',
  statuses: 'ASSERTED,REPORTED,ALLEGED,DENIED',
  from: '2024-06',
};

type Attrs = Record<string, unknown>;
interface Parsed {
  nodes: Map<string, Attrs>;
  edges: Map<string, Attrs & { source: string; target: string; undirected: boolean }>;
}

const nodeAttrs = (a: Actor) => ({
  label: a.name,
  kind: a.kind,
  aliases: a.aliases.join('; ') || undefined,
  role: a.role,
});
const edgeAttrs = (r: Relationship) => ({
  source: r.subject,
  target: r.object,
  undirected: PREDICATE_INFO[r.predicate].symmetric,
  predicate: r.predicate,
  claimCount: r.claimCount,
  status: r.status,
  contested: r.contested,
  firstDate: r.firstDate ?? undefined,
  lastDate: r.lastDate ?? undefined,
  maxConfidence: r.maxConfidence,
});

/** Compares what a parser read back with the store's view, ids, endpoints and key attributes. */
const expectSameAsStore = async (params: Record<string, unknown>, parsed: Parsed) => {
  const { nodes, edges } = await expectedGraph(
    fx.store,
    parseExportParams({ format: 'json', ...params }),
  );
  expect([...parsed.nodes.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
  expect([...parsed.edges.keys()].sort()).toEqual(edges.map((e) => e.id).sort());
  for (const n of nodes)
    expect(parsed.nodes.get(n.id)).toMatchObject(JSON.parse(JSON.stringify(nodeAttrs(n))) as Attrs);
  for (const e of edges)
    expect(parsed.edges.get(e.id)).toMatchObject(JSON.parse(JSON.stringify(edgeAttrs(e))) as Attrs);
  expect(edges.length).toBeGreaterThan(0);
};

const fromGraphology = (g: Graph, undirected: (edge: string) => boolean): Parsed => ({
  nodes: new Map(g.mapNodes((id, a) => [id, a])),
  edges: new Map(
    g.mapEdges((id, a, source, target) => [
      id,
      { ...a, source, target, undirected: undirected(id) },
    ]),
  ),
});

describe.each([
  ['whole graph', WHOLE],
  ['view', VIEW],
])('round trip: %s', (_name, params) => {
  it('GraphML parses back with graphology-graphml to the same graph', async () => {
    const text = (await exportOf(fx.store, { format: 'graphml', ...params })).text;
    const g = parseGraphml(Graph, text);
    // graphology-graphml reads only directed="true"; the undirected flag is checked on the XML.
    const undirectedIds = new Set(
      [...text.matchAll(/<edge id="([^"]+)"[^>]*directed="false"/g)].map((m) => m[1]!),
    );
    await expectSameAsStore(
      params,
      fromGraphology(g, (e) => undirectedIds.has(e)),
    );
    for (const [e, a] of fromGraphology(g, () => false).edges)
      expect(a.directed).toBe(!undirectedIds.has(e));
    expect(g.getAttribute('generatedAt')).toBe('2024-12-01T10:00:00.000Z');
    expect(JSON.parse(g.getAttribute('filters') as string)).toMatchObject({
      statuses: expect.any(Array) as unknown,
    });
  });

  it('GEXF 1.3 parses back with graphology-gexf, symmetric edges undirected', async () => {
    const text = (await exportOf(fx.store, { format: 'gexf', ...params })).text;
    expect(text).toContain('version="1.3"');
    const g = parseGexf(Graph, text);
    await expectSameAsStore(
      params,
      fromGraphology(g, (e) => g.isUndirected(e)),
    );
    expect(g.getAttribute('lastModifiedDate')).toBe('2024-12-01');
    expect(g.getAttribute('description')).toContain('Generated: 2024-12-01T10:00:00.000Z');
  });

  it('Cytoscape JSON loads into headless cytoscape', async () => {
    const doc = JSON.parse((await exportOf(fx.store, { format: 'json', ...params })).text) as {
      data: { generatedAt: string };
      elements: cytoscape.ElementsDefinition;
    };
    const cy = cytoscape({ headless: true, elements: doc.elements });
    await expectSameAsStore(params, {
      nodes: new Map(cy.nodes().map((n) => [n.id(), n.data() as Attrs])),
      edges: new Map(
        cy.edges().map((e) => {
          const d = e.data() as Attrs;
          return [
            e.id(),
            {
              ...d,
              source: e.source().id(),
              target: e.target().id(),
              undirected: d.directed === false,
            },
          ];
        }),
      ),
    });
    expect(doc.data.generatedAt).toBe('2024-12-01T10:00:00.000Z');
    cy.destroy();
  });
});

it('escapes awkward text in XML so that it reads back unchanged', async () => {
  const g = parseGexf(Graph, (await exportOf(fx.store, { format: 'gexf' })).text);
  expect(g.getNodeAttributes('cote-d-ivoire')).toMatchObject({
    label: "Côte d'Ivoire & <Partners>",
    aliases: 'Ivory Coast, the; say "hi"',
    description: 'line one\nline two',
  });
  const h = parseGraphml(Graph, (await exportOf(fx.store, { format: 'graphml' })).text);
  expect(h.getNodeAttribute('cote-d-ivoire', 'description')).toBe('line one\nline two');
});
