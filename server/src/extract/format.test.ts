import { describe, expect, it } from 'vitest';
import { articleLayout } from './boilerplate';
import { buildGazetteer, extractClaims, formatJsonl, formatTable } from './index';

const gaz = buildGazetteer([]);
const text = 'Iran has supplied Russia with 400 drones, Kyiv said on 5 June 2024.';
const claims = extractClaims(text, { source: 'story.txt' }, gaz);

describe('output formats', () => {
  it('prints one JSON object per claim with exactly the contract fields', () => {
    const lines = formatJsonl(claims).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(obj)).toEqual([
      'subject',
      'predicate',
      'object',
      'status',
      'source',
      'evidence',
      'start',
      'end',
      'date',
      'items',
      'quantity',
      'confidence',
    ]);
    expect(obj).toMatchObject({
      subject: 'Iran',
      predicate: 'SUPPLIES',
      object: 'Russia',
      status: 'reported',
      source: 'story.txt',
      evidence: text,
      start: 0,
      end: text.length,
      date: '2024-06-05',
      items: ['drones'],
      quantity: { value: 400, unit: 'drones' },
    });
    expect(formatJsonl([])).toBe('');
  });

  it('prints a readable table', () => {
    const table = formatTable(claims);
    expect(table).toContain('SUBJECT');
    expect(table).toContain('Iran');
    expect(table).toContain('reported (Ukraine)');
    expect(table.trimEnd().endsWith('1 claim')).toBe(true);
  });
});

describe('articleLayout', () => {
  it('keeps body paragraphs and finds the headline and date', () => {
    const page =
      'Menu\nWorld\nRussia and Iran deepen ties\nBy Staff Writer\nPublished 12 March 2024\nRussia has received drones from Iran.\nRead more: Iran to sell jets to Russia\nShare this article\n';
    const layout = articleLayout(page);
    expect(layout.title).toBe('Russia and Iran deepen ties');
    expect(layout.date).toBe('2024-03-12');
    expect(layout.blocks.map((b) => page.slice(b.start, b.end))).toEqual([
      'Russia has received drones from Iran.',
    ]);
  });

  it('re-joins hard-wrapped lines and drops repeated or truncated teasers', () => {
    const page =
      'Iran has supplied drones to\nRussia, officials said.\nTeaser text that repeats itself here and ends…\nIran has supplied drones to\nRussia, officials said.\n';
    expect(articleLayout(page).blocks.map((b) => page.slice(b.start, b.end))).toEqual([
      'Iran has supplied drones to\nRussia, officials said.',
    ]);
  });
});
