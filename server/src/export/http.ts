import { Router, type Response } from 'express';
import { RelataError, isRelataError, type ErrorCode } from '../domain';
import type { GraphStore } from '../store';
import { exportFilename } from './meta';
import { parseExportParams } from './params';
import { openScope } from './scope';
import { ExportAbortedError } from './sink';
import { FORMAT_INFO } from './types';
import { writeScope, type WriteOptions } from './write';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  LIMIT_EXCEEDED: 400,
  STORE_UNAVAILABLE: 503,
  STORE_AUTH_FAILED: 503,
};

/** `{ error: { code, message } }`; unexpected errors are logged and masked as INTERNAL. */
const sendError = (res: Response, e: unknown) => {
  if (!isRelataError(e)) console.error('[relata] export failed', e);
  const err = isRelataError(e) ? e : new RelataError('INTERNAL', 'The export failed');
  res.removeHeader('Content-Disposition');
  res.removeHeader('Content-Type');
  res
    .status(HTTP_STATUS[err.code] ?? 500)
    .json({ error: { code: err.code, message: err.message } });
};

/**
 * `GET /export?format=…` with the view's parameters (actorIds, depth, limit, predicates,
 * statuses, origins, from, to), streamed as a download. Errors found before the first byte
 * is sent get a JSON error; a failure mid-stream aborts the response so it cannot pass for
 * a complete file.
 */
export const exportRouter = (store: GraphStore, options: WriteOptions = {}): Router => {
  const router = Router();
  router.get('/export', async (req, res) => {
    let opened;
    try {
      const request = parseExportParams(req.query);
      opened = { request, scope: await openScope(store, request, options) };
    } catch (e) {
      sendError(res, e);
      return;
    }
    const { request, scope } = opened;
    const filename = exportFilename(scope.meta, request.format);
    // Built from slugs and digits, so it is a safe quoted-string; anything else goes via express.
    if (/^[\w.+-]+$/.test(filename))
      res.set('Content-Disposition', `attachment; filename="${filename}"`);
    else res.attachment(filename);
    res.set({
      'Content-Type': FORMAT_INFO[request.format].contentType,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    try {
      await writeScope(scope, request.format, res, options);
      res.end();
    } catch (e) {
      if (e instanceof ExportAbortedError) return;
      if (!res.headersSent) sendError(res, e);
      else {
        console.error('[relata] export failed mid-stream', e);
        res.destroy(e instanceof Error ? e : undefined);
      }
    }
  });
  return router;
};
