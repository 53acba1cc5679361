import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadFixtures } from '../server/src/extract/fixtures';
import { buildGazetteer, extractArticle, type Gazetteer } from '../server/src/extract/index';

const MB = 1024 * 1024;
const ROUNDS = 3;
const CHUNK = 50;

/**
 * News-like articles of 16 paragraphs. Real reports carry a claim in about one sentence out
 * of six (16 % in the sample corpus), so a `mixed` article has 4 labelled, claim-dense
 * paragraphs and 12 paragraphs of background and analysis; a `dense` one only labelled
 * paragraphs (the worst case).
 */
const corpus = (kind: 'mixed' | 'dense', bytes: number): string[] => {
  const claimParas = [...loadFixtures('tuned'), ...loadFixtures('heldout')].map((f) =>
    f.text.trim(),
  );
  const context = readFileSync(
    new URL('../server/src/extract/fixtures/context.txt', import.meta.url),
    'utf8',
  )
    .trim()
    .split('\n');
  const articles: string[] = [];
  for (let k = 0, size = 0; size < bytes; k++) {
    const paras = Array.from({ length: 16 }, (_, n) =>
      kind === 'dense'
        ? claimParas[(k * 7 + n) % claimParas.length]
        : n % 4 === 0
          ? claimParas[(k * 4 + n / 4) % claimParas.length]
          : context[(k * 5 + n) % context.length],
    );
    const article = `Headline number ${k}\n\n${paras.join('\n\n')}\n`;
    articles.push(article);
    size += Buffer.byteLength(article);
  }
  return articles;
};

const seconds = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
};

interface Run {
  mb: number;
  bareSeconds: number;
  extractSeconds: number;
  sentences: number;
  claims: number;
}

/**
 * These machines are noisy: both sides are timed chunk by chunk, alternating, over several
 * rounds, keeping each chunk's best time on each side.
 */
const measure = (articles: string[], gaz: Gazetteer, rounds: number): Run => {
  const bare = winkNLP(model, ['sbd']);
  for (const a of articles.slice(0, 20)) {
    bare.readDoc(a).sentences().out();
    extractArticle(a, { source: 'warm.txt' }, gaz);
  }
  const chunks: string[][] = [];
  for (let k = 0; k < articles.length; k += CHUNK) chunks.push(articles.slice(k, k + CHUNK));
  const bestBare = chunks.map(() => Infinity);
  const bestExtract = chunks.map(() => Infinity);
  let sentences = 0;
  let claims = 0;
  for (let round = 0; round < rounds; round++) {
    chunks.forEach((chunk, c) => {
      let n = 0;
      let m = 0;
      bestBare[c] = Math.min(
        bestBare[c]!,
        seconds(() => chunk.forEach((a) => (n += bare.readDoc(a).sentences().out().length))),
      );
      bestExtract[c] = Math.min(
        bestExtract[c]!,
        seconds(() =>
          chunk.forEach(
            (a, k) => (m += extractArticle(a, { source: `a${c}-${k}.txt` }, gaz).claims.length),
          ),
        ),
      );
      if (round === 0) [sentences, claims] = [sentences + n, claims + m];
    });
  }
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  return {
    mb: sum(articles.map((a) => Buffer.byteLength(a))) / MB,
    bareSeconds: sum(bestBare),
    extractSeconds: sum(bestExtract),
    sentences,
    claims,
  };
};

/**
 * Extraction throughput (MB/s, claims/s) on ≥ 5 MB of news-like text against wink-nlp's bare
 * tokenizer and sentence splitter on the same text in the same run:
 * ratio = extraction MB/s ÷ bare MB/s (target ≥ 0.3). Prints nothing.
 */
export async function benchExtract(): Promise<{
  name: string;
  ratio: number;
  target?: string;
  details: Record<string, number | string>;
}> {
  await Promise.resolve();
  const gaz = buildGazetteer([]);
  const mixed = measure(corpus('mixed', 5 * MB), gaz, ROUNDS);
  const dense = measure(corpus('dense', 1 * MB), gaz, 1);
  const ratio = (r: Run) => r.bareSeconds / r.extractSeconds;
  return {
    name: 'extract: claim extraction vs wink-nlp tokenizer + sentence splitter',
    ratio: ratio(mixed),
    target: '≥ 0.3',
    details: {
      megabytes: Number(mixed.mb.toFixed(2)),
      sentences: mixed.sentences,
      claims: mixed.claims,
      extractMBperSec: Number((mixed.mb / mixed.extractSeconds).toFixed(3)),
      bareMBperSec: Number((mixed.mb / mixed.bareSeconds).toFixed(3)),
      claimsPerSec: Math.round(mixed.claims / mixed.extractSeconds),
      denseRatio: Number(ratio(dense).toFixed(3)),
      denseClaimsPerSec: Math.round(dense.claims / dense.extractSeconds),
    },
  };
}
