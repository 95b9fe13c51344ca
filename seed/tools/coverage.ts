/**
 * `npm run coverage`: per source, how many sentences carrying a number, a percentage or a gap
 * phrase are covered by a curated item or deliberately skipped, and which are not.
 *   npm run coverage                 # summary table
 *   npm run coverage -- --list       # plus every uncovered sentence, with file and line
 *   npm run coverage -- --json FILE  # the full result as JSON
 *   npm run coverage -- --links      # findings with no cross-source link, per source and topic (--list: each open one)
 * A wrong command line (an unknown flag, --json without a file) prints the usage and exits with status 2.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus } from '../corpus.ts';
import { coverage, type Span } from '../coverage.ts';
import { EvidenceError } from '../evidence/read.ts';
import { prepareSeed, type SeedData } from '../load.ts';
import { linkCoverage, openFindings } from '../relations/link-coverage.ts';
import { commandLine } from './command-line.ts';

const USAGE = 'usage: npm run coverage -- [--list] [--json FILE] [--links [--list]]';
const { values: args } = commandLine('coverage', USAGE, {
  options: {
    list: { type: 'boolean', default: false },
    json: { type: 'string' },
    links: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const corpus = loadCorpus();
let seed: SeedData;
try {
  seed = prepareSeed(corpus);
} catch (e) {
  console.error((e as Error).message);
  if (e instanceof EvidenceError) console.error('coverage: fix the evidence files first (npm run anchor)');
  process.exit(1);
}
if (args.links) {
  printLinkCoverage(seed);
  process.exit(0);
}

function printLinkCoverage(data: SeedData) {
  const { findings, rows } = linkCoverage(data.sources, data.evidence, data.relations);
  console.log('Findings (claims: finding, assertion, recommendation; statistics) and their cross-source links.');
  console.log('open = no link, no recorded "no other source speaks to this", and another source has items on the topic.\n');
  console.log('| source | findings | linked | recorded no link | open | open in key sections |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const s of data.sources.map((x) => x.source.id)) {
    const mine = findings.filter((f) => f.sourceId === s);
    const open = openFindings(mine);
    console.log(
      `| ${s} | ${mine.length} | ${mine.filter((f) => f.links).length} | ${mine.filter((f) => !f.links && f.noLink).length} | ${open.length} | ${open.filter((f) => f.keySection).length} |`,
    );
  }
  console.log('\n| source | topic | findings | linked | recorded no link | open |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.sourceId} | ${r.topic} | ${r.findings} | ${r.linked} | ${r.settled} | ${r.open} |`);
  const stale = findings.filter((f) => f.links && f.noLink);
  for (const f of stale) console.log(`warning: ${f.id} is recorded as having no counterpart but has ${f.links} link(s); drop its noLink entry`);
  if (args.list) {
    console.log('');
    for (const f of openFindings(findings))
      console.log(
        `${f.id}${f.keySection ? ' [key section]' : ''} §${f.section ?? '-'} {${f.topics.join(',')}} peers: ${f.peers.join(',')}\n  «${f.quote.replace(/\s+/g, ' ').slice(0, 220)}»`,
      );
  }
}

const spans: Span[] = [
  ...[...seed.evidence.claims, ...seed.evidence.statistics].map((i) => ({ id: i.id, sourceId: i.sourceId, start: i.start, end: i.end, skipped: false })),
  ...seed.evidence.skipped.map((s, k) => ({ id: `${s.file}#skipped[${k}]`, sourceId: s.sourceId, start: s.start, end: s.end, skipped: true })),
];
const result = coverage(seed.sources, spans);

const rows = corpus.map((s) => {
  const mine = result.filter((r) => r.sourceId === s.id);
  const count = (st: string) => mine.filter((r) => r.status === st).length;
  const done = count('covered') + count('skipped');
  return {
    source: s.id,
    file: s.file,
    sentences: mine.length,
    covered: count('covered'),
    skipped: count('skipped'),
    uncovered: count('uncovered'),
    percent: mine.length ? Math.round((1000 * done) / mine.length) / 10 : 100,
  };
});
console.log('| source | sentences with a number or gap phrase | covered | skipped | uncovered | covered or skipped |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.source} | ${r.sentences} | ${r.covered} | ${r.skipped} | ${r.uncovered} | ${r.percent}% |`);
if (args.list) {
  for (const r of result.filter((x) => x.status === 'uncovered')) {
    const file = corpus.find((s) => s.id === r.sourceId)!.file;
    console.log(`${file}:${r.line} [${r.signals.join(',')}] ${r.text.slice(0, 200)}`);
  }
}
if (args.json) writeFileSync(args.json, JSON.stringify({ summary: rows, sentences: result }, null, 2));
