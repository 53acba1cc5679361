/**
 * Every label and relationship type the Cypher files may use. Labels and types cannot be
 * parameters, so they are written literally in cypher/*.cypher and checked against this list
 * (cypher.test.ts); domain-driven ones come from ACTOR_KINDS and PREDICATES.
 */
import { ACTOR_KINDS, PREDICATES, type ActorKind } from '../../domain';

/** `STATE` → `State`: the kind label an actor node carries next to `:Actor`. */
export const kindLabel = (kind: ActorKind): string => kind.charAt(0) + kind.slice(1).toLowerCase();

export const NODE_LABELS: readonly string[] = [
  'Actor',
  'Source',
  'Claim',
  // One bookkeeping node per database (the data revision).
  'RelataMeta',
  ...ACTOR_KINDS.map(kindLabel),
];

/** Links from a claim node to the records it references. */
export const CLAIM_LINK_TYPES = ['SUBJECT', 'OBJECT', 'CITES', 'ATTRIBUTED_TO'] as const;

export const RELATIONSHIP_TYPES: readonly string[] = [...PREDICATES, ...CLAIM_LINK_TYPES];
