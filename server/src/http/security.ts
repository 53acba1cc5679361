import { timingSafeEqual } from 'node:crypto';
import cors from 'cors';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Config } from '../config';
import type { ErrorCode } from '../domain';

/** An HTTP-level rejection in the GraphQL error shape, so every client parses one format. */
export const sendError = (res: Response, status: number, code: ErrorCode, message: string) => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * Strict CSP for the app: only our own scripts, styles, data and blob images (PNG/SVG export),
 * and workers (off-main-thread layouts). Inline style attributes are allowed because Cytoscape
 * and the side panel set element styles.
 */
const APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** GraphiQL (bundled, no CDN) is one page with inline scripts and styles. */
const GRAPHIQL_CSP = { ...APP_CSP, scriptSrc: ["'self'", "'unsafe-inline'", "'unsafe-eval'"] };

export const securityHeaders = (): { app: RequestHandler; graphiql: RequestHandler } => ({
  app: helmet({ contentSecurityPolicy: { useDefaults: false, directives: APP_CSP } }),
  graphiql: helmet({ contentSecurityPolicy: { useDefaults: false, directives: GRAPHIQL_CSP } }),
});

/** CORS limited to the configured origins; none configured means same-origin only. */
export const corsPolicy = (config: Config): RequestHandler =>
  cors({
    origin: config.security.corsOrigins.length > 0 ? config.security.corsOrigins : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'accept'],
    maxAge: 600,
  });

/** Per-client request budget (by IP); 429 with code RATE_LIMITED when exceeded. */
export const rateLimiter = (config: Config): RequestHandler => {
  const limit = config.security.rateLimitPerMinute;
  if (limit === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) =>
      sendError(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests: at most ${limit} a minute. Try again shortly.`,
      ),
  });
};

const tokenOf = (req: Request): string | null => {
  const h = req.headers.authorization;
  const m = h === undefined ? null : /^Bearer\s+(.+)$/i.exec(h);
  return m?.[1]?.trim() ?? null;
};

/** Constant-time comparison of the request's bearer token with the configured one. */
export const hasValidToken = (req: Request, token: string | undefined): boolean => {
  const given = tokenOf(req);
  if (token === undefined || given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** When reads are configured to need the token, every API request must carry it. */
export const readAuth =
  (config: Config): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => {
    if (!config.security.readAuth || hasValidToken(req, config.security.token)) return next();
    sendError(
      res,
      401,
      'UNAUTHENTICATED',
      'This Relata server needs a bearer token (Authorization: Bearer …).',
    );
  };

/**
 * Reads request bodies into a buffer up to the cap (chunked bodies included); Yoga then parses
 * the buffer as usual. Over the cap: 413 with code LIMIT_EXCEEDED.
 */
export const bodyLimit = (config: Config): RequestHandler[] =>
  [
    express.raw({ type: () => true, limit: config.security.maxBodyBytes }),
    (err: unknown, _req: Request, res: Response, next: NextFunction) => {
      const e = err as { type?: string; status?: number } | undefined;
      if (e?.type === 'entity.too.large')
        return sendError(
          res,
          413,
          'LIMIT_EXCEEDED',
          `Request body over ${config.security.maxBodyBytes} bytes.`,
        );
      if (e?.status !== undefined && e.status >= 400 && e.status < 500)
        return sendError(res, e.status, 'BAD_USER_INPUT', 'Unreadable request body.');
      next(err);
    },
  ] as RequestHandler[];

const GRAPHQL_POST_TYPES =
  /^(application\/json|application\/graphql-response\+json|application\/graphql|multipart\/form-data)\b/i;

/** POSTs must carry a GraphQL media type; others get 415 with a coded error body (Yoga's is empty). */
export const graphqlMediaType: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || GRAPHQL_POST_TYPES.test(req.headers['content-type'] ?? ''))
    return next();
  sendError(res, 415, 'BAD_USER_INPUT', 'Send GraphQL requests as application/json.');
};
