export * from './types';
export { exportFilename } from './meta';
export { parseExportParams, DEFAULT_VIEW_LIMIT } from './params';
export { openScope, type ExportScope, type ScopeOptions } from './scope';
export { ChunkSink, ExportAbortedError } from './sink';
export { exportTo, writeScope, type WriteOptions } from './write';
export { exportRouter } from './http';
export { runExport, type ExportCliOptions } from './cli';
