/**
 * `POST /ingest/upload`: a curator uploads a document to ingest. Outside GraphQL because a file
 * is bytes, not JSON: the body is the file itself (`Content-Type: application/octet-stream`, at
 * most 50 MB) and its name and metadata are URL parameters — one file per request needs no
 * multipart parser, and the browser still reports upload progress. The answer streams one JSON
 * object per line (`application/x-ndjson`): the stages as they start, then `{"done": …}` or
 * `{"error": …}` (nothing is written on an error).
 *
 * Guarded like the GraphQL POSTs: a curator's bearer token (401/403), and a custom header
 * (`X-Triangulate-Upload: 1`) that a cross-site form cannot send without a CORS preflight, which
 * only the listed origins pass. The pipeline is the command line's (seed/ingest/pipeline.ts),
 * handed in by the process that wires the layers (scripts/serve.ts); without one the route answers 503.
 */
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { createHash, randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { Principal } from '../context.ts';
import { createAudit } from '../cypher/curation.ts';
import { sendError } from './errors.ts';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const UPLOAD_HEADER = 'x-triangulate-upload';

/** What the pipeline reports: the ingested source, or why the file was refused (the message names the file). */
export type UploadOutcome =
  { ok: true; sourceId: string; title: string; passages: number; candidates: Record<string, number> } | { ok: false; message: string };

/** A statement runner: the pipeline's write transaction, which the upload's audit record joins. */
export interface UploadTx {
  run(cypher: string, params?: Record<string, unknown>): Promise<unknown>;
}

/**
 * Runs the ingest pipeline on an uploaded file; `onStage` is called as each stage starts, `audit`
 * inside the write transaction (with the new source's id), so the source and its audit record
 * commit together or not at all.
 */
export type UploadPipeline = (
  upload: { name: string; bytes: Uint8Array; meta: Record<string, string> },
  onStage: (stage: string) => void,
  audit: (tx: UploadTx, sourceId: string) => Promise<void>,
) => Promise<UploadOutcome>;

const Param = z.string().max(2000, 'must be at most 2000 characters');
const UploadParams = z.object({
  name: z.string().min(1, 'is required: the file name').max(255, 'must be at most 255 characters'),
  id: Param.optional(),
  title: Param.optional(),
  authors: Param.optional(),
  year: Param.optional(),
  kind: Param.optional(),
  url: Param.optional(),
});

/** What the process hands the API for ingested documents: the upload pipeline, and dropping a removed source's kept files. */
export interface IngestHooks {
  upload: UploadPipeline;
  forget(sourceId: string): void;
}

/** Every upload is audited (UPLOAD_DOCUMENT): who, when, the file, its sha256, the source id and the outcome. */
function uploadAudit(
  res: Response,
  file: { name: string; bytes: number; sha256: string; id: string | null },
  outcome: 'INGESTED' | 'REFUSED' | 'FAILED',
  sourceId: string | null,
  message: string | null,
) {
  const who = res.locals.principal as Principal;
  return createAudit({
    id: `audit:${randomUUID()}`,
    at: new Date().toISOString(),
    actor: who.name,
    role: who.role,
    action: 'UPLOAD_DOCUMENT',
    targetId: sourceId ?? file.id ?? file.name,
    relatedId: null,
    before: null,
    after: JSON.stringify({ bytes: file.bytes, file: file.name, message, outcome, sha256: file.sha256, sourceId }),
    requestId: res.locals.requestId as string,
  });
}

export function mountUpload(app: Express, guards: RequestHandler[], pipeline: UploadPipeline | undefined, log: Logger, driver: Driver): void {
  let busy = false;
  const check = (req: Request, res: Response, next: NextFunction) => {
    const principal = res.locals.principal as Principal | null;
    if (!principal) return sendError(req, res, 401, 'UNAUTHENTICATED', 'Uploading needs a curator token: send "Authorization: Bearer <token>".');
    if (principal.role !== 'curator')
      return sendError(req, res, 403, 'FORBIDDEN', `The token "${principal.name}" may read but not upload: uploading needs a curator token.`);
    if (req.headers[UPLOAD_HEADER] !== '1') return sendError(req, res, 400, 'BAD_REQUEST', `Send the header "X-Triangulate-Upload: 1" with an upload.`);
    if (!req.is('application/octet-stream'))
      return sendError(req, res, 415, 'BAD_REQUEST', 'Send the file as the body, with Content-Type: application/octet-stream.');
    const params = UploadParams.safeParse(req.query);
    if (!params.success) {
      const issue = params.error.issues[0]!;
      return sendError(req, res, 400, 'BAD_REQUEST', `${issue.path.join('.') || 'parameters'}: ${issue.message}`, { parameter: issue.path.join('.') });
    }
    const length = Number(req.headers['content-length'] ?? NaN);
    if (length > MAX_UPLOAD_BYTES) {
      return sendError(req, res, 413, 'BAD_REQUEST', `${params.data.name}: the file is ${(length / 1024 / 1024).toFixed(1)} MB, over the 50 MB limit`);
    }
    if (!pipeline) return sendError(req, res, 503, 'UNAVAILABLE', 'This server does not ingest uploads (start it with npm start).');
    if (busy) {
      res.setHeader('retry-after', '5');
      return sendError(req, res, 503, 'OVERLOADED', 'Another document is being ingested; retry in a few seconds.');
    }
    // Taken before the body is read, so two uploads cannot both pass; given back when the answer ends, however it ends.
    busy = true;
    res.on('close', () => (busy = false));
    res.locals.upload = params.data;
    next();
  };

  app.post(
    '/ingest/upload',
    ...guards,
    check,
    express.raw({ type: 'application/octet-stream', limit: MAX_UPLOAD_BYTES }),
    async (req: Request, res: Response) => {
      const { name, ...meta } = res.locals.upload as z.infer<typeof UploadParams>;
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      res.status(200).setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('cache-control', 'no-store, no-transform');
      const line = (o: unknown) => res.write(`${JSON.stringify(o)}\n`);
      line({ stage: 'received', bytes: bytes.length });
      const file = { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), id: meta.id || null };
      // A refusal or failure wrote nothing, so its audit record is a write of its own; a failure to record it is logged, not shown.
      const auditAlone = async (outcome: 'REFUSED' | 'FAILED', message: string) => {
        const a = uploadAudit(res, file, outcome, null, message);
        await driver
          .executeQuery(a.cypher, a.params)
          .catch((err: unknown) => log.error({ requestId: res.locals.requestId, err }, 'the upload audit was not written'));
      };
      try {
        const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
        const outcome = await pipeline!(
          { name, bytes, meta: defined },
          (stage) => line({ stage }),
          async (tx, sourceId) => {
            const a = uploadAudit(res, file, 'INGESTED', sourceId, null);
            await tx.run(a.cypher, a.params);
          },
        );
        if (outcome.ok) {
          const { ok: _ok, ...done } = outcome;
          log.info({ requestId: res.locals.requestId, sourceId: done.sourceId, actor: (res.locals.principal as Principal).name }, 'ingested an upload');
          line({ done });
        } else {
          await auditAlone('REFUSED', outcome.message);
          line({ error: outcome.message });
        }
      } catch (e) {
        log.error({ requestId: res.locals.requestId, err: e }, 'upload failed');
        const message = `${name}: the document could not be ingested (internal error); nothing was written`;
        await auditAlone('FAILED', message);
        line({ error: message });
      } finally {
        res.end();
      }
    },
  );
}
