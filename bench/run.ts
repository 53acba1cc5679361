/**
 * `npm run bench [-- --quick] [-- --only name,name]`: runs every benchmark, prints a table of
 * ratios against baselines measured in the same run, and writes bench/results/<name>.json.
 * Numbers are printed, not asserted: these machines are noisy.
 */
import './production-mode';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import type { Bench, BenchOptions, BenchResult } from './types';

const BENCHES: Record<string, () => Promise<Bench>> = {
  extract: async () => {
    const m = await import('./extract.bench');
    return () => m.benchExtract();
  },
  load: async () => {
    const m = await import('./load.bench');
    return (o) => m.benchLoad({ claims: o.claims });
  },
  graphql: async () => (await import('./graphql.bench')).benchGraphQL,
  analysis: async () => (await import('./analysis.bench')).benchAnalysis,
  frontend: async () => (await import('./frontend.bench')).benchFrontend,
  neo4j: async () => (await import('./neo4j.bench')).benchNeo4j,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg
  ? (onlyArg.split('=')[1] ?? args[args.indexOf(onlyArg) + 1] ?? '').split(',')
  : null;
const options: BenchOptions = {
  quick,
  claims: quick ? 100_000 : 1_000_000,
  actors: quick ? 10_000 : 100_000,
};

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`Relata benchmarks — ${machine}${quick ? ' (quick)' : ''}\n`);
await mkdir(new URL('./results/', import.meta.url), { recursive: true });

const rows: BenchResult[] = [];
for (const [name, load] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  const started = Date.now();
  try {
    const out = await (await load())(options);
    if (out === null) {
      console.log(`${name}: skipped (see message above)`);
      continue;
    }
    const list = Array.isArray(out) ? out : [out];
    rows.push(...list);
    const file = new URL(`./results/${name}.json`, import.meta.url);
    await writeFile(
      file,
      `${JSON.stringify({ machine, date: new Date().toISOString(), options, seconds: (Date.now() - started) / 1000, results: list }, null, 2)}\n`,
    );
  } catch (e) {
    console.log(`${name}: FAILED — ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}

await (await import('./big-store')).closeBigStores();

const fmt = (v: number | string) =>
  typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : v;
console.log(`\n${'benchmark'.padEnd(44)} ${'ratio'.padStart(8)}  target   details`);
for (const r of rows)
  console.log(
    `${r.name.padEnd(44)} ${r.ratio.toFixed(2).padStart(8)}  ${(r.target ?? '').padEnd(7)}  ${Object.entries(
      r.details,
    )
      .map(([k, v]) => `${k}=${fmt(v)}`)
      .join(' ')}`,
  );
