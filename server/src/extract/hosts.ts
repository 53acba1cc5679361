/**
 * The host of a signing or a summit meets its parties: "Armenia and Azerbaijan initialled a
 * peace agreement at a three-way summit hosted by Donald Trump", "signed a joint declaration
 * at a ceremony hosted by Donald Trump". Pure.
 */
import { inferredFrame, type Frame } from './frame';
import { verbRule } from './patterns';
import type { Ctx } from './scan-ctx';
import { objectOk } from './scan-ctx';

const MEET_RULE = verbRule('MEETS');
const GATHERINGS = new Set(['summit', 'ceremony', 'meeting', 'talks', 'dinner', 'conference']);
const PARTIES = new Set(['MEETS', 'SIGNS_TREATY_WITH']);

/** Meetings between the host of a gathering and the parties of the sentence's meetings or deals. */
export const hostFrames = (ctx: Ctx, frames: Frame[]): Frame[] => {
  const { toks } = ctx;
  const out: Frame[] = [];
  toks.forEach((t, v) => {
    if (t.l !== 'host' || t.f !== 'hosted' || toks[v + 1]?.f !== 'by') return;
    if (!GATHERINGS.has(toks[v - 1]?.l ?? '')) return;
    // (not byAgent: for a deal the host is a go-between, but the host does meet the parties)
    const host = ctx.startAt[v + 2];
    if (!host || host.kind !== 'actor' || !objectOk(host, 'MEETS')) return;
    const parties = frames
      .filter((f) => PARTIES.has(f.rule.p) && f.head < v)
      .flatMap((f) => [...f.subjects, ...f.objects])
      .filter(
        (m, k, a) =>
          m.actorId !== host.actorId && a.findIndex((x) => x.actorId === m.actorId) === k,
      );
    if (parties.length === 0) return;
    out.push(inferredFrame(MEET_RULE, v, [host], parties, v - 1));
  });
  return out;
};
