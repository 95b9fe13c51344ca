/**
 * `npm run ingest:export -- --source ID [--out FILE]`
 *
 * Writes the items accepted from an ingested source's candidates to an evidence file in the seed
 * format (default seed/evidence/<ID>.yaml), validated by the seed's schema first: nothing is
 * written when it would not load. Errors exit with status 1 (2 for a wrong command line).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectNeo4j, type Connection } from '../../db/connect.ts';
import { EVIDENCE_DIR } from '../evidence/read.ts';
import { evidenceFile, evidenceYaml, readAccepted } from './export.ts';

const USAGE = 'usage: npm run ingest:export -- --source ID [--out FILE]';
let values: { source?: string; out?: string };
try {
  values = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } }).values;
} catch (e) {
  console.error(`ingest:export: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!values.source || !/^[a-z0-9][a-z0-9-]{1,62}$/.test(values.source)) {
  console.error(`ingest:export: give --source with an ingested source's id\n${USAGE}`);
  process.exit(2);
}
const sourceId = values.source;
let connection: Connection | null = null;
try {
  connection = await connectNeo4j({ reuseRunning: true });
  const rows = await readAccepted(connection.driver, sourceId);
  if (!rows) throw new Error(`there is no ingested source "${sourceId}"`);
  const file = evidenceFile(sourceId, rows);
  const out = values.out ?? join(EVIDENCE_DIR, `${sourceId}.yaml`);
  writeFileSync(out, evidenceYaml(file));
  const n = (k: keyof typeof file) => (Array.isArray(file[k]) ? file[k].length : 0);
  console.log(
    `ingest:export: ${out}: ${n('claims')} claims, ${n('statistics')} statistics, ${n('misconceptions')} misconceptions, ${n('gaps')} gaps (accepted items of "${sourceId}")`,
  );
} catch (e) {
  console.error(`ingest:export: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await connection?.close();
}
