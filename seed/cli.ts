/**
 * `npm run seed`: validate the corpus and evidence files, then load them into Neo4j in one
 * transaction. Uses NEO4J_URI when set, otherwise the project's local Neo4j (.data/neo4j).
 *   npm run seed -- --check       # validate only, touch no database
 *   npm run seed -- --if-needed   # load only into an empty database or one with an older seed
 *                                 # (as npm start does; a deployment's seed job keeps curation made through the API)
 */
import { connectNeo4j } from '../db/connect.ts';
import { currentFingerprint, loadSeed, prepareSeed } from './load.ts';

const checkOnly = process.argv.includes('--check');
const ifNeeded = process.argv.includes('--if-needed');
try {
  const data = prepareSeed();
  const passages = data.sources.reduce((n, s) => n + s.passages.length, 0);
  console.log(`seed: ${data.sources.length} sources, ${passages} passages are valid`);
  if (!checkOnly) {
    const connection = await connectNeo4j();
    try {
      if (ifNeeded && (await currentFingerprint(connection.driver)) === data.fingerprint) {
        console.log(`seed: ${connection.uri} already holds the current seed`);
      } else {
        await loadSeed(connection.driver, data);
        console.log(`seed: loaded into ${connection.uri}`);
      }
    } finally {
      await connection.close();
    }
  }
} catch (e) {
  console.error(`seed: ${(e as Error).message}`);
  process.exit(1);
}
