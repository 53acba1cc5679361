import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { RelataError } from '../domain';
import type { GraphStore } from '../store';
import { exportFilename } from './meta';
import { parseExportParams } from './params';
import { openScope } from './scope';
import { writeScope, type WriteOptions } from './write';

/** What `relata export` passes on (commander's camelCased options), before validation. */
export interface ExportCliOptions {
  format: string;
  /** A file path, or '-' for stdout. */
  out: string;
  actorIds?: string | string[];
  depth?: string | number;
  limit?: string | number;
  predicates?: string | string[];
  statuses?: string | string[];
  origins?: string | string[];
  from?: string;
  to?: string;
}

export interface ExportResult {
  out: string;
  bytes: number;
  /** The name the HTTP endpoint would suggest for this export. */
  suggestedName: string;
}

/**
 * Exports to a file (written under a temporary name and renamed when complete, so a failed
 * export leaves no partial file) or to stdout. Validation as for `GET /export`.
 */
export const runExport = async (
  store: GraphStore,
  options: ExportCliOptions,
  io: WriteOptions & { stdout?: Writable; stderr?: Writable } = {},
): Promise<ExportResult> => {
  const { out, ...params } = options;
  if (typeof out !== 'string' || out === '')
    throw new RelataError('BAD_USER_INPUT', 'out must be a file path or - for stdout');
  const request = parseExportParams(params);
  const scope = await openScope(store, request, io);
  const suggestedName = exportFilename(scope.meta, request.format);
  const stderr = io.stderr ?? process.stderr;
  if (out === '-') {
    const bytes = await writeScope(scope, request.format, io.stdout ?? process.stdout, io);
    return { out, bytes, suggestedName };
  }
  const temp = `${out}.partial-${process.pid}`;
  const file = createWriteStream(temp, { flags: 'wx' });
  try {
    const bytes = await writeScope(scope, request.format, file, io);
    file.end();
    await finished(file);
    await rename(temp, out);
    stderr.write(`Exported ${request.format} (${bytes} bytes) to ${out}\n`);
    return { out, bytes, suggestedName };
  } catch (e) {
    file.destroy();
    await rm(temp, { force: true });
    throw e;
  }
};
