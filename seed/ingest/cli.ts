/**
 * `npm run ingest -- FILE [--id ID] [--title …] [--authors "A; B"] [--year 2021] [--kind …] [--url …]
 *                    [--dry-run] [--json] [--replace]`
 * `npm run ingest -- --restore`   re-ingest every document kept in .data/ingested (after a wiped database)
 *
 * Reads a PDF, DOCX, HTML, Markdown or text file, extracts its text, splits it into passages and
 * proposes candidate evidence; without --dry-run writes all of it to Neo4j in one transaction
 * (NEO4J_URI, else the app's running local Neo4j, else the local one started for the command) and
 * keeps the original file and the text in .data/ingested/<id>/. Errors name the file and the
 * problem and exit with status 1 (2 for a wrong command line); nothing is written then.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectNeo4j, type Connection } from '../../db/connect.ts';
import { sha256 } from '../corpus.ts';
import { IngestError, jsonReport, prepareIngest, type IngestMetaInput, type IngestReport } from './ingest.ts';
import { storeIngest } from './pipeline.ts';
import type { CarryOver } from './replace.ts';
import { listStored } from './store.ts';

const USAGE = `usage: npm run ingest -- FILE [--id ID] [--title TITLE] [--authors "A; B"] [--year YYYY] [--kind KIND] [--url URL] [--dry-run] [--json] [--replace]
       npm run ingest -- --restore`;

function fail(message: string, code = 1): never {
  console.error(`ingest: ${message}`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      title: { type: 'string' },
      authors: { type: 'string' },
      year: { type: 'string' },
      kind: { type: 'string' },
      url: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      restore: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2);
}
const { values: opts, positionals } = args;
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

function summary(report: IngestReport): string {
  const s = report.source;
  const roles = Object.entries(report.counts.passages)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const cands = ['statistic', 'gap', 'misconception', 'claim']
    .map((t) => `${report.counts.candidates[t] ?? 0} ${t}${t === 'statistic' ? 's' : 's'}`)
    .join(', ');
  return [
    `ingest: ${s.originalFile} → source "${s.id}" (${s.format}${s.pages ? `, ${s.pages} pages` : ''}, ${s.length} characters, text sha256 ${s.sha256.slice(0, 12)}…, ${s.extractor})`,
    `  title: ${s.title}${s.year ? ` (${s.year})` : ''}`,
    `  passages: ${report.passages.length} (${roles})`,
    `  candidates: ${report.candidates.length} (${cands}), status proposed`,
  ].join('\n');
}

async function connect(): Promise<Connection> {
  return connectNeo4j({ reuseRunning: true });
}

async function ingestOne(file: string, report: IngestReport, connection: Connection): Promise<IngestReport> {
  const done = await storeIngest(connection.driver, file, report, readFileSync(file), { replace: opts.replace, restore: opts.restore });
  carried = done.carried;
  items = done.items.length;
  return done.report;
}

let connection: Connection | null = null;
let carried = null as CarryOver | null;
let items = 0;
try {
  if (opts.restore) {
    const stored = listStored();
    connection = await connect();
    for (const s of stored) {
      const text = readFileSync(s.text, 'utf8');
      if (sha256(text) !== s.source.sha256) throw new IngestError(s.text, `sha256 differs from source.json: the stored text was changed`);
      const meta: IngestMetaInput = { id: s.source.id, title: s.source.title, kind: s.source.kind };
      if (s.source.authors.length) meta.authors = s.source.authors.join('; ');
      if (s.source.year !== null) meta.year = s.source.year;
      if (s.source.url) meta.url = s.source.url;
      const report = await ingestOne(s.original, await prepareIngest(s.original, meta), connection);
      if (report.source.sha256 !== s.source.sha256)
        console.error(`ingest: ${s.original}: the extractor now makes different text (${report.source.extractor}); offsets were re-made`);
      console.log(`ingest: restored "${s.source.id}" (${report.passages.length} passages, ${report.candidates.length} candidates)`);
    }
    if (!stored.length) console.log('ingest: nothing to restore');
  } else {
    if (positionals.length !== 1) {
      console.error(`ingest: give exactly one FILE (got ${positionals.length})\n${USAGE}`);
      process.exitCode = 2;
      throw null;
    }
    const file = positionals[0]!;
    const meta: IngestMetaInput = {
      ...(opts.id !== undefined ? { id: opts.id } : {}),
      ...(opts.title !== undefined ? { title: opts.title } : {}),
      ...(opts.authors !== undefined ? { authors: opts.authors } : {}),
      ...(opts.year !== undefined ? { year: opts.year } : {}),
      ...(opts.kind !== undefined ? { kind: opts.kind } : {}),
      ...(opts.url !== undefined ? { url: opts.url } : {}),
    };
    // Everything about the file is checked before any database is reached.
    let report = await prepareIngest(file, meta, { dryRun: opts['dry-run'] });
    if (!opts['dry-run']) {
      connection = await connect();
      report = await ingestOne(file, report, connection);
    }
    if (opts.json)
      console.log(
        JSON.stringify(jsonReport(report, { written: !opts['dry-run'], neo4j: connection?.uri ?? null, reanchored: carried, itemsReanchored: items })),
      );
    else {
      console.log(summary(report));
      if (carried) {
        console.log(`  re-anchored the previous candidates: ${carried.kept} kept, ${carried.moved} moved, ${carried.orphaned.length} orphaned`);
        for (const o of carried.orphaned)
          console.log(`    orphaned ${o.id} (${o.type}, ${o.status}): ${JSON.stringify(o.quote.replace(/\s+/g, ' ').slice(0, 100))}`);
      }
      if (items) console.log(`  re-anchored ${items} accepted item(s) with their quotes and passage links`);
      console.log(
        opts['dry-run'] ? '  dry run: nothing written' : `  written to ${connection!.uri}; original and text kept in .data/ingested/${report.source.id}/`,
      );
    }
  }
} catch (e) {
  if (e !== null) {
    console.error(`ingest: ${e instanceof IngestError ? e.message : `${positionals[0] ?? ''}: ${(e as Error).message}`}`);
    process.exitCode = 1;
  }
} finally {
  await connection?.close();
}
