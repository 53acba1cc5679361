import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadFixtures } from '../server/src/extract/fixtures';
import { buildGazetteer, extractArticle } from '../server/src/extract/index';

const TARGET_BYTES = 5 * 1024 * 1024;
const ROUNDS = 3;
const CHUNK = 50;

/**
 * ≥ 5 MB of news-like articles. Real reports carry a claim in roughly one sentence out of
 * six (16 % in the sample corpus), so each synthetic article mixes 4 labelled paragraphs
 * (claim-dense) with 12 paragraphs of background and analysis. `dense` uses only the
 * labelled paragraphs, the worst case.
 */
const corpus = (dense: boolean): string[] => {
  const claimParas = [...loadFixtures('tuned'), ...loadFixtures('heldout')].map((f) => f.text.trim());
  const context = readFileSync(new URL('../server/src/extract/fixtures/context.txt', import.meta.url), 'utf8').trim().split('\n');
  const articles: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const paras = dense
      ? Array.from({ length: 16 }, (_, n) => claimParas[(k * 7 + n) % claimParas.length])
      : Array.from({ length: 16 }, (_, n) => (n % 4 === 0 ? claimParas[(k * 4 + n / 4) % claimParas.length] : context[(k * 5 + n) % context.length]));
    const article = `Headline number ${k}\n\n${paras.join('\n\n')}\n`;
    articles.push(article);
    bytes += Buffer.byteLength(article);
  }
  return articles;
};

const seconds = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
};

/**
 * Extraction throughput (MB/s, claims/s) against wink-nlp's bare tokenizer and sentence
 * splitter on the same text in the same run. ratio = extraction MB/s ÷ bare MB/s.
 */
export async function benchExtract(): Promise<{ name: string; ratio: number; details: Record<string, number | string> }> {
  await Promise.resolve();
  const articles = corpus(false);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / (1024 * 1024);
  const gaz = buildGazetteer([]);
  const bare = winkNLP(model, ['sbd']);
  // warm up both paths (JIT, lazy model tables)
  for (const a of articles.slice(0, 20)) {
    bare.readDoc(a).sentences().out();
    extractArticle(a, { source: 'warm.txt' }, gaz);
  }
  // These machines are noisy: time both sides chunk by chunk, alternating, several rounds,
  // and keep each chunk's best time on each side.
  const chunks: string[][] = [];
  for (let k = 0; k < articles.length; k += CHUNK) chunks.push(articles.slice(k, k + CHUNK));
  const bestBare = chunks.map(() => Infinity);
  const bestExtract = chunks.map(() => Infinity);
  let sentences = 0;
  let claims = 0;
  for (let round = 0; round < ROUNDS; round++) {
    chunks.forEach((chunk, c) => {
      let n = 0;
      bestBare[c] = Math.min(bestBare[c]!, seconds(() => chunk.forEach((a) => (n += bare.readDoc(a).sentences().out().length))));
      let m = 0;
      bestExtract[c] = Math.min(bestExtract[c]!, seconds(() => chunk.forEach((a, k) => (m += extractArticle(a, { source: `a${c}-${k}.txt` }, gaz).claims.length))));
      if (round === 0) {
        sentences += n;
        claims += m;
      }
    });
  }
  const bareSeconds = bestBare.reduce((x, y) => x + y, 0);
  const extractSeconds = bestExtract.reduce((x, y) => x + y, 0);
  const bareMBs = mb / bareSeconds;
  const extractMBs = mb / extractSeconds;
  return {
    name: 'extract: claim extraction vs wink-nlp tokenizer + sentence splitter',
    ratio: extractMBs / bareMBs,
    details: {
      megabytes: Number(mb.toFixed(2)),
      articles: articles.length,
      sentences,
      claims,
      extractMBperSec: Number(extractMBs.toFixed(3)),
      bareMBperSec: Number(bareMBs.toFixed(3)),
      claimsPerSec: Math.round(claims / extractSeconds),
      target: '≥ 0.3× the bare library',
    },
  };
}
