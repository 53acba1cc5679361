/**
 * Reciprocal access: "signed a defence pact that will allow each country to deploy troops on
 * the other's soil", "allow their troops to be deployed on each other's territory": each party
 * of the pact deploys to the other (as yet hypothetical). Only with the pact's two parties
 * named in the same sentence. Pure.
 */
import { bothWays, type Frame } from './frame';
import { TROOP_HEADS } from './lexicon';
import { POSS } from './mentions';
import { verbRule } from './patterns';
import type { Ctx } from './scan-ctx';
import type { Mention } from './types';

const DEPLOY_RULE = verbRule('DEPLOYS_TROOPS_TO');
const DEPLOY = new Set(['deploy', 'send', 'station', 'base', 'rotate', 'put']);
const GROUND = new Set(['soil', 'territory', 'country', 'base', 'land']);

/** Deployment frames both ways between the two parties of a reciprocal pact. */
export const reciprocalDeployments = (ctx: Ctx, frames: Frame[]): Frame[] => {
  const { toks } = ctx;
  // "each other's soil", "the other's territory"
  const other = toks.findIndex(
    (t, k) =>
      t.f === 'other' &&
      ['each', 'the'].includes(toks[k - 1]?.f ?? '') &&
      POSS.has(toks[k + 1]?.v ?? '') &&
      GROUND.has(toks[k + 2]?.l ?? ''),
  );
  if (other < 0) return [];
  const v = toks.findLastIndex((t, k) => k < other && t.p === 'VERB' && DEPLOY.has(t.l));
  if (v < 0 || !toks.slice(0, other).some((t) => TROOP_HEADS.has(t.l))) return [];
  const pact = frames.find((f) => f.rule.p === 'SIGNS_TREATY_WITH' && f.head < v);
  if (!pact) return [];
  const parties: Mention[] = [];
  for (const m of [...pact.subjects, ...pact.objects])
    if (!parties.some((x) => x.actorId === m.actorId)) parties.push(m);
  const [a, b] = parties;
  if (parties.length !== 2 || !a || !b) return [];
  return bothWays(DEPLOY_RULE, v, [a, b], v);
};
