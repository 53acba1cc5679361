/** The closed set of relationship types, each aligned with CAMEO event codes (GDELT/ICEWS). */
export const PREDICATES = [
  'SUPPLIES',
  'DEPLOYS_TROOPS_TO',
  'SIGNS_TREATY_WITH',
  'WARNS',
  'SANCTIONS',
  'CONDEMNS',
  'ACCUSES',
  'MEETS',
  'SUPPORTS',
  'URGES',
  'ATTACKS',
  'OFFICIAL_OF',
  'MEMBER_OF',
  'INTERACTS_WITH',
] as const;
export type Predicate = (typeof PREDICATES)[number];

export interface PredicateInfo {
  name: Predicate;
  label: string;
  /** CAMEO root/sub codes this predicate corresponds to. */
  cameo: readonly string[];
  /** Symmetric predicates have no direction: A–B and B–A are the same relationship. */
  symmetric: boolean;
  /** Structural predicates describe who belongs where, not events. */
  structural: boolean;
  description: string;
}

const info = (
  name: Predicate,
  label: string,
  cameo: string[],
  description: string,
  opts: { symmetric?: boolean; structural?: boolean } = {},
): PredicateInfo => ({
  name,
  label,
  cameo,
  description,
  symmetric: opts.symmetric ?? false,
  structural: opts.structural ?? false,
});

export const PREDICATE_INFO: Readonly<Record<Predicate, PredicateInfo>> = {
  SUPPLIES: info('SUPPLIES', 'supplies', ['07', '072'], 'Provides aid, weapons, goods or money'),
  DEPLOYS_TROOPS_TO: info(
    'DEPLOYS_TROOPS_TO',
    'deploys troops to',
    ['154', '062'],
    'Sends military personnel to a territory or ally',
  ),
  SIGNS_TREATY_WITH: info(
    'SIGNS_TREATY_WITH',
    'signs treaty with',
    ['057'],
    'Signs or ratifies a formal agreement',
    { symmetric: true },
  ),
  WARNS: info('WARNS', 'warns', ['13', '130'], 'Threatens or warns of consequences'),
  SANCTIONS: info('SANCTIONS', 'sanctions', ['163'], 'Imposes embargo, boycott or sanctions'),
  CONDEMNS: info('CONDEMNS', 'condemns', ['111'], 'Criticises or denounces'),
  ACCUSES: info('ACCUSES', 'accuses', ['112'], 'Accuses of wrongdoing'),
  MEETS: info('MEETS', 'meets', ['04', '040'], 'Consults, holds talks or meets', {
    symmetric: true,
  }),
  SUPPORTS: info('SUPPORTS', 'supports', ['05', '051'], 'Expresses or gives political support'),
  URGES: info('URGES', 'urges', ['02', '10'], 'Appeals to or demands of'),
  ATTACKS: info('ATTACKS', 'attacks', ['18', '19', '20'], 'Uses force against'),
  OFFICIAL_OF: info(
    'OFFICIAL_OF',
    'official of',
    [],
    'A person holds a role in a state or organization',
    { structural: true },
  ),
  MEMBER_OF: info('MEMBER_OF', 'member of', [], 'A state belongs to an organization', {
    structural: true,
  }),
  INTERACTS_WITH: info(
    'INTERACTS_WITH',
    'interacts with',
    ['01', '03', '06', '08', '09', '11', '12', '14', '15', '16', '17'],
    'Any other CAMEO-coded event (imported claims keep their exact CAMEO code)',
  ),
};

export const isSymmetric = (p: Predicate): boolean => PREDICATE_INFO[p].symmetric;
