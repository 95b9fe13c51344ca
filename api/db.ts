import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { isUnavailable } from '../db/driver.ts';
import { ApiError, Unavailable } from './errors.ts';

/** A write transaction as the curation code sees it: every statement counted as a round trip. */
export interface WriteTx {
  run<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<T>>;
}

/**
 * The per-request way to run Cypher: parameterised read queries and write transactions, counted
 * (so tests can check that an operation makes a bounded number of round trips), with database
 * outages turned into one clear error (Unavailable). Typed access goes through api/data/query.ts.
 */
export class Db {
  roundTrips = 0;
  constructor(private readonly driver: Driver) {}

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<T>> {
    this.roundTrips++;
    try {
      return await this.driver.executeQuery<QueryResult<T>>(cypher, params, { routing: 'READ' });
    } catch (e) {
      if (isUnavailable(e)) throw new Unavailable();
      throw e;
    }
  }

  /**
   * Runs `work` in one write transaction (retried by the driver on transient errors): it commits
   * when `work` returns and rolls back, everything it wrote, when `work` throws.
   */
  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    // The bookmarks of executeQuery's reads: on a cluster, this instance's reads after the write wait for it (read-your-writes).
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.driver.executeQueryBookmarkManager });
    try {
      return await session.executeWrite((tx) =>
        work({
          run: async <R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}) => {
            this.roundTrips++;
            return await tx.run<R>(cypher, params);
          },
        }),
      );
    } catch (e) {
      if (!(e instanceof ApiError) && isUnavailable(e)) throw new Unavailable();
      throw e;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
