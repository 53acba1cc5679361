import { describe, expect, it } from 'vitest';
import {
  ActorSchema,
  ClaimSchema,
  PREDICATE_INFO,
  PREDICATES,
  aggregateClaims,
  buildRelationships,
  foldText,
  relationshipId,
  strongestStatus,
  type Claim,
} from '.';
import { inWindow } from '../store/filter';

const claim = (over: Partial<Claim> & { id: string }): Claim =>
  ClaimSchema.parse({
    subject: 'a',
    predicate: 'SUPPLIES',
    object: 'b',
    status: 'ASSERTED',
    source: 's',
    note: 'n',
    ...over,
  });

describe('domain', () => {
  it('gives every event predicate its CAMEO codes', () => {
    for (const p of PREDICATES)
      if (!PREDICATE_INFO[p].structural) expect(PREDICATE_INFO[p].cameo.length).toBeGreaterThan(0);
    expect(PREDICATE_INFO.SIGNS_TREATY_WITH).toMatchObject({ cameo: ['057'], symmetric: true });
    expect(PREDICATE_INFO.SANCTIONS.cameo).toEqual(['163']);
  });

  it('canonicalises symmetric relationship ids only', () => {
    expect(relationshipId('russia', 'MEETS', 'china')).toBe('china|MEETS|russia');
    expect(relationshipId('russia', 'SUPPLIES', 'china')).toBe('russia|SUPPLIES|china');
  });

  it('aggregates count, dates, strongest status, confidence and contestation', () => {
    const r = aggregateClaims([
      claim({ id: 'x2', status: 'DENIED', date: '2024-11-02', confidence: 0.4, source: 't' }),
      claim({ id: 'x1', status: 'REPORTED', date: '2024-10', confidence: 0.7 }),
      claim({ id: 'x3', status: 'HYPOTHETICAL' }),
    ])!;
    expect(r).toMatchObject({
      id: 'a|SUPPLIES|b',
      claimCount: 3,
      sourceCount: 2,
      firstDate: '2024-10',
      lastDate: '2024-11-02',
      status: 'REPORTED',
      statuses: ['REPORTED', 'DENIED', 'HYPOTHETICAL'],
      contested: true,
      maxConfidence: 0.9,
      claimIds: ['x3', 'x1', 'x2'],
    });
    expect(aggregateClaims([])).toBeNull();
    expect(
      buildRelationships([
        claim({ id: 'm1', predicate: 'MEETS', subject: 'b', object: 'a' }),
        claim({ id: 'm2', predicate: 'MEETS' }),
      ]),
    ).toHaveLength(1);
    expect(strongestStatus(['NEGATED', 'ALLEGED', 'DENIED'])).toBe('ALLEGED');
  });

  it('validates closed sets and shapes with zod', () => {
    expect(
      ClaimSchema.safeParse({
        id: 'x',
        subject: 'a',
        predicate: 'LIKES',
        object: 'b',
        status: 'ASSERTED',
        source: 's',
        note: 'n',
      }).success,
    ).toBe(false);
    expect(
      ClaimSchema.safeParse({
        id: 'x',
        subject: 'a',
        predicate: 'MEETS',
        object: 'a',
        status: 'ASSERTED',
        source: 's',
        note: 'n',
      }).success,
    ).toBe(false);
    expect(
      ClaimSchema.safeParse({
        id: 'x',
        subject: 'a',
        predicate: 'MEETS',
        object: 'b',
        status: 'ASSERTED',
        source: 's',
      }).success,
    ).toBe(false);
    expect(
      ClaimSchema.safeParse({
        id: 'x',
        subject: 'a',
        predicate: 'MEETS',
        object: 'b',
        status: 'SURE',
        source: 's',
        note: 'n',
      }).success,
    ).toBe(false);
    expect(
      ClaimSchema.parse({
        id: 'x',
        subject: 'a',
        predicate: 'MEETS',
        object: 'b',
        status: 'ASSERTED',
        source: 's',
        note: 'n',
        date: 2024,
      }).date,
    ).toBe('2024');
    expect(ActorSchema.safeParse({ id: 'North Korea', name: 'x', kind: 'STATE' }).success).toBe(
      false,
    );
    expect(ActorSchema.safeParse({ id: 'nk', name: 'x', kind: 'COUNTRY' }).success).toBe(false);
    expect(ActorSchema.parse({ id: 'nk', name: 'x', kind: 'STATE' }).aliases).toEqual([]);
  });

  it('folds case, accents and punctuation for search', () => {
    expect(foldText('Pyŏngyang')).toBe('pyongyang');
    expect(foldText('  Democratic People’s Republic-of KOREA ')).toBe(
      "democratic people's republic of korea",
    );
  });

  it('treats partial dates as intervals in time windows', () => {
    expect(inWindow('2024-06', '2024-06-10', '2024-06-20')).toBe(true);
    expect(inWindow('2024-05-31', '2024-06', null)).toBe(false);
    expect(inWindow('2024-07-01', null, '2024-06')).toBe(false);
    expect(inWindow('2024-06-30', null, '2024-06')).toBe(true);
    expect(inWindow(undefined, '2024', null)).toBe(false);
    expect(inWindow(undefined, null, null)).toBe(true);
  });
});
