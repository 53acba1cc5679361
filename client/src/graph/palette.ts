/** Colours and shapes shared by the graph stylesheet, the legend and the side panel. */
import { PREDICATES, PREDICATE_INFO, type Predicate } from '../../../server/src/domain/predicates';
import type { ClaimStatus } from '../../../server/src/domain/status';
import type { ActorKind } from '../model';

export type NodeShape = 'ellipse' | 'round-diamond' | 'round-rectangle' | 'round-hexagon';

export interface KindStyle {
  label: string;
  color: string;
  border: string;
  shape: NodeShape;
  size: number;
}

export const KIND_STYLE: Readonly<Record<ActorKind, KindStyle>> = {
  STATE: { label: 'State', color: '#3b6fd8', border: '#1e3a8a', shape: 'ellipse', size: 40 },
  OFFICIAL: {
    label: 'Official',
    color: '#e0a526',
    border: '#92600b',
    shape: 'round-diamond',
    size: 30,
  },
  ORGANIZATION: {
    label: 'Organization',
    color: '#1fa39a',
    border: '#0f5f5a',
    shape: 'round-rectangle',
    size: 32,
  },
  GROUP: { label: 'Group', color: '#9b5bd6', border: '#5b2a8c', shape: 'round-hexagon', size: 34 },
};

/** Axis states (Russia, China, Iran, North Korea) get a red ring and a glow. */
export const AXIS_STYLE = { ring: '#c81e1e', glow: '#ef4444', size: 60 } as const;

export const PREDICATE_COLOR: Readonly<Record<Predicate, string>> = {
  SUPPLIES: '#15a34a',
  DEPLOYS_TROOPS_TO: '#a0522d',
  SIGNS_TREATY_WITH: '#2563eb',
  WARNS: '#f08c00',
  SANCTIONS: '#7c3aed',
  CONDEMNS: '#db2777',
  ACCUSES: '#9f1239',
  MEETS: '#0ea5e9',
  SUPPORTS: '#0d9488',
  URGES: '#84a80c',
  ATTACKS: '#dc2626',
  OFFICIAL_OF: '#64748b',
  MEMBER_OF: '#94a3b8',
  INTERACTS_WITH: '#b08968',
};

export const predicateLabel = (p: Predicate): string => PREDICATE_INFO[p]?.label ?? p.toLowerCase();
export const predicateSymmetric = (p: Predicate): boolean => PREDICATE_INFO[p]?.symmetric ?? false;
export const predicateColor = (p: string): string =>
  (PREDICATE_COLOR as Record<string, string | undefined>)[p] ?? '#6b7280';
export const ALL_PREDICATES: readonly Predicate[] = PREDICATES;

export interface StatusStyle {
  label: string;
  color: string;
  background: string;
  description: string;
}

export const STATUS_STYLE: Readonly<Record<ClaimStatus, StatusStyle>> = {
  ASSERTED: {
    label: 'Asserted',
    color: '#14532d',
    background: '#dcfce7',
    description: 'Stated as fact by the source',
  },
  REPORTED: {
    label: 'Reported',
    color: '#1e3a8a',
    background: '#dbeafe',
    description: 'Reported by the source, attributed to others',
  },
  ALLEGED: {
    label: 'Alleged',
    color: '#7c2d12',
    background: '#ffedd5',
    description: 'An accusation or allegation, not established',
  },
  DENIED: {
    label: 'Denied',
    color: '#7f1d1d',
    background: '#fee2e2',
    description: 'The claim is denied by a party',
  },
  HYPOTHETICAL: {
    label: 'Hypothetical',
    color: '#4c1d95',
    background: '#ede9fe',
    description: 'Conditional, planned or speculative',
  },
  NEGATED: {
    label: 'Negated',
    color: '#334155',
    background: '#e2e8f0',
    description: 'The source says it did not happen',
  },
};
