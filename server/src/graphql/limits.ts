import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface GraphQLLimits {
  introspection: boolean;
  queryTimeoutMs: number;
}

/** Query shape limits: depth, cost, aliases, directives and tokens (graphql-armor). */
export const ARMOR = {
  maxDepth: { n: 10 },
  costLimit: { maxCost: 20_000 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 2_000 },
  blockFieldSuggestion: { enabled: true },
} as const;

const limitError = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', http: { status: 400 } } });

/** Marks graphql-armor's rejections with LIMIT_EXCEEDED (they come without a code). */
const armorCodes = (): Plugin => ({
  onValidate:
    () =>
    ({ result, setResult }) => {
      if (result.length === 0) return;
      setResult(
        (result as readonly GraphQLError[]).map((e) =>
          /limit|exceed|Too many|aliases|directives|tokens|depth|cost/i.test(e.message) &&
          (e.extensions.code === undefined || e.extensions.code === 'GRAPHQL_VALIDATION_FAILED')
            ? limitError(e.message)
            : e,
        ),
      );
    },
});

/** Stops waiting for an execution after the timeout and answers with code TIMEOUT. */
const timeout = (ms: number): Plugin => ({
  onExecute: ({ executeFn, setExecuteFn }) => {
    setExecuteFn((args): ReturnType<typeof executeFn> => {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise((resolve) => {
        timer = setTimeout(
          () =>
            resolve({
              errors: [
                new GraphQLError(`Query took longer than ${ms} ms and was stopped.`, {
                  extensions: { code: 'TIMEOUT' },
                }),
              ],
            }),
          ms,
        );
      });
      const run = Promise.resolve(executeFn(args) as unknown);
      const raced: Promise<unknown> = Promise.race([run, deadline]).finally(() =>
        clearTimeout(timer),
      );
      return raced as ReturnType<typeof executeFn>;
    });
  },
});

const noIntrospection = (): Plugin => ({
  onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
});

export const limitPlugins = (limits: GraphQLLimits): Plugin[] => [
  EnvelopArmorPlugin(ARMOR),
  armorCodes(),
  timeout(limits.queryTimeoutMs),
  ...(limits.introspection ? [] : [noIntrospection()]),
];
