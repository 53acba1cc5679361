import { readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import type { RelataContext } from './context';
import { resolvers } from './resolvers';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export const schema = createSchema<RelataContext>({ typeDefs, resolvers });
