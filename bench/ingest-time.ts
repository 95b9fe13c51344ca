/**
 * Time to ingest the 2006 report (500 KB of text) as a new document, dry run (extraction,
 * segmentation, candidates; no database), best and median of five runs in one process after a
 * warm-up. Target: ≤ 10 s. `npx tsx bench/ingest-time.ts`
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CORPUS_DIR } from '../seed/corpus.ts';
import { prepareIngest } from '../seed/ingest/ingest.ts';

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
console.log(
  JSON.stringify({
    file: 'gallagher-2006-international-internet-csa.txt',
    characters: first.text.length,
    passages: first.passages.length,
    candidates: first.candidates.length,
    coldMs: Math.round(cold),
    bestMs: Math.round(times[0]!),
    medianMs: Math.round(times[2]!),
  }),
);
