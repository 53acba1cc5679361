import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { RelataError } from '../../domain';
import { claims } from '../contract-fixture';
import { claimProps, flatten } from './props';

describe('properties Neo4j can store', () => {
  it('flattens nested objects and stores whole-number counts as INTEGER', () => {
    const p = flatten({
      quantity: { value: 10000, unit: 'troops' },
      metrics: { numMentions: 3, avgTone: -2.5 },
      evidenceStart: 0,
      confidence: 1,
      items: ['drones'],
      note: undefined,
      date: null,
    });
    expect(Object.keys(p).sort()).toEqual([
      'confidence',
      'evidenceStart',
      'items',
      'metrics_avgTone',
      'metrics_numMentions',
      'quantity_unit',
      'quantity_value',
    ]);
    expect(neo4j.isInt(p.metrics_numMentions)).toBe(true);
    expect(neo4j.isInt(p.evidenceStart)).toBe(true);
    expect(p.quantity_value).toBe(10000); // a measure, kept as FLOAT
    expect(p.confidence).toBe(1);
  });

  it('gives every fixture claim only primitives and homogeneous primitive lists', () => {
    for (const c of claims)
      for (const v of Object.values(claimProps(c))) {
        if (neo4j.isInt(v)) continue;
        const items = Array.isArray(v) ? v : [v];
        expect(items.every((x) => ['string', 'number', 'boolean'].includes(typeof x))).toBe(true);
      }
  });

  it('refuses values Neo4j would reject, naming the field', () => {
    const bad: Record<string, unknown>[] = [
      { mixed: ['a', 1] },
      { holes: ['a', null] },
      { nested: [['a']] },
      { deep: { map: { x: 1 } } },
      { nan: Number.NaN },
    ];
    for (const record of bad) {
      const err = (() => {
        try {
          flatten(record);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(RelataError);
      expect((err as RelataError).message).toMatch(/cannot be stored as a Neo4j property/);
    }
  });
});
