import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import type { Config } from '../config';
import { exportRouter } from '../export/http';
import { createGraphQL } from '../graphql';
import type { GraphStore } from '../store';
import {
  bodyLimit,
  corsPolicy,
  graphqlMediaType,
  rateLimiter,
  readAuth,
  securityHeaders,
} from './security';

export const CLIENT_DIST = fileURLToPath(new URL('../../../client/dist/', import.meta.url));

export interface AppOptions {
  store: GraphStore;
  config: Config;
  /** Directory of the built front end; default client/dist. */
  clientDir?: string;
}

/** Paths of the API (rate-limited, behind the read token when configured). */
const API = ['/graphql', '/export'];

/** Builds the HTTP app without listening: only the entry point calls `listen`. */
export const createApp = ({ store, config, clientDir = CLIENT_DIST }: AppOptions): Express => {
  const app = express();
  app.disable('x-powered-by');
  const headers = securityHeaders();
  app.use((req, res, next) =>
    (req.path.startsWith('/graphql') ? headers.graphiql : headers.app)(req, res, next),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      const h = await store.health();
      res.status(h.ok ? 200 : 503).json(h);
    } catch (e) {
      res
        .status(503)
        .json({ store: store.kind, ok: false, detail: e instanceof Error ? e.message : String(e) });
    }
  });

  app.use(API, corsPolicy(config), rateLimiter(config), readAuth(config));
  const yoga = createGraphQL({
    store,
    token: config.security.token,
    limits: {
      introspection: config.security.introspection,
      queryTimeoutMs: config.security.queryTimeoutMs,
    },
  });
  app.use(yoga.graphqlEndpoint, graphqlMediaType, ...bodyLimit(config), yoga);
  app.use(exportRouter(store));

  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The Relata front end is not built. Run `npm run build:client` (npm start does it).');
    });
  }
  return app;
};
