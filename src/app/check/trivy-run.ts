/**
 * What the scans of one run share (see trivy-scan.ts): Trivy is located once, its databases restored from the
 * Actions cache, brought up to date and saved once each, and at most `parallel` scans run at once. The RunContext
 * holds one, so a second run in the same process (a test, a library caller) starts afresh, and a run's state goes
 * with its context.
 */
import type { TrivyDbCacheState } from '../../adapters/trivy/index.js';
import type { LocatedTrivy } from '../../adapters/trivy/index.js';
import { ScanSlots } from './scan-slots.js';

export interface DbCacheRun {
  restored: Promise<TrivyDbCacheState | undefined>;
  saved: boolean;
}

export class TrivyRun {
  /** By the settings that choose the binary, so two configurations in one run never share a Trivy by mistake. */
  readonly located = new Map<string, Promise<LocatedTrivy>>();
  /** By Trivy cache directory. */
  readonly dbCache = new Map<string, DbCacheRun>();
  /** Each database download, by binary, cache directory, database and mirrors (trivy-databases.ts). */
  readonly databases = new Map<string, Promise<void>>();
  private slots: ScanSlots | undefined;

  /**
   * Runs `scan` once fewer than `limit` of the run's scans are running. The first scan's limit is the run's
   * (one configuration per run, whose parallel input it is). Everything else about an image (pinning,
   * signatures, base images) runs concurrently with other images, unbounded here.
   */
  atMost<T>(limit: number, scan: () => Promise<T>): Promise<T> {
    this.slots ??= new ScanSlots(limit);
    return this.slots.run(scan);
  }
}
