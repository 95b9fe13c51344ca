/**
 * A circuit breaker over the driver. After a connection failure it opens: every call fails at once
 * (DatabaseDown) instead of waiting on connection and retry timeouts, while a background probe
 * (`RETURN 1`, one at a time) runs every probeIntervalMs; the first probe that succeeds closes it.
 * So while Neo4j is unreachable requests fail in milliseconds, and they succeed again within a
 * probe interval of Neo4j answering. The driver itself does not retry (see guardDriver): reads get one
 * more try on a fresh connection (a pooled one may predate an outage), transient errors such as
 * deadlocks a few quick retries; a write is never retried after a connection failure, since it
 * may have committed.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryConfig, type Result, type Session } from 'neo4j-driver';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];

export interface BreakerOptions {
  /** Pause between a failed probe and the next. */
  probeIntervalMs: number;
  /**
   * How long one probe may run before the next starts beside it. A refused connection fails in
   * milliseconds; a query sent while Neo4j recovers its database waits until the database is
   * available, and the first probe to answer closes the breaker.
   */
  probeTimeoutMs: number;
  /** Told when the breaker opens or closes (a log line). */
  onChange?: (open: boolean, reason: string) => void;
}

export const DEFAULT_BREAKER: BreakerOptions = { probeIntervalMs: 200, probeTimeoutMs: 1_000 };

/** Refused without trying: the breaker is open. */
export class DatabaseDown extends Error {
  constructor(
    readonly since: Date,
    readonly reason: string,
  ) {
    super(`graph database unreachable since ${since.toISOString()}: ${reason}`);
    this.name = 'DatabaseDown';
  }
}

const CONNECTION_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The database cannot be reached (as opposed to a bad statement, a conflict or a full pool). */
export function isConnectionFailure(e: unknown): boolean {
  return e instanceof Neo4jError && CONNECTION_CODES.has(e.code);
}

const isTransient = (e: unknown) => e instanceof Neo4jError && e.code.startsWith('Neo.TransientError.') && !isConnectionFailure(e);
const TRANSIENT_RETRIES = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface BreakerStatus {
  state: 'closed' | 'open';
  since?: string;
  reason?: string;
}

export class Breaker {
  private openedAt: Date | null = null;
  private reason = '';
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly opts: BreakerOptions = DEFAULT_BREAKER,
  ) {}

  get isOpen(): boolean {
    return this.openedAt !== null;
  }

  status(): BreakerStatus {
    return this.openedAt ? { state: 'open', since: this.openedAt.toISOString(), reason: this.reason } : { state: 'closed' };
  }

  /** Throws DatabaseDown while open. */
  check(): void {
    if (this.openedAt) throw new DatabaseDown(this.openedAt, this.reason);
  }

  /** Opens on a connection failure (and starts probing); anything else is not the breaker's business. */
  record(e: unknown): void {
    if (!isConnectionFailure(e) || this.openedAt || this.stopped) return;
    this.openedAt = new Date();
    this.reason = (e as Error).message.split('\n')[0]!.slice(0, 200);
    this.opts.onChange?.(true, this.reason);
    this.schedule();
  }

  /** Runs a database call through the breaker. `idempotent`: a read, which may be tried again on a fresh connection. */
  async run<T>(call: () => Promise<T>, idempotent: boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.check();
      try {
        return await call();
      } catch (e) {
        if (isConnectionFailure(e)) {
          if (idempotent && attempt === 0) continue;
          this.record(e);
        } else if (isTransient(e) && attempt < TRANSIENT_RETRIES) {
          await sleep(10 * 2 ** attempt + Math.random() * 20);
          continue;
        }
        throw e;
      }
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** The next probe, unless one is already due. */
  private schedule(): void {
    if (this.stopped || !this.openedAt || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tryProbe();
    }, this.opts.probeIntervalMs);
    this.timer.unref();
  }

  private tryProbe(): void {
    if (this.stopped || !this.openedAt) return;
    const overdue = setTimeout(() => this.schedule(), this.opts.probeTimeoutMs);
    overdue.unref();
    this.probe().then(
      () => {
        clearTimeout(overdue);
        this.close();
      },
      () => {
        clearTimeout(overdue);
        this.schedule();
      },
    );
  }

  private close(): void {
    if (!this.openedAt) return;
    this.openedAt = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.opts.onChange?.(false, 'probe succeeded');
  }
}

const breakers = new WeakMap<Driver, Breaker>();

/** The breaker guarding a driver made by guardDriver (createDriver), if any. */
export function breakerOf(driver: Driver): Breaker | undefined {
  return breakers.get(driver);
}

/**
 * The driver with every query going through a breaker. executeQuery and sessions' executeRead and
 * executeWrite run as one explicit transaction each, tried once by the driver (its managed
 * transactions wait a second before retrying, even with maxTransactionRetryTime 0) and retried
 * here as run() says; a session's run and beginTransaction are refused while open. The probe is
 * an auto-commit `RETURN 1`. Closing the driver stops the probe.
 */
export function guardDriver(driver: Driver, opts: BreakerOptions = DEFAULT_BREAKER): Driver {
  if (breakers.has(driver)) return driver;
  const breaker = new Breaker(async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close().catch(() => undefined);
    }
  }, opts);
  const guarded = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'executeQuery') {
        return (query: string, params?: Record<string, unknown>, config: QueryConfig<unknown> = {}) =>
          breaker.run(() => queryOnce(target, query, params, config), config.routing === 'READ');
      }
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => guardSession(target.session(...args), breaker);
      if (prop === 'close') {
        return async () => {
          breaker.stop();
          await target.close();
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  breakers.set(guarded, breaker);
  return guarded;
}

/** Commits what `work` returns from, rolls back when it throws; never retried. */
async function transactionOnce<T>(session: Session, work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx as unknown as ManagedTransaction);
    await tx.commit();
    return result;
  } catch (e) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw e;
  }
}

/** driver.executeQuery as the driver does it (same session settings and bookmarks), in one transaction tried once. */
async function queryOnce(driver: Driver, query: string, params: Record<string, unknown> | undefined, config: QueryConfig<unknown>): Promise<unknown> {
  const session = driver.session({
    database: config.database,
    impersonatedUser: config.impersonatedUser,
    auth: config.auth,
    defaultAccessMode: config.routing === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: config.bookmarkManager === undefined ? driver.executeQueryBookmarkManager : (config.bookmarkManager ?? undefined),
  });
  const transform = config.resultTransformer ?? neo4j.resultTransformers.eagerResultTransformer();
  try {
    return await transactionOnce(session, (tx) => transform(tx.run(query, params) as Result), config.transactionConfig);
  } finally {
    await session.close().catch(() => undefined);
  }
}

function guardSession(session: Session, breaker: Breaker): Session {
  return new Proxy(session, {
    get(target, prop) {
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig) =>
          breaker.run(() => transactionOnce(target, work, config), prop === 'executeRead');
      }
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === 'run' || prop === 'beginTransaction') {
        return (...args: unknown[]) => {
          breaker.check();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
