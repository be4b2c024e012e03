import { configError } from '../../core/model/errors.js';
import { TRIVY_SCANNERS, type TrivyScanner } from '../../core/model/trivy.js';

export type TrivyTarget =
  /** Always pinned (`repo@sha256:…`), so Trivy scans exactly the image that was verified. */
  | { kind: 'image'; reference: string }
  /** A `docker save` or OCI archive. */
  | { kind: 'archive'; path: string }
  /** An OCI image layout directory. */
  | { kind: 'layout'; path: string };

export interface TrivyScanOptions {
  target: TrivyTarget;
  scanners: readonly TrivyScanner[];
  /** Where Trivy writes its JSON report. */
  outputPath: string;
  /** Client/server mode: the Trivy server's URL. The server holds the vulnerability DB. */
  server?: string;
  dbRepositories?: readonly string[];
  javaDbRepositories?: readonly string[];
  cacheDir?: string;
  /** Trivy's own --timeout, a Go duration such as "5m". */
  timeout?: string;
  /** The vulnerability DB in cacheDir is up to date already (standalone mode only: a client has none). */
  skipDbUpdate?: boolean;
  /** The Java DB in cacheDir is up to date already (a client of a server reads JARs itself, so it has one too). */
  skipJavaDbUpdate?: boolean;
  /**
   * `memory`: keep the scan cache (layer analyses) in the process instead of `<cacheDir>/fanal/fanal.db`, which
   * one Trivy process at a time can open (see buildTrivyDbDownloadArgs). Standalone mode only: a client uses its server's.
   */
  cacheBackend?: 'memory';
  /** Allow plain-HTTP or self-signed registries. */
  insecure?: boolean;
}

/**
 * The argument list for one Trivy run. Deliberately absent: severity filters (the report shows
 * everything and the gate decides), a non-zero --exit-code (same reason), and any credential
 * (arguments are visible in the process table; see buildTrivyEnv).
 */
export function buildTrivyArgs(options: TrivyScanOptions): string[] {
  const scanners = uniqueScanners(options.scanners);
  const args = ['image', '--format', 'json', '--output', nonEmpty(options.outputPath, 'Trivy output path'), '--quiet', '--exit-code', '0'];
  args.push('--scanners', scanners.join(','));
  // --scanners covers the files inside the image; the image config (its history, ENV, USER) is
  // only checked for misconfigurations and secrets when asked for separately.
  const configScanners = scanners.filter((scanner) => scanner === 'misconfig' || scanner === 'secret');
  if (configScanners.length > 0) args.push('--image-config-scanners', configScanners.join(','));

  const target = options.target;
  switch (target.kind) {
    case 'image':
      // Trivy never chooses a platform, so TrivyScanOptions has no platform and Trivy never gets --platform:
      // the gate picks the platform manifest of an index itself and gives Trivy that manifest's digest.
      // Given an index digest (with --platform, or without it: then linux/amd64), Trivy's
      // pkg/remote/remote.go `Get` hands the index to go-containerregistry, whose pkg/v1/remote/index.go
      // `childByPlatform` takes the FIRST entry that matches (read at ggcr v0.14.0, the version Trivy's
      // go.mod pinned in the tree read, and unchanged in later trees: an entry without a platform counts
      // as linux/amd64, and `matchesPlatform` lets a request without a variant match an entry with one),
      // so a decoy listed first would be scanned while the gate judged another manifest.
      if (!/@sha256:[0-9a-f]{64}$/.test(target.reference)) {
        throw configError(`Trivy target "${target.reference}" is not pinned to a digest (expected repository@sha256:…)`);
      }
      // The runner's Docker daemon may hold a different image under the same name.
      args.push('--image-src', 'remote');
      break;
    case 'archive':
    case 'layout':
      args.push('--input', nonEmpty(target.path, `Trivy ${target.kind} path`));
      break;
  }

  if (options.server) {
    // A URL with a user and password in it goes in Trivy's environment instead (buildTrivyServerEnv).
    if (!hasUserinfo(options.server)) args.push('--server', options.server);
  } else {
    if (options.dbRepositories?.length) args.push('--db-repository', listOf(options.dbRepositories, 'db-repository'));
    if (options.javaDbRepositories?.length) {
      args.push('--java-db-repository', listOf(options.javaDbRepositories, 'java-db-repository'));
    }
    if (options.skipDbUpdate) args.push('--skip-db-update');
    if (options.cacheBackend) args.push('--cache-backend', options.cacheBackend);
  }
  if (options.skipJavaDbUpdate) args.push('--skip-java-db-update');
  if (options.cacheDir) args.push('--cache-dir', options.cacheDir);
  if (options.timeout) args.push('--timeout', goDuration(options.timeout));
  if (options.insecure) args.push('--insecure');

  // Last, so nothing after it can be read as a flag value.
  if (target.kind === 'image') args.push(target.reference);
  return args;
}

/** Trivy's two databases: vulnerabilities (trivy-db), and the Java index (trivy-java-db) that names the JARs it finds. */
export type TrivyDatabase = 'vulnerability' | 'java';

export interface TrivyDbDownloadOptions {
  database: TrivyDatabase;
  cacheDir: string;
  /** Mirrors of that database (--db-repository or --java-db-repository). */
  repositories?: readonly string[];
  /** Trivy's own --timeout, a Go duration such as "5m". */
  timeout?: string;
}

/**
 * The argument list that brings one database in cacheDir up to date and scans nothing, so that scans can then run
 * at once with --skip-db-update, --skip-java-db-update and --cache-backend memory, sharing cacheDir. What this
 * rests on, read in aquasecurity/trivy at the newest revisions a code search held (they include trivy#9750, merged
 * November 2025) and in the issues named; no tree tagged v0.74.0, the default trivy-version, was at hand:
 * - pkg/cache/fs.go: the scan cache (`fs`, the default for `trivy image`) is one BoltDB file, fanal/fanal.db,
 *   opened read-write with a fixed 5 s lock timeout; a second process fails "unable to initialize fs cache: cache
 *   may be in use by another process: timeout" (trivy#9307, v0.66.0; no flag changes the timeout, trivy#10688).
 *   `--cache-backend memory` (pkg/flag/cache_flags.go, trivy#7048) keeps that cache in the process instead.
 * - pkg/db/db.go opens the vulnerability DB read-only, a shared lock (trivy#9750, merged 2025-11-05), so many
 *   scans read one DB; docs/guide/references/troubleshooting.md ("Cache lock errors") says the same. Writing it is
 *   not shared: pkg/commands/artifact/run.go `initDB` downloads it inside a scan unless --skip-db-update, and the
 *   Java DB likewise when a scan meets a JAR (pkg/javadb/client.go) unless --skip-java-db-update.
 * - pkg/flag/db_flags.go: --download-db-only and --download-java-db-only ("download/update … but don't run a
 *   scan") each refuse their --skip-… twin. They are two runs, not one: `initDB` calls `initJavaDB` first, which
 *   returns SkipScan after the Java DB, before the vulnerability DB is looked at.
 * - Both are fetched only when the vuln scanner is on (`initDB`, `initJavaDB`), hence --scanners vuln here; a
 *   client of a Trivy server (--server) downloads no vulnerability DB, but reads JARs itself with the Java DB.
 * The scan cache is not used here either (--cache-backend memory), so nothing else in cacheDir is locked meanwhile.
 */
export function buildTrivyDbDownloadArgs(options: TrivyDbDownloadOptions): string[] {
  const java = options.database === 'java';
  const args = ['image', java ? '--download-java-db-only' : '--download-db-only', '--quiet', '--scanners', 'vuln'];
  args.push('--cache-dir', nonEmpty(options.cacheDir, 'Trivy cache directory'), '--cache-backend', 'memory');
  if (options.repositories?.length) {
    const flag = java ? 'java-db-repository' : 'db-repository';
    args.push(`--${flag}`, listOf(options.repositories, flag));
  }
  if (options.timeout) args.push('--timeout', goDuration(options.timeout));
  return args;
}

export type TrivyCredentials = { username: string; password: string } | { token: string };

/**
 * Registry credentials travel in Trivy's environment variables, which other users cannot read,
 * unlike arguments. Empty when there are none, so an ambient TRIVY_* login is left alone.
 */
export function buildTrivyEnv(credentials?: TrivyCredentials): Record<string, string> {
  if (!credentials) return {};
  if ('token' in credentials) {
    if (!credentials.token) throw configError('registry token is empty');
    return { TRIVY_REGISTRY_TOKEN: credentials.token };
  }
  if (!credentials.username || !credentials.password) {
    throw configError('registry credentials need both a username and a password');
  }
  // Trivy splits these on commas to pair several registries' logins; one login must not be split.
  if (credentials.username.includes(',') || credentials.password.includes(',')) {
    throw configError('registry username and password must not contain a comma (Trivy reads commas as separators)');
  }
  return { TRIVY_USERNAME: credentials.username, TRIVY_PASSWORD: credentials.password };
}

/**
 * A Trivy server URL that carries credentials (`https://user:pass@trivy:4954`) reaches Trivy in TRIVY_SERVER,
 * which Trivy reads like its --server flag (every flag has its TRIVY_ variable): arguments are visible to
 * every user of the machine in the process table, the environment is not.
 */
export function buildTrivyServerEnv(server: string | undefined): Record<string, string> {
  return server !== undefined && hasUserinfo(server) ? { TRIVY_SERVER: server } : {};
}

function hasUserinfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    // Not a URL at all: config parsing refuses it before a scan; never put what we cannot read on the command line.
    return true;
  }
}

function uniqueScanners(scanners: readonly TrivyScanner[]): TrivyScanner[] {
  const unique: TrivyScanner[] = [];
  for (const scanner of scanners) {
    if (!(TRIVY_SCANNERS as readonly string[]).includes(scanner)) {
      throw configError(`unknown Trivy scanner "${scanner}"; expected one of ${TRIVY_SCANNERS.join(', ')}`);
    }
    if (!unique.includes(scanner)) unique.push(scanner);
  }
  if (unique.length === 0) throw configError(`no Trivy scanners selected; choose from ${TRIVY_SCANNERS.join(', ')}`);
  return unique;
}

function listOf(values: readonly string[], what: string): string {
  for (const value of values) {
    if (!value || value.includes(',')) throw configError(`${what} "${value}" is empty or contains a comma`);
  }
  return values.join(',');
}

function goDuration(timeout: string): string {
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(timeout)) {
    throw configError(`Trivy timeout "${timeout}" is not a duration such as 10m or 1h30m`);
  }
  return timeout;
}

function nonEmpty(value: string, what: string): string {
  if (!value) throw configError(`${what} is empty`);
  return value;
}
