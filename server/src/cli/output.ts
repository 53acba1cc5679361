import { SingleBar, Presets } from 'cli-progress';
import { DatasetError, formatIssue, isRelataError } from '../domain';
import type { Counts, LoadProgress, LoadSummary } from '../store';

/** Prints an error for a person: `file:line: problem` for data, `error [CODE]` otherwise. */
export const reportError = (e: unknown, err: NodeJS.WritableStream = process.stderr): number => {
  if (e instanceof DatasetError) {
    err.write(`Load aborted; the store is unchanged. ${e.issues.length} problem(s):\n`);
    for (const i of e.issues) err.write(`  ${formatIssue(i)}\n`);
    return 1;
  }
  if (isRelataError(e)) {
    err.write(`error [${e.code}]: ${e.message}\n`);
    return 1;
  }
  err.write(`unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
};

/** A progress bar on a terminal (stderr), silence otherwise. */
export const progressReporter = (stream: NodeJS.WriteStream = process.stderr) => {
  if (!stream.isTTY) return { onProgress: undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: ' {phase} [{bar}] {value}/{total}', stream },
    Presets.shades_classic,
  );
  let phase = '';
  return {
    onProgress: (p: LoadProgress) => {
      if (p.phase !== phase) {
        if (phase !== '') bar.stop();
        phase = p.phase;
        bar.start(p.total, p.done, { phase: p.phase.padEnd(13) });
      } else bar.update(p.done);
    },
    stop: () => bar.stop(),
  };
};

export const formatSummary = (s: LoadSummary): string => {
  const n = (v: number) => String(v).padStart(7);
  const row = (name: string, c: Counts) =>
    `  ${name.padEnd(14)} ${n(c.added)} added ${n(c.updated)} updated ${n(c.unchanged)} unchanged`;
  const r = s.relationships;
  return [
    'Loaded:',
    row('actors', s.actors),
    row('sources', s.sources),
    row('claims', s.claims),
    `  ${'relationships'.padEnd(14)} ${n(r.added)} added ${n(r.updated)} updated ${n(r.removed)} removed`,
  ].join('\n');
};
