/**
 * The system `npm run reliability` tests: a private Neo4j of the project's launcher in a fresh
 * temporary folder (seeded), and the real server entry (scripts/main.ts) as a child process on
 * loopback, so that the memory sampled and any crash are the server's, not this runner's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { readNeo4jEnv } from '../db/env.ts';
import { ROOT, freePort, startLocalNeo4j, type LocalNeo4j } from '../db/launcher.ts';
import { loadSeed } from '../seed/load.ts';
import type { Target } from './target.ts';

/** What the kill -9 check does to Neo4j. */
export interface Neo4jControl {
  uri: string;
  /** SIGKILL, and resolves when the process is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same data folder and port; resolves when Bolt answers. */
  restart(): Promise<void>;
}

export interface System extends Target {
  neo4j: Neo4jControl;
  apiPid: number;
  /** The API's settings that shape the results (recorded with them). */
  settings: Record<string, string>;
  /** The API's last output lines (for a failure report). */
  apiOutput(): string;
}

const token = () => randomBytes(24).toString('base64url');

/** Resident memory of a process in MB, from /proc (Linux); NaN where there is no /proc. */
export function rssOf(pid: number): number {
  try {
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 102.4) / 10;
  } catch {
    return Number.NaN;
  }
}

async function waitReady(url: string, api: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}:\n${output()}`);
    const ok = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    if (performance.now() > deadline) throw new Error(`the API was not ready in ${timeoutMs / 1000} s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startSystem(opts: { log: (s: string) => void }): Promise<System> {
  const { NEO4J_USER: user, NEO4J_PASSWORD: password } = readNeo4jEnv({});
  const dataDir = mkdtempSync(join(tmpdir(), 'triangulate-reliability-'));
  const boltPort = await freePort();
  // A generous bound: a recovery on a loaded machine can take minutes.
  const startNeo4j = () => startLocalNeo4j({ dataDir, port: boltPort, heap: '1g', pageCache: '256m', log: opts.log, timeoutMs: 300_000 });
  let neo: LocalNeo4j | undefined;
  let api: ChildProcess | undefined;
  let driver: ReturnType<typeof neo4j.driver> | undefined;
  const cleanup = async () => {
    if (api && api.exitCode === null) {
      const gone = new Promise((r) => api!.once('exit', r));
      api.kill('SIGTERM');
      const timer = setTimeout(() => api!.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    }
    await driver?.close();
    await neo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Whatever ends this runner, the API child goes with it (the launcher's JVM ends with its standard input).
  const killApi = () => api?.kill('SIGKILL');
  process.once('exit', killApi);
  try {
    opts.log('starting a private Neo4j…');
    neo = await startNeo4j();
    // The runner's own view of the database (counting audit records, checking writes): no breaker, the driver's retries.
    driver = neo4j.driver(neo.uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    opts.log('seeding it…');
    await loadSeed(driver);
    // A clean stop checkpoints, as a long-running database has (Community Neo4j has no
    // db.checkpoint()): otherwise a kill -9's recovery replays the whole seed from the transaction log.
    opts.log('restarting it cleanly (a checkpoint)…');
    await neo.stop();
    neo = await startNeo4j();

    const curator = token();
    const viewer = token();
    const port = await freePort();
    const settings = {
      NODE_ENV: 'production',
      // One loopback address is every client of the suite: the per-client request rate is lifted,
      // failed authentications keep their strict default (token guessing must meet it).
      RATE_LIMIT_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '1000000',
      // Admission control (concurrency, queue, deadline) and the request timeout keep their production defaults.
      LOG_LEVEL: 'warn',
    };
    const env = {
      ...process.env,
      ...settings,
      NEO4J_URI: neo.uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      HOST: '127.0.0.1',
      PORT: String(port),
      WEB_DIST: join(dataDir, 'no-web-app'),
      TRIANGULATE_TOKENS: `rel-curator:curator:${curator},rel-viewer:viewer:${viewer}`,
    };
    opts.log('starting the API (scripts/main.ts) as a child process…');
    api = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (b: Buffer) => {
      output = (output + b.toString()).slice(-20_000);
    };
    api.stdout!.on('data', collect);
    api.stderr!.on('data', collect);
    const url = `http://127.0.0.1:${port}`;
    await waitReady(url, api, () => output.slice(-3000), 120_000);
    const child = api;
    const control: Neo4jControl = {
      uri: neo.uri,
      async kill() {
        const proc = neo!.process;
        if (proc.exitCode !== null || proc.signalCode !== null) return;
        const gone = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGKILL');
        await gone;
      },
      async restart() {
        neo = await startNeo4j();
      },
    };
    return {
      url,
      driver,
      curator,
      viewer,
      neo4j: control,
      apiPid: child.pid!,
      settings,
      apiOutput: () => output.slice(-3000),
      rssMb: () => rssOf(child.pid!),
      alive: () => child.exitCode === null && child.signalCode === null,
      async close() {
        process.off('exit', killApi);
        await cleanup();
      },
    };
  } catch (e) {
    process.off('exit', killApi);
    await cleanup();
    throw e;
  }
}
