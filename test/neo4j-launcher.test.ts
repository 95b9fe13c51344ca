import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startLocalNeo4j } from '../db/launcher.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'triangulate-launcher-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('local Neo4j launcher (real jars, real JVM)', () => {
  it('keeps data in its folder across a stop and a start, and stops its JVM', async () => {
    const dataDir = tempDir();
    const first = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m', log: () => undefined });
    const d1 = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'x'));
    await d1.executeQuery(`CREATE (:Probe {id: 'kept'})`);
    await d1.close();
    await first.stop();
    expect(first.process.exitCode).toBe(0);
    expect(alive(first.process.pid!)).toBe(false);

    const second = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m', log: () => undefined });
    const d2 = neo4j.driver(second.uri, neo4j.auth.basic('neo4j', 'x'));
    const { records } = await d2.executeQuery(`MATCH (p:Probe) RETURN p.id AS id`);
    await d2.close();
    await second.stop();
    expect(records.map((r) => r.get('id'))).toEqual(['kept']);
  }, 180_000);

  it('takes its JVM down when the process that started it is killed outright', async () => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'test', 'fixtures', 'launch-and-wait.ts'), tempDir()], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const jvm = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /JVM (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error(`launcher fixture exited early: ${out}`)));
    });
    expect(alive(jvm)).toBe(true);
    // tsx runs the script in a child node process; kill the whole tree's parent chain hard.
    process.kill(child.pid!, 'SIGKILL');
    const { execSync } = await import('node:child_process');
    for (const pid of execSync(`pgrep -f fixtures/launch-and-wait || true`).toString().split(/\s+/).filter(Boolean)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await expect.poll(() => alive(jvm), { timeout: 60_000, interval: 500 }).toBe(false);
  }, 180_000);
});
