#!/usr/bin/env node
// `npm run build`: the production build. The web app goes to web/dist (Vite); the server code
// (scripts/main.ts, seed/cli.ts and what they import) is compiled by tsc to dist/, mirroring the source
// tree, with the data files the code reads beside its own module (schema.graphql, the corpus and the
// seed's YAML) copied along, so `node dist/scripts/main.js` and `node dist/seed/cli.js` need neither
// tsx nor Vite.
//   node scripts/build.mjs [--web-only | --server-only] [--out DIR]
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? resolve(args[outIndex + 1] ?? '') : join(root, 'dist');
const web = !args.includes('--server-only');
const server = !args.includes('--web-only');

/** The folders tsc compiles from; their non-TypeScript files are data the code reads at run time. */
const SERVER_FOLDERS = ['api', 'core', 'db', 'seed'];

function run(label, bin, binArgs) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'node_modules', bin), ...binArgs], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Copies every file under `from` that tsc does not handle (not .ts, not a tsconfig), keeping the layout. */
function copyData(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyData(source, join(to, entry.name));
    else if (!entry.name.endsWith('.ts') && !/^tsconfig.*\.json$/.test(entry.name)) cpSync(source, join(to, entry.name));
  }
}

if (web) run('web app → web/dist', 'vite/bin/vite.js', ['build', '--logLevel', 'warn']);
if (server) {
  rmSync(out, { recursive: true, force: true });
  run(`server → ${out}`, 'typescript/bin/tsc', ['-p', join(root, 'tsconfig.build.json'), '--outDir', out]);
  for (const folder of SERVER_FOLDERS) copyData(join(root, folder), join(out, folder));
}
