/**
 * Leave-one-out measure of the ingest pipeline: each corpus document's text goes through
 * extraction (as a plain-text file), generic segmentation and candidate extraction as if it were
 * new (a dry run under another id), and its candidates are compared with the curated items of
 * `seed/evidence/`. A curated item is found when a candidate of its type overlaps its quote (a
 * statistic also needs the same value within 0.5 %: the candidate's value, either bound of a
 * range, or the x of "x in y"). Precision: the share of candidates of a type that overlap a
 * curated item of that type. `npx tsx bench/ingest-loo.ts [--json] [--min-confidence=0.5]` (only
 * candidates of at least that confidence); the time column is the whole dry run of each document.
 * `--by-cue`: gap and misconception candidates by the kind of cue that proposed them (a cue phrase,
 * a reported limit or belief, a weak hint, a question, a list item), with how many overlap a
 * curated item: the check that recall is not bought with noise. `--write` also stores all three
 * (every candidate, confidence ≥ 0.5, by cue) in `bench/ingest-results.json`.
 */
import { performance } from 'node:perf_hooks';
import { prepareSeed } from '../seed/load.ts';
import { CORPUS_DIR, loadCorpus } from '../seed/corpus.ts';
import { EVIDENCE_DIR } from '../seed/evidence/read.ts';
import { RELATIONS_DIR } from '../seed/relations/read.ts';
import { prepareIngest } from '../seed/ingest/ingest.ts';
import type { Candidate, CandidateType } from '../seed/ingest/candidates.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Curated {
  start: number;
  end: number;
  value?: number;
}

const TARGETS: Record<CandidateType, number> = { statistic: 95, gap: 80, misconception: 60, claim: 60 };

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.005 * Math.abs(b), 1e-9) || Math.abs(a - b) < 0.051;
const overlaps = (c: { start: number; end: number }, q: Curated) => c.start < q.end && c.end > q.start;

function matches(type: CandidateType, c: Candidate, q: Curated): boolean {
  if (!overlaps(c, q)) return false;
  if (type !== 'statistic') return true;
  return [c.value, c.low, c.high].some((v) => v !== undefined && close(v, q.value!));
}

/** Each corpus document ingested as new (dry run), with its curated items by candidate type. */
async function runs() {
  // The project's five documents only: a local user corpus is not curated against.
  const seed = prepareSeed(loadCorpus(), EVIDENCE_DIR, RELATIONS_DIR, null);
  const e = seed.evidence;
  const out = [];
  for (const { source } of seed.sources) {
    const curated: Record<CandidateType, Curated[]> = {
      statistic: e.statistics.filter((s) => s.sourceId === source.id),
      gap: e.claims.filter((c) => c.sourceId === source.id && c.kind === 'open-question'),
      misconception: e.claims.filter((c) => c.sourceId === source.id && (c.kind === 'correction' || c.kind === 'belief')),
      claim: e.claims.filter((c) => c.sourceId === source.id && !['open-question', 'correction', 'belief'].includes(c.kind)),
    };
    const t0 = performance.now();
    const report = await prepareIngest(join(CORPUS_DIR, source.file), { id: `loo-${source.id}`, title: source.title }, { dryRun: true });
    const ms = performance.now() - t0;
    if (report.text !== source.raw) throw new Error(`${source.id}: the extracted text differs from the corpus file`);
    out.push({ source, curated, report, ms });
  }
  return out;
}

export async function leaveOneOut(minConfidence = 0, done?: Awaited<ReturnType<typeof runs>>) {
  const rows = [];
  for (const { source, curated, report, ms } of done ?? (await runs())) {
    const result: Record<string, unknown> = { source: source.id, ms: Math.round(ms), passages: report.passages.length };
    for (const type of ['statistic', 'gap', 'misconception', 'claim'] as CandidateType[]) {
      const cands = report.candidates.filter((c) => c.type === type && c.confidence >= minConfidence);
      const items = curated[type];
      const found = items.filter((q) => cands.some((c) => matches(type, c, q))).length;
      const useful = cands.filter((c) => items.some((q) => matches(type, c, q))).length;
      result[type] = {
        curated: items.length,
        found,
        recall: items.length ? Math.round((1000 * found) / items.length) / 10 : null,
        candidates: cands.length,
        useful,
        precision: cands.length ? Math.round((1000 * useful) / cands.length) / 10 : null,
      };
    }
    rows.push(result);
  }
  return rows;
}

/** The kind of cue behind a gap or misconception candidate, read from its cue and confidence. */
function cueKind(c: Candidate): string {
  if (c.cue.startsWith('list item')) return 'list item';
  if (c.cue.startsWith('question')) return 'question';
  return c.confidence >= 0.7 ? 'cue phrase' : c.confidence >= 0.5 ? 'reported limit or belief' : 'weak hint';
}

/** Recall and precision per type over all the documents of `rows`. */
export function totals(rows: Awaited<ReturnType<typeof leaveOneOut>>) {
  const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : null);
  return Object.fromEntries(
    (['statistic', 'gap', 'misconception', 'claim'] as CandidateType[]).map((t) => {
      const xs = rows.map((r) => r[t] as { curated: number; found: number; candidates: number; useful: number });
      const sum = (k: 'curated' | 'found' | 'candidates' | 'useful') => xs.reduce((n, x) => n + x[k], 0);
      return [
        t,
        {
          curated: sum('curated'),
          found: sum('found'),
          recall: pct(sum('found'), sum('curated')),
          candidates: sum('candidates'),
          precision: pct(sum('useful'), sum('candidates')),
        },
      ];
    }),
  ) as Record<CandidateType, { curated: number; found: number; recall: number | null; candidates: number; precision: number | null }>;
}

export function byCue(done: Awaited<ReturnType<typeof runs>>) {
  const counts = new Map<string, { type: string; kind: string; candidates: number; useful: number; found: Set<Curated> }>();
  for (const { curated, report } of done) {
    for (const type of ['gap', 'misconception'] as const) {
      for (const c of report.candidates.filter((x) => x.type === type)) {
        const key = `${type}|${cueKind(c)}`;
        const row = counts.get(key) ?? { type, kind: cueKind(c), candidates: 0, useful: 0, found: new Set<Curated>() };
        const hits = curated[type].filter((q) => matches(type, c, q));
        row.candidates++;
        if (hits.length) row.useful++;
        for (const q of hits) row.found.add(q);
        counts.set(key, row);
      }
    }
  }
  return [...counts.values()]
    .sort((a, b) => a.type.localeCompare(b.type) || a.kind.localeCompare(b.kind))
    .map(({ found, ...r }) => ({ ...r, curatedFound: found.size, precision: Math.round((1000 * r.useful) / r.candidates) / 10 }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const min = Number(process.argv.find((a) => a.startsWith('--min-confidence='))?.split('=')[1] ?? 0);
  const done = await runs();
  const rows = await leaveOneOut(min, done);
  if (process.argv.includes('--write')) {
    const results = { all: rows, minConfidence05: await leaveOneOut(0.5, done), byCue: byCue(done) };
    writeFileSync(new URL('./ingest-results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  }
  if (process.argv.includes('--by-cue')) {
    console.log('| type | cue | candidates | overlapping a curated item | precision | curated items found |');
    console.log('|---|---|---:|---:|---:|---:|');
    for (const r of byCue(done)) console.log(`| ${r.type} | ${r.kind} | ${r.candidates} | ${r.useful} | ${r.precision} % | ${r.curatedFound} |`);
  } else if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    const types = ['statistic', 'gap', 'misconception', 'claim'] as const;
    console.log(`| source | ${types.map((t) => `${t}s found (target ≥ ${TARGETS[t]} %) | precision`).join(' | ')} | ingest time |`);
    console.log(`|---|${types.map(() => '---:|---:').join('|')}|---:|`);
    for (const r of rows) {
      const cells = types.map((t) => {
        const x = r[t] as { curated: number; found: number; recall: number | null; candidates: number; precision: number | null };
        return `${x.recall ?? '–'} % (${x.found}/${x.curated}) | ${x.precision ?? '–'} % of ${x.candidates}`;
      });
      console.log(`| ${r.source} | ${cells.join(' | ')} | ${r.ms} ms |`);
    }
    const sums = totals(rows);
    const total = types.map((t) => {
      const x = sums[t];
      return `**${x.recall ?? '–'} %** (${x.found}/${x.curated}) | ${x.precision ?? '–'} % of ${x.candidates}`;
    });
    console.log(`| all five | ${total.join(' | ')} | |`);
  }
}
