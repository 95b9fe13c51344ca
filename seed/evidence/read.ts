import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorQuote, lineCol, spanMatchesQuote } from '../anchor.ts';
import type { CorpusSource } from '../corpus.ts';
import { type Problem, YamlFile } from '../yaml-file.ts';
import { EvidenceFile, SECTIONS, TopicsFile, type Section } from './schema.ts';

export const EVIDENCE_DIR = dirname(fileURLToPath(import.meta.url));

export type { Problem };

export function formatProblem(p: Problem): string {
  const where = [p.line ? `${p.file}:${p.line}` : p.file, p.item && `item ${p.item}`, p.field && `field ${p.field}`].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

export class EvidenceError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the evidence files:\n` + problems.slice(0, 50).map((p) => '  ' + formatProblem(p)).join('\n'));
  }
}

export interface ParsedFile {
  path: string;
  /** Path relative to the evidence folder, for messages. */
  name: string;
  /** The file's text; its Document (lines, writing back) is built when asked for. */
  yaml: YamlFile;
  data: EvidenceFile;
}

export function listEvidenceFiles(dir = EVIDENCE_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml') && e.name !== 'topics.yaml') out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Parses and schema-checks one file. Returns problems rather than throwing, so every file is reported at once. */
export function parseEvidenceFile(path: string, dir = EVIDENCE_DIR): { file?: ParsedFile; problems: Problem[] } {
  const { file: yaml, value, problems } = YamlFile.read(relative(dir, path) || path, readFileSync(path, 'utf8'));
  if (problems.length) return { problems };
  const parsed = EvidenceFile.safeParse(value);
  if (!parsed.success) return { problems: yaml.zodProblems(parsed.error) };
  return { file: { path, name: yaml.name, yaml, data: parsed.data }, problems: [] };
}

export function readTopics(dir = EVIDENCE_DIR): { topics: TopicsFile['topics']; problems: Problem[] } {
  const { file: yaml, value, problems } = YamlFile.read('topics.yaml', readFileSync(join(dir, 'topics.yaml'), 'utf8'));
  if (problems.length) return { topics: [], problems };
  const parsed = TopicsFile.safeParse(value);
  if (!parsed.success) return { topics: [], problems: yaml.zodProblems(parsed.error) };
  return { topics: parsed.data.topics, problems: [] };
}

export interface EvidenceSet {
  topics: TopicsFile['topics'];
  files: ParsedFile[];
}

/**
 * Cross-file checks: known sources and topics, globally unique ids, each misconception and gap
 * defined (belief + correction, or question) by exactly one mention, and every anchor reading as
 * its quote at its stored offsets. With `fill`, missing or stale offsets are located and set in
 * the in-memory documents instead of being reported (the anchor tool then writes them back).
 */
export function checkEvidence(set: EvidenceSet, corpus: CorpusSource[], opts: { fill?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(corpus.map((s) => [s.id, s]));
  const topicIds = new Set(set.topics.map((t) => t.id));
  const seen = new Map<string, string>();
  const defined = { misc: new Map<string, string>(), gap: new Map<string, string>() };
  const referenced = { misc: new Map<string, { file: string; item: string }>(), gap: new Map<string, { file: string; item: string }>() };

  for (const f of set.files) {
    const source = sources.get(f.data.source);
    if (!source) {
      problems.push({ file: f.name, line: f.yaml.lineOf(['source']), field: 'source', message: `unknown source "${f.data.source}" (known: ${[...sources.keys()].join(', ')})` });
      continue;
    }
    f.data.skipped.forEach((skip, index) => {
      const at = (field?: string) => ({ file: f.name, line: f.yaml.lineOf(field ? ['skipped', index, field] : ['skipped', index]), item: `skipped[${index}]`, field });
      checkAnchor(source, f, 'skipped', index, skip, at, problems, opts.fill ?? false);
    });
    for (const section of SECTIONS) {
      f.data[section].forEach((item, index) => {
        const at = (field?: string): Pick<Problem, 'file' | 'line' | 'item' | 'field'> => ({
          file: f.name,
          line: f.yaml.lineOf(field ? [section, index, field] : [section, index]),
          item: item.id,
          field,
        });
        const prev = seen.get(item.id);
        if (prev) problems.push({ ...at('id'), message: `duplicate id, already used in ${prev}` });
        seen.set(item.id, f.name);
        if (!item.id.startsWith(`${f.data.source}:`)) problems.push({ ...at('id'), message: `ids in this file start with "${f.data.source}:"` });
        item.topics.forEach((t) => {
          if (!topicIds.has(t)) problems.push({ ...at('topics'), message: `unknown topic "${t}" (see topics.yaml)` });
        });
        checkAnchor(source, f, section, index, item, at, problems, opts.fill ?? false);
        if (section === 'misconceptions' && 'misconception' in item) {
          const key = item.misconception;
          if (item.belief || item.correction) {
            if (!item.belief || !item.correction) problems.push({ ...at(item.belief ? 'correction' : 'belief'), message: 'a defining mention gives both belief and correction' });
            if (defined.misc.has(key)) problems.push({ ...at('belief'), message: `${key} is already defined by ${defined.misc.get(key)}; other mentions only reference it` });
            else defined.misc.set(key, item.id);
          }
          referenced.misc.set(key, { file: f.name, item: item.id });
        }
        if (section === 'gaps' && 'gap' in item) {
          const key = item.gap;
          if (item.question) {
            if (defined.gap.has(key)) problems.push({ ...at('question'), message: `${key} is already defined by ${defined.gap.get(key)}; other mentions only reference it` });
            else defined.gap.set(key, item.id);
          }
          referenced.gap.set(key, { file: f.name, item: item.id });
        }
      });
    }
  }
  for (const kind of ['misc', 'gap'] as const) {
    for (const [key, where] of referenced[kind]) {
      if (!defined[kind].has(key)) {
        problems.push({ file: where.file, item: where.item, field: kind === 'misc' ? 'belief' : 'question', message: `${key} is never defined: one mention must give its ${kind === 'misc' ? 'belief and correction' : 'question'}` });
      }
    }
  }
  return problems;
}

function checkAnchor(
  source: CorpusSource,
  f: ParsedFile,
  section: Section | 'skipped',
  index: number,
  item: { quote: string; start?: number; end?: number; occurrence?: number; after?: string },
  at: (field?: string) => Pick<Problem, 'file' | 'line' | 'item' | 'field'>,
  problems: Problem[],
  fill: boolean,
): void {
  const hasSpan = item.start !== undefined && item.end !== undefined;
  if (hasSpan && spanMatchesQuote(source.raw, { start: item.start!, end: item.end! }, item.quote)) return;
  if (!fill) {
    problems.push({
      ...at(hasSpan ? 'start' : 'quote'),
      message: hasSpan
        ? `offsets [${item.start}, ${item.end}) do not read as the quote in ${source.file}; run the anchor tool (npm run anchor)`
        : `no offsets yet; run the anchor tool (npm run anchor)`,
    });
    return;
  }
  const result = anchorQuote(source.raw, item.quote, { occurrence: item.occurrence, after: item.after });
  if (!result.ok) {
    const where = result.candidates.slice(0, 5).map((c) => `line ${lineCol(source.raw, c.start).line}`).join(', ');
    const message =
      result.reason === 'not-found'
        ? `quote not found verbatim in ${source.file} (whitespace may differ, nothing else may)`
        : result.reason === 'ambiguous'
          ? `quote occurs ${result.matches} times in ${source.file} (${where}); lengthen it or add "occurrence: N"`
          : result.reason === 'after-not-found'
            ? `"after" text not found in ${source.file}`
            : result.reason === 'ambiguous-after'
              ? `"after" text occurs ${result.matches} times in ${source.file} (${where}); it must be unique`
              : `occurrence ${item.occurrence} asked for but the quote occurs ${result.matches} time(s) from there`;
    problems.push({ ...at('quote'), message });
    return;
  }
  item.start = result.span.start;
  item.end = result.span.end;
  f.yaml.doc.setIn([section, index, 'start'], result.span.start);
  f.yaml.doc.setIn([section, index, 'end'], result.span.end);
}

/** The evidence files of `dir` (with its topics.yaml) and of any further folders (the user corpus's evidence/, which uses the same topics). */
export function readEvidenceSet(dir = EVIDENCE_DIR, moreDirs: string[] = []): { set: EvidenceSet; problems: Problem[] } {
  const { topics, problems } = readTopics(dir);
  const files: ParsedFile[] = [];
  for (const d of [dir, ...moreDirs.filter((m) => existsSync(m))]) {
    for (const path of listEvidenceFiles(d)) {
      const r = parseEvidenceFile(path, d);
      problems.push(...r.problems);
      if (r.file) files.push(r.file);
    }
  }
  return { set: { topics, files }, problems };
}
