import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  ActorSchema,
  ClaimSchema,
  RelataError,
  SourceSchema,
  type Claim,
  type Relationship,
} from '../../domain';
import { actors, claims, sources } from '../contract-fixture';
import {
  actorFromProps,
  claimFromProps,
  recordToRow,
  sourceFromProps,
  toPlain,
  type Plain,
} from './mapping';
import { searchTerms } from '../shared/search-terms';
import { actorProps, claimProps, relationshipProps, sourceProps } from './props';
import { escapeLucene, luceneQuery } from './params';

const {
  Date: Neo4jDate,
  DateTime,
  LocalDateTime,
  Node,
  Relationship: Rel,
  Path,
  PathSegment,
} = neo4j.types;

/** What Neo4j hands back after `SET n = $props`: null properties are simply not stored. */
const stored = (props: Record<string, unknown>) =>
  toPlain(Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)));

describe('toPlain', () => {
  it('turns Neo4j Integers into numbers and refuses unsafe ones', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int(-7))).toBe(-7);
    expect(toPlain([neo4j.int(1), neo4j.int(2)])).toEqual([1, 2]);
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(RelataError);
  });

  it('renders temporal values as ISO strings', () => {
    expect(toPlain(new Neo4jDate(2024, 11, 5))).toBe('2024-11-05');
    expect(toPlain(new Neo4jDate(neo4j.int(2024), neo4j.int(6), neo4j.int(1)))).toBe('2024-06-01');
    expect(toPlain(new DateTime(2024, 11, 5, 10, 30, 0, 0, 0))).toBe('2024-11-05T10:30:00Z');
    expect(toPlain(new DateTime(2024, 11, 5, 10, 30, 0, 0, 3600))).toBe(
      '2024-11-05T10:30:00+01:00',
    );
    expect(toPlain(new LocalDateTime(2024, 1, 2, 3, 4, 5, 0))).toBe('2024-01-02T03:04:05');
  });

  it('keeps nulls, strings, booleans and floats, and maps nested lists and maps', () => {
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
    expect(
      toPlain({ a: 'x', b: true, c: 0.5, d: [neo4j.int(3), null], e: { f: neo4j.int(1) } }),
    ).toEqual({ a: 'x', b: true, c: 0.5, d: [3, null], e: { f: 1 } });
  });

  it('flattens nodes, relationships and paths to their properties', () => {
    const a = new Node(neo4j.int(1), ['Actor', 'State'], { id: 'russia', n: neo4j.int(5) }, 'e1');
    const b = new Node(neo4j.int(2), ['Actor', 'State'], { id: 'iran' }, 'e2');
    const r = new Rel(neo4j.int(9), neo4j.int(2), neo4j.int(1), 'SUPPLIES', {
      claimCount: neo4j.int(2),
    });
    expect(toPlain(a)).toEqual({ id: 'russia', n: 5 });
    expect(toPlain(r)).toEqual({ type: 'SUPPLIES', claimCount: 2 });
    const path = new Path(b, a, [new PathSegment(b, r, a)]);
    expect(toPlain(path)).toEqual({
      nodes: [{ id: 'iran' }, { id: 'russia', n: 5 }],
      relationships: [{ type: 'SUPPLIES', claimCount: 2 }],
    });
  });

  it('converts whole records', () => {
    const rec = new neo4j.Record(
      ['id', 'weight', 'actor', 'missing'],
      [
        'iran',
        neo4j.int(3),
        new Node(neo4j.int(1), ['Actor'], { id: 'iran', aliases: ['Tehran'] }),
        null,
      ],
    );
    expect(recordToRow(rec)).toEqual({
      id: 'iran',
      weight: 3,
      actor: { id: 'iran', aliases: ['Tehran'] },
      missing: null,
    });
  });
});

describe('record mapping', () => {
  it('round-trips every fixture actor, source and claim exactly', () => {
    for (const a of actors) expect(actorFromProps(stored(actorProps(a)))).toStrictEqual(a);
    for (const s of sources) expect(sourceFromProps(stored(sourceProps(s)))).toStrictEqual(s);
    for (const c of claims) expect(claimFromProps(stored(claimProps(c)))).toStrictEqual(c);
  });

  it('round-trips records with every schema field set, nested objects included', () => {
    const full = {
      ...claims[0]!,
      items: ['shells', 'drones'],
      note: 'n',
      evidence: 'e',
      evidenceStart: 0,
      evidenceEnd: 1,
      attributedTo: 'russia',
      role: 'r',
      cameo: '0234',
      origin: 'IMPORTED',
      metrics: { numMentions: 12, numSources: 3, avgTone: -2.5, goldstein: -10 },
    } as Claim;
    // A field added to ClaimSchema must be added here too, so that its storage is tested.
    expect(Object.keys(full).sort()).toEqual(Object.keys(ClaimSchema.shape).sort());
    expect(claimFromProps(stored(claimProps(full)))).toStrictEqual(full);
    expect(claimProps(full)).toMatchObject({ quantity_value: 10000, metrics_avgTone: -2.5 });
    const actor = { ...actors[7]!, description: 'd' };
    expect(Object.keys(actor).sort()).toEqual(Object.keys(ActorSchema.shape).sort());
    expect(actorFromProps(stored(actorProps(actor)))).toStrictEqual(actor);
    const source = { ...sources[0]!, url: 'https://example.org/a', file: 'a.txt' };
    expect(Object.keys(source).sort()).toEqual(Object.keys(SourceSchema.shape).sort());
    expect(sourceFromProps(stored(sourceProps(source)))).toStrictEqual(source);
  });

  it('returns fields in schema order whatever order Neo4j gives them in', () => {
    const reversed = (p: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(stored(p) as Record<string, unknown>).reverse()) as Plain;
    const full = {
      ...claims[0]!,
      metrics: { numMentions: 12, goldstein: -10 },
      origin: 'IMPORTED',
    } as Claim;
    const c = claimFromProps(reversed(claimProps(full)));
    expect(JSON.stringify(c)).toBe(JSON.stringify(ClaimSchema.parse(full)));
    expect(Object.keys(c.quantity!)).toEqual(['value', 'unit']);
    expect(Object.keys(c.metrics!)).toEqual(['numMentions', 'goldstein']);
    const b = actors[7]!;
    expect(JSON.stringify(actorFromProps(reversed(actorProps(b))))).toBe(
      JSON.stringify(ActorSchema.parse(b)),
    );
    const s = { ...sources[0]!, url: 'https://example.org/a' };
    expect(JSON.stringify(sourceFromProps(reversed(sourceProps(s))))).toBe(
      JSON.stringify(SourceSchema.parse(s)),
    );
    // Claims stored without the defaulted fields get the defaults, in place.
    const bare = claimFromProps({
      source: 's',
      status: 'ASSERTED',
      object: 'b',
      predicate: 'MEETS',
      subject: 'a',
      id: 'k',
    });
    expect(Object.keys(bare)).toEqual([
      'id',
      'subject',
      'predicate',
      'object',
      'status',
      'confidence',
      'source',
      'origin',
    ]);
  });

  it('leaves optional fields absent rather than undefined', () => {
    const a = actorFromProps({
      id: 'x',
      name: 'X',
      kind: 'GROUP',
      searchText: 'x',
      fingerprint: 'f',
    });
    expect(a).toStrictEqual({ id: 'x', name: 'X', kind: 'GROUP', aliases: [] });
    expect(Object.keys(a)).not.toContain('description');
  });

  it('stores integers as Neo4j Integers and reads them back as numbers', () => {
    const c = { ...claims[11]!, evidenceStart: 3, evidenceEnd: 40 };
    const props = claimProps(c);
    expect(neo4j.isInt(props.evidenceStart)).toBe(true);
    expect(claimFromProps(stored(props))).toMatchObject({ evidenceStart: 3, evidenceEnd: 40 });
    expect(props.relId).toBe('united-states|SUPPLIES|ukraine');
  });

  it('gives symmetric claims their canonical relationship id', () => {
    const k3 = claims.find((c) => c.id === 'k3')!; // russia SIGNS_TREATY_WITH north-korea
    expect(claimProps(k3).relId).toBe('north-korea|SIGNS_TREATY_WITH|russia');
  });

  it('rejects rows without required properties', () => {
    expect(() => actorFromProps(null)).toThrow(RelataError);
    expect(() => claimFromProps({ id: 'k' })).toThrow(RelataError);
  });

  it('writes relationship aggregates with integer counts', () => {
    const r: Relationship = {
      id: 'a|MEETS|b',
      subject: 'a',
      predicate: 'MEETS',
      object: 'b',
      claimCount: 2,
      sourceCount: 1,
      firstDate: null,
      lastDate: '2024',
      status: 'ASSERTED',
      statuses: ['ASSERTED'],
      contested: false,
      maxConfidence: 0.9,
      claimIds: ['c1', 'c2'],
    };
    const props = relationshipProps(r);
    expect(neo4j.isInt(props.claimCount)).toBe(true);
    expect(stored(props)).toEqual({
      id: 'a|MEETS|b',
      claimCount: 2,
      sourceCount: 1,
      lastDate: '2024',
      status: 'ASSERTED',
      statuses: ['ASSERTED'],
      contested: false,
      maxConfidence: 0.9,
      claimIds: ['c1', 'c2'],
    });
  });
});

describe('search text', () => {
  it('folds names, aliases and the id into whitespace-separated words', () => {
    const nk = actors[0]!;
    expect(searchTerms(nk)).toEqual([
      'north korea',
      'dprk',
      'pyongyang',
      "democratic people's republic of korea",
    ]);
    expect(actorProps(nk).searchText).toBe(
      "north korea dprk pyongyang democratic people's republic of korea",
    );
  });

  it('escapes Lucene syntax and requires every word as a substring', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
    expect(luceneQuery('north k')).toBe(
      '(north^4 OR north*^2 OR *north*) AND (k^4 OR k*^2 OR *k*)',
    );
    expect(luceneQuery(" people's  ")).toBe("(people's^4 OR people's*^2 OR *people's*)");
    expect(luceneQuery('a+b')).toBe('(a\\+b^4 OR a\\+b*^2 OR *a\\+b*)');
    expect(luceneQuery('')).toBe('');
  });
});
