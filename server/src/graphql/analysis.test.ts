import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../testing/serve';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const gql = async (query: string) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions: { code: string } }[];
  };
};

interface PathOut {
  length: number;
  nodes: { id: string }[];
  edges: {
    source: { id: string };
    target: { id: string };
    claims: { source: { title: string } }[];
  }[];
}

describe('GraphQL analysis on the sample dataset', () => {
  it('finds paths between Iran and Ukraine, shortest first, each with its claims', async () => {
    const r = await gql(`{
      paths(from: "iran", to: "ukraine", maxLength: 3, limit: 5) {
        length nodes { id } edges { source { id } target { id } claims { source { title } } } }
      shortestPath(from: "iran", to: "ukraine") { length }
    }`);
    expect(r.errors).toBeUndefined();
    const paths = r.data!.paths as PathOut[];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0]!.id).toBe('iran');
      expect(p.nodes.at(-1)!.id).toBe('ukraine');
      expect(p.nodes).toHaveLength(p.length + 1);
      expect(p.edges.length).toBeGreaterThanOrEqual(p.length);
      for (const e of p.edges) expect(e.claims[0]!.source.title).toBeTruthy();
    }
    expect(paths[0]!.length).toBe((r.data!.shortestPath as { length: number }).length);
  });

  it('computes metrics over a view and over the whole graph', async () => {
    const r = await gql(`{
      view: metrics(actorIds: ["russia", "china", "iran", "north-korea"], depth: 1) {
        scope modularity nodes { actor { id } degree weightedDegree betweenness pagerank community } communities { id size } }
      graph: metrics { scope nodes { actor { id } } }
    }`);
    expect(r.errors).toBeUndefined();
    const view = r.data!.view as {
      scope: string;
      nodes: { actor: { id: string }; degree: number }[];
      communities: { size: number }[];
    };
    expect(view.scope).toBe('VIEW');
    expect(view.nodes.length).toBeGreaterThanOrEqual(20);
    const russia = view.nodes.find((n) => n.actor.id === 'russia')!;
    expect(russia.degree).toBeGreaterThan(5);
    expect(view.communities.reduce((s, c) => s + c.size, 0)).toBe(view.nodes.length);
    const graph = r.data!.graph as { scope: string; nodes: unknown[] };
    expect(graph.scope).toBe('GRAPH');
    expect(graph.nodes.length).toBeGreaterThan(view.nodes.length);
  });

  it('rejects bad path requests with codes', async () => {
    const codes = async (q: string) => (await gql(q)).errors?.map((e) => e.extensions.code);
    expect(await codes('{ paths(from: "iran", to: "ukraine", maxLength: 7) { length } }')).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes('{ paths(from: "iran", to: "atlantis") { length } }')).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      await codes('{ paths(from: "iran", to: "ukraine", window: { from: "June" }) { length } }'),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
