/**
 * How many registry requests may be in flight at once, across every RegistryClient in the process.
 * What the gate asks of registries is driven by untrusted input (a Dockerfile's FROM lines, an index's
 * entries, a referrers list), so without one shared bound a hostile input opens thousands of
 * connections at once. A slot is held from the first byte sent until the response's body is read,
 * cancelled or timed out; never while waiting to retry.
 */

/** Registries throttle and Docker Hub rate-limits: a few parallel requests are as fast as many. */
export const DEFAULT_REGISTRY_CONCURRENCY = 8;

/** Gives the slot back; calling it again does nothing. */
export type Release = () => void;

export class RequestLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** The most slots ever held at once: what tests and the bench can read. */
  peak = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a request limit must be a whole number of at least 1, not ${String(limit)}`);
  }

  /** Waits for a free slot (first come, first served). */
  async acquire(): Promise<Release> {
    if (this.active >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    // A woken waiter inherits the slot its releaser gave up, so `active` is unchanged on that path.
    this.peak = Math.max(this.peak, this.active);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }

  /** Requests holding a slot now. */
  get inFlight(): number {
    return this.active;
  }

  /** Requests waiting for a slot now. */
  get queued(): number {
    return this.waiting.length;
  }
}

const shared = new RequestLimiter(DEFAULT_REGISTRY_CONCURRENCY);

/** The one limiter every Transport uses unless a test gives it another. */
export function sharedRequestLimiter(): RequestLimiter {
  return shared;
}
