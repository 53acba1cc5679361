import type { ActorKind, Predicate } from '../domain';

/**
 * CAMEO event code → Relata predicate, by longest matching prefix. Consistent with the CAMEO
 * codes listed in domain/predicates.ts (cameo.test.ts checks it); every code not listed here
 * becomes INTERACTS_WITH, and each imported claim keeps its exact code in `cameo`.
 */
export const CAMEO_PREDICATES: Readonly<Record<string, Predicate>> = {
  '02': 'URGES', // appeal
  '04': 'MEETS', // consult
  '05': 'SUPPORTS', // engage in diplomatic cooperation
  '057': 'SIGNS_TREATY_WITH', // sign formal agreement
  '062': 'DEPLOYS_TROOPS_TO', // cooperate militarily
  '07': 'SUPPLIES', // provide aid
  '10': 'URGES', // demand
  '111': 'CONDEMNS', // criticize or denounce
  '112': 'ACCUSES', // accuse (1121–1125)
  '13': 'WARNS', // threaten
  '154': 'DEPLOYS_TROOPS_TO', // mobilize or increase armed forces
  '163': 'SANCTIONS', // impose embargo, boycott or sanctions
  '18': 'ATTACKS', // assault
  '19': 'ATTACKS', // fight
  '20': 'ATTACKS', // use unconventional mass violence
};

export const GENERIC_PREDICATE: Predicate = 'INTERACTS_WITH';

const cache = new Map<string, Predicate>();

export const predicateForCameo = (code: string): Predicate => {
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  let p: Predicate = GENERIC_PREDICATE;
  for (let n = code.length; n >= 2; n--) {
    const m = CAMEO_PREDICATES[code.slice(0, n)];
    if (m !== undefined) {
      p = m;
      break;
    }
  }
  cache.set(code, p);
  return p;
};

/** The 20 CAMEO root categories, for claim notes. */
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  '01': 'make public statement',
  '02': 'appeal',
  '03': 'express intent to cooperate',
  '04': 'consult',
  '05': 'engage in diplomatic cooperation',
  '06': 'engage in material cooperation',
  '07': 'provide aid',
  '08': 'yield',
  '09': 'investigate',
  '10': 'demand',
  '11': 'disapprove',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'exhibit force posture',
  '16': 'reduce relations',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'use unconventional mass violence',
};

/** CAMEO actor type codes: a label (for ids and names) and the Relata actor kind. */
const TYPE = (label: string, kind: ActorKind) => ({ label, kind });
export const CAMEO_TYPES: Readonly<Record<string, { label: string; kind: ActorKind }>> = {
  GOV: TYPE('Government', 'ORGANIZATION'),
  MIL: TYPE('Military', 'ORGANIZATION'),
  COP: TYPE('Police', 'ORGANIZATION'),
  JUD: TYPE('Judiciary', 'ORGANIZATION'),
  LEG: TYPE('Legislature', 'ORGANIZATION'),
  SPY: TYPE('Intelligence', 'ORGANIZATION'),
  IGO: TYPE('Intergovernmental organization', 'ORGANIZATION'),
  NGO: TYPE('Non-governmental organization', 'ORGANIZATION'),
  MNC: TYPE('Multinational corporation', 'ORGANIZATION'),
  BUS: TYPE('Business', 'ORGANIZATION'),
  MED: TYPE('Media', 'ORGANIZATION'),
  EDU: TYPE('Education', 'ORGANIZATION'),
  HLH: TYPE('Health', 'ORGANIZATION'),
  PKO: TYPE('Peacekeepers', 'ORGANIZATION'),
  ELI: TYPE('Elites', 'OFFICIAL'),
  OPP: TYPE('Opposition', 'GROUP'),
  REB: TYPE('Rebels', 'GROUP'),
  SEP: TYPE('Separatists', 'GROUP'),
  INS: TYPE('Insurgents', 'GROUP'),
  UAF: TYPE('Armed groups', 'GROUP'),
  IMG: TYPE('Militant groups', 'GROUP'),
  CVL: TYPE('Civilians', 'GROUP'),
  REF: TYPE('Refugees', 'GROUP'),
  CRM: TYPE('Criminals', 'GROUP'),
  LAB: TYPE('Labor', 'GROUP'),
  AGR: TYPE('Agriculture', 'GROUP'),
  ENV: TYPE('Environmental groups', 'GROUP'),
  HRI: TYPE('Human rights groups', 'GROUP'),
  DEV: TYPE('Development groups', 'GROUP'),
  MOD: TYPE('Moderates', 'GROUP'),
  RAD: TYPE('Radicals', 'GROUP'),
  NGM: TYPE('Movements', 'GROUP'),
  SET: TYPE('Settlers', 'GROUP'),
  UIS: TYPE('Unidentified state actor', 'GROUP'),
};

/**
 * CAMEO known-group codes worth a stable id. NAT, UNO and EEC map to the curated ids of the
 * sample dataset; others get the slug of their name; unknown codes fall back to the actor name.
 */
export interface KnownGroup {
  id: string;
  name: string;
  kind: ActorKind;
}
export const KNOWN_GROUPS: Readonly<Record<string, KnownGroup>> = {
  NAT: { id: 'nato', name: 'NATO', kind: 'ORGANIZATION' },
  UNO: { id: 'united-nations', name: 'United Nations', kind: 'ORGANIZATION' },
  EEC: { id: 'european-union', name: 'European Union', kind: 'ORGANIZATION' },
  ASN: { id: 'asean', name: 'ASEAN', kind: 'ORGANIZATION' },
  ARL: { id: 'arab-league', name: 'Arab League', kind: 'ORGANIZATION' },
  GCC: { id: 'gulf-cooperation-council', name: 'Gulf Cooperation Council', kind: 'ORGANIZATION' },
  CIS: {
    id: 'commonwealth-of-independent-states',
    name: 'Commonwealth of Independent States',
    kind: 'ORGANIZATION',
  },
  IAE: { id: 'iaea', name: 'International Atomic Energy Agency', kind: 'ORGANIZATION' },
  ICC: {
    id: 'international-criminal-court',
    name: 'International Criminal Court',
    kind: 'ORGANIZATION',
  },
  IMF: { id: 'imf', name: 'International Monetary Fund', kind: 'ORGANIZATION' },
  WBK: { id: 'world-bank', name: 'World Bank', kind: 'ORGANIZATION' },
  SCE: { id: 'osce', name: 'OSCE', kind: 'ORGANIZATION' },
  GOS: { id: 'g7', name: 'Group of Seven', kind: 'ORGANIZATION' },
  OPC: { id: 'opec', name: 'OPEC', kind: 'ORGANIZATION' },
  HMS: { id: 'hamas', name: 'Hamas', kind: 'GROUP' },
  HEZ: { id: 'hezbollah', name: 'Hezbollah', kind: 'GROUP' },
  TAL: { id: 'taliban', name: 'Taliban', kind: 'GROUP' },
  ALQ: { id: 'al-qaeda', name: 'Al Qaeda', kind: 'GROUP' },
};

/** Other names of known groups, as ICEWS and GDELT spell them. */
const GROUP_ALIASES: Readonly<Record<string, string>> = {
  'north-atlantic-treaty-organization': 'NAT',
  'united-nations': 'UNO',
  'european-union': 'EEC',
  'association-of-southeast-asian-nations': 'ASN',
  'international-atomic-energy-agency': 'IAE',
  'international-monetary-fund': 'IMF',
  'organization-for-security-and-co-operation-in-europe': 'SCE',
  'organization-of-the-petroleum-exporting-countries': 'OPC',
};

/** A known group by the slug of one of its names (`north-atlantic-treaty-organization` → NATO). */
export const knownGroupBySlug = (slug: string): KnownGroup | undefined => {
  const code = GROUP_ALIASES[slug];
  if (code !== undefined) return KNOWN_GROUPS[code];
  return Object.values(KNOWN_GROUPS).find((g) => g.id === slug);
};
