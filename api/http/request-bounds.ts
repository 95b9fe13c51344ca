import type { Request, Response } from 'express';
import type { RequestBounds } from '../db.ts';

/**
 * The bounds of one request's database work: its signal aborts when the client closes the
 * connection before the answer is sent, or when `timeoutMs` has passed since the request came
 * in. Work for a client that has gone would otherwise keep the database busy and starve the
 * clients still waiting (what a load past capacity showed: each client that timed out left its
 * queries running).
 */
export function requestBounds(req: Request, res: Response, timeoutMs: number): RequestBounds {
  const gone = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) gone.abort(new Error('the client closed the connection'));
  });
  return { signal: AbortSignal.any([gone.signal, AbortSignal.timeout(timeoutMs)]), timeoutMs };
}
