/**
 * `npm run ingest:export -- (--source ID | --all) [--dir DIR] [--out FILE]`
 *
 * Writes an ingested source — its extracted text with its sha256, its metadata entry, its passages
 * as `passages/<ID>.json` and its accepted items as `evidence/<ID>.yaml` — to the user corpus (TRIANGULATE_USER_CORPUS, else
 * .data/user-corpus; `--dir` for another), which the seed loads beside the project's corpus, so a
 * re-seed keeps the source and its items. `--all` exports every ingested source. `--out FILE`
 * writes only the evidence file, to FILE. Everything is validated by the seed's schemas first:
 * nothing is written when it would not load. Errors exit with status 1 (2 for a wrong command line).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { connectNeo4j, type Connection } from '../../db/connect.ts';
import { userCorpusDir } from '../user-corpus.ts';
import { evidenceFile, evidenceYaml, exportSource, ingestedSourceIds, readAccepted } from './export.ts';

const USAGE = 'usage: npm run ingest:export -- (--source ID | --all) [--dir DIR] [--out FILE]';
let values: { source?: string; all?: boolean; dir?: string; out?: string };
try {
  values = parseArgs({ options: { source: { type: 'string' }, all: { type: 'boolean' }, dir: { type: 'string' }, out: { type: 'string' } } }).values;
} catch (e) {
  console.error(`ingest:export: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const wrong = values.all
  ? values.source || values.out
    ? '--all takes neither --source nor --out'
    : null
  : !values.source || !/^[a-z0-9][a-z0-9-]{1,62}$/.test(values.source)
    ? "give --source with an ingested source's id, or --all"
    : null;
if (wrong) {
  console.error(`ingest:export: ${wrong}\n${USAGE}`);
  process.exit(2);
}
const counted = (c: { claims: number; statistics: number; misconceptions: number; gaps: number }) =>
  `${c.claims} claims, ${c.statistics} statistics, ${c.misconceptions} misconceptions, ${c.gaps} gaps`;

let connection: Connection | null = null;
try {
  connection = await connectNeo4j({ reuseRunning: true });
  const { driver } = connection;
  if (values.out) {
    const rows = await readAccepted(driver, values.source!);
    if (!rows) throw new Error(`there is no ingested source "${values.source}"`);
    const file = evidenceFile(values.source!, rows);
    writeFileSync(values.out, evidenceYaml(file));
    const n = { claims: file.claims.length, statistics: file.statistics.length, misconceptions: file.misconceptions.length, gaps: file.gaps.length };
    console.log(`ingest:export: ${values.out}: ${counted(n)} (accepted items of "${values.source}"; evidence file only)`);
  } else {
    const dir = resolve(values.dir ?? userCorpusDir());
    const ids = values.all ? await ingestedSourceIds(driver) : [values.source!];
    for (const id of ids) {
      const done = await exportSource(driver, id, dir);
      if (!done) throw new Error(`there is no ingested source "${id}"`);
      console.log(`ingest:export: "${id}" → ${dir}: text, sources.json entry, passages/${id}.json, evidence/${id}.yaml with ${counted(done.counts)}`);
    }
    if (!ids.length) console.log('ingest:export: there is no ingested source to export');
  }
} catch (e) {
  console.error(`ingest:export: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await connection?.close();
}
