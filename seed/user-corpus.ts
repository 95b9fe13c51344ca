/**
 * The user corpus: sources added by ingestion whose accepted items were exported
 * (`npm run ingest:export`, `npm run curation:export`), in the layout a re-seed loads beside the
 * project's corpus — `sources.json` (the ingest's metadata, text sha256 included), `<id>.txt` (the
 * extracted text every offset points into) and `evidence/<id>.yaml` (the accepted items, in the
 * seed's evidence format). Its folder is TRIANGULATE_USER_CORPUS, else `.data/user-corpus`
 * (git-ignored; point the variable at a tracked folder to keep it in git, or at a volume in Docker).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStorageEnv } from '../db/env.ts';
import { ROOT } from '../db/launcher.ts';
import { CorpusError, IngestedSourceMeta, loadCorpus, sha256, UserSourcesFile, type CorpusSource } from './corpus.ts';

export function userCorpusDir(): string {
  return resolve(readStorageEnv().TRIANGULATE_USER_CORPUS ?? join(ROOT, '.data', 'user-corpus'));
}

export const userEvidenceDir = (dir: string) => join(dir, 'evidence');

/** The user corpus's sources, checked like the project's (schema, sha256); none when the folder holds no sources.json. */
export function loadUserCorpus(dir = userCorpusDir(), taken: Iterable<string> = []): CorpusSource[] {
  if (!existsSync(join(dir, 'sources.json'))) return [];
  const sources = loadCorpus(dir, UserSourcesFile);
  const ids = new Set(taken);
  for (const s of sources) {
    if (ids.has(s.id)) throw new CorpusError(`${join(dir, 'sources.json')}: source "${s.id}" is listed twice or is a project corpus source`);
    ids.add(s.id);
  }
  return sources.map((s) => ({ ...s, ingested: true }));
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
function writeAtomically(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/**
 * Adds or replaces one source of the user corpus: its text (refused unless it hashes to the
 * metadata's sha256), its metadata entry, and its evidence file. Everything is validated first;
 * the text and the evidence file are written before sources.json names them, so a failure part-way
 * leaves the corpus loading as it did.
 */
export function writeUserSource(dir: string, meta: unknown, text: string, evidenceYaml: string): { text: string; sources: string; evidence: string } {
  const parsed = IngestedSourceMeta.safeParse(meta);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CorpusError(`the source's metadata would not load: ${i.path.join('.')}: ${i.message}`);
  }
  const source = parsed.data;
  if (sha256(text) !== source.sha256) throw new CorpusError(`the text of "${source.id}" does not hash to its recorded sha256 ${source.sha256}`);
  const sourcesPath = join(dir, 'sources.json');
  const current = existsSync(sourcesPath) ? UserSourcesFile.parse(JSON.parse(readFileSync(sourcesPath, 'utf8'))) : { sources: [] };
  mkdirSync(userEvidenceDir(dir), { recursive: true });
  const paths = { text: join(dir, source.file), sources: sourcesPath, evidence: join(userEvidenceDir(dir), `${source.id}.yaml`) };
  writeAtomically(paths.text, text);
  writeAtomically(paths.evidence, evidenceYaml);
  const sources = [...current.sources.filter((s) => s.id !== source.id), source].sort((a, b) => a.id.localeCompare(b.id));
  const about =
    current.about ??
    'Sources added by ingestion whose accepted items were exported (npm run ingest:export). Each .txt is the extracted text every offset points into; evidence/ holds the accepted items.';
  writeAtomically(sourcesPath, JSON.stringify({ about, sources }, null, 2) + '\n');
  return paths;
}
