/**
 * One JSON error answer for everything outside GraphQL execution: body-parser errors, unknown
 * routes, refusals of admission control and anything unexpected. No stack trace ever leaves the
 * process; each error is logged once through pino (client errors at info, others at error).
 */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** Answers in the shape the path's clients read: GraphQL's `errors` on /graphql, `{error}` elsewhere. */
export function sendError(req: Request, res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (req.originalUrl.startsWith('/graphql')) res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
  else res.status(status).json({ error: message, code, ...extra });
}

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  limit?: number;
}

const BODY_MESSAGES: Record<string, (e: HttpError) => string> = {
  'entity.parse.failed': () => 'The request body is not valid JSON.',
  'entity.too.large': (e) => `The request body is larger than the limit of ${e.limit ?? 'the'} bytes.`,
  'encoding.unsupported': () => 'The request body has an unsupported content encoding.',
  'charset.unsupported': () => 'The request body has an unsupported charset; send UTF-8.',
  'request.aborted': () => 'The request was aborted.',
};

export function errorHandler(log: Logger) {
  return (err: HttpError, req: Request, res: Response, _next: NextFunction): void => {
    const status = err.status ?? err.statusCode ?? 500;
    const requestId = res.locals.requestId as string | undefined;
    if (status >= 400 && status < 500) {
      const message = (err.type && BODY_MESSAGES[err.type]?.(err)) ?? (err.expose ? err.message : 'Bad request.');
      log.info({ requestId, status, type: err.type, reason: err.message }, 'client error');
      sendError(req, res, status, 'BAD_REQUEST', message);
      return;
    }
    log.error({ requestId, err }, 'unexpected error');
    sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  };
}

export function notFound(req: Request, res: Response): void {
  sendError(req, res, 404, 'NOT_FOUND', `No route ${req.method} ${req.path}.`);
}
