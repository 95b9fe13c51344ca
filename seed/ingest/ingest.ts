/**
 * One document in: read and check the file, extract its text, validate the metadata, segment the
 * text into passages and propose candidate evidence. Pure of any database: `write.ts` stores the
 * result, `store.ts` keeps the original file and its text.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { loadCorpus, sha256 } from '../corpus.ts';
import { readTopics } from '../evidence/read.ts';
import { extractCandidates, type Candidate, type Topic } from './candidates.ts';
import { IngestError, MAX_BYTES, extract, type Format } from './extract.ts';
import { ingestedPassages, type IngestedPassage } from './passages.ts';
import { segmentText } from './segment.ts';

export type { IngestedPassage };

export { IngestError };

const thisYear = new Date().getUTCFullYear();

/** Metadata as given on the command line (strings), validated at the boundary. */
export const IngestMetaInput = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2–63 lower-case letters, digits and dashes, starting with a letter or digit')
    .optional(),
  title: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').optional(),
  authors: z
    .string()
    .trim()
    .max(2000)
    .transform((s) =>
      s
        .split(/\s*;\s*|\s*,\s*(?![^,;]*\b(?:Jr|Sr)\.?\b)/)
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(200, 'an author name must be at most 200 characters')).max(50, 'at most 50 authors'))
    .optional(),
  year: z
    .union([z.number(), z.string().trim()])
    .transform((v) => (typeof v === 'number' ? v : /^\d{4}$/.test(v) ? Number(v) : NaN))
    .pipe(
      z
        .number({ error: 'must be a four-digit year' })
        .int('must be a four-digit year')
        .min(1800, 'must be 1800 or later')
        .max(thisYear + 1, `must be ${thisYear + 1} or earlier`),
    )
    .optional(),
  kind: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2000)
    .optional(),
});
export type IngestMetaInput = z.input<typeof IngestMetaInput>;

export interface IngestedSource {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  kind: string;
  url: string | null;
  publisher: null;
  jurisdiction: null;
  layout: 'document';
  ingested: true;
  format: Format;
  /** Extractor version and library: offsets are valid for text made by this extractor. */
  extractor: string;
  /** The original file's name and sha256. */
  originalFile: string;
  originalSha256: string;
  originalBytes: number;
  /** The extracted text's sha256 (the corpus text every offset points into) and length. */
  sha256: string;
  file: string;
  length: number;
  pages: number | null;
}

export interface CandidateRecord extends Candidate {
  id: string;
  sourceId: string;
  passageId: string;
  status: 'proposed';
}

export interface IngestReport {
  source: IngestedSource;
  /** The extracted text (not printed in the JSON report: the passages' raw text tiles it). */
  text: string;
  passages: IngestedPassage[];
  candidates: CandidateRecord[];
  counts: { passages: Record<string, number>; candidates: Record<string, number> };
  dryRun: boolean;
}

export interface IngestOptions {
  dryRun?: boolean;
  /** Topics to suggest from (default: seed/evidence/topics.yaml). */
  topics?: Topic[];
  /** Ids taken by the curated corpus (default: seed/corpus/sources.json). */
  reservedIds?: Set<string>;
}

let corpusIds: Set<string> | undefined;
let defaultTopics: Topic[] | undefined;

/** A source id from a file name: "My Report (2021).pdf" becomes "my-report-2021". */
export function idFromFile(file: string): string {
  const stem = basename(file, extname(file))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return stem.length >= 2 ? stem : `doc-${stem || 'x'}`;
}

export function validateMeta(file: string, input: IngestMetaInput) {
  const parsed = IngestMetaInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(
      file,
      `bad metadata: --${issue.path.join('.') || 'input'} ${JSON.stringify((input as Record<string, unknown>)[String(issue.path[0])] ?? '')}: ${issue.message}`,
    );
  }
  return parsed.data;
}

export async function prepareIngest(file: string, input: IngestMetaInput = {}, opts: IngestOptions = {}): Promise<IngestReport> {
  const meta = validateMeta(file, input);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new IngestError(file, 'not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(file, `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size === 0) throw new IngestError(file, 'the file is empty');
  if (size > MAX_BYTES) throw new IngestError(file, `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 50 MB limit`);
  const bytes = readFileSync(file);
  const id = meta.id ?? idFromFile(file);
  const reserved = opts.reservedIds ?? (corpusIds ??= new Set(loadCorpus().map((s) => s.id)));
  if (reserved.has(id)) throw new IngestError(file, `id "${id}" is taken by a curated corpus source; choose another with --id`);

  const extraction = await extract(file, bytes);
  const text = extraction.text;
  const source: IngestedSource = {
    id,
    title: meta.title ?? extraction.title ?? basename(file),
    authors: meta.authors ?? [],
    year: meta.year ?? null,
    kind: meta.kind ?? 'ingested document',
    url: meta.url ?? null,
    publisher: null,
    jurisdiction: null,
    layout: 'document',
    ingested: true,
    format: extraction.format,
    extractor: extraction.extractor,
    originalFile: basename(file),
    originalSha256: sha256(bytes),
    originalBytes: bytes.length,
    sha256: sha256(text),
    file: `${id}.txt`,
    length: text.length,
    pages: extraction.pages,
  };

  const segments = segmentText(text);
  const passages = ingestedPassages(id, text, segments);
  const topics = opts.topics ?? (defaultTopics ??= readTopics().topics);
  const candidates: CandidateRecord[] = extractCandidates(text, segments, topics).map((c) => ({
    id: candidateId(id, c.type, c.start, c.end),
    sourceId: id,
    passageId: passages[c.passage - 1]!.id,
    status: 'proposed',
    ...c,
  }));
  const count = (xs: string[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});
  return {
    source,
    text,
    passages,
    candidates,
    counts: { passages: count(passages.map((p) => p.ingestRole)), candidates: count(candidates.map((c) => c.type)) },
    dryRun: !!opts.dryRun,
  };
}

/** A candidate's id: its source, type and span (stable while the text is). */
export function candidateId(sourceId: string, type: string, start: number, end: number): string {
  return `${sourceId}:cand-${type.slice(0, 4)}-${createHash('sha1').update(`${type}|${start}|${end}`).digest('hex').slice(0, 10)}`;
}

/** The report as printed by `--json`: everything but the whole text (the passages' raw text tiles it). */
export function jsonReport(report: IngestReport, extra: Record<string, unknown> = {}) {
  const { text: _text, ...rest } = report;
  return { ...rest, ...extra };
}
