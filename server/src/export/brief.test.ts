import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../domain';
import { parseExportParams } from './params';
import { exportOf, expectedGraph, openFixtureStore, type FixtureStore } from './test-fixture';

let fx: FixtureStore;
beforeAll(async () => {
  fx = await openFixtureStore();
});
afterAll(() => fx.close());

interface Read {
  headings: number[];
  /** claim id → citation number, in document order. */
  cites: [string, number][];
  /** citation number → source id, in document order. */
  refs: [number, string][];
}

const readMarkdown = (text: string): Read => ({
  headings: [...text.matchAll(/^### (\d+)\. /gm)].map((m) => Number(m[1])),
  cites: [...text.matchAll(/^- \*\*[A-Z]+\*\* .* \[(\d+)\] \(claim ([a-z0-9-]+)\)$/gm)].map((m) => [
    m[2]!,
    Number(m[1]),
  ]),
  refs: [...text.matchAll(/^(\d+)\. .* \(([a-z0-9-]+)\)$/gm)].map((m) => [Number(m[1]), m[2]!]),
});

const readHtml = (text: string): Read => ({
  headings: [...text.matchAll(/<h3>(\d+)\. /g)].map((m) => Number(m[1])),
  cites: [
    ...text.matchAll(
      /<a class="cite" href="#ref-(\d+)">\[\1\]<\/a> <span class="claim-id">([a-z0-9-]+)<\/span>/g,
    ),
  ].map((m) => [m[2]!, Number(m[1])]),
  refs: [
    ...text.matchAll(
      /<li id="ref-(\d+)" value="\1">[\s\S]*?<span class="claim-id">([a-z0-9-]+)<\/span><\/li>/g,
    ),
  ].map((m) => [Number(m[1]), m[2]!]),
});

const count = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.each([
  ['brief', readMarkdown],
  ['brief-html', readHtml],
])('%s', (format, read) => {
  describe.each([
    ['whole graph', {}],
    [
      'view',
      {
        actorIds: 'north-korea',
        depth: '1',
        statuses: 'ASSERTED,REPORTED,DENIED',
        from: '2024-06',
        to: '2024-11',
      },
    ],
  ])('%s', (_name, params) => {
    it('cites every relationship, claim and source with consistent numbering', async () => {
      const text = (await exportOf(fx.store, { format, ...params })).text;
      const request = parseExportParams({ format, ...params });
      const { edges } = await expectedGraph(fx.store, request);
      const claims: Claim[] = (
        await fx.store.claimsOf(
          edges.map((e) => e.id),
          request.filter,
        )
      ).flat();
      const { headings, cites, refs } = read(text);
      expect(edges.length).toBeGreaterThan(0);
      expect(headings).toEqual(count(edges.length));
      expect(cites.map(([id]) => id)).toEqual(claims.map((c) => c.id));
      // Numbered by first citation: each new number is the next one.
      let max = 0;
      for (const [, n] of cites) {
        expect(n).toBeLessThanOrEqual(max + 1);
        max = Math.max(max, n);
      }
      const sourceOf = new Map(refs);
      expect(refs.map(([n]) => n)).toEqual(count(max));
      for (const [id, n] of cites)
        expect(sourceOf.get(n)).toBe(claims.find((c) => c.id === id)!.source);
      expect(new Set(sourceOf.values())).toEqual(new Set(claims.map((c) => c.source)));
    });
  });

  it('says so when nothing matches, with an empty reference list', async () => {
    const text = (await exportOf(fx.store, { format, actorIds: 'nato', predicates: 'ATTACKS' }))
      .text;
    expect(text).toContain('No relationship matches');
    expect(read(text)).toEqual({ headings: [], cites: [], refs: [] });
  });
});

it('escapes Markdown so that notes cannot fake citations or markup', async () => {
  const text = (await exportOf(fx.store, { format: 'brief' })).text;
  expect(text).toContain('then: \\[1\\] \\\\ \\`code\\` \\*bold\\*');
  expect(text).toContain('<https://example.org/a?b=1&c=2>');
  expect(text).not.toContain('javascript:');
  expect(text).toContain('# Relata brief: Whole graph');
});

it('writes standalone, printable, escaped HTML', async () => {
  const text = (await exportOf(fx.store, { format: 'brief-html', actorIds: 'cote-d-ivoire' })).text;
  expect(text).toMatch(/^<!doctype html>/);
  expect(text).toContain('@media print');
  expect(text).toContain('@page');
  expect(text).not.toMatch(/<script|<link|src=/);
  expect(text).toContain('Côte d&#39;Ivoire &amp; &lt;Partners&gt;');
  expect(text).not.toContain('<Partners>');
  expect(text).toContain('<a href="https://example.org/a?b=1&amp;c=2">');
  expect(text).not.toContain('javascript:');
  expect(text).toContain(
    '<title>Relata brief: Côte d&#39;Ivoire &amp; &lt;Partners&gt; (depth 1)</title>',
  );
});
