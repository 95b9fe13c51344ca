/**
 * Admission control: a token bucket per client (requests, and failed authentications far
 * stricter), and a cap on concurrent requests with a short queue, so that overload is answered at
 * once with 503 and Retry-After rather than queued until the database pool times out.
 */

/** Token buckets keyed by client: `capacity` requests at once, refilled at `perSecond`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private bucket(key: string): { tokens: number; at: number } {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= 10_000) this.sweep(t);
      b = { tokens: this.capacity, at: t };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.capacity, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    return b;
  }

  /** Forgets full buckets (clients quiet long enough to have refilled). */
  private sweep(t: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((t - b.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(k);
  }

  /** Takes one token; when there is none, says in how many whole seconds there will be. */
  take(key: string): { ok: true } | { ok: false; retryAfter: number } {
    const b = this.bucket(key);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: this.retryAfter(b) };
  }

  /** Whether a token is available, without taking it. */
  peek(key: string): { ok: true } | { ok: false; retryAfter: number } {
    const b = this.bucket(key);
    return b.tokens >= 1 ? { ok: true } : { ok: false, retryAfter: this.retryAfter(b) };
  }

  private retryAfter(b: { tokens: number }): number {
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
  }
}

/** At most `max` requests at once; up to `maxQueue` more wait at most `queueTimeoutMs` for a place. */
export class ConcurrencyGate {
  active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    readonly max: number,
    readonly maxQueue: number,
    readonly queueTimeoutMs: number,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves true with a place taken (call leave() once done), false when refused. */
  enter(): Promise<boolean> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.maxQueue) return Promise.resolve(false);
    return new Promise((resolve) => {
      const go = () => {
        clearTimeout(timer);
        this.active++;
        resolve(true);
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(false);
      }, this.queueTimeoutMs);
      this.waiting.push(go);
    });
  }

  leave(): void {
    this.active--;
    const next = this.waiting.shift();
    if (next) next();
  }
}
