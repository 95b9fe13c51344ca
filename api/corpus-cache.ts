/**
 * Whole-corpus reads (the evidence map, the sources and topics lists with their counts, the pair
 * summaries) kept in the API process, each under the data version it was built at
 * (api/cypher/sources.ts `dataVersion`: it changes with every seed, ingestion and curation write,
 * whichever process makes it). A request reads the version once, from Neo4j's count store, and a
 * read is made again only when the version differs. The version is read before the build, so a
 * write during a build makes the next request build again: never a stale answer.
 */
import { dataVersion } from './data/sources.ts';
import type { Db } from './db.ts';

export class CorpusCache {
  private readonly entries = new Map<string, { version: string; value: Promise<unknown> }>();
  /** One version read per request (its Db), however many cached fields it asks for. */
  private readonly versions = new WeakMap<Db, Promise<string>>();

  /** The data version as this request (its Db) sees it: read once, shared by every cached field and the response cache. */
  version(db: Db): Promise<string> {
    let pending = this.versions.get(db);
    if (!pending) {
      pending = dataVersion(db);
      this.versions.set(db, pending);
    }
    return pending;
  }

  async get<T>(db: Db, key: string, build: () => Promise<T>): Promise<T> {
    const version = await this.version(db);
    const hit = this.entries.get(key);
    if (hit?.version === version) return (await hit.value) as T;
    const value = build();
    this.entries.set(key, { version, value });
    // A failed build is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
