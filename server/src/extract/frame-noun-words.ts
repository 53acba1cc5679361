/**
 * The vocabulary of noun frames: signing, responding and reaction verbs, durations, amounts
 * and currencies to skip before a trigger noun, and the prepositions of a fallback frame
 * ("after talks in London"). Pure.
 */

/** Verbs whose "with" introduces the measure taken: "retaliated with tariffs on". */
export const RESPONDING = new Set([
  'retaliate',
  'respond',
  'react',
  'hit',
  'strike',
  'answer',
  'counter',
]);
export const SIGNING = new Set(['sign', 'ink', 'initial', 'initialle', 'adopt']);

export const DURATIONS = new Set([
  'hour',
  'day',
  'week',
  'month',
  'round',
  'minute',
  'year',
  // "carried out dozens of strikes", "launched a wave of attacks"
  'dozen',
  'dozens',
  'hundreds',
  'scores',
  'series',
  'wave',
  'string',
]);
export const QUANTITY_WORDS = new Set([
  'more',
  'than',
  'less',
  'fewer',
  'least',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'some',
  'well', // "imposed well over 20,000 sanctions"
  'roughly',
  'approximately',
  'just',
]);
export const REACTION_VERBS = new Set([
  'draw',
  'prompt',
  'spark',
  'provoke',
  'trigger',
  'attract',
  'earn',
  'face',
  'receive',
  'invite',
]);
export const CURRENCIES = new Set([
  'euro',
  'dollar',
  'pound',
  'yuan',
  'rouble',
  'ruble',
  'yen',
  'won',
]);
export const FALLBACK_PREPS = new Set(['for', 'during', 'at', 'after', 'in', 'with', 'under']);
