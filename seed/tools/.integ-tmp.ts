import { loadCorpus } from '../corpus.ts';
import { buildEvidence } from '../evidence/build.ts';
import { buildPassages } from '../passages.ts';
import { readRelations } from '../relations/read.ts';
import { checkIntegrity } from '../relations/integrity.ts';
const e = buildEvidence(buildPassages(loadCorpus()));
const { data } = readRelations(e);
for (const f of checkIntegrity(e, data)) console.log(`${f.check}\t${f.file}\t${f.id}\t${f.message}`);
