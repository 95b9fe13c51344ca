/**
 * The user corpus: sources added by ingestion whose accepted items were exported
 * (`npm run ingest:export`, `npm run curation:export`), in the layout a re-seed loads beside the
 * project's corpus — `sources.json` (the ingest's metadata, text sha256 included), `<id>.txt` (the
 * extracted text every offset points into), `passages/<id>.json` (the passages its ingest wrote)
 * and `evidence/<id>.yaml` (the accepted items, in the seed's evidence format). Its folder is
 * TRIANGULATE_USER_CORPUS, else `.data/user-corpus` (git-ignored; point the variable at a tracked
 * folder to keep it in git, or at a volume in Docker).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readStorageEnv } from '../db/env.ts';
import { ROOT } from '../db/launcher.ts';
import { CorpusError, IngestedSourceMeta, loadCorpus, sha256, UserSourcesFile, type CorpusSource } from './corpus.ts';
import { INGEST_ROLES, type IngestPassage, type IngestRole } from './ingest/segment.ts';

export function userCorpusDir(): string {
  return resolve(readStorageEnv().TRIANGULATE_USER_CORPUS ?? join(ROOT, '.data', 'user-corpus'));
}

export const userEvidenceDir = (dir: string) => join(dir, 'evidence');
export const userPassagesDir = (dir: string) => join(dir, 'passages');

/**
 * `passages/<id>.json`: the passages the source's ingest wrote (spans, roles, sections). The seed
 * loads them as they are, so a later change to the segmenter never moves an exported source's
 * passages (their ids are ordinals, and candidates and items link to them).
 */
export const UserPassagesFile = z.object({
  passages: z
    .array(
      z.object({
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        role: z.enum(INGEST_ROLES as [IngestRole, ...IngestRole[]]),
        section: z.string().nullable(),
      }),
    )
    .min(1),
});

/** The stored passages of a source, checked to tile its text exactly; undefined when it has none (an export before they were kept). */
function storedSegments(dir: string, source: CorpusSource): IngestPassage[] | undefined {
  const path = join(userPassagesDir(dir), `${source.id}.json`);
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CorpusError(`${path}: ${(e as Error).message}`);
  }
  const parsed = UserPassagesFile.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CorpusError(`${path}: field ${i.path.join('.')}: ${i.message}`);
  }
  const passages = parsed.data.passages;
  passages.forEach((p, k) => {
    const from = k === 0 ? 0 : passages[k - 1]!.end;
    if (p.start !== from || p.end <= p.start)
      throw new CorpusError(`${path}: passage ${k + 1} spans ${p.start}–${p.end}; the passages must tile the text (expected a start at ${from})`);
  });
  if (passages.at(-1)!.end !== source.raw.length)
    throw new CorpusError(`${path}: the passages end at ${passages.at(-1)!.end}, the text at ${source.raw.length}`);
  return passages.map((p, k) => ({ ordinal: k + 1, ...p }));
}

/** The user corpus's sources, checked like the project's (schema, sha256); none when the folder holds no sources.json. */
export function loadUserCorpus(dir = userCorpusDir(), taken: Iterable<string> = []): CorpusSource[] {
  if (!existsSync(join(dir, 'sources.json'))) return [];
  const sources = loadCorpus(dir, UserSourcesFile);
  const ids = new Set(taken);
  for (const s of sources) {
    if (ids.has(s.id)) throw new CorpusError(`${join(dir, 'sources.json')}: source "${s.id}" is listed twice or is a project corpus source`);
    ids.add(s.id);
  }
  return sources.map((s) => {
    const segments = storedSegments(dir, s);
    return { ...s, ingested: true, ...(segments ? { segments } : {}) };
  });
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
function writeAtomically(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/**
 * Adds or replaces one source of the user corpus: its text (refused unless it hashes to the
 * metadata's sha256), its metadata entry, its passages and its evidence file. Everything is
 * validated first; the text, passages and evidence file are written before sources.json names
 * them, so a failure part-way leaves the corpus loading as it did.
 */
export function writeUserSource(
  dir: string,
  meta: unknown,
  text: string,
  evidenceYaml: string,
  segments: Omit<IngestPassage, 'ordinal'>[],
): { text: string; sources: string; evidence: string; passages: string } {
  const parsed = IngestedSourceMeta.safeParse(meta);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CorpusError(`the source's metadata would not load: ${i.path.join('.')}: ${i.message}`);
  }
  const source = parsed.data;
  if (sha256(text) !== source.sha256) throw new CorpusError(`the text of "${source.id}" does not hash to its recorded sha256 ${source.sha256}`);
  const passagesFile = UserPassagesFile.parse({ passages: segments.map(({ start, end, role, section }) => ({ start, end, role, section })) });
  const sourcesPath = join(dir, 'sources.json');
  const current = existsSync(sourcesPath) ? UserSourcesFile.parse(JSON.parse(readFileSync(sourcesPath, 'utf8'))) : { sources: [] };
  mkdirSync(userEvidenceDir(dir), { recursive: true });
  mkdirSync(userPassagesDir(dir), { recursive: true });
  const paths = {
    text: join(dir, source.file),
    sources: sourcesPath,
    evidence: join(userEvidenceDir(dir), `${source.id}.yaml`),
    passages: join(userPassagesDir(dir), `${source.id}.json`),
  };
  writeAtomically(paths.text, text);
  writeAtomically(paths.passages, JSON.stringify(passagesFile) + '\n');
  writeAtomically(paths.evidence, evidenceYaml);
  const sources = [...current.sources.filter((s) => s.id !== source.id), source].sort((a, b) => a.id.localeCompare(b.id));
  const about =
    current.about ??
    'Sources added by ingestion whose accepted items were exported (npm run ingest:export). Each .txt is the extracted text every offset points into; evidence/ holds the accepted items.';
  writeAtomically(sourcesPath, JSON.stringify({ about, sources }, null, 2) + '\n');
  return paths;
}
