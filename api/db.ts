import neo4j, { Neo4jError, type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { CommitOutcomeUnknown, QueryAborted } from '../db/breaker.ts';
import { isUnavailable } from '../db/driver.ts';
import { ApiError, Cancelled, OutcomeUnknown, TimedOut, Unavailable } from './errors.ts';

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
  constructor(
    private readonly driver: Driver,
    private readonly bounds: RequestBounds = {},
  ) {}

  /** The API error that says why this request's database work was stopped. */
  private stopped(reason: unknown = this.bounds.signal?.reason): ApiError {
    return (reason as Error | undefined)?.name === 'TimeoutError' ? new TimedOut(this.bounds.timeoutMs ?? 0) : new Cancelled();
  }

  private get transactionConfig() {
    return this.bounds.timeoutMs ? { timeout: this.bounds.timeoutMs } : undefined;
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<T>> {
    this.roundTrips++;
    const { signal } = this.bounds;
    if (signal?.aborted) throw this.stopped();
    try {
      return await this.driver.executeQuery<QueryResult<T>>(cypher, params, { routing: 'READ', signal, transactionConfig: this.transactionConfig });
    } catch (e) {
      if (e instanceof QueryAborted) throw this.stopped(e.reason);
      if (isTimedOut(e)) throw new TimedOut(this.bounds.timeoutMs ?? 0);
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
      // A write is not stopped when its client leaves (it is short, and one stopped mid-commit would
      // leave its outcome unknown); Neo4j's transaction timeout still bounds it.
      return await session.executeWrite(
        (tx) =>
          work({
            run: async <R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}) => {
              this.roundTrips++;
              return await tx.run<R>(cypher, params);
            },
          }),
        this.transactionConfig,
      );
    } catch (e) {
      if (e instanceof CommitOutcomeUnknown) throw new OutcomeUnknown();
      if (isTimedOut(e)) throw new TimedOut(this.bounds.timeoutMs ?? 0);
      if (!(e instanceof ApiError) && isUnavailable(e)) throw new Unavailable();
      throw e;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

/** What bounds one request's database work. */
export interface RequestBounds {
  /** Aborted when the client goes away (reason: anything) or the request's time is up (reason: a TimeoutError): reads in flight are stopped in Neo4j and no more start. */
  signal?: AbortSignal;
  /** Neo4j's own limit on each of the request's transactions: the server terminates a statement still running past it. */
  timeoutMs?: number;
}

const isTimedOut = (e: unknown) => e instanceof Neo4jError && /TransactionTimedOut/.test(e.code);
