import type { Actor, ActorKind, ClaimStatus, Predicate, Quantity } from '../domain';

/** Lower-case claim status, as printed by `relata extract`. */
export type StatusName = Lowercase<ClaimStatus>;

/** One claim found in an article (the JSONL fields plus actor ids and attribution). */
export interface ExtractedClaim {
  subject: string;
  predicate: Predicate;
  object: string;
  status: StatusName;
  source: string;
  evidence: string;
  start: number;
  end: number;
  date: string | null;
  items: string[];
  quantity: Quantity | null;
  confidence: number;
  subjectId: string;
  objectId: string;
  attributedTo?: string;
  attributedToId?: string;
}

export interface ArticleMeta {
  source: string;
  date?: string;
}

export interface ArticleResult {
  claims: ExtractedClaim[];
  /** Actors referenced by the claims that the gazetteer did not know (unknown people and organizations). */
  newActors: Actor[];
  title?: string;
  date?: string;
}

/** An actor known to the gazetteer. */
export interface GazActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role?: string;
  affiliation?: string;
  curated: boolean;
}

/** What a gazetteer key stands for. */
export type EntryType = 'name' | 'metonym' | 'place' | 'demonym';

export interface GazEntry {
  actorId: string;
  type: EntryType;
  /** 'upper': the text must be upper-case (acronyms); 'title': must start with a capital. */
  caseMode: 'upper' | 'title';
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazEntry;
}

export interface Gazetteer {
  actors: Map<string, GazActor>;
  trie: TrieNode;
  /** Short names (surnames) usable once the full name has appeared in the article: actor id → folded key. */
  shortNames: Map<string, { key: string; global: boolean }>;
}

/** A token of a sentence, with character offsets into the whole article. */
export interface Tok {
  /** surface text */
  v: string;
  /** folded key used for gazetteer look-ups */
  f: string;
  /** lower-case lemma */
  l: string;
  /** universal POS tag */
  p: string;
  s: number;
  e: number;
}

export interface Sentence {
  start: number;
  end: number;
  toks: Tok[];
  /** index of the paragraph (line block) the sentence belongs to */
  para: number;
}

/**
 * Role of a mention in the sentence: a named actor, a demonym phrase naming agents
 * ("North Korean troops"), troops, weapons ("Iranian drones"), a location ("Ukrainian
 * cities"), or another demonym phrase ("Russian oil").
 */
export type MentionKind = 'actor' | 'agent' | 'troops' | 'weapon' | 'event' | 'place' | 'other';

export interface Mention {
  start: number;
  end: number;
  actorId: string;
  kind: MentionKind;
  /** followed by a possessive marker ('s) */
  poss: boolean;
  /** resolved from a pronoun, surname or definite description */
  resolved?: boolean;
  /** "the two leaders": the second actor of the pair */
  partner?: string;
  /** for "its"/"their": the next candidate antecedent, used when the first would make a claim reflexive */
  alt?: string;
  /** "Iranian-made drones": the state made the weapon, it need not be the one using it */
  made?: boolean;
  /** "a Greek-owned tanker": the state owns it, attacking it is no attack on the state */
  owned?: boolean;
  /** "Britain, France and Germany said they would …": every actor "they" stands for */
  group?: string[];
  /** one of the actors a "they" stood for: they act together, not with each other */
  grouped?: boolean;
  /** "the deployment" after "Sweden will deploy …": refers back to an act not (yet) done */
  unsure?: boolean;
}
