/**
 * The production build as the image runs it: `scripts/build.mjs --server-only` compiles the server
 * into a fresh folder laid out like the image's /app (package.json, node_modules, dist/, web/dist/),
 * and plain `node` — whichever runs the tests, Node 20 or the current LTS in CI — runs
 * dist/scripts/main.js and dist/seed/cli.js against the test Neo4j. No tsx, no Vite.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../db/launcher.ts';
import { IMMUTABLE, REVALIDATE } from '../api/web-app.ts';

const ASSET = 'index-Ab12Cd34.js';
const INDEX_HTML = `<!doctype html><html><head><script type="module" src="/assets/${ASSET}"></script></head><body><div id="root"></div></body></html>`;

let app: string;
let store: string;
let server: ChildProcess;
let url: string;
let output = '';

const CURATOR = 'dPl0y-Cur4tor-t0ken-Qx7Z9kWmRb';

/** The environment of the image's processes: the test Neo4j, nothing inherited from the test runner. */
const env = () => ({
  PATH: process.env.PATH,
  NEO4J_URI: inject('neo4jUri'),
  NEO4J_USER: inject('neo4jUser'),
  NEO4J_PASSWORD: inject('neo4jPassword'),
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'info',
  TRIANGULATE_TOKENS: `deploy-curator:curator:${CURATOR}`,
  TRIANGULATE_INGEST_DIR: store,
});

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'triangulate-app-'));
  store = join(app, 'data', 'ingested');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--server-only', '--out', join(app, 'dist')], { encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  // A stand-in for Vite's output (test/web.test.ts serves the real one in Chromium).
  mkdirSync(join(app, 'web', 'dist', 'assets'), { recursive: true });
  writeFileSync(join(app, 'web', 'dist', 'index.html'), INDEX_HTML);
  writeFileSync(join(app, 'web', 'dist', 'assets', ASSET), 'document.getElementById("root").textContent = "ok";\n');

  server = spawn(process.execPath, ['dist/scripts/main.js'], { cwd: app, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the compiled server did not start:\n${output}`)), 60_000);
    server.on('exit', (code) => reject(new Error(`the compiled server exited with ${code}:\n${output}`)));
    server.stdout!.on('data', (b: Buffer) => {
      output += b.toString();
      const started = /web app and API on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (started) {
        clearTimeout(timer);
        resolve(started[1]!);
      }
    });
  });
}, 240_000);

afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  if (app) rmSync(app, { recursive: true, force: true });
});

/** Every module specifier in the compiled code. */
function specifiers(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .flatMap((e) => {
      const code = readFileSync(join(e.parentPath, e.name), 'utf8');
      const patterns = [
        /^(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm, // import … from 'x', export … from 'x'
        /^import\s*['"]([^'"]+)['"]/gm, // import 'x'
        /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, // import('x')
        /\bcreateRequire\([^)]*\)\(\s*['"]([^'"]+)['"]/g, // createRequire(import.meta.url)('x')
      ];
      return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[1]!));
    });
}

describe('the compiled server (npm run build → node dist/scripts/main.js)', () => {
  it('imports only Node built-ins, its own compiled modules and production dependencies', () => {
    const found = specifiers(join(app, 'dist'));
    expect(found.length).toBeGreaterThan(100);
    const relative = found.filter((s) => s.startsWith('.'));
    expect(relative.filter((s) => !s.endsWith('.js'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const packages = new Set(
      found
        .filter((s) => !s.startsWith('.'))
        .map((s) =>
          s
            .split('/')
            .slice(0, s.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    const builtins = new Set(builtinModules);
    const missing = [...packages].filter((p) => !p.startsWith('node:') && !builtins.has(p) && !(p in pkg.dependencies));
    expect(missing).toEqual([]);
    for (const tool of ['tsx', 'vite', 'typescript', 'vitest']) expect(packages.has(tool), tool).toBe(false);
  });

  it('serves the API, its health checks and metrics, and the web app on one port', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: 'ready', ready: true, neo4j: 'up', breaker: 'closed' });
    const gql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sources { id } }' }),
    });
    expect(gql.status).toBe(200);
    expect(((await gql.json()) as { data: { sources: unknown[] } }).data.sources).toHaveLength(5);
    const ris = await fetch(`${url}/export/sources.ris`);
    expect(ris.status).toBe(200);
    expect(await ris.text()).toMatch(/^TY {2}- /m);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^triangulate_neo4j_up 1$/m);
    expect(metrics).toMatch(/^triangulate_graphql_operation_duration_seconds_count\{/m);

    for (const path of ['/', '/graph', '/sources/merdian-2019?passage=x']) {
      const page = await fetch(`${url}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toBe(INDEX_HTML);
      expect(page.headers.get('cache-control'), path).toBe(REVALIDATE);
      expect(page.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    }
    const asset = await fetch(`${url}/assets/${ASSET}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    // A missing asset (an old page asking for a file a deploy replaced) is a 404, not the app's HTML.
    const missing = await fetch(`${url}/assets/index-Old00000.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${url}/metrics/nothing`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('ingests an upload from a curator into the configured store folder, and removes it again', async () => {
    const note = '# A deployment check\n\n## Key findings\n\nAbout 30% of the 120 cases were reported abroad.\n';
    const upload = await fetch(`${url}/ingest/upload?name=deploy-note.md&id=deploy-note`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-triangulate-upload': '1', authorization: `Bearer ${CURATOR}` },
      body: note,
    });
    expect(upload.status).toBe(200);
    const lines = (await upload.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { done?: { sourceId: string; passages: number } });
    expect(lines.at(-1)?.done, JSON.stringify(lines)).toMatchObject({ sourceId: 'deploy-note' });
    expect(readdirSync(join(store, 'deploy-note')).sort()).toEqual(['original.md', 'source.json', 'text.txt']);
    expect(readFileSync(join(store, 'deploy-note', 'text.txt'), 'utf8')).toContain('About 30% of the 120 cases');

    const remove = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${CURATOR}` },
      body: JSON.stringify({ query: 'mutation { removeIngestedSource(id: "deploy-note") { sourceId passages } }' }),
    });
    const removed = (await remove.json()) as { data?: { removeIngestedSource: { sourceId: string; passages: number } } };
    expect(removed.data?.removeIngestedSource, JSON.stringify(removed)).toMatchObject({ sourceId: 'deploy-note' });
    expect(existsSync(join(store, 'deploy-note'))).toBe(false);
  });

  it('runs the seed job: validates, and leaves a database that holds the current seed as it is', () => {
    const seed = spawnSync(process.execPath, ['dist/seed/cli.js', '--if-needed'], { cwd: app, env: env(), encoding: 'utf8' });
    expect(seed.status, seed.stderr).toBe(0);
    expect(seed.stdout).toMatch(/^seed: 5 sources, \d+ passages are valid$/m);
    expect(seed.stdout).toContain(`seed: ${inject('neo4jUri')} already holds the current seed`);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
