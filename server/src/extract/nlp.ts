/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's `its.*` helpers are stateless functions meant to be passed by reference */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Tok } from './types';

/** wink-nlp with sentence boundaries and POS tags (which also give lemmas). */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
/** Tokenizer only, for gazetteer keys. */
const tokenizer = winkNLP(model, []);

/** Folds one token for look-ups: case, accents, curly apostrophes and dots ("U.S." → "us"). */
export const foldToken = (v: string): string =>
  /^[A-Za-z0-9.]+$/.test(v)
    ? v.toLowerCase().replace(/\./g, '')
    : v
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[’‘`´]/g, "'")
        .replace(/\./g, '');

/** Splits a phrase into folded tokens the same way article text is tokenized. */
export const phraseKeys = (phrase: string): string[] =>
  tokenizer
    .readDoc(phrase)
    .tokens()
    .out<string>(tokenizer.its.value)
    .map(foldToken)
    .filter((k) => k !== '' && k !== '-');

/** Lower-case slug: "Kim Jong-un" → "kim-jong-un". */
export const slugify = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');

/** A sentence located in the article. */
export interface RawSentence {
  start: number;
  end: number;
  text: string;
  para: number;
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** A capitalised word and its possessive read as one token ("Washington's"). */
const JOINED_POSSESSIVE = /^(\p{Lu}[\p{L}.-]*?)(['’]s)$/u;

const tok = (v: string, l: string, p: string, s: number): Tok => ({
  v,
  f: ASCII_WORD.test(v) ? v.toLowerCase() : foldToken(v),
  l,
  p,
  s,
  e: s + v.length,
});

/**
 * Sentences of one body block, each with its tokens, POS tags and lemmas and offsets into
 * the whole article: one pass of wink-nlp over the block. (Splitting first and tagging each
 * sentence again would tokenize the text twice; tagging costs little more than splitting.)
 */
export const analyseBlock = (
  text: string,
  block: { start: number; end: number },
): { raw: RawSentence; sentence: Sentence }[] => {
  const body = text.slice(block.start, block.end);
  const out: { raw: RawSentence; sentence: Sentence }[] = [];
  let at = 0;
  // one read of each token attribute for the whole block, then the sentences' token spans
  // (collections per sentence cost more than the tagging itself)
  const doc = nlp.readDoc(body);
  const tokens = doc.tokens();
  const values = tokens.out<string>(its.value);
  const pos = tokens.out<string>(its.pos);
  const lemmas = tokens.out<string>(its.lemma as unknown as ItsFunction<string>);
  const spaces = tokens.out<string>(its.precedingSpaces);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [from, to] of spans) {
    const toks: Tok[] = [];
    for (let i = from; i <= to; i++) {
      const v = values[i] ?? '';
      at += (spaces[i] ?? '').length;
      // wink-nlp keeps the text intact; re-synchronise defensively if it ever does not.
      if (!body.startsWith(v, at)) {
        const found = body.indexOf(v, at);
        if (found >= 0) at = found;
      }
      const startAt = block.start + at;
      // wink-nlp reads "to Washington's." at a sentence end as one token and then caches it,
      // so every later "Washington's" would be one token too: split the possessive off again
      const joined = JOINED_POSSESSIVE.exec(v);
      if (joined) {
        const base = joined[1]!;
        toks.push(tok(base, base.toLowerCase(), pos[i] ?? 'X', startAt));
        toks.push(tok(joined[2]!, joined[2]!.toLowerCase(), 'PART', startAt + base.length));
      } else toks.push(tok(v, (lemmas[i] ?? v).toLowerCase(), pos[i] ?? 'X', startAt));
      at += v.length;
    }
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (!first || !last) continue;
    const raw = { start: first.s, end: last.e, text: text.slice(first.s, last.e), para: 0 };
    out.push({ raw, sentence: { start: raw.start, end: raw.end, toks, para: 0 } });
  }
  return out;
};
