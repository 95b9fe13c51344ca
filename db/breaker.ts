/**
 * A circuit breaker over the driver. It opens when Neo4j cannot be reached (a connection failure)
 * or stops answering (a hung server accepts connections and never replies: a call in flight for
 * stallMs makes the breaker ping the server with a Bolt handshake, db/bolt-ping.ts, and no answer
 * within livenessTimeoutMs opens it, abandoning the calls in flight). While open, every call fails
 * at once (DatabaseDown) instead of waiting on connection and retry timeouts, and a background
 * probe (`RETURN 1`) runs every probeIntervalMs; the first probe that succeeds closes it. So
 * requests fail in milliseconds while Neo4j is down, and they succeed again within a probe
 * interval of Neo4j answering. The driver itself does not retry (see guardDriver): reads get one
 * more try on a fresh connection (a pooled one may predate an outage), transient errors such as
 * deadlocks a few quick retries; a write is never retried after a connection failure, since it
 * may have committed.
 */
import { boltPing } from './bolt-ping.ts';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryConfig, type Result, type Session } from 'neo4j-driver';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];

export interface BreakerOptions {
  /** Pause between a failed probe and the next while open. */
  probeIntervalMs: number;
  /**
   * How long one probe may run before the next starts beside it (at most MAX_PROBES at once). A
   * refused connection fails in milliseconds; a query sent while Neo4j recovers its database waits
   * until the database is available, and the first probe to answer closes the breaker.
   */
  probeTimeoutMs: number;
  /** A call still running after this long makes the breaker check that the server answers at all. */
  stallMs: number;
  /**
   * How long that check (a Bolt handshake, answered by the server's network threads however busy
   * its queries are) may take before the breaker opens. It takes milliseconds; the margin is for a
   * busy machine, where a false alarm would fail the calls in flight.
   */
  livenessTimeoutMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { probeIntervalMs: 200, probeTimeoutMs: 1_000, stallMs: 500, livenessTimeoutMs: 1_000 };

/** Probes stuck on a hung server stay pending until it answers again; this bounds the connections they hold. */
const MAX_PROBES = 3;

/** The connection failed while a COMMIT was in flight: the transaction may or may not have been committed. */
export class CommitOutcomeUnknown extends Error {
  constructor(override readonly cause: unknown) {
    super(`the connection failed during COMMIT; the outcome is unknown: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
    this.name = 'CommitOutcomeUnknown';
  }
}

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

/** Told once per change: opened (with the reason) or closed (with how long it was open). */
export type BreakerListener = (change: { open: true; reason: string } | { open: false; downMs: number }) => void;

/**
 * One call in flight. When the breaker opens on a stall it abandons the call (its caller gets
 * DatabaseDown at once) unless it is committing; an abandoned transaction rolls back instead of
 * committing whenever the server answers again.
 */
export class CallState {
  abandoned = false;
  committing = false;
  constructor(
    readonly started: number,
    readonly abandon: (e: Error) => void,
  ) {}
}

export class Breaker {
  private openedAt: Date | null = null;
  private reason = '';
  private timer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private stopped = false;
  private probes = 0;
  private checking = false;
  private lastCheck = -Infinity;
  private readonly calls = new Set<CallState>();
  private readonly listeners = new Set<BreakerListener>();

  /** `ping`: resolves when the server answers at all (no ping: no stall detection). */
  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly opts: BreakerOptions = DEFAULT_BREAKER,
    private readonly ping?: (timeoutMs: number) => Promise<void>,
  ) {}

  /** Database calls in flight: each holds one of the driver's pooled connections. */
  get inFlight(): number {
    return this.calls.size;
  }

  get isOpen(): boolean {
    return this.openedAt !== null;
  }

  status(): BreakerStatus {
    return this.openedAt ? { state: 'open', since: this.openedAt.toISOString(), reason: this.reason } : { state: 'closed' };
  }

  /** Adds a listener of state changes; returns its removal. */
  onChange(listener: BreakerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Throws DatabaseDown while open. */
  check(): void {
    if (this.openedAt) throw new DatabaseDown(this.openedAt, this.reason);
  }

  /** Opens on a connection failure (and starts probing); anything else is not the breaker's business. */
  record(e: unknown): void {
    if (isConnectionFailure(e)) this.open((e as Error).message.split('\n')[0]!.slice(0, 200), false);
  }

  /** Runs a database call through the breaker. `idempotent`: a read, which may be tried again on a fresh connection. */
  async run<T>(call: (state: CallState) => Promise<T>, idempotent: boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.check();
      try {
        return await this.track(call);
      } catch (e) {
        if (e instanceof CommitOutcomeUnknown) {
          // Never retried (it may have committed); the lost connection still tells the breaker.
          this.record(e.cause);
        } else if (isConnectionFailure(e)) {
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
    clearTimeout(this.watchdog);
  }

  private track<T>(call: (state: CallState) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const state = new CallState(performance.now(), reject);
      this.calls.add(state);
      this.watch();
      call(state)
        .then(resolve, reject)
        .finally(() => this.calls.delete(state));
    });
  }

  private open(reason: string, abandonCalls: boolean): void {
    if (this.openedAt || this.stopped) return;
    this.openedAt = new Date();
    this.reason = reason;
    if (abandonCalls) {
      const down = new DatabaseDown(this.openedAt, reason);
      for (const call of this.calls) {
        if (call.committing) continue;
        call.abandoned = true;
        call.abandon(down);
        this.calls.delete(call);
      }
    }
    for (const l of this.listeners) l({ open: true, reason });
    this.schedule();
  }

  private close(): void {
    if (!this.openedAt) return;
    const downMs = Date.now() - this.openedAt.getTime();
    this.openedAt = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const l of this.listeners) l({ open: false, downMs });
  }

  /** While calls are in flight, looks for one running longer than stallMs every half of it. */
  private watch(): void {
    if (this.watchdog || this.stopped || this.calls.size === 0) return;
    this.watchdog = setTimeout(() => {
      this.watchdog = undefined;
      this.checkStalls();
      this.watch();
    }, this.opts.stallMs / 2);
    this.watchdog.unref();
  }

  /** A slow call is usually just a slow query: the breaker opens only when the server does not answer a ping either. */
  private checkStalls(): void {
    const now = performance.now();
    if (!this.ping || this.openedAt || this.checking || now - this.lastCheck < this.opts.stallMs) return;
    if (![...this.calls].some((c) => now - c.started >= this.opts.stallMs)) return;
    this.checking = true;
    this.lastCheck = now;
    this.ping(this.opts.livenessTimeoutMs)
      .catch((e: unknown) => this.open((e as Error).message.slice(0, 200), true))
      .finally(() => (this.checking = false));
  }

  private runProbe(): Promise<unknown> {
    this.probes++;
    return this.probe().finally(() => this.probes--);
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
    if (this.probes >= MAX_PROBES) return this.schedule();
    const overdue = setTimeout(() => this.schedule(), this.opts.probeTimeoutMs);
    overdue.unref();
    this.runProbe().then(
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
 * an auto-commit `RETURN 1`; `address` (the server's, or a routing URI's router) is pinged when a
 * call stalls. Closing the driver stops the probe.
 */
export function guardDriver(driver: Driver, opts: BreakerOptions = DEFAULT_BREAKER, address?: { host: string; port: number }): Driver {
  if (breakers.has(driver)) return driver;
  const probe = async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close().catch(() => undefined);
    }
  };
  const breaker = new Breaker(probe, opts, address && ((ms) => boltPing(address.host, address.port, ms)));
  const guarded = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'executeQuery') {
        return (query: string, params?: Record<string, unknown>, config: QueryConfig<unknown> = {}) =>
          breaker.run((state) => queryOnce(target, query, params, config, state), config.routing === 'READ');
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

/** Commits what `work` returns from, rolls back when it throws or the breaker abandoned it; never retried. */
async function transactionOnce<T>(
  session: Session,
  work: (tx: ManagedTransaction) => Promise<T> | T,
  state: CallState,
  config?: TransactionConfig,
): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx as unknown as ManagedTransaction);
    if (state.abandoned) throw new Error('abandoned by the circuit breaker');
    state.committing = true;
    try {
      await tx.commit();
    } catch (e) {
      // The server did not answer the COMMIT: it may have committed before the connection went.
      if (!(e instanceof Neo4jError) || isConnectionFailure(e)) throw new CommitOutcomeUnknown(e);
      throw e;
    }
    return result;
  } catch (e) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw e;
  }
}

/** driver.executeQuery as the driver does it (same session settings and bookmarks), in one transaction tried once. */
async function queryOnce(
  driver: Driver,
  query: string,
  params: Record<string, unknown> | undefined,
  config: QueryConfig<unknown>,
  state: CallState,
): Promise<unknown> {
  const session = driver.session({
    database: config.database,
    impersonatedUser: config.impersonatedUser,
    auth: config.auth,
    defaultAccessMode: config.routing === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: config.bookmarkManager === undefined ? driver.executeQueryBookmarkManager : (config.bookmarkManager ?? undefined),
  });
  const transform = config.resultTransformer ?? neo4j.resultTransformers.eagerResultTransformer();
  const signal = config.signal;
  if (signal?.aborted) throw new QueryAborted(signal.reason);
  // Closing the session resets its connection, which makes the server terminate the statement.
  const abort = () => void session.close().catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    return await transactionOnce(session, (tx) => transform(tx.run(query, params) as Result), state, config.transactionConfig);
  } catch (e) {
    if (signal?.aborted) throw new QueryAborted(signal.reason);
    throw e;
  } finally {
    signal?.removeEventListener('abort', abort);
    await session.close().catch(() => undefined);
  }
}

/** A query stopped by its caller's AbortSignal (the reason is the signal's): not the database's failure, so not the breaker's business. */
export class QueryAborted extends Error {
  constructor(readonly reason: unknown) {
    super(`query aborted: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'QueryAborted';
  }
}

function guardSession(session: Session, breaker: Breaker): Session {
  return new Proxy(session, {
    get(target, prop) {
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig) =>
          breaker.run((state) => transactionOnce(target, work, state, config), prop === 'executeRead');
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
