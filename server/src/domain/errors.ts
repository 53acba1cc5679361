/** Stable error codes shared by the loader, the stores, the CLI and the GraphQL API. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'INVALID_DATASET',
  'NOT_FOUND',
  'LIMIT_EXCEEDED',
  'TIMEOUT',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'STORE_UNAVAILABLE',
  'STORE_AUTH_FAILED',
  'STORE_CONFLICT',
  'CONFIG_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class RelataError extends Error {
  override readonly name: string = 'RelataError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** One problem in one input file, located by line (1-based) where known. */
export interface DatasetIssue {
  file: string;
  line: number | null;
  message: string;
}

export const formatIssue = (i: DatasetIssue): string =>
  `${i.file}${i.line === null ? '' : `:${i.line}`}: ${i.message}`;

export class DatasetError extends RelataError {
  override readonly name = 'DatasetError';
  constructor(readonly issues: DatasetIssue[]) {
    super(
      'INVALID_DATASET',
      issues.length === 1
        ? formatIssue(issues[0]!)
        : `${issues.length} problems:\n${issues.map(formatIssue).join('\n')}`,
      { issues },
    );
  }
}

export const isRelataError = (e: unknown): e is RelataError => e instanceof RelataError;
