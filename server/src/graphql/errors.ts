import { GraphQLError } from 'graphql';
import { isRelataError } from '../domain';
import type { Plugin } from 'graphql-yoga';

const withCode = (e: GraphQLError, code: string, message = e.message, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    path: e.path,
    originalError: e.originalError,
    extensions: { ...e.extensions, ...extra, code },
  });

/**
 * Yoga's maskError: Relata errors keep their message and code; anything unexpected is logged
 * and masked as INTERNAL so that no stack or internal detail reaches API clients.
 */
export const maskError = (error: unknown, message: string): Error => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (isRelataError(original)) {
    const base = error instanceof GraphQLError ? error : new GraphQLError(original.message);
    return withCode(base, original.code, original.message);
  }
  // GraphQL's own errors (syntax, validation, variable coercion) are safe to show as they are.
  if (error instanceof GraphQLError && (original === undefined || original instanceof GraphQLError))
    return error;
  console.error('[relata] unexpected error', original);
  return new GraphQLError(message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL' },
  });
};

/** Gives parse and variable errors a stable code too (validation errors get one from Yoga). */
export const useErrorCodes = (): Plugin => ({
  onParse: () => ({ result, replaceParseResult }) => {
    if (result instanceof GraphQLError && result.extensions.code === undefined)
      replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
  },
  onExecutionResult: ({ result, setResult }) => {
    if (!result || !('errors' in result) || !result.errors) return;
    const errors = result.errors.map((e) =>
      e.extensions.code === undefined && e.path === undefined ? withCode(e, 'BAD_USER_INPUT') : e,
    );
    setResult({ ...result, errors });
  },
});
