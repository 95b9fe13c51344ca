import { loadCorpus } from '../corpus.ts';
import { buildEvidence } from '../evidence/build.ts';
import { buildPassages } from '../passages.ts';
const e = buildEvidence(buildPassages(loadCorpus()));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const m of e.misconceptions) {
  const c = e.claims.find((x) => x.id === m.definedBy)!;
  const n = e.stances.filter((s) => s.misconceptionId === m.id).length;
  console.log(`${m.id} (${n}) B: ${m.belief}\n   Q[${c.id}]: «${fold(c.reading ?? c.quote).slice(0, 220)}»`);
}
