/**
 * Running Trivy for the images of one run: Trivy is located once per run and its database cache
 * restored once and saved once, however many images are scanned; each scan runs one at a time and
 * its report is accepted only once it is shown to be about the judged image.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { INPUT_LIMITS, readInputFile } from '../../adapters/files/index.js';
import type { GateConfig, RegistryCredential } from '../../config/types.js';
import type { ScanReport } from '../../core/model/findings.js';
import {
  buildTrivyArgs,
  buildTrivyEnv,
  buildTrivyServerEnv,
  checkScannedIdentity,
  loadTrivyDbCache,
  loadTrivyInstaller,
  MINIMUM_TRIVY_VERSION,
  parseTrivyReport,
  runTrivy,
  type JudgedIdentity,
  type LocatedTrivy,
  type TrivyDbCacheState,
  type TrivyTarget,
} from '../../adapters/trivy/index.js';
import type { GateEnvironment } from '../gate-environment.js';

export interface RegistryAccess {
  credential?: RegistryCredential;
  insecure: boolean;
}

/**
 * Trivy runs one at a time: concurrent runs over one cache directory contend for its database lock.
 * Everything else about an image (pinning, signatures) runs concurrently with other images.
 */
let trivyQueue: Promise<unknown> = Promise.resolve();

function oneTrivyAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = trivyQueue.then(run, run);
  trivyQueue = next.catch(() => undefined);
  return next;
}

/** Runs Trivy on the target and returns its report, once the report is shown to be about the judged image. */
export function scanWithTrivy(
  target: TrivyTarget,
  label: string,
  judged: JudgedIdentity,
  config: GateConfig,
  environment: GateEnvironment,
  registryAccess: RegistryAccess = { insecure: false },
): Promise<ScanReport> {
  return oneTrivyAtATime(() => scanNow(target, label, judged, config, environment, registryAccess));
}

async function scanNow(
  target: TrivyTarget,
  label: string,
  judged: JudgedIdentity,
  config: GateConfig,
  environment: GateEnvironment,
  registryAccess: RegistryAccess,
): Promise<ScanReport> {
  const run = runState(environment);
  const trivy = await locateOnce(run, config, environment);
  environment.logger.info(`Trivy ${trivy.version} (${trivy.source}): scanning ${label}`);
  await mkdir(config.tempDir, { recursive: true });
  const outputPath = join(config.tempDir, `trivy-${randomUUID()}.json`);
  const cacheDir = environment.env.TRIVY_CACHE_DIR ?? join(homedir(), '.cache', 'trivy');
  const useDbCache = environment.actionsCache === true && config.trivy.cacheDb && !config.trivy.server;
  const dbCache = useDbCache ? await restoreDbOnce(run, cacheDir, environment) : undefined;
  try {
    const args = buildTrivyArgs({
      target,
      scanners: config.trivy.scanners,
      outputPath,
      cacheDir,
      ...(config.trivy.server && { server: config.trivy.server }),
      dbRepositories: config.trivy.dbRepositories,
      javaDbRepositories: config.trivy.javaDbRepositories,
      // Trivy stops itself after 5 minutes unless told otherwise; our own deadline is the one that counts.
      timeout: `${Math.ceil(config.trivy.timeoutMs / 1000)}s`,
      insecure: registryAccess.insecure,
    });
    const credential = registryAccess.credential;
    await runTrivy(trivy.binary, args, {
      env: {
        ...buildTrivyEnv(credential && { username: credential.username, password: credential.password }),
        ...(config.trivy.serverToken && { TRIVY_TOKEN: config.trivy.serverToken }),
        ...buildTrivyServerEnv(config.trivy.server),
      },
      timeoutMs: config.trivy.timeoutMs,
      logger: environment.logger,
    });
    // Trivy's output is bounded like any report: a Trivy fooled into writing without end must not exhaust memory.
    const scan = parseTrivyReport(
      await readInputFile(outputPath, { what: 'Trivy report', maxBytes: INPUT_LIMITS.trivyReport }),
      `the Trivy report for ${label}`,
    );
    checkScannedIdentity(scan, judged, `The Trivy report for ${label}`);
    if (dbCache) await saveDbOnce(dbCache, cacheDir, environment);
    return scan;
  } finally {
    await rm(outputPath, { force: true });
  }
}

/** What one run (one GateEnvironment: every image of a step, or one CLI check) shares between its scans. */
interface RunState {
  /** By the settings that choose the binary, so two configurations in one run never share a Trivy by mistake. */
  trivy: Map<string, Promise<LocatedTrivy>>;
  /** By Trivy cache directory. */
  dbCache: Map<string, DbCacheRun>;
}

interface DbCacheRun {
  restored: Promise<TrivyDbCacheState | undefined>;
  saved: boolean;
}

// Keyed by the environment, not module-wide: a second run in the same process (a test, a library
// caller) locates and restores afresh, and a run's state goes with its environment.
const runs = new WeakMap<GateEnvironment, RunState>();

function runState(environment: GateEnvironment): RunState {
  let state = runs.get(environment);
  if (state === undefined) {
    state = { trivy: new Map(), dbCache: new Map() };
    runs.set(environment, state);
  }
  return state;
}

/**
 * Locating copies and hashes a cached binary of ~150 MB and runs `--version`: once per run, not per
 * image. A failure is remembered too, so every image reports the same reason without a retry each.
 */
function locateOnce(run: RunState, config: GateConfig, environment: GateEnvironment): Promise<LocatedTrivy> {
  const key = JSON.stringify([config.trivy.path ?? '', config.trivy.version, config.tempDir]);
  let located = run.trivy.get(key);
  if (located === undefined) {
    located = (async () => {
      // Loaded only when a scan runs: judging a report needs neither the tool cache nor the Actions cache.
      const { locateTrivy } = await loadTrivyInstaller();
      return locateTrivy({
        ...(config.trivy.path && { path: config.trivy.path }),
        version: config.trivy.version,
        minimumVersion: MINIMUM_TRIVY_VERSION,
        logger: environment.logger,
        tempDir: config.tempDir,
      });
    })();
    run.trivy.set(key, located);
  }
  return located;
}

/**
 * The Trivy DB cache is restored before the run's first scan and saved after its first successful
 * one: the first scan downloads the database when the cache had none (or an older day's), and later
 * scans reuse it from cacheDir, so there is nothing newer to save afterwards, and saving early keeps
 * the database even when a later image fails or the step is cancelled. (A Java DB that only a later
 * image makes Trivy download is not saved; Trivy downloads it again next time.) One restore and one
 * save per run means at most one message of each kind from @actions/cache, which writes its own
 * warnings and errors ("Failed to restore: …", an error for a 5xx) straight through @actions/core:
 * they are the one source of annotations outside the step's annotation budget.
 */
function restoreDbOnce(run: RunState, cacheDir: string, environment: GateEnvironment): Promise<DbCacheRun> {
  let cache = run.dbCache.get(cacheDir);
  if (cache === undefined) {
    const restored = loadTrivyDbCache().then(({ restoreTrivyDb }) => restoreTrivyDb(cacheDir, environment.logger, environment.now()));
    cache = { restored, saved: false };
    run.dbCache.set(cacheDir, cache);
  }
  const entry = cache;
  return entry.restored.then(() => entry);
}

async function saveDbOnce(cache: DbCacheRun, cacheDir: string, environment: GateEnvironment): Promise<void> {
  // Scans run one at a time (oneTrivyAtATime), so no other scan can be between this check and the flag.
  if (cache.saved) return;
  cache.saved = true;
  const { saveTrivyDb } = await loadTrivyDbCache();
  await saveTrivyDb(cacheDir, await cache.restored, environment.logger);
}
