/**
 * Trivy's databases, brought up to date once per run, before its scans: the scans then run at once and read
 * them, told to update nothing (buildTrivyDbDownloadArgs says why, from Trivy's source).
 */
import { buildTrivyDbDownloadArgs, runTrivy, type LocatedTrivy, type TrivyDatabase } from '../../adapters/trivy/index.js';
import type { GateConfig } from '../../config/types.js';
import { errorMessage, infrastructureError } from '../../core/model/errors.js';
import type { RunContext, RunEnvironment } from '../context.js';
import type { TrivyRun } from './trivy-run.js';

const NAMES: Record<TrivyDatabase, string> = { vulnerability: 'vulnerability DB', java: 'Java DB' };

/**
 * The databases this run's scans read from the cache directory. Both only for the vuln scanner (Trivy reads
 * neither without it); a client of a Trivy server asks the server about vulnerabilities, but finds out which
 * JARs it has with its own Java DB. A database whose TRIVY_SKIP_…_UPDATE is set is the runner's own copy: left
 * as it is.
 */
export function databasesToDownload(config: GateConfig, environment: RunEnvironment): TrivyDatabase[] {
  if (!config.trivy.scanners.includes('vuln')) return [];
  const databases: TrivyDatabase[] = [];
  if (config.trivy.server === undefined && !environment.trivySkipUpdate.db) databases.push('vulnerability');
  if (!environment.trivySkipUpdate.javaDb) databases.push('java');
  return databases;
}

/**
 * Downloads (when Trivy finds it out of date) each database the scans read, once per run and cache directory,
 * concurrently with each other and before any scan. A failure is remembered: every scan of the run reports it,
 * and none runs on a database that was not brought up to date.
 */
export async function downloadDatabasesOnce(run: TrivyRun, trivy: LocatedTrivy, config: GateConfig, context: RunContext): Promise<void> {
  const cacheDir = context.paths.trivyCacheDir;
  await Promise.all(
    databasesToDownload(config, context.environment).map((database) => {
      const repositories = database === 'java' ? config.trivy.javaDbRepositories : config.trivy.dbRepositories;
      const key = JSON.stringify([trivy.binary, cacheDir, database, repositories]);
      let download = run.databases.get(key);
      if (download === undefined) {
        download = downloadDatabase(database, repositories, trivy, config, context);
        run.databases.set(key, download);
      }
      return download;
    }),
  );
}

async function downloadDatabase(
  database: TrivyDatabase,
  repositories: readonly string[],
  trivy: LocatedTrivy,
  config: GateConfig,
  context: RunContext,
): Promise<void> {
  const cacheDir = context.paths.trivyCacheDir;
  context.logger.info(`Trivy ${trivy.version}: bringing its ${NAMES[database]} in ${cacheDir} up to date, once for every scan of the run`);
  const args = buildTrivyDbDownloadArgs({
    database,
    cacheDir,
    repositories,
    timeout: `${Math.ceil(config.trivy.timeoutMs / 1000)}s`,
  });
  try {
    // The run's environment only: an image's pull credentials are for its registry, not for the DB's.
    await runTrivy(trivy.binary, args, { baseEnv: context.environment.inherited, timeoutMs: config.trivy.timeoutMs, logger: context.logger });
  } catch (error) {
    throw infrastructureError(`Could not bring Trivy's ${NAMES[database]} up to date in ${cacheDir}: ${errorMessage(error)}`, error);
  }
}
