import express from 'express';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../http/listen';
import type { GraphStore } from '../store';
import { startServer } from '../testing/serve';
import { exportRouter } from './http';
import { openFixtureStore, type FixtureStore } from './test-fixture';

let fx: FixtureStore;
let http: Listening;
beforeAll(async () => {
  fx = await openFixtureStore();
  http = await listen(express().use(exportRouter(fx.store)), 0, '127.0.0.1');
});
afterAll(async () => {
  await http.close();
  await fx.close();
});

const get = (query: string, base = http.url) => fetch(`${base}/export?${query}`);
const today = () => new Date().toISOString().slice(0, 10);

describe('GET /export', () => {
  it.each([
    ['json', 'application/json; charset=utf-8', 'graph', 'json'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'graph', 'graphml'],
    ['gexf', 'application/gexf+xml; charset=utf-8', 'graph', 'gexf'],
    ['cypher', 'text/plain; charset=utf-8', 'graph', 'cypher'],
    ['brief', 'text/markdown; charset=utf-8', 'brief-graph', 'md'],
    ['brief-html', 'text/html; charset=utf-8', 'brief-graph', 'html'],
    ['csv', 'application/zip', 'graph', 'zip'],
  ])('format=%s streams a download with its type and name', async (format, type, view, ext) => {
    const res = await get(`format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="relata-${view}-${today()}.${ext}"`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body.length).toBeGreaterThan(100);
    if (format === 'csv') expect(Object.keys(unzipSync(body))).toContain('claims.csv');
  });

  it('answers HEAD with the headers only', async () => {
    const res = await fetch(`${http.url}/export?format=gexf&actorIds=russia`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="relata-russia-/);
    expect(await res.text()).toBe('');
  });

  it('exports a view with the same parameters as the explorer', async () => {
    const res = await get(
      'format=json&actorIds=north-korea,russia&depth=1&statuses=ASSERTED,DENIED&from=2024-06&to=2024-11',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="relata-north-korea+russia-${today()}.json"`,
    );
    const doc = (await res.json()) as { elements: { edges: { data: { id: string } }[] } };
    const sub = await fx.store.neighborhood({
      actorIds: ['north-korea', 'russia'],
      depth: 1,
      limit: 200,
      statuses: ['ASSERTED', 'DENIED'],
      from: '2024-06',
      to: '2024-11',
    });
    expect(doc.elements.edges.map((e) => e.data.id)).toEqual(sub.edges.map((e) => e.id));
  });

  it.each([
    ['format=pdf', 'format'],
    ['format=json&depth=2', 'actorIds'],
    ['format=json&actorIds=russia&depth=7', 'depth'],
    ['format=json&from=2024-99', 'from'],
    ['format=json&statuses=MAYBE', 'statuses'],
    ['format=json&format=gexf', 'format'],
  ])('%s → 400 BAD_USER_INPUT', async (query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toBeNull();
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toContain(field);
  });

  it('unknown focus actor → 404 NOT_FOUND', async () => {
    const res = await get('format=gexf&actorIds=russia,atlantis');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Unknown actor(s): atlantis' },
    });
  });

  it('a store failure before the first byte → 500 INTERNAL without details', async () => {
    const broken = Object.create(fx.store, {
      claimsOf: { value: () => Promise.reject(new Error('disk on fire')) },
    }) as GraphStore;
    const app = express().use(exportRouter(broken));
    const server = await listen(app, 0, '127.0.0.1');
    const error = console.error;
    console.error = () => undefined;
    try {
      const res = await get('format=brief', server.url);
      expect(res.status).toBe(500);
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(await res.json()).toEqual({
        error: { code: 'INTERNAL', message: 'The export failed' },
      });
    } finally {
      console.error = error;
      await server.close();
    }
  });

  it('a store failure mid-stream aborts the response instead of ending it cleanly', async () => {
    let calls = 0;
    const broken = Object.create(fx.store, {
      claimsOf: {
        value: (ids: string[], f: object) =>
          ++calls > 3 ? Promise.reject(new Error('lost')) : fx.store.claimsOf(ids, f),
      },
    }) as GraphStore;
    const server = await listen(
      express().use(exportRouter(broken, { chunkSize: 64, batchSize: 1 })),
      0,
      '127.0.0.1',
    );
    const error = console.error;
    console.error = () => undefined;
    try {
      // Headers may or may not have left yet; either way the client gets no complete body.
      await expect(get('format=cypher', server.url).then((res) => res.text())).rejects.toThrow();
    } finally {
      console.error = error;
      await server.close();
    }
  });
});

it('is mounted in the app', async () => {
  const server = await startServer();
  try {
    const res = await get('format=csv&actorIds=russia', server.url);
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(strFromU8(files['nodes.csv']!)).toContain('russia');
  } finally {
    await server.close();
  }
});
