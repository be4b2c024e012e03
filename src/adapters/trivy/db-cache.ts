import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import type { Logger } from '../../core/model/logger.js';
import { errorMessage } from '../../core/model/errors.js';

const KEY_PREFIX = 'image-gate-trivy-db';

/**
 * One key per OS per UTC day: the DB is rebuilt every few hours upstream, so a day-old copy is
 * fresh enough to skip most downloads (and their rate limits) yet never goes stale for long.
 */
export function trivyDbCacheKey(platform: string, now: Date): string {
  return `${trivyDbRestorePrefix(platform)}${now.toISOString().slice(0, 10)}`;
}

/** Restores the newest earlier day's DB when today's is not cached yet. */
export function trivyDbRestorePrefix(platform: string): string {
  return `${KEY_PREFIX}-${platform}-`;
}

/** Only the databases: the layer cache under fanal/ is per image and would bloat every entry. */
export function trivyDbCachePaths(cacheDir: string): string[] {
  return [join(cacheDir, 'db'), join(cacheDir, 'java-db')];
}

export interface TrivyDbCacheState {
  key: string;
  /** The key that was restored, if any; saving under it again would be refused. */
  restoredKey?: string;
}

/**
 * Never fails the step: without a cache, Trivy downloads the DB itself. Called once per run, before
 * the first scan (src/app/check/trivy-scan.ts), because @actions/cache writes its own warning or error
 * annotation for a failed restore or save straight through @actions/core, outside the step's
 * annotation budget: once per run, at most one of each.
 */
export async function restoreTrivyDb(cacheDir: string, logger: Logger, now: Date = new Date()): Promise<TrivyDbCacheState | undefined> {
  if (!cache.isFeatureAvailable()) {
    logger.debug('Actions cache service not available; Trivy will download its database');
    return undefined;
  }
  const key = trivyDbCacheKey(process.platform, now);
  try {
    const restoredKey = await cache.restoreCache(trivyDbCachePaths(cacheDir), key, [trivyDbRestorePrefix(process.platform)]);
    logger.info(restoredKey ? `Restored the Trivy database from cache (${restoredKey})` : 'No cached Trivy database yet');
    return { key, restoredKey };
  } catch (error) {
    logger.warning(`Could not restore the Trivy database cache: ${errorMessage(error)}`);
    return { key };
  }
}

export async function saveTrivyDb(cacheDir: string, state: TrivyDbCacheState | undefined, logger: Logger): Promise<void> {
  if (!state || state.restoredKey === state.key) return;
  // The same list as the restore: @actions/cache versions an entry by its paths.
  const paths = trivyDbCachePaths(cacheDir);
  if (!paths.some((path) => existsSync(path))) {
    logger.debug('No Trivy database on disk to cache');
    return;
  }
  try {
    // @actions/cache reports most failures itself and returns -1 rather than throwing.
    const id = await cache.saveCache(paths, state.key);
    if (id === -1) logger.info(`The Trivy database was not saved to cache (${state.key})`);
    else logger.info(`Saved the Trivy database to cache (${state.key})`);
  } catch (error) {
    logger.warning(`Could not save the Trivy database cache: ${errorMessage(error)}`);
  }
}
