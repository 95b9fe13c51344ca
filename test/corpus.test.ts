import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, CorpusError, loadCorpus, sha256 } from '../seed/corpus.ts';

const SHARED = join(CORPUS_DIR, '..', '..', '..', 'shared', 'corpus');

describe('corpus', () => {
  it('has the five sources and every file matches the sha256 in sources.json', () => {
    const corpus = loadCorpus();
    expect(corpus.map((s) => s.id).sort()).toEqual(['ceop-2013', 'gallagher-2006', 'iwg-oso-2018', 'merdian-2019', 'sectt-note-2018']);
    for (const s of corpus) expect(sha256(readFileSync(join(CORPUS_DIR, s.file)))).toBe(s.sha256);
  });

  it.runIf(process.env.CI !== undefined || require_exists(SHARED))('is byte-for-byte the shared corpus', () => {
    for (const s of loadCorpus()) expect(readFileSync(join(CORPUS_DIR, s.file)).equals(readFileSync(join(SHARED, s.file)))).toBe(true);
  });

  it('refuses a file whose bytes changed, naming the file and source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    cpSync(CORPUS_DIR, dir, { recursive: true });
    const file = join(dir, 'sectt-online-thematic-note-2018.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('THEMATIC', 'Thematic'));
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
    expect(() => loadCorpus(dir)).toThrow(/sectt-online-thematic-note-2018\.txt: sha256 .* sectt-note-2018/);
  });

  it('names the field when sources.json is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    cpSync(CORPUS_DIR, dir, { recursive: true });
    const meta = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    meta.sources[2].sha256 = 'not-a-hash';
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(meta));
    expect(() => loadCorpus(dir)).toThrow(/sources\.json: field sources\.2\.sha256/);
  });
});

function require_exists(p: string): boolean {
  try {
    readFileSync(join(p, 'sources.json'));
    return true;
  } catch {
    return false;
  }
}
