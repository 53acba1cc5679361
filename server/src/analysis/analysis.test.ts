import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { allSimplePaths } from 'graphology-simple-path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../store';
import { dataset } from '../store/contract-fixture';
import { allPaths, buildProjection, computeMetrics, shortestPath, wholeGraphProjection } from '.';
import { betweennessCentrality } from './betweenness';
import { aggregateClaims, ClaimSchema } from '../domain';

let dir: string;
let store: EmbeddedStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-analysis-'));
  store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  await store.load(dataset());
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** A relationship for synthetic graphs: a MEETS claim between two ids. */
const rel = (a: string, b: string, n = 1) =>
  aggregateClaims(
    Array.from({ length: n }, (_, i) =>
      ClaimSchema.parse({
        id: `${a}-${b}-${i}`,
        subject: a,
        predicate: 'SUPPORTS',
        object: b,
        status: 'ASSERTED',
        source: 's',
        note: 'n',
      }),
    ),
  )!;

describe('paths', () => {
  it('finds the shortest path between two actors over the filtered graph', async () => {
    const p = await wholeGraphProjection(store, {});
    const sp = shortestPath(p, 'iran', 'ukraine')!;
    expect(sp.nodes).toEqual(['iran', 'russia', 'north-korea', 'united-states', 'ukraine']);
    expect(sp.edges.map((e) => e.id)).toEqual([
      'iran|SUPPLIES|russia',
      'north-korea|DEPLOYS_TROOPS_TO|russia',
      'north-korea|SIGNS_TREATY_WITH|russia',
      'united-states|WARNS|north-korea',
      'united-states|SUPPLIES|ukraine',
    ]);
    expect(
      shortestPath(
        await wholeGraphProjection(store, { predicates: ['SUPPLIES'] }),
        'iran',
        'ukraine',
      ),
    ).toBeNull();
  });

  it('enumerates simple paths shortest first, like graphology-simple-path, within the limit', () => {
    const edges = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'f'],
      ['a', 'd'],
      ['d', 'f'],
      ['b', 'd'],
      ['a', 'f'],
      ['c', 'd'],
    ] as const;
    const p = buildProjection(edges.map(([x, y]) => rel(x, y)));
    const ours = allPaths(p, 'a', 'f', 4, 100);
    const reference = allSimplePaths(p.graph, 'a', 'f', { maxDepth: 4 });
    expect(ours.paths.map((x) => x.nodes.join('')).sort()).toEqual(
      reference.map((x) => x.join('')).sort(),
    );
    const lengths = ours.paths.map((x) => x.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    expect(ours.truncated).toBe(false);
    const two = allPaths(p, 'a', 'f', 4, 2);
    expect(two.paths.map((x) => x.nodes.join(''))).toEqual(['af', 'adf']);
    expect(two.truncated).toBe(true);
    expect(allPaths(p, 'a', 'f', 1, 10).paths.map((x) => x.nodes.join(''))).toEqual(['af']);
  });
});

describe('metrics', () => {
  it('computes degree, weighted degree, betweenness, PageRank and communities', async () => {
    const m = computeMetrics(await wholeGraphProjection(store, {}));
    const russia = m.nodes.find((n) => n.id === 'russia')!;
    expect(russia).toMatchObject({ degree: 4, weightedDegree: 6 });
    const nk = m.nodes.find((n) => n.id === 'north-korea')!;
    expect(nk.betweenness).toBeGreaterThan(0.5); // the bridge between the axis and the West
    const total = m.nodes.reduce((s, n) => s + n.pagerank, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(m.communities.reduce((s, c) => s + c.size, 0)).toBe(8);
    expect(m.nodes.find((n) => n.id === 'iran')!.community).toBe(russia.community);
  });

  it('matches graphology betweenness called directly, and is deterministic', () => {
    const p = buildProjection([
      rel('a', 'b', 3),
      rel('b', 'c'),
      rel('c', 'd'),
      rel('b', 'd', 2),
      rel('d', 'e'),
    ]);
    const direct = betweenness(p.graph as unknown as Graph, {
      normalized: true,
      getEdgeWeight: null,
    });
    const m = computeMetrics(p);
    for (const n of m.nodes) expect(n.betweenness).toBeCloseTo(direct[n.id]!, 10);
    expect(computeMetrics(p)).toEqual(m);
    expect(m.nodes.find((n) => n.id === 'b')).toMatchObject({ degree: 3, weightedDegree: 6 });
  });

  it('estimates betweenness from samples on large graphs, close to the exact values', () => {
    // A ring of 6,000 nodes with hub spokes: big enough to switch to sampling.
    const rels = [];
    for (let i = 0; i < 6000; i++) rels.push(rel(`n${i}`, `n${(i + 1) % 6000}`));
    for (let i = 0; i < 6000; i += 50) rels.push(rel('hub', `n${i}`));
    const p = buildProjection(rels);
    const exact = betweenness(p.graph as unknown as Graph, {
      normalized: true,
      getEdgeWeight: null,
    });
    const { values, sampled } = betweennessCentrality(p.graph);
    expect(sampled).toBe(true);
    expect(values.hub! / exact.hub!).toBeGreaterThan(0.8);
    expect(values.hub! / exact.hub!).toBeLessThan(1.2);
  });
});
