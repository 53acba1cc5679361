/** Shapes of the GraphQL responses the client asks for (see server/src/graphql/schema.graphql). */
import type { Predicate } from '../../server/src/domain/predicates';
import type { ClaimStatus } from '../../server/src/domain/status';

export type { Predicate, ClaimStatus };
export type ActorKind = 'STATE' | 'OFFICIAL' | 'ORGANIZATION' | 'GROUP';
export const ACTOR_KINDS: readonly ActorKind[] = ['STATE', 'OFFICIAL', 'ORGANIZATION', 'GROUP'];
export type ClaimOrigin = 'CURATED' | 'EXTRACTED' | 'IMPORTED';

export interface ActorRef {
  id: string;
  name: string;
}

export interface ActorSummary extends ActorRef {
  kind: ActorKind;
  role?: string | null;
  aliases: string[];
}

export interface EdgeSummary {
  id: string;
  source: { id: string };
  target: { id: string };
  predicate: Predicate;
  directed?: boolean | null;
  claimCount: number;
  status: ClaimStatus;
  statuses: ClaimStatus[];
  contested: boolean;
  firstDate: string | null;
  lastDate: string | null;
  maxConfidence: number;
}

export interface Subgraph {
  nodes: ActorSummary[];
  edges: EdgeSummary[];
  truncated: boolean;
}

export interface ActorRelationship {
  id: string;
  predicate: Predicate;
  source: ActorRef & { kind: ActorKind };
  target: ActorRef & { kind: ActorKind };
  status: ClaimStatus;
  claimCount: number;
  contested: boolean;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ActorDetail extends ActorSummary {
  description: string | null;
  affiliation: (ActorRef & { kind: ActorKind }) | null;
  degree: number;
  relationships: ActorRelationship[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  publishedDate: string | null;
  url: string | null;
  file: string | null;
}

export interface Claim {
  id: string;
  status: ClaimStatus;
  date: string | null;
  note: string | null;
  evidence: string | null;
  evidenceStart?: number | null;
  evidenceEnd?: number | null;
  confidence: number;
  items: string[];
  quantity: { value: number; unit: string } | null;
  origin: ClaimOrigin;
  role: string | null;
  cameo: string | null;
  attributedTo: ActorRef | null;
  subject: ActorRef & { aliases?: string[] };
  object: ActorRef & { aliases?: string[] };
  source: Source;
}

export interface RelationshipDetail {
  id: string;
  predicate: Predicate;
  directed: boolean;
  source: ActorRef & { kind: ActorKind };
  target: ActorRef & { kind: ActorKind };
  claimCount: number;
  sourceCount: number;
  firstDate: string | null;
  lastDate: string | null;
  status: ClaimStatus;
  statuses: ClaimStatus[];
  contested: boolean;
  maxConfidence: number;
  claims: Claim[];
}

export interface Stats {
  actors: number;
  relationships: number;
  claims: number;
  sources: number;
}

export interface PredicateMeta {
  name: Predicate;
  label: string;
  cameo: string[];
  symmetric: boolean;
  structural: boolean;
  description: string;
}

export interface MetricsResult {
  scope: 'VIEW' | 'GRAPH';
  nodes: {
    actor: { id: string };
    degree: number;
    weightedDegree: number;
    betweenness: number;
    pagerank: number;
    community: number;
  }[];
  communities: { id: number; size: number }[];
  modularity: number;
  betweennessSampled: boolean;
}
