import { formatIssue, RelataError } from '../domain';
import type { Config } from '../config';
import { withStore } from '../cli/commands';
import { formatSummary, progressReporter } from '../cli/output';
import { importFiles, type ImportInput, type ImportReport } from './stream';

/** Options of `relata load` that select an event-data import. */
export interface ImportCliOptions {
  gdelt?: string;
  icews?: string;
  skipBadRows?: boolean;
}

/** `relata load --gdelt <file> | --icews <file> [--skip-bad-rows]`. */
export const runImport = (config: Config, paths: readonly string[], o: ImportCliOptions) => {
  if (paths.length > 0)
    throw new RelataError(
      'BAD_USER_INPUT',
      'Give either dataset files or --gdelt/--icews, not both (run two loads).',
    );
  const inputs: ImportInput[] = [
    ...(o.gdelt !== undefined ? [{ format: 'gdelt' as const, file: o.gdelt }] : []),
    ...(o.icews !== undefined ? [{ format: 'icews' as const, file: o.icews }] : []),
  ];
  return withStore(config, async (store) => {
    const progress = progressReporter();
    try {
      const report = await importFiles(store, inputs, {
        skipBadRows: o.skipBadRows === true,
        onProgress: progress.onProgress,
      });
      progress.stop();
      process.stdout.write(`${formatReport(report)}\n`);
    } finally {
      progress.stop();
    }
  });
};

export const formatReport = (r: ImportReport): string => {
  const s = r.skipped;
  const lines = [
    formatSummary(r.summary),
    `Rows: ${r.rows} read, ${r.imported} imported as claims.`,
    `Skipped: ${s.missingActor} without two actors, ${s.sameActor} with the same actor at both ends, ` +
      `${s.badRows} malformed.`,
  ];
  if (r.badRowExamples.length > 0)
    lines.push(
      `Malformed rows${s.badRows > r.badRowExamples.length ? ` (first ${r.badRowExamples.length})` : ''}:`,
      ...r.badRowExamples.map((i) => `  ${formatIssue(i)}`),
    );
  return lines.join('\n');
};
