/**
 * A call with an addressee is a meeting: "Marco Rubio told Iraq's prime minister in a phone
 * call that …", "Xi assured Putin during a video call", "pressed Wang Yi during talks". Pure.
 */
import { inferredFrame, type Frame } from './frame';
import { POSS } from './mentions';
import { verbRule } from './patterns';
import { leftSubject } from './scan';
import { isDoer, mentionAfter, objectOk, sideOf, type Ctx } from './scan-ctx';

const MEET_RULE = verbRule('MEETS');
const CALLS = new Set(['call', 'conversation', 'talk', 'meeting']);
const CALL_KINDS = new Set(['phone', 'telephone', 'video', 'virtual']);
/** Verbs whose object is the person spoken to. */
const SPOKEN_TO = new Set([
  'tell',
  'assure',
  'inform',
  'brief',
  'urge',
  'press',
  'warn',
  'ask',
  'thank',
  'congratulate',
  'reassure',
]);

/** Meetings between a speaker and the one spoken to "in a (phone) call". */
export const callFrames = (ctx: Ctx): Frame[] => {
  const { toks } = ctx;
  const out: Frame[] = [];
  toks.forEach((t, c) => {
    if (!CALLS.has(t.l) || t.p !== 'NOUN') return;
    // "received a phone call from President Emmanuel Macron": the caller meets the receiver
    if (CALL_KINDS.has(toks[c - 1]?.l ?? '') && toks[c + 1]?.f === 'from') {
      const caller = mentionAfter(ctx, c + 2, ['DET', 'PROPN', 'NOUN']);
      const receiver = leftSubject(ctx, c, (m) => isDoer(m) && objectOk(m, 'MEETS'));
      if (caller && isDoer(caller) && receiver && receiver.m.actorId !== caller.actorId)
        out.push(inferredFrame(MEET_RULE, c, [receiver.m], [caller], receiver.clause, c));
      return;
    }
    // "in a phone call", "during a telephone conversation"
    let k = c - 1;
    if (CALL_KINDS.has(toks[k]?.l ?? '')) k--;
    // ("pressed Wang Yi during talks in Beijing"; "warned Iran during talks with Saudi officials"
    // or "at a meeting of NATO allies" met others)
    const talks = t.l === 'talk' || t.l === 'meeting';
    if (talks && ['with', 'of', 'between', 'among'].includes(toks[c + 1]?.f ?? '')) return;
    if (t.l === 'talk' && toks[k]?.f === 'during') k++;
    else if (!['a', 'an', 'their', 'the'].includes(toks[k]?.f ?? '')) return;
    if (!['in', 'during', 'on', 'over', 'at'].includes(toks[k - 1]?.f ?? '')) return;
    // the addressee: a mention (and its role words: "Iraq's prime minister") before the call
    let e = k - 2;
    while (e >= 0 && !ctx.endAt[e + 1] && ['NOUN', 'ADJ', 'PROPN'].includes(toks[e]!.p)) e--;
    const addressee = POSS.has(toks[e]?.v ?? '') ? ctx.endAt[e] : ctx.endAt[e + 1];
    if (!addressee || !isDoer(addressee) || !objectOk(addressee, 'MEETS')) return;
    let v = addressee.start - 1;
    if (toks[v]?.p === 'DET') v--;
    const verb = toks[v];
    if (verb?.p !== 'VERB' || !SPOKEN_TO.has(verb.l)) return;
    const speaker = leftSubject(ctx, v, (m) => isDoer(m) && objectOk(m, 'MEETS'));
    if (!speaker || speaker.m.actorId === addressee.actorId) return;
    // ("Netanyahu told Israel's cabinet at a meeting": his own side)
    if (talks && sideOf(ctx.gaz, speaker.m.actorId) === sideOf(ctx.gaz, addressee.actorId)) return;
    out.push(inferredFrame(MEET_RULE, v, [speaker.m], [addressee], speaker.clause, c));
  });
  return out;
};
