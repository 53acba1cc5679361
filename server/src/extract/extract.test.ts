import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle, extractClaims, MAX_CONFIDENCE } from './index';
import type { ExtractedClaim } from './types';

const gaz = buildGazetteer([]);
const run = (text: string, date?: string): ExtractedClaim[] =>
  extractClaims(text, { source: 'a.txt', ...(date ? { date } : {}) }, gaz);
const spo = (cs: ExtractedClaim[]): string[] =>
  cs.map((c) => `${c.subject} ${c.predicate} ${c.object} ${c.status}`);

describe('extractClaims', () => {
  it('keeps direction with agentive nouns and passive voice', () => {
    expect(spo(run("Russia has become India's largest supplier of crude oil."))).toEqual([
      'Russia SUPPLIES India asserted',
    ]);
    expect(spo(run('Drones were supplied to Russia by Iran.'))).toEqual([
      'Iran SUPPLIES Russia asserted',
    ]);
    expect(spo(run('Russia has received drones from Iran.'))).toEqual([
      'Iran SUPPLIES Russia asserted',
    ]);
  });

  it('reads metonyms, demonyms and quantities', () => {
    const [c] = run('Pyongyang has sent 10,000 soldiers to Russia.');
    expect(c).toMatchObject({
      subject: 'North Korea',
      predicate: 'DEPLOYS_TROOPS_TO',
      object: 'Russia',
      items: ['troops'],
      quantity: { value: 10000, unit: 'troops' },
    });
    expect(spo(run('The Kremlin signed a mutual defence treaty with Pyongyang.'))).toEqual([
      'Russia SIGNS_TREATY_WITH North Korea asserted',
    ]);
    expect(spo(run('North Korean troops are fighting alongside Russian forces.'))).toEqual([
      'North Korea DEPLOYS_TROOPS_TO Russia asserted',
    ]);
    const [aid] = run('Washington has delivered $9 billion in security assistance to Kyiv.');
    expect(aid).toMatchObject({
      subject: 'United States',
      object: 'Ukraine',
      quantity: { value: 9e9, unit: 'USD' },
    });
  });

  it('covers the other predicates', () => {
    expect(spo(run('The United States warned North Korea of serious consequences.'))).toEqual([
      'United States WARNS North Korea asserted',
    ]);
    expect(spo(run('Japan imposed sanctions on Russian banks.'))).toEqual([
      'Japan SANCTIONS Russia asserted',
    ]);
    expect(spo(run("Ukraine condemned Russia's strikes on Kharkiv."))).toEqual([
      'Ukraine CONDEMNS Russia asserted',
      'Russia ATTACKS Ukraine asserted',
    ]);
    expect(spo(run('Kyiv accused Moscow of war crimes.'))).toEqual([
      'Ukraine ACCUSES Russia asserted',
    ]);
    expect(spo(run('Xi Jinping held talks with Vladimir Putin.'))).toEqual([
      'Xi Jinping MEETS Vladimir Putin asserted',
    ]);
    expect(spo(run('Hungary has backed Russia at the United Nations.'))).toEqual([
      'Hungary SUPPORTS Russia asserted',
    ]);
    expect(spo(run('Washington urged Beijing to use its influence.'))).toEqual([
      'United States URGES China asserted',
    ]);
    expect(spo(run('Russian missiles struck Kyiv overnight.'))).toEqual([
      'Russia ATTACKS Ukraine asserted',
    ]);
    expect(spo(run('Finland joined NATO in 2023.'))).toEqual(['Finland MEMBER_OF NATO asserted']);
    expect(spo(run("Andrii Sybiha was appointed Ukraine's foreign minister."))).toEqual([
      'Andrii Sybiha OFFICIAL_OF Ukraine asserted',
    ]);
  });

  it('tells statuses apart and keeps the speaker', () => {
    const [r] = run('According to US officials, Iran has shipped missiles to Russia.');
    expect(r).toMatchObject({
      status: 'reported',
      attributedTo: 'United States',
      attributedToId: 'united-states',
    });
    expect(run('Blinken said China is supporting Russia.')[0]).toMatchObject({
      subject: 'China',
      status: 'reported',
      attributedTo: 'Antony Blinken',
    });
    expect(run('Ukraine alleged that Belarus had supplied fuel to Russia.')[0]?.status).toBe(
      'alleged',
    );
    expect(spo(run('Iran denied supplying drones to Russia.'))).toEqual([
      'Iran SUPPLIES Russia denied',
    ]);
    expect(run('Germany might consider sending Taurus missiles to Ukraine.')[0]?.status).toBe(
      'hypothetical',
    );
    expect(run('Germany refused to send Taurus missiles to Ukraine.')[0]?.status).toBe('negated');
  });

  it('attaches a later denial to the claim it denies', () => {
    const cs = run(
      "Seoul's spy agency said North Korean troops had arrived in Russia. Moscow has denied the reports.",
    );
    expect(spo(cs)).toEqual([
      'North Korea DEPLOYS_TROOPS_TO Russia reported',
      'North Korea DEPLOYS_TROOPS_TO Russia denied',
    ]);
    expect(cs[1]).toMatchObject({ attributedTo: 'Russia' });
  });

  it('resolves surnames and pronouns within an article, and reports unknown people', () => {
    const text =
      'Lloyd Austin arrived in Seoul on Monday. Austin said he had met Yoon Suk Yeol. Analyst Maria Petrova of the Baltic Defence Forum said Russia had attacked Estonia.';
    const res = extractArticle(text, { source: 'a.txt' }, gaz);
    expect(spo(res.claims)).toContain('Lloyd Austin MEETS Yoon Suk Yeol reported');
    expect(res.claims.find((c) => c.predicate === 'ATTACKS')).toMatchObject({
      attributedTo: 'Maria Petrova',
    });
    expect(res.newActors.map((a) => a.name)).toEqual(['Maria Petrova']);
  });

  it('gives offsets into the file, dates and capped confidence', () => {
    const text =
      'close\nclose\n\nIran has supplied Russia with drones, officials said in June.\n\nRussia struck Odesa on 3 March 2024.\n';
    const cs = run(text, '2024-11-05');
    expect(cs).toHaveLength(2);
    for (const c of cs) {
      expect(text.slice(c.start, c.end)).toBe(c.evidence);
      expect(c.confidence).toBeLessThanOrEqual(MAX_CONFIDENCE);
    }
    expect(cs.map((c) => c.date)).toEqual(['2024-06', '2024-03-03']);
    expect(cs[0]?.items).toEqual(['drones']);
  });

  it('ignores navigation, headlines and teaser lists', () => {
    const text = [
      'Russia and Iran deepen ties',
      'Iran has provided drones to Russia, the ministry said.',
      '-',
      "Editor's Pick 8 months ago",
      'China sends troops to Belarus for joint drills',
      'Related stories',
      'The echoes of history weigh heavy as Turkey sent weapons to Ukraine and…',
    ].join('\n');
    expect(spo(run(text))).toEqual(['Iran SUPPLIES Russia reported']);
  });

  it('is deterministic', () => {
    const text = 'Iran has supplied Russia with drones. North Korea has sent troops to Russia.';
    expect(run(text)).toEqual(run(text));
  });
});
