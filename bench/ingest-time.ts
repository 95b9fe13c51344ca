/**
 * Time to ingest the 2006 report (500 KB of text) as a new document, dry run (extraction,
 * segmentation, candidates; no database), best and median of five runs in one process after a
 * warm-up. Target: ≤ 10 s. Then re-anchoring its candidates in an edited copy (a paragraph
 * deleted, one moved to the end, a word changed in every 40th passage): the pure `reanchor` step
 * of `--replace`, best and median of five. Target: ≤ 5 s. `npx tsx bench/ingest-time.ts`
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CORPUS_DIR } from '../seed/corpus.ts';
import { prepareIngest } from '../seed/ingest/ingest.ts';
import { reanchor, summarise } from '../seed/ingest/reanchor.ts';

const file = join(CORPUS_DIR, 'gallagher-2006-international-internet-csa.txt');
const t0 = performance.now();
const first = await prepareIngest(file, { id: 'time-gallagher-2006' }, { dryRun: true });
const cold = performance.now() - t0;
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await prepareIngest(file, { id: 'time-gallagher-2006' }, { dryRun: true });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);

// The edited copy: passages as pieces of text, one deleted, one moved, some words changed.
const body = first.passages.filter((p) => p.ingestRole === 'body');
const deleted = body[Math.floor(body.length / 3)]!;
const moved = body[Math.floor((2 * body.length) / 3)]!;
const pieces: string[] = [];
first.passages.forEach((p, i) => {
  if (p === deleted || p === moved) return;
  const t = first.text.slice(p.start, p.end);
  pieces.push(i % 40 === 0 ? t.replace(/\b(the|and|of)\b/, 'THE') : t);
});
pieces.push(first.text.slice(moved.start, moved.end));
const edited = pieces.join('');
const anchors = first.candidates.map((c, i) => ({ id: String(i), quote: c.quote, start: c.start, end: c.end }));
const anchorTimes: number[] = [];
let counts = { kept: 0, moved: 0, orphaned: 0 };
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  counts = summarise(reanchor(first.text, edited, anchors));
  anchorTimes.push(performance.now() - t);
}
anchorTimes.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    file: 'gallagher-2006-international-internet-csa.txt',
    characters: first.text.length,
    passages: first.passages.length,
    candidates: first.candidates.length,
    coldMs: Math.round(cold),
    bestMs: Math.round(times[0]!),
    medianMs: Math.round(times[2]!),
    reanchor: { anchors: anchors.length, ...counts, bestMs: Math.round(anchorTimes[0]!), medianMs: Math.round(anchorTimes[2]!) },
  }),
);
