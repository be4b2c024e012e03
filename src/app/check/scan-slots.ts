/**
 * At most `limit` tasks at once, the others waiting their turn in the order they asked: the run's Trivy scans
 * (TrivyRun), so `parallel` bounds the Trivy processes however many images and platforms are gated at once.
 */
export class ScanSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`scan slots need a whole number of at least 1, not ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    // A finishing task hands its slot straight to the first waiter, so `running` never passes the limit.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
