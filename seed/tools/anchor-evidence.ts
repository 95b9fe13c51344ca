/**
 * The curator's tool: validates the evidence files and fills in each quote's offsets
 * (start, end) by locating the quote in the raw corpus file. Writes back only files that changed.
 *   npm run anchor            # all files under seed/evidence
 *   npm run anchor -- FILE…   # only these (cross-file checks still see every file)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../corpus.ts';
import { checkEvidence, formatProblem, readEvidenceSet } from '../evidence/read.ts';

const only = new Set(process.argv.slice(2).map((p) => resolve(p)));
const corpus = loadCorpus();
const { set, problems } = readEvidenceSet();
const before = new Map(set.files.map((f) => [f.path, f.yaml.doc.toString({ lineWidth: 0 })]));
problems.push(...checkEvidence(set, corpus, { fill: true }));

let written = 0;
for (const f of set.files) {
  if (only.size && !only.has(resolve(f.path))) continue;
  const after = f.yaml.doc.toString({ lineWidth: 0 });
  if (after !== before.get(f.path)) {
    writeFileSync(f.path, after);
    written++;
  }
}
const shown = only.size
  ? problems.filter((p) => set.files.some((f) => f.name === p.file && only.has(resolve(f.path))) || !set.files.some((f) => f.name === p.file))
  : problems;
const counts = set.files.reduce(
  (acc, f) => {
    acc.claims += f.data.claims.length;
    acc.statistics += f.data.statistics.length;
    acc.misconceptions += f.data.misconceptions.length;
    acc.gaps += f.data.gaps.length;
    return acc;
  },
  { claims: 0, statistics: 0, misconceptions: 0, gaps: 0 },
);
console.log(`anchor: ${set.files.length} file(s), ${JSON.stringify(counts)}, ${written} file(s) updated`);
for (const p of shown) console.error('  ' + formatProblem(p));
if (shown.length) {
  console.error(`anchor: ${shown.length} problem(s)`);
  process.exit(1);
}
