/**
 * What the scans of one run share (see trivy-scan.ts): Trivy runs one at a time, is located once, and its
 * database cache is restored and saved once. The RunContext holds one, so a second run in the same process
 * (a test, a library caller) locates and restores afresh, and a run's state goes with its context.
 */
import type { TrivyDbCacheState } from '../../adapters/trivy/index.js';
import type { LocatedTrivy } from '../../adapters/trivy/index.js';

export interface DbCacheRun {
  restored: Promise<TrivyDbCacheState | undefined>;
  saved: boolean;
}

export class TrivyRun {
  /** By the settings that choose the binary, so two configurations in one run never share a Trivy by mistake. */
  readonly located = new Map<string, Promise<LocatedTrivy>>();
  /** By Trivy cache directory. */
  readonly dbCache = new Map<string, DbCacheRun>();
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Runs `scan` after the run's earlier scans: concurrent Trivy runs over one cache directory contend for its
   * database lock. Everything else about an image (pinning, signatures) runs concurrently with other images.
   */
  oneAtATime<T>(scan: () => Promise<T>): Promise<T> {
    const next = this.queue.then(scan, scan);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
