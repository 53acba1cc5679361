import { timingSafeEqual } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphStore } from '../store';
import { createLoaders, type RelataContext } from './context';
import { maskError, useErrorCodes } from './errors';
import { limitPlugins, type GraphQLLimits } from './limits';
import { schema } from './schema';

export { AXIS_IDS } from './resolvers';
export type { RelataContext } from './context';

export interface YogaOptions {
  store: GraphStore;
  graphiql?: boolean;
  /** Bearer token that allows writes; undefined switches writes off. */
  token?: string;
  limits?: Partial<GraphQLLimits>;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type RelataYoga = YogaServerInstance<{}, RelataContext>;

const authOf = (request: Request, token: string | undefined): RelataContext['auth'] => {
  if (token === undefined) return 'no-token-configured';
  const m = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '');
  const given = Buffer.from(m?.[1]?.trim() ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want) ? 'writer' : 'reader';
};

/**
 * The GraphQL endpoint: one DataLoader set per request, Relata errors with stable codes,
 * query limits (graphql-armor, timeout), GraphiQL bundled locally (no CDN).
 */
export const createGraphQL = ({
  store,
  graphiql = true,
  token,
  limits = {},
}: YogaOptions): RelataYoga =>
  createYoga<object, RelataContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiql && { title: 'Relata GraphQL', defaultQuery: EXAMPLE_QUERY },
    renderGraphiQL,
    landingPage: false,
    batching: false,
    cors: false, // CORS is the app's policy (http/security.ts), not Yoga's permissive default
    maskedErrors: { maskError },
    plugins: [
      // Compiles each query once to plain JS (graphql-jit): large views resolve several times faster.
      useGraphQlJit({}, { cache: jitCache() }),
      ...limitPlugins({
        introspection: limits.introspection ?? true,
        queryTimeoutMs: limits.queryTimeoutMs ?? 15_000,
      }),
      useErrorCodes(),
    ],
    context: ({ request }) => ({
      store,
      loaders: createLoaders(store),
      auth: authOf(request, token),
    }),
    logging: 'error',
  });

/** Bounded cache of compiled queries (a client sending endless distinct queries cannot grow it). */
const jitCache = () => {
  const m = new Map<string, never>();
  return {
    get: (k: string) => m.get(k),
    set: (k: string, v: never) => {
      if (m.size >= 500) m.delete(m.keys().next().value!);
      m.set(k, v);
    },
  };
};

const EXAMPLE_QUERY = `# The axis and its neighbours, with the sources behind each edge
query Axis {
  stats { actors relationships claims sources }
  neighborhood(actorIds: ["russia", "china", "iran", "north-korea"], depth: 1, limit: 50) {
    nodes { id name kind }
    edges {
      source { id } target { id } predicate claimCount status contested
      claims { status date note source { title publishedDate } }
    }
    truncated
  }
}
`;
