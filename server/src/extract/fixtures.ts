import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Expected } from './score';

export interface Fixture {
  id: string;
  text: string;
  date?: string;
  claims: Expected[];
}

/** Loads a fixture file (tests and the bench only; the extractor itself does no I/O). */
export const loadFixtures = (name: string): Fixture[] =>
  parse(readFileSync(new URL(`./fixtures/${name}.yaml`, import.meta.url), 'utf8')) as Fixture[];

/**
 * Every labelled set: tuned on (tuned, heldout, dev-*, heldout-blind, heldout-blind-2) and
 * never tuned on (heldout-blind-3, heldout-blind-4).
 */
export const FIXTURE_SETS = [
  'tuned',
  'heldout',
  'dev-a',
  'dev-b',
  'dev-c',
  'heldout-blind',
  'heldout-blind-2',
  'dev-d',
  'heldout-blind-3',
  'heldout-blind-4',
] as const;
