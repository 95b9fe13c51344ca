/**
 * One real Neo4j for the whole test run: the project's launcher in a fresh temporary folder, or
 * the server named by NEO4J_URI. It is seeded once; tests that change the graph restore it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../api/db.ts';
import { loadSeed } from '../seed/load.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../scripts/neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

let neo: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'triangulate-test-neo4j-'));
    neo = await startLocalNeo4j({ dataDir, heap: '1g', pageCache: '256m', log: (s) => console.log(s) });
    uri = neo.uri;
  }
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? 'neo4j';
  const driver = createDriver(uri, user, password);
  try {
    await loadSeed(driver);
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
}

export async function teardown(): Promise<void> {
  await neo?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
