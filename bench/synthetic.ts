/**
 * A synthetic corpus N times the size of the real one, with the same shape: each replica is a copy
 * of the five documents under new ids (`ceop-2013-x7`), with every curated item, misconception,
 * gap, relation, attribution, comparison, gap status and pair summary copied and renamed. Quotes
 * keep their offsets because a replica's text is the original's, so the real seed path
 * (`prepareSeed`: segmentation, anchoring, validation) runs unchanged. Deterministic: the same
 * scale gives the same files. Written to a folder of its own; the curated files are only read.
 *
 * Replica 0 is the corpus itself, so the benchmarks' ids (`gallagher-2006`, `ceop-2013:s001`)
 * exist at every scale.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { CORPUS_DIR } from '../seed/corpus.ts';
import { EVIDENCE_DIR } from '../seed/evidence/read.ts';
import { RELATIONS_DIR } from '../seed/relations/read.ts';

export interface SyntheticCorpus {
  scale: number;
  /** Extra copies of each replica's relations whose `to` end lies in the next replicas (see `bridgeRelations`). */
  bridges: number;
  corpusDir: string;
  evidenceDir: string;
  relationsDir: string;
}

interface SourceEntry {
  id: string;
  file: string;
  layout?: 'document' | 'slides';
  [key: string]: unknown;
}

/** Slide decks keep their layout in every replica (the original is recognised by id). */
const SLIDES = new Set(['iwg-oso-2018']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames every id of replica `r` in a YAML text: source ids and the `rel:`/`att:`/`cmp:`/`misc:`/`gap:` ids. */
export function renameIds(text: string, sourceIds: readonly string[], r: number): string {
  if (r === 0) return text;
  const suffix = `-x${r}`;
  const sources = new RegExp(`(?<![\\w-])(${sourceIds.map(escape).join('|')})(?=[:\\s,\\]]|$)`, 'gm');
  return text
    .split('\n')
    .map((line) => {
      // Corpus text (quotes, anchors, context) is never renamed.
      if (/^\s*(-\s+)?(quote|after|before|context|valueText|text|belief|question|measure|rationale|reason|summary|note|correction|proposition):/.test(line))
        return line;
      return line.replace(/\b(rel|att|cmp|misc|gap):([a-z0-9.-]+)/g, `$1:$2${suffix}`).replace(sources, `$1${suffix}`);
    })
    .join('\n');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * The relations of one curated file, already renamed for replica `r` (`renameIds`), as `bridges`
 * extra sets: each relation again,
 * from its item in replica `r` to its counterpart in replica `r + j` (j = 1…bridges, modulo the
 * scale). Replicas alone keep the curated set's density (its 120 relations per copy of the corpus); the
 * bridges raise it to what a larger curated graph would have (issue 13 asked for about 30,000
 * cross-source relations at 100×), with the same kinds, quotes and item degrees spread evenly.
 */
export function bridgeRelations(renamed: string, sourceIds: readonly string[], r: number, scale: number, bridges: number): string | undefined {
  const doc = load(renamed, { schema: CORE_SCHEMA }) as { relations?: Record<string, unknown>[] } | null;
  const relations = doc?.relations ?? [];
  if (relations.length === 0 || bridges === 0) return undefined;
  const own = r === 0 ? '' : `-x${r}`;
  const sources = new RegExp(`^(${sourceIds.map(escape).join('|')})${escape(own)}:`);
  const bridged = [];
  for (let j = 1; j <= bridges; j++) {
    const other = (r + j) % scale;
    const to = (id: string) => id.replace(sources, (_, s: string) => `${s}${other === 0 ? '' : `-x${other}`}:`);
    for (const rel of relations) bridged.push({ ...rel, id: `${String(rel.id)}-b${j}`, to: to(String(rel.to)) });
  }
  return dump({ relations: bridged }, { lineWidth: -1 });
}

/** Writes the corpus at `scale` (a whole number ≥ 1) into `dir` and returns where each part is. */
export function writeSyntheticCorpus(dir: string, scale: number, bridges = 0): SyntheticCorpus {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number ≥ 1, not ${scale}`);
  if (!Number.isInteger(bridges) || bridges < 0 || bridges >= scale) throw new Error(`bridges must be a whole number from 0 to ${scale - 1}, not ${bridges}`);
  const corpusDir = join(dir, 'corpus');
  const evidenceDir = join(dir, 'evidence');
  const relationsDir = join(dir, 'relations');
  for (const d of [corpusDir, evidenceDir, relationsDir]) mkdirSync(d, { recursive: true });

  const meta = JSON.parse(readFileSync(join(CORPUS_DIR, 'sources.json'), 'utf8')) as { about?: string; sources: SourceEntry[] };
  const ids = meta.sources.map((s) => s.id);
  const sources: SourceEntry[] = [];
  for (const s of meta.sources) cpSync(join(CORPUS_DIR, s.file), join(corpusDir, s.file));
  for (let r = 0; r < scale; r++) {
    for (const s of meta.sources) {
      // Replicas share the original file: the text, and so every offset, is the same.
      sources.push({ ...s, id: r === 0 ? s.id : `${s.id}-x${r}`, ...(SLIDES.has(s.id) ? { layout: 'slides' as const } : {}) });
    }
  }
  writeFileSync(join(corpusDir, 'sources.json'), JSON.stringify({ about: `Synthetic corpus at ${scale}× (bench/synthetic.ts)`, sources }, null, 1));

  const evidenceFiles = walk(EVIDENCE_DIR).filter((f) => f.endsWith('.yaml'));
  for (const file of evidenceFiles) {
    const rel = relative(EVIDENCE_DIR, file);
    const text = readFileSync(file, 'utf8');
    if (rel === 'topics.yaml') {
      writeFileSync(join(evidenceDir, rel), text);
      continue;
    }
    for (let r = 0; r < scale; r++) {
      const target = join(evidenceDir, `x${r}`, rel);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, renameIds(text, ids, r));
    }
  }
  for (const file of readdirSync(RELATIONS_DIR).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(join(RELATIONS_DIR, file), 'utf8');
    for (let r = 0; r < scale; r++) {
      const renamed = renameIds(text, ids, r);
      writeFileSync(join(relationsDir, `x${r}-${file}`), renamed);
      const bridged = bridgeRelations(renamed, ids, r, scale, bridges);
      if (bridged) writeFileSync(join(relationsDir, `x${r}-bridges-${file}`), bridged);
    }
  }
  return { scale, bridges, corpusDir, evidenceDir, relationsDir };
}
