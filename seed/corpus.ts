import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { IngestPassage } from './ingest/segment.ts';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

const SourceMeta = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().regex(/^[\w.-]+\.txt$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().min(1),
  authors: z.array(z.string()).nullable(),
  year: z.number().int().nullable(),
  yearNote: z.string().optional(),
  publisher: z.string().nullable(),
  publisherNote: z.string().optional(),
  container: z.string().optional(),
  doi: z.string().optional(),
  isbn: z.string().optional(),
  funder: z.string().optional(),
  kind: z.string().min(1),
  jurisdiction: z.string().nullable(),
  notes: z.string().optional(),
  /** `slides` for a slide deck's text (slide layout and the font decoder); default: by source id, else `document`. */
  layout: z.enum(['document', 'slides']).optional(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

const SourcesFile = z.object({ about: z.string().optional(), sources: z.array(SourceMeta).min(1) });

/** A source added by ingestion and exported to the user corpus (seed/user-corpus.ts): the metadata the ingest stored, text sha256 included. */
export const IngestedSourceMeta = SourceMeta.extend({
  authors: z.array(z.string()),
  url: z.string().nullable(),
  layout: z.literal('document'),
  ingested: z.literal(true),
  format: z.string().min(1),
  extractor: z.string().min(1),
  originalFile: z.string().min(1),
  originalSha256: z.string().regex(/^[0-9a-f]{64}$/),
  originalBytes: z.number().int().min(1),
  length: z.number().int().min(1),
  pages: z.number().int().min(1).nullable(),
});
export type IngestedSourceMeta = z.infer<typeof IngestedSourceMeta>;
export const UserSourcesFile = z.object({ about: z.string().optional(), sources: z.array(IngestedSourceMeta) });

export interface CorpusSource extends SourceMeta {
  /** The unmodified file as a JavaScript string: every offset indexes into this. */
  raw: string;
  /** Set on a source of the user corpus: it was ingested, and its passages come from the ingest's segmenter. */
  ingested?: true;
  /** The passages its ingest wrote, as exported with it (seed/user-corpus.ts), tiling `raw`: the seed keeps them rather than segmenting again. */
  segments?: IngestPassage[];
}

export class CorpusError extends Error {}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads sources.json, validates it, and reads each file, refusing any whose bytes differ from the recorded sha256. */
export function loadCorpus(dir = CORPUS_DIR, schema: z.ZodType<{ sources: SourceMeta[] }> = SourcesFile): CorpusSource[] {
  const metaPath = join(dir, 'sources.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch (e) {
    throw new CorpusError(`${metaPath}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorpusError(`${metaPath}: field ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.sources.map((meta) => {
    const path = join(dir, meta.file);
    const bytes = readFileSync(path);
    const digest = sha256(bytes);
    if (digest !== meta.sha256) {
      throw new CorpusError(`${path}: sha256 ${digest} does not match sources.json (${meta.sha256}) for source ${meta.id}`);
    }
    return { ...meta, raw: bytes.toString('utf8') };
  });
}
