import { describe, expect, it } from 'vitest';
import { defaultFilters, setPredicate, withOriginChoice } from './filters';
import {
  EXPORT_ITEMS,
  MAX_QUERY_LENGTH,
  exportFilename,
  exportUrl,
  filenameFromDisposition,
  isServerFormat,
  type ExportScope,
} from './export';
import { parseExportParams } from '../../server/src/export/params';

const scope = (over: Partial<ExportScope> = {}): ExportScope => ({
  nodeIds: ['russia', 'iran', 'north-korea'],
  seeds: ['russia', 'china', 'iran', 'north-korea'],
  filters: defaultFilters(),
  window: null,
  contested: false,
  ...over,
});

const params = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('export URL', () => {
  it('exports exactly the drawn actors (depth 0) with the view filters', () => {
    const url = exportUrl('gexf', scope());
    expect(url).toBe(
      '/export?format=gexf&actorIds=russia,iran,north-korea&depth=0&limit=3&statuses=ASSERTED,REPORTED,ALLEGED,DENIED',
    );
    // The server accepts it.
    const req = parseExportParams(params(url));
    expect(req.view).toEqual({ actorIds: ['russia', 'iran', 'north-korea'], depth: 0, limit: 3 });
  });

  it('carries predicates, origins and the time window', () => {
    const f = withOriginChoice(setPredicate(defaultFilters(), 'MEETS', false), 'extracted');
    const url = exportUrl('csv', scope({ filters: f, window: { from: '2024-01', to: '2024-06' } }));
    const p = params(url);
    expect(p.predicates?.split(',')).not.toContain('MEETS');
    expect(p.origins).toBe('EXTRACTED');
    expect([p.from, p.to]).toEqual(['2024-01', '2024-06']);
    const req = parseExportParams(p);
    expect(req.filter.from).toBe('2024-01');
    expect(req.format).toBe('csv');
  });

  it('keeps only alleged and denied claims in the contested view', () => {
    expect(params(exportUrl('brief', scope({ contested: true }))).statuses).toBe('ALLEGED,DENIED');
  });

  it('falls back to the seeds with depth 1 when the ids make the URL too long', () => {
    const many = Array.from({ length: 700 }, (_, i) => `actor-number-${i}`);
    const url = exportUrl('graphml', scope({ nodeIds: many }));
    expect(url.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(params(url)).toMatchObject({
      actorIds: 'russia,china,iran,north-korea',
      depth: '1',
      limit: '700',
    });
  });

  it('offers every server format and the two images', () => {
    expect(EXPORT_ITEMS.map((i) => i.format)).toEqual([
      'csv',
      'json',
      'graphml',
      'gexf',
      'cypher',
      'brief',
      'brief-html',
      'png',
      'svg',
    ]);
    for (const { format } of EXPORT_ITEMS)
      if (isServerFormat(format))
        expect(() => parseExportParams(params(exportUrl(format, scope())))).not.toThrow();
  });
});

describe('export file names', () => {
  it('reads Content-Disposition', () => {
    expect(filenameFromDisposition('attachment; filename="relata-axis.gexf"')).toBe(
      'relata-axis.gexf',
    );
    expect(filenameFromDisposition("attachment; filename*=UTF-8''r%C3%A9lata.md")).toBe(
      'rélata.md',
    );
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('inline')).toBeNull();
  });

  it('builds sensible names for images and fallbacks', () => {
    const d = new Date('2024-06-19T12:00:00Z');
    expect(exportFilename('png', ['axis'], d)).toBe('relata-axis-2024-06-19.png');
    expect(exportFilename('svg', ['iran', 'to', 'ukraine'], d)).toBe(
      'relata-iran-and-2-more-2024-06-19.svg',
    );
    expect(exportFilename('csv', [], d)).toBe('relata-view-2024-06-19.zip');
    expect(exportFilename('json', ['a b/c'], d)).toBe('relata-a-b-c-2024-06-19.cyjs.json');
  });
});
