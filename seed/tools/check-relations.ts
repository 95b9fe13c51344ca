/**
 * `npm run relations:check`: validates seed/relations/*.yaml against the evidence, prints counts, then
 * runs the integrity checks of seed/relations/integrity.ts (findings accepted under `accepted:` are skipped).
 */
import { loadCorpus } from '../corpus.ts';
import { buildEvidence } from '../evidence/build.ts';
import { formatProblem } from '../evidence/read.ts';
import { buildPassages } from '../passages.ts';
import { checkIntegrity, findingAsProblem } from '../relations/integrity.ts';
import { readRelations } from '../relations/read.ts';

let evidence: ReturnType<typeof buildEvidence>;
try {
  evidence = buildEvidence(buildPassages(loadCorpus()));
} catch (e) {
  console.error(`relations: the evidence files do not validate, so relations cannot be checked:\n${(e as Error).message}`);
  process.exit(1);
}
const { data, problems } = readRelations(evidence);
const byKind: Record<string, number> = {};
for (const r of data.relations) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
console.log(
  `relations: ${data.relations.length} ${JSON.stringify(byKind)}, attributions: ${data.attributions.length}, gap statuses: ${data.gapStatus.length}, comparison groups: ${data.comparisons.length}, pair summaries: ${data.pairSummaries.length}`,
);
for (const p of problems) console.error('  ' + formatProblem(p));
if (problems.length) {
  console.error(`relations: ${problems.length} problem(s)`);
  process.exit(1);
}
const findings = checkIntegrity(evidence, data);
const byCheck: Record<string, number> = {};
for (const f of findings) byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
for (const f of findings) console.error('  ' + formatProblem(findingAsProblem(f)));
console.log(`integrity: ${findings.length} finding(s) ${JSON.stringify(byCheck)}, ${data.accepted.length} accepted with a reason`);
if (findings.length) process.exit(1);
