import { describe, expect, it } from 'vitest';
import { ActorSchema, ClaimSchema, SourceSchema, type Actor } from '../domain';
import { articlesToDataset, buildGazetteer, claimId, sourceId } from './index';

const curated: Actor[] = [
  { id: 'russia', name: 'Russia', kind: 'STATE', aliases: ['Moscow', 'the Kremlin'] },
  { id: 'usa', name: 'USA', kind: 'STATE', aliases: ['United States', 'US', 'Washington'] },
];
const gaz = buildGazetteer(curated);
const files = [
  {
    name: 'corpus/001_story.txt',
    text: 'Iran ships drones to Russia\nIran has supplied Russia with drones, according to Washington.\nAnalyst Maria Petrova of the Baltic Defence Forum said Kaja Kallas had met Moldovan officials in Chisinau.\n',
  },
];

describe('articlesToDataset', () => {
  const ds = articlesToDataset(files, gaz);

  it('produces schema-valid records with origin EXTRACTED and low confidence', () => {
    for (const a of ds.actors) expect(ActorSchema.parse(a)).toEqual(a);
    for (const s of ds.sources) expect(SourceSchema.parse(s)).toEqual(s);
    for (const c of ds.claims) {
      expect(ClaimSchema.parse(c)).toEqual(c);
      expect(c.origin).toBe('EXTRACTED');
      expect(c.confidence).toBeLessThanOrEqual(0.6);
      expect(files[0]!.text.slice(c.evidenceStart, c.evidenceEnd)).toBe(c.evidence);
    }
    expect(ds.claims.length).toBeGreaterThanOrEqual(2);
  });

  it('names the source after the file and its headline', () => {
    expect(ds.sources).toEqual([
      { id: '001-story', title: 'Iran ships drones to Russia', file: 'corpus/001_story.txt' },
    ]);
    expect(sourceId('001_c62a25720830ae6c.txt')).toBe('001-c62a25720830ae6c');
  });

  it('uses curated ids and adds only actors that are not curated', () => {
    const supply = ds.claims.find((c) => c.predicate === 'SUPPLIES');
    expect(supply).toMatchObject({
      subject: 'iran',
      object: 'russia',
      attributedTo: 'usa',
      status: 'REPORTED',
      source: '001-story',
    });
    const ids = ds.actors.map((a) => a.id).sort();
    expect(ids).not.toContain('russia');
    expect(ids).not.toContain('usa');
    expect(ids).toEqual(
      expect.arrayContaining(['iran', 'kaja-kallas', 'european-union', 'moldova']),
    );
    // every actor a claim or an affiliation points to exists
    const known = new Set([...ids, ...curated.map((a) => a.id)]);
    for (const c of ds.claims)
      for (const id of [c.subject, c.object, c.attributedTo])
        if (id) expect(known.has(id)).toBe(true);
    for (const a of ds.actors) if (a.affiliation) expect(known.has(a.affiliation)).toBe(true);
  });

  it('is deterministic, so re-loading the same article adds nothing', () => {
    const again = articlesToDataset(files, gaz);
    expect(again).toEqual(ds);
    expect(new Set(ds.claims.map((c) => c.id)).size).toBe(ds.claims.length);
    for (const c of ds.claims) expect(c.id).toMatch(/^x-[0-9a-f]{16}$/);
  });

  it('changes claim ids when the file content changes', () => {
    const other = articlesToDataset([{ ...files[0]!, text: `${files[0]!.text}\n` }], gaz);
    expect(other.claims[0]?.id).not.toBe(ds.claims[0]?.id);
    expect(typeof claimId).toBe('function');
  });
});
