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

/** Sentence boundaries only: the bare wink-nlp tokenizer and sentence splitter. */
const splitter = winkNLP(model, ['sbd']);

/** A sentence located in the article, not yet tagged. */
export interface RawSentence {
  start: number;
  end: number;
  text: string;
  para: number;
}

/**
 * Splits the body blocks of an article into sentences with one pass of the splitter: the
 * blocks are joined by blank lines, and sentences never cross a block boundary.
 */
export const splitSentences = (
  text: string,
  blocks: readonly { start: number; end: number }[],
): RawSentence[] => {
  const parts = blocks.map((b) => text.slice(b.start, b.end));
  const joined = parts.join('\n\n');
  const out: RawSentence[] = [];
  let block = 0;
  let blockAt = 0; // where the current block starts in `joined`
  let at = 0;
  for (const sentence of splitter.readDoc(joined).sentences().out()) {
    let rest = sentence.trim();
    while (rest !== '') {
      const k = joined.indexOf(rest, at);
      if (k < 0) break;
      while (block < parts.length - 1 && k >= blockAt + parts[block]!.length)
        blockAt += parts[block++]!.length + 2;
      const blockEnd = blockAt + parts[block]!.length;
      const piece = k + rest.length <= blockEnd ? rest : rest.slice(0, blockEnd - k).trimEnd();
      const base = blocks[block]!.start - blockAt;
      out.push({ start: base + k, end: base + k + piece.length, text: piece, para: block });
      at = k + piece.length;
      rest = rest.slice(piece.length).trim();
    }
  }
  return out;
};

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Tokens, POS tags and lemmas of one sentence, with offsets into the whole article. */
export const analyseSentence = (raw: RawSentence): Sentence => {
  const doc = nlp.readDoc(raw.text);
  const tokens = doc.tokens();
  const values = tokens.out<string>(its.value);
  const pos = tokens.out<string>(its.pos);
  const lemmas = tokens.out<string>(its.lemma as unknown as ItsFunction<string>);
  const spaces = tokens.out<string>(its.precedingSpaces);
  const toks: Tok[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    // wink-nlp keeps the text intact; re-synchronise defensively if it ever does not.
    if (!raw.text.startsWith(v, at)) {
      const found = raw.text.indexOf(v, at);
      if (found >= 0) at = found;
    }
    const f = ASCII_WORD.test(v) ? v.toLowerCase() : foldToken(v);
    toks.push({
      v,
      f,
      l: (lemmas[i] ?? v).toLowerCase(),
      p: pos[i] ?? 'X',
      s: raw.start + at,
      e: raw.start + at + v.length,
    });
    at += v.length;
  }
  return { start: raw.start, end: raw.end, toks, para: raw.para };
};
