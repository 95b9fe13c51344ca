import { loadCorpus } from '../corpus.ts';
import { buildEvidence } from '../evidence/build.ts';
import { buildPassages } from '../passages.ts';
import { buildRelations } from '../relations/build.ts';
const r = buildRelations(buildEvidence(buildPassages(loadCorpus())));
for (const c of r.comparisons) for (const x of c.results) console.log(`${c.id}\t${x.a} vs ${x.b}\t${x.verdict}\t${x.facet ?? ''}\t${x.difference ?? ''}\t${x.reason}`);
