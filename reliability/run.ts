/**
 * `npm run reliability [-- --only load,fuzz] [--short] [--report-only] [--max-minutes M] [--note TEXT]`: the
 * reliability suite against a private, seeded Neo4j and the real API as a child process, on
 * loopback only. A full run merges each check's numbers into reliability/results.json (a check
 * replaces only its own entry) and rewrites reliability/RESULTS.md; `--short` (the sizes of
 * `npm test`) only prints; `--note` sets the note shown above the table (say how loaded the
 * machine was). Exits 1 when a check misses its target or the time bound is reached.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../db/launcher.ts';
import { judge, renderMarkdown, type CheckEntry, type ResultsFile } from './report.ts';
import { CHECKS, SIZES, runChecks, type Check } from './suite.ts';
import { startSystem, type System } from './system.ts';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    short: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    'max-minutes': { type: 'string' },
    note: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'reliability') },
  },
});
const resultsPath = join(args.out, 'results.json');
const markdownPath = join(args.out, 'RESULTS.md');
const started = performance.now();
const say = (s: string) => console.log(`[reliability ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const fail = (message: string): never => {
  console.error(`reliability: ${message}`);
  process.exit(2);
};

const readResults = (): ResultsFile | null => (existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as ResultsFile) : null);
if (args['report-only']) {
  const file = readResults() ?? fail(`no ${resultsPath} to report from`);
  if (args.note !== undefined) file.note = args.note;
  // The verdicts follow the current targets and wording.
  for (const [check, entry] of Object.entries(file.checks)) entry.rows = judge(check as Check, entry.result);
  writeFileSync(resultsPath, JSON.stringify(file, null, 2) + '\n');
  writeFileSync(markdownPath, renderMarkdown(file));
  console.log(`reliability: ${markdownPath} rewritten from ${resultsPath}`);
  process.exit(0);
}

const only = (args.only?.split(',').map((s) => s.trim()) ?? [...CHECKS]) as Check[];
const unknown = only.filter((c) => !(CHECKS as readonly string[]).includes(c));
if (unknown.length) fail(`unknown check ${unknown.join(', ')}: the checks are ${CHECKS.join(', ')}`);
const size = args.short ? SIZES.short : SIZES.full;
const maxMinutes = Number(args['max-minutes'] ?? size.maxMinutes);
if (!(maxMinutes > 0 && maxMinutes <= 120)) fail(`--max-minutes must be a number from 0 to 120, not ${args['max-minutes']}`);

const git = (...a: string[]) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = `${git('rev-parse', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`;
const load1 = () => loadavg().map((v) => Math.round(v * 100) / 100);
const file: ResultsFile = readResults() ?? { machine: {}, settings: {}, note: '', checks: {} };
file.machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${process.platform} ${release()}`,
  node: process.version,
  neo4j: '5.26 (the project launcher, 1 GB heap, 256 MB page cache)',
};

if (args.note !== undefined) file.note = args.note;

let system: System | undefined;
let failed = false;
// The whole run is bounded: past it, what was measured is kept and everything started is stopped.
const bound = setTimeout(() => {
  say(`the time bound (${maxMinutes} min) is reached: stopping`);
  void finish(1);
}, maxMinutes * 60_000);

async function finish(code: number): Promise<never> {
  clearTimeout(bound);
  await system?.close().catch((e: unknown) => say(`stopping: ${(e as Error).message}`));
  process.exit(code);
}

try {
  say(`${args.short ? 'short' : 'full'} run of ${only.join(', ')}; load average now ${load1().join(', ')}; at most ${maxMinutes} min`);
  system = await startSystem({ log: say });
  say(`API (pid ${system.apiPid}) on ${system.url}, RSS ${system.rssMb()} MB; Neo4j on ${system.neo4j.uri}`);
  file.settings = system.settings;
  let startLoad = load1();
  const results = await runChecks(system, only, size, {
    neo4j: system.neo4j,
    log: say,
    onStart: () => (startLoad = load1()),
    onResult: (check, result) => {
      const rows = judge(check, result);
      for (const r of rows)
        say(`${check}: ${r.pass ? 'pass' : 'FAIL'}: ${r.criterion}: ${r.measured} (target: ${r.target}) in ${(result.ms / 1000).toFixed(1)} s`);
      failed ||= rows.some((r) => !r.pass);
      if (!system!.alive()) {
        failed = true;
        say(`the API process has exited:\n${system!.apiOutput()}`);
      }
      const entry: CheckEntry = {
        at: new Date().toISOString(),
        commit,
        loadavg: { start: startLoad, end: load1() },
        apiRssMb: system!.rssMb(),
        rows,
        result,
      };
      if (args.short) return;
      file.checks[check] = entry;
      writeFileSync(resultsPath, JSON.stringify(file, null, 2) + '\n');
      writeFileSync(markdownPath, renderMarkdown(file));
    },
  });
  say(
    `done: ${Object.keys(results).length} checks, ${failed ? 'some targets missed' : 'every target met'}${args.short ? '' : `; results in ${resultsPath} and ${markdownPath}`}`,
  );
  await finish(failed ? 1 : 0);
} catch (e) {
  say(`stopped by an error: ${(e as Error).stack ?? String(e)}`);
  await finish(1);
}
