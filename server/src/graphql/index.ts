import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphStore } from '../store';
import { createLoaders, type RelataContext } from './context';
import { maskError, useErrorCodes } from './errors';
import { schema } from './schema';

export { AXIS_IDS } from './resolvers';
export type { RelataContext } from './context';

export interface YogaOptions {
  store: GraphStore;
  graphiql?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type RelataYoga = YogaServerInstance<{}, RelataContext>;

/** The GraphQL endpoint: one DataLoader set per request, Relata errors with stable codes. */
export const createGraphQL = ({ store, graphiql = true }: YogaOptions): RelataYoga =>
  createYoga<object, RelataContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiql && { title: 'Relata GraphQL', defaultQuery: EXAMPLE_QUERY },
    landingPage: false,
    maskedErrors: { maskError },
    plugins: [useErrorCodes()],
    context: () => ({ store, loaders: createLoaders(store) }),
    logging: 'warn',
  });

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
