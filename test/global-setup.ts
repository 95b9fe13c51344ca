/**
 * One real Neo4j for the whole test run: the project's launcher in a fresh temporary folder, or
 * the server named by NEO4J_URI. It is seeded once; tests that change the graph restore it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectNeo4j, type Connection } from '../db/connect.ts';
import { readNeo4jEnv } from '../db/env.ts';
import { loadSeed } from '../seed/load.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

let connection: Connection | undefined;
let dataDir: string | undefined;
let userCorpus: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The seed reads the user corpus too (seed/user-corpus.ts): the tests' is empty, whatever a developer exported.
  userCorpus = mkdtempSync(join(tmpdir(), 'triangulate-test-user-corpus-'));
  process.env.TRIANGULATE_USER_CORPUS = userCorpus;
  const env = readNeo4jEnv();
  if (!env.NEO4J_URI) dataDir = mkdtempSync(join(tmpdir(), 'triangulate-test-neo4j-'));
  connection = await connectNeo4j({ env, dataDir, port: 'free', heap: '1g', pageCache: '256m', log: (s) => console.log(s) });
  await loadSeed(connection.driver);
  project.provide('neo4jUri', connection.uri);
  project.provide('neo4jUser', env.NEO4J_USER);
  project.provide('neo4jPassword', env.NEO4J_PASSWORD);
}

export async function teardown(): Promise<void> {
  await connection?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (userCorpus) rmSync(userCorpus, { recursive: true, force: true });
}
