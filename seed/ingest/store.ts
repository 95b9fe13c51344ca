/**
 * Where ingested documents are kept: `.data/ingested/<id>/` (git-ignored) holds the original file
 * as received, the extracted text every offset points into, and `source.json` with both sha256
 * digests and the extractor version. Files are written to a temporary folder first and moved into
 * place only after the database transaction committed, so a failed ingest leaves nothing behind.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { readStorageEnv } from '../../db/env.ts';
import { ROOT } from '../../db/launcher.ts';
import type { IngestReport, IngestedSource } from './ingest.ts';

/** The store folder: TRIANGULATE_INGEST_DIR, else `.data/ingested`. */
export function storeDir(): string {
  return resolve(readStorageEnv().TRIANGULATE_INGEST_DIR ?? join(ROOT, '.data', 'ingested'));
}

export interface StoredSource {
  source: IngestedSource;
  dir: string;
  original: string;
  text: string;
}

/** Writes the original and the text to a temporary folder beside the final one; returns how to commit or drop it. */
export function stageFiles(report: IngestReport, original: Uint8Array, dir = storeDir()): { commit(): string; discard(): void } {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.staging-${report.source.id}-${process.pid}-${Date.now()}`);
  mkdirSync(tmp);
  const ext = extname(report.source.originalFile).toLowerCase() || '.bin';
  writeFileSync(join(tmp, `original${ext}`), original);
  writeFileSync(join(tmp, 'text.txt'), report.text, 'utf8');
  writeFileSync(join(tmp, 'source.json'), JSON.stringify({ ...report.source, originalStored: `original${ext}`, textStored: 'text.txt' }, null, 2) + '\n');
  const final = join(dir, report.source.id);
  return {
    commit() {
      if (existsSync(final)) rmSync(final, { recursive: true, force: true });
      renameSync(tmp, final);
      return final;
    },
    discard() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export function isStored(id: string, dir = storeDir()): boolean {
  return existsSync(join(dir, id, 'source.json'));
}

/** Every stored source, for re-ingesting after the database was wiped. */
export function listStored(dir = storeDir()): StoredSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && existsSync(join(dir, e.name, 'source.json')))
    .map((e) => {
      const folder = join(dir, e.name);
      const meta = JSON.parse(readFileSync(join(folder, 'source.json'), 'utf8')) as IngestedSource & { originalStored: string; textStored: string };
      return { source: meta, dir: folder, original: join(folder, meta.originalStored), text: join(folder, meta.textStored) };
    });
}

/** Drops a removed source's kept files (nothing when none are kept). */
export function removeStored(id: string, dir = storeDir()): void {
  if (/^[a-z0-9][a-z0-9-]*$/.test(id)) rmSync(join(dir, id), { recursive: true, force: true });
}
