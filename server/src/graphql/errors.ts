import { GraphQLError } from 'graphql';
import { isRelataError } from '../domain';
import type { Plugin } from 'graphql-yoga';

const withCode = (
  e: GraphQLError,
  code: string,
  message = e.message,
  extra: Record<string, unknown> = {},
) =>
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
  const located = isGraphQLError(error) ? error : null;
  const original = located ? located.originalError : error;
  if (isRelataError(original)) {
    const base = located ?? new GraphQLError(original.message);
    return withCode(base, original.code, original.message, original.details ?? {});
  }
  // GraphQL's own errors (syntax, validation, variable coercion) are safe to show as they are.
  if (located && (original === undefined || original === null || isGraphQLError(original)))
    return located;
  console.error('[relata] unexpected error', original);
  return new GraphQLError(message, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: 'INTERNAL' },
  });
};

/**
 * Duck-typed: under some bundlers `graphql` loads twice (ESM and CJS builds), so errors from
 * Yoga may not be instances of the GraphQLError class this module imports.
 */
const isGraphQLError = (e: unknown): e is GraphQLError =>
  e instanceof Error && 'locations' in e && 'path' in e;

/** How graphql-armor words its rejections ("Query depth limit of 10 exceeded, found 14"). */
const ARMOR_LIMIT = /limit of \d+ exceeded/i;

/** Gives parse and variable errors a stable code too (validation errors get one from Yoga). */
export const useErrorCodes = (): Plugin => ({
  onParse:
    () =>
    ({ result, replaceParseResult }) => {
      if (isGraphQLError(result) && result.extensions.code === undefined)
        // graphql-armor's token and depth limits reject while parsing.
        replaceParseResult(
          withCode(
            result,
            ARMOR_LIMIT.test(result.message) ? 'LIMIT_EXCEEDED' : 'GRAPHQL_PARSE_FAILED',
          ),
        );
    },
  onExecutionResult: (payload) => {
    const { result } = payload;
    if (!result || !('errors' in result) || !result.errors) return;
    const errors = result.errors.map((e) =>
      // graphql-jit's own errors may come without an extensions object.
      (e.extensions as GraphQLError['extensions'] | undefined)?.code === undefined &&
      e.path === undefined
        ? withCode(e, ARMOR_LIMIT.test(e.message) ? 'LIMIT_EXCEEDED' : 'BAD_USER_INPUT')
        : e,
    );
    payload.setResult({ ...result, errors });
  },
});
