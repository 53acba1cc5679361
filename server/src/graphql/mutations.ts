import { RelataError } from '../domain';
import { validateFiles } from '../loader';
import type { RelataContext } from './context';

const MAX_FILES = 200;

/** Writes need the configured bearer token; without one configured, writes are off. */
export const requireWriter = (ctx: RelataContext): void => {
  if (ctx.auth === 'no-token-configured')
    throw new RelataError(
      'FORBIDDEN',
      'Writes are disabled on this server: set RELATA_TOKEN to enable them.',
    );
  if (ctx.auth !== 'writer')
    throw new RelataError(
      'UNAUTHENTICATED',
      'Loading needs the bearer token (Authorization: Bearer …).',
    );
};

export const mutationResolvers = {
  Mutation: {
    load: async (
      _: unknown,
      a: { files: { name: string; text: string }[] },
      ctx: RelataContext,
    ) => {
      requireWriter(ctx);
      if (a.files.length === 0 || a.files.length > MAX_FILES)
        throw new RelataError('BAD_USER_INPUT', `Send between 1 and ${MAX_FILES} files.`);
      const files = a.files.map((f) => ({ file: f.name, text: f.text }));
      const dataset = await validateFiles(ctx.store, files);
      return ctx.store.load(dataset);
    },
  },
};
