#!/usr/bin/env node
// The README commands go through here: install what is missing (npm packages; the Neo4j jars
// are fetched by the launcher on first use), then start the app (or its dev servers) or run the tests.
// Plain JavaScript on purpose: it must run before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...rest] = process.argv.slice(2);

// As package.json's engines: 20.19+ (end of life, still tested), 22.15+ or 24+ (current LTS, tested in CI).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19) || major === 21 || (major === 22 && minor < 15) || major === 23) {
  console.error(`Triangulate needs Node.js 24 (or 22.15+, or 20.19+); this is ${process.versions.node}.`);
  process.exit(1);
}

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (r.error) {
    console.error(`could not run ${cmd}: ${r.error.message}`);
    process.exit(1);
  }
  return r.status ?? 1;
}

function dependenciesCurrent() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return false;
  const lock = join(root, 'package-lock.json');
  if (!existsSync(lock)) return true;
  // npm rewrites its marker on every install; a lockfile edited since means packages changed.
  if (statSync(lock).mtimeMs <= statSync(marker).mtimeMs) return true;
  const want = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(marker, 'utf8')).packages ?? {};
  return Object.entries(want).every(([path, info]) => path === '' || info.optional || have[path]?.version === info.version);
}

if (!dependenciesCurrent()) {
  console.log('Installing npm packages (first run, or package-lock.json changed)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}

/** Runs the long-lived child and passes on the signals this process gets (npm, a supervisor or `timeout` may send them here only). */
function exec(cmd, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
    child.on('error', (e) => {
      console.error(`could not run ${cmd}: ${e.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const tsx = join(root, 'node_modules', '.bin', 'tsx');
const vitest = join(root, 'node_modules', '.bin', 'vitest');
switch (command) {
  case 'start':
    process.exit(await exec(tsx, ['scripts/start.ts', ...rest]));
    break;
  case 'dev':
    process.exit(await exec(tsx, ['scripts/start.ts', '--dev', ...rest]));
    break;
  case 'test': {
    const report = join(tmpdir(), `triangulate-vitest-${process.pid}.json`);
    const status = await exec(vitest, ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...rest], { NODE_ENV: 'test' });
    // One plain closing line, whatever the reporter printed above it.
    try {
      const r = JSON.parse(readFileSync(report, 'utf8'));
      rmSync(report, { force: true });
      console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
    } catch {
      console.log('\ntests: the run ended before a report was written');
    }
    process.exit(status);
    break;
  }
  default:
    console.error('usage: node scripts/bootstrap.mjs start|dev|test');
    process.exit(2);
}
