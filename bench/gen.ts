/**
 * Writes a synthetic GDELT 2.0 event file (61 tab-separated columns) for scale tests:
 *   npm run gen -- --actors 100000 --claims 1000000 --out /tmp/gdelt-1m.tsv [--seed 1]
 * Streams to the file (or stdout) with constant memory; deterministic for a seed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { generateRows } from '../server/src/import/generate';

const int = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError('must be a non-negative integer');
  return n;
};

interface GenOptions {
  actors: number;
  claims: number;
  out?: string;
  seed: number;
}

export const writeGenerated = async (
  o: GenOptions,
  out: NodeJS.WritableStream,
): Promise<number> => {
  let bytes = 0;
  let chunk: string[] = [];
  const flush = async () => {
    const text = chunk.join('');
    chunk = [];
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  for (const row of generateRows(o)) {
    chunk.push(`${row}\n`);
    if (chunk.length >= 2000) await flush();
  }
  await flush();
  return bytes;
};

const main = async () => {
  const o = new Command('gen')
    .description('write a synthetic GDELT 2.0 event file')
    .requiredOption('--actors <n>', 'number of distinct actors', int)
    .requiredOption('--claims <n>', 'number of event rows (claims)', int)
    .option('--out <file>', 'output file (default: stdout)')
    .option('--seed <n>', 'random seed', int, 1)
    .parse()
    .opts<GenOptions>();
  const started = Date.now();
  const out = o.out === undefined ? process.stdout : createWriteStream(o.out);
  const bytes = await writeGenerated(o, out);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  const secs = (Date.now() - started) / 1000;
  process.stderr.write(
    `Wrote ${o.claims} rows (${(bytes / 1e6).toFixed(1)} MB) over ${o.actors} actors in ${secs.toFixed(1)} s.\n`,
  );
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main();
