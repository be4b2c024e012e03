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
  skipDbUpdate?: boolean;
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
    if (options.skipDbUpdate) args.push('--skip-db-update', '--skip-java-db-update');
  }
  if (options.cacheDir) args.push('--cache-dir', options.cacheDir);
  if (options.timeout) {
    if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(options.timeout)) {
      throw configError(`Trivy timeout "${options.timeout}" is not a duration such as 10m or 1h30m`);
    }
    args.push('--timeout', options.timeout);
  }
  if (options.insecure) args.push('--insecure');

  // Last, so nothing after it can be read as a flag value.
  if (target.kind === 'image') args.push(target.reference);
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

function nonEmpty(value: string, what: string): string {
  if (!value) throw configError(`${what} is empty`);
  return value;
}
