/**
 * Running Trivy for the images of one run: Trivy is located once per run, its database cache restored once,
 * its databases brought up to date once and the cache saved once, however many images are scanned; then up
 * to `parallel` scans run at once, sharing the cache directory, and each report is accepted only once it is
 * shown to be about the judged image.
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm } from 'node:fs/promises';
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
  type TrivyTarget,
} from '../../adapters/trivy/index.js';
import type { RunContext } from '../context.js';
import { downloadDatabasesOnce } from './trivy-databases.js';
import type { DbCacheRun, TrivyRun } from './trivy-run.js';

export interface RegistryAccess {
  credential?: RegistryCredential;
  insecure: boolean;
}

/**
 * Runs Trivy on the target and returns its report, once the report is shown to be about the judged image.
 * Trivy is located, and its databases restored and brought up to date, before the scan waits for one of the
 * run's `parallel` places (see TrivyRun): those happen once, whichever scan asks first.
 */
export async function scanWithTrivy(
  target: TrivyTarget,
  label: string,
  judged: JudgedIdentity,
  config: GateConfig,
  context: RunContext,
  registryAccess: RegistryAccess = { insecure: false },
): Promise<ScanReport> {
  const run = context.trivy;
  const trivy = await locateOnce(run, config, context);
  const cacheDir = context.paths.trivyCacheDir;
  const useDbCache = context.actionsCache && config.trivy.cacheDb && !config.trivy.server;
  // Restored first, so the download below only fetches what the cache did not have (or an older day's).
  const dbCache = useDbCache ? await restoreDbOnce(run, cacheDir, context) : undefined;
  await downloadDatabasesOnce(run, trivy, config, context);
  return run.atMost(config.parallel, () => scanNow(target, label, judged, trivy, dbCache, config, context, registryAccess));
}

async function scanNow(
  target: TrivyTarget,
  label: string,
  judged: JudgedIdentity,
  trivy: LocatedTrivy,
  dbCache: DbCacheRun | undefined,
  config: GateConfig,
  context: RunContext,
  registryAccess: RegistryAccess,
): Promise<ScanReport> {
  // Debug: the pipeline's one line per image or platform ("Gating …") says what is scanned, and locating Trivy which one runs.
  context.logger.debug(`Trivy ${trivy.version} (${trivy.source}): scanning ${label}`);
  const { tempDir } = context.paths;
  await mkdir(tempDir, { recursive: true });
  const outputPath = join(tempDir, `trivy-${randomUUID()}.json`);
  const cacheDir = context.paths.trivyCacheDir;
  try {
    const args = buildTrivyArgs({
      target,
      scanners: config.trivy.scanners,
      outputPath,
      cacheDir,
      ...(config.trivy.server && { server: config.trivy.server }),
      dbRepositories: config.trivy.dbRepositories,
      javaDbRepositories: config.trivy.javaDbRepositories,
      // Brought up to date before any scan (downloadDatabasesOnce), or the runner's own copy: a scan that
      // downloaded one too would write it while other scans read it.
      skipDbUpdate: true,
      skipJavaDbUpdate: true,
      // Trivy's scan cache on disk is one process's at a time; each scan keeps its own in memory.
      cacheBackend: 'memory',
      // Trivy stops itself after 5 minutes unless told otherwise; our own deadline is the one that counts.
      timeout: `${Math.ceil(config.trivy.timeoutMs / 1000)}s`,
      insecure: registryAccess.insecure,
    });
    const credential = registryAccess.credential;
    await runTrivy(trivy.binary, args, {
      baseEnv: context.environment.inherited,
      env: {
        ...buildTrivyEnv(credential && { username: credential.username, password: credential.password }),
        ...(config.trivy.serverToken && { TRIVY_TOKEN: config.trivy.serverToken }),
        ...buildTrivyServerEnv(config.trivy.server),
      },
      timeoutMs: config.trivy.timeoutMs,
      logger: context.logger,
    });
    // Kept as Trivy wrote it, before it is read: a report that then fails to parse is the one worth having.
    if (config.trivyReportsDir !== undefined) await keepTrivyReport(outputPath, config.trivyReportsDir, label);
    // Trivy's output is bounded like any report: a Trivy fooled into writing without end must not exhaust memory.
    const scan = parseTrivyReport(
      await readInputFile(outputPath, { what: 'Trivy report', maxBytes: INPUT_LIMITS.trivyReport }),
      `the Trivy report for ${label}`,
    );
    checkScannedIdentity(scan, judged, `The Trivy report for ${label}`);
    if (dbCache) await saveDbOnce(dbCache, cacheDir, context);
    return scan;
  } finally {
    await rm(outputPath, { force: true });
  }
}

/**
 * Copies Trivy's report out of the temporary folder before it is removed. The file is named for the scan
 * (its label made safe for a file name, with a hash of it so two labels cut to the same name stay apart);
 * its content is Trivy's, untrusted, and is only ever copied, never rendered.
 */
async function keepTrivyReport(outputPath: string, dir: string, label: string): Promise<void> {
  const safe = label
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 100);
  const hash = createHash('sha256').update(label).digest('hex').slice(0, 8);
  await mkdir(dir, { recursive: true });
  await copyFile(outputPath, join(dir, `trivy-${safe}-${hash}.json`));
}

/**
 * Locating copies and hashes a cached binary of ~150 MB and runs `--version`: once per run, not per
 * image. A failure is remembered too, so every image reports the same reason without a retry each.
 */
function locateOnce(run: TrivyRun, config: GateConfig, context: RunContext): Promise<LocatedTrivy> {
  const key = JSON.stringify([config.trivy.path ?? '', config.trivy.version]);
  let located = run.located.get(key);
  if (located === undefined) {
    located = (async () => {
      // Loaded only when a scan runs: judging a report needs neither the tool cache nor the Actions cache.
      const { locateTrivy } = await loadTrivyInstaller();
      return locateTrivy({
        ...(config.trivy.path && { path: config.trivy.path }),
        version: config.trivy.version,
        minimumVersion: MINIMUM_TRIVY_VERSION,
        logger: context.logger,
        tempDir: context.paths.tempDir,
        searchPath: context.environment.path,
        baseEnv: context.environment.inherited,
      });
    })();
    run.located.set(key, located);
  }
  return located;
}

/**
 * The Trivy DB cache is restored before the run's databases are brought up to date and saved after its
 * first successful scan: the download fetches what the cache did not have (or an older day's), the scans
 * only read it, so there is nothing newer to save afterwards, and saving early keeps the databases even
 * when a later image fails or the step is cancelled. A scan that succeeded shows they work. One restore and
 * one save per run means at most one message of each kind from @actions/cache, which writes its own
 * warnings and errors ("Failed to restore: …", an error for a 5xx) straight through @actions/core:
 * they are the one source of annotations outside the step's annotation budget.
 */
function restoreDbOnce(run: TrivyRun, cacheDir: string, context: RunContext): Promise<DbCacheRun> {
  let cache = run.dbCache.get(cacheDir);
  if (cache === undefined) {
    const restored = loadTrivyDbCache().then(({ restoreTrivyDb }) => restoreTrivyDb(cacheDir, context.logger, context.now()));
    cache = { restored, saved: false };
    run.dbCache.set(cacheDir, cache);
  }
  const entry = cache;
  return entry.restored.then(() => entry);
}

async function saveDbOnce(cache: DbCacheRun, cacheDir: string, context: RunContext): Promise<void> {
  // Checked and set with no await between them: scans that finish together still save once.
  if (cache.saved) return;
  cache.saved = true;
  const { saveTrivyDb } = await loadTrivyDbCache();
  await saveTrivyDb(cacheDir, await cache.restored, context.logger);
}
