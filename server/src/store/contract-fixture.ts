import type { Actor, Claim, ClaimInput, Dataset, Source } from '../domain';
import { ClaimSchema } from '../domain';

/**
 * A small dataset for the store contract, written for the tests (facts in the style of the
 * sample corpus, in our own words). It covers every status, a symmetric predicate stated in
 * both directions, dated and undated claims, two origins and an accented alias.
 */
export const actors: Actor[] = [
  {
    id: 'north-korea',
    name: 'North Korea',
    kind: 'STATE',
    aliases: ['DPRK', 'Pyŏngyang', "Democratic People's Republic of Korea"],
  },
  {
    id: 'russia',
    name: 'Russia',
    kind: 'STATE',
    aliases: ['Russian Federation', 'Moscow', 'the Kremlin'],
  },
  { id: 'china', name: 'China', kind: 'STATE', aliases: ['PRC', 'Beijing'] },
  { id: 'iran', name: 'Iran', kind: 'STATE', aliases: ['Tehran'] },
  { id: 'ukraine', name: 'Ukraine', kind: 'STATE', aliases: ['Kyiv'] },
  { id: 'united-states', name: 'United States', kind: 'STATE', aliases: ['US', 'Washington'] },
  {
    id: 'nato',
    name: 'NATO',
    kind: 'ORGANIZATION',
    aliases: ['North Atlantic Treaty Organization'],
  },
  {
    id: 'antony-blinken',
    name: 'Antony Blinken',
    kind: 'OFFICIAL',
    aliases: ['Blinken'],
    role: 'US Secretary of State',
    affiliation: 'united-states',
  },
];

export const sources: Source[] = [
  { id: 'src-a', title: 'Test report A', publisher: 'Test Wire', publishedDate: '2024-11-05' },
  { id: 'src-b', title: 'Test report B', publishedDate: '2024-11-10' },
];

const claim = (c: Omit<ClaimInput, 'note'> & { note?: string }): Claim =>
  ClaimSchema.parse({ note: `test claim ${c.id}`, ...c });

export const claims: Claim[] = [
  claim({
    id: 'k1',
    subject: 'north-korea',
    predicate: 'DEPLOYS_TROOPS_TO',
    object: 'russia',
    status: 'REPORTED',
    date: '2024-10',
    source: 'src-a',
    confidence: 0.8,
    quantity: { value: 10000, unit: 'troops' },
  }),
  claim({
    id: 'k2',
    subject: 'north-korea',
    predicate: 'DEPLOYS_TROOPS_TO',
    object: 'russia',
    status: 'DENIED',
    date: '2024-11-01',
    source: 'src-b',
    attributedTo: 'russia',
  }),
  claim({
    id: 'k3',
    subject: 'russia',
    predicate: 'SIGNS_TREATY_WITH',
    object: 'north-korea',
    status: 'ASSERTED',
    date: '2024-06',
    source: 'src-a',
  }),
  claim({
    id: 'k4',
    subject: 'north-korea',
    predicate: 'SIGNS_TREATY_WITH',
    object: 'russia',
    status: 'ASSERTED',
    date: '2024-11-09',
    source: 'src-b',
    confidence: 0.95,
  }),
  claim({
    id: 'k5',
    subject: 'iran',
    predicate: 'SUPPLIES',
    object: 'russia',
    status: 'ALLEGED',
    date: '2024-09',
    source: 'src-a',
    items: ['drones'],
  }),
  claim({
    id: 'k6',
    subject: 'china',
    predicate: 'SUPPORTS',
    object: 'russia',
    status: 'REPORTED',
    source: 'src-a',
    attributedTo: 'antony-blinken',
  }),
  claim({
    id: 'k7',
    subject: 'united-states',
    predicate: 'WARNS',
    object: 'north-korea',
    status: 'ASSERTED',
    date: '2024-11-04',
    source: 'src-a',
  }),
  claim({
    id: 'k8',
    subject: 'north-korea',
    predicate: 'SUPPLIES',
    object: 'russia',
    status: 'HYPOTHETICAL',
    source: 'src-b',
    items: ['weapons'],
  }),
  claim({
    id: 'k9',
    subject: 'united-states',
    predicate: 'SANCTIONS',
    object: 'ukraine',
    status: 'NEGATED',
    source: 'src-b',
  }),
  claim({
    id: 'k10',
    subject: 'antony-blinken',
    predicate: 'OFFICIAL_OF',
    object: 'united-states',
    status: 'ASSERTED',
    source: 'src-a',
    role: 'US Secretary of State',
  }),
  claim({
    id: 'k11',
    subject: 'united-states',
    predicate: 'MEMBER_OF',
    object: 'nato',
    status: 'ASSERTED',
    source: 'src-a',
  }),
  claim({
    id: 'k12',
    subject: 'united-states',
    predicate: 'SUPPLIES',
    object: 'ukraine',
    status: 'ASSERTED',
    date: '2022',
    source: 'src-b',
    origin: 'EXTRACTED',
    confidence: 0.5,
    evidence: 'Washington has armed Kyiv since 2022.',
  }),
];

export const dataset = (): Dataset => ({
  actors: structuredClone(actors),
  sources: structuredClone(sources),
  claims: structuredClone(claims),
});
