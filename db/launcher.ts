/**
 * Starts the project's own Neo4j (an embedded Neo4j 5.26 with Bolt on loopback, from Maven Central
 * jars) and waits until its database answers a query. Used by `npm start` (data kept under
 * .data/neo4j) and by the tests (a fresh temporary folder each run). The JVM watches its standard
 * input, so it ends with this process however this process ends.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LAUNCHER_DIR = join(ROOT, 'neo4j');
const JAR = join(LAUNCHER_DIR, 'target', 'neo4j-launcher-1.0.0.jar');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');

export function launcherBuilt(): boolean {
  return existsSync(JAR) && existsSync(LIB) && readdirSync(LIB).some((f) => f.startsWith('neo4j-kernel'));
}

/** Resolves the Neo4j jars from Maven Central and builds the launcher, once. */
export function ensureLauncher(log: (s: string) => void = console.log): void {
  if (launcherBuilt()) return;
  log('neo4j: fetching Neo4j 5.26 jars from Maven Central and building the launcher (first run only, about a minute)…');
  const r = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'], { stdio: 'inherit' });
  if (r.error) throw new Error(`neo4j: could not run Maven (${r.error.message}); install Java 17 and Maven, or set NEO4J_URI to a running Neo4j`);
  if (r.status !== 0 || !launcherBuilt()) throw new Error('neo4j: Maven failed to build the launcher (see its output above)');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  port?: number;
  heap?: string;
  pageCache?: string;
  log?: (s: string) => void;
  timeoutMs?: number;
}

export async function startLocalNeo4j(opts: StartOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? console.log;
  ensureLauncher(log);
  mkdirSync(opts.dataDir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const args = [
    `-Xmx${opts.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
    '-cp',
    `${JAR}:${LIB}/*`,
    'triangulate.Neo4jLauncher',
    '--data',
    opts.dataDir,
    '--port',
    String(port),
    '--pagecache',
    opts.pageCache ?? '256m',
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const collect = (b: Buffer) => {
    output = (output + b.toString()).slice(-20000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const uri = `bolt://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { connectionTimeout: 2000, logging: undefined });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`neo4j: the launcher exited with code ${child.exitCode}:\n${output.slice(-3000)}`);
      // Bolt answers seconds before the database does (while it starts or recovers after a crash), so
      // ready means a query answers; it waits on the server until the database is available.
      const session = driver.session();
      try {
        await session.run('RETURN 1');
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`neo4j: the database on ${uri} did not answer in time:\n${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 500));
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  } finally {
    await driver.close();
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode !== null) return;
      child.stdin!.end(); // the launcher shuts down cleanly when its input closes
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    })());
  return { uri, process: child, stop };
}
