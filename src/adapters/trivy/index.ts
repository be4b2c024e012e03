/** The Trivy adapter: the command line, the binary, its DB cache, and its JSON report read into a ScanReport. */
export { buildTrivyArgs, buildTrivyDbDownloadArgs, buildTrivyEnv, buildTrivyServerEnv, type TrivyDatabase, type TrivyTarget } from './command.js';
export type { TrivyDbCacheState } from './db-cache.js';
export { checkScannedIdentity, judgeReportIdentity, type JudgedIdentity } from './identity.js';
export type { LocatedTrivy } from './install.js';
export { DEFAULT_TRIVY_VERSION, MINIMUM_TRIVY_VERSION } from './release.js';
export { parseTrivyReport } from './report.js';
export { runTrivy } from './run.js';

// Installing Trivy needs @actions/tool-cache and caching its DB @actions/cache, which are most of the bundle:
// they load on first use, so judging a report never pays for them.
// A static re-export here would put them in the entry chunk, whoever imports this face.

/** locateTrivy, loaded on first use. */
export async function loadTrivyInstaller() {
  const { locateTrivy } = await import('./install.js');
  return { locateTrivy };
}

/** restoreTrivyDb and saveTrivyDb, loaded on first use. */
export async function loadTrivyDbCache() {
  const { restoreTrivyDb, saveTrivyDb } = await import('./db-cache.js');
  return { restoreTrivyDb, saveTrivyDb };
}
