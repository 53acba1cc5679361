import type { Writable } from 'node:stream';
import type { GraphStore } from '../store';
import { writeHtmlBrief } from './brief-html';
import { writeMarkdownBrief } from './brief-md';
import { writeCsvZip } from './csv';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeCytoscapeJson } from './json';
import { openScope, type ExportScope, type ScopeOptions } from './scope';
import { ChunkSink } from './sink';
import type { ExportFormat, ExportRequest } from './types';

type Writer = (scope: ExportScope, out: ChunkSink) => Promise<void>;

const WRITERS: Readonly<Record<ExportFormat, Writer>> = {
  csv: writeCsvZip,
  json: writeCytoscapeJson,
  graphml: writeGraphml,
  gexf: writeGexf,
  cypher: writeCypher,
  brief: writeMarkdownBrief,
  'brief-html': writeHtmlBrief,
};

export interface WriteOptions extends ScopeOptions {
  /** Bytes collected before each write to the destination (default 64 KiB). */
  chunkSize?: number;
}

/** Writes an opened scope in a format to `out` (which is not ended); returns the bytes written. */
export const writeScope = async (
  scope: ExportScope,
  format: ExportFormat,
  out: Writable,
  options: WriteOptions = {},
): Promise<number> => {
  const sink = new ChunkSink(out, options.chunkSize);
  await WRITERS[format](scope, sink);
  await sink.flush();
  return sink.written;
};

/** Opens the scope (NOT_FOUND for unknown focus actors) and writes the export. */
export const exportTo = async (
  store: GraphStore,
  request: ExportRequest,
  out: Writable,
  options: WriteOptions = {},
): Promise<number> =>
  writeScope(await openScope(store, request, options), request.format, out, options);
