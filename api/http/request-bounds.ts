import { setMaxListeners } from 'node:events';
import type { Request, Response } from 'express';
import type { RequestBounds } from '../db.ts';

/** Listeners on one request's signal before Node warns (two per statement running at once). */
const MAX_STATEMENT_LISTENERS = 100;

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
  const signal = AbortSignal.any([gone.signal, AbortSignal.timeout(timeoutMs)]);
  // One request runs its statements in parallel (DataLoader batches), each with a listener of ours and
  // one of the driver's on this signal, all removed when the statement ends: more than Node's default
  // warning threshold of 10 is expected, not a leak. The bound stays finite so a real leak still warns.
  setMaxListeners(MAX_STATEMENT_LISTENERS, signal);
  return { signal, timeoutMs };
}
