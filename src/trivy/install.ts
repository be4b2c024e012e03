import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, readFile, rm, stat } from 'node:fs/promises';
import { arch as osArch, homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import * as toolCache from '@actions/tool-cache';
import semver from 'semver';
import { configError, infrastructureError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { trivyVersion } from './run.js';
import { COMPROMISED_VERSIONS, DEFAULT_TRIVY_VERSION } from './release.js';

export { DEFAULT_TRIVY_VERSION, MINIMUM_TRIVY_VERSION } from './release.js';

export const DEFAULT_TRIVY_RELEASES_BASE_URL = 'https://github.com/aquasecurity/trivy/releases/download';

/**
 * Archive hashes recorded independently of the release itself. The checksums file is published
 * next to the archive, so it catches corruption but not a replaced release; a hash kept here
 * does (v0.69.4 was a malicious release published under the real project's name).
 */
const KNOWN_ARCHIVE_SHA256: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '0.74.0': {
    'trivy_0.74.0_Linux-64bit.tar.gz': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
    'trivy_0.74.0_Linux-ARM64.tar.gz': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
    'trivy_0.74.0_macOS-64bit.tar.gz': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
    'trivy_0.74.0_macOS-ARM64.tar.gz': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
  },
};


export interface LocateTrivyOptions {
  /** The trivy-path input: use exactly this binary. */
  path?: string;
  /** The release to install when no suitable Trivy is found. */
  version: string;
  /** A Trivy on PATH older than this is passed over. */
  minimumVersion?: string;
  logger: Logger;
  releasesBaseUrl?: string;
  /** Where @actions/tool-cache keeps installed releases; defaults to RUNNER_TOOL_CACHE. */
  toolCacheDir?: string;
  /** Where downloads go before they are verified; defaults to RUNNER_TEMP. */
  tempDir?: string;
}

export interface LocatedTrivy {
  binary: string;
  version: string;
  source: 'path' | 'input' | 'cache' | 'download';
}

export async function locateTrivy(options: LocateTrivyOptions): Promise<LocatedTrivy> {
  const { logger } = options;
  if (options.path) return useInput(options.path, options);

  const version = cleanVersion(options.version, 'Trivy version');
  const minimum = options.minimumVersion ? cleanVersion(options.minimumVersion, 'minimum Trivy version') : undefined;

  const onPath = await findOnPath('trivy');
  if (onPath) {
    const found = await trivyVersion(onPath).catch((error: unknown) => {
      logger.warning(`Ignoring ${onPath}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    if (found !== undefined) {
      const verdict = judgePathVersion(found, minimum);
      if (verdict === 'ok') {
        logger.info(`Using Trivy ${found} from PATH (${onPath})`);
        return { binary: onPath, version: found, source: 'path' };
      }
      logger.info(`Not using ${onPath}: Trivy ${found} ${verdict}; installing Trivy ${version}`);
    }
  }

  prepareToolCacheEnvironment(options);
  const cached = toolCache.find('trivy', version, osArch());
  if (cached) {
    const binary = join(cached, 'trivy');
    if (await isExecutable(binary)) {
      const found = await trivyVersion(binary);
      logger.info(`Using Trivy ${found} from the tool cache (${binary})`);
      return { binary, version: found, source: 'cache' };
    }
    logger.warning(`The tool cache entry ${cached} has no trivy binary; downloading again`);
  }
  return download(version, options);
}

async function useInput(path: string, options: LocateTrivyOptions): Promise<LocatedTrivy> {
  if (!(await isExecutable(path))) {
    throw configError(`trivy-path "${path}" does not exist or is not an executable file`);
  }
  const version = await trivyVersion(path);
  if (COMPROMISED_VERSIONS.has(version)) {
    throw configError(`trivy-path "${path}" is Trivy ${version}, a known malicious release; install another version`);
  }
  const minimum = options.minimumVersion ? semver.coerce(options.minimumVersion) : null;
  const parsed = semver.coerce(version);
  if (minimum && (!parsed || semver.lt(parsed, minimum))) {
    options.logger.warning(`trivy-path "${path}" is Trivy ${version}, older than the tested minimum ${minimum.version}`);
  }
  options.logger.info(`Using Trivy ${version} from trivy-path (${path})`);
  return { binary: path, version, source: 'input' };
}

/** 'ok', or why this Trivy will not do. */
function judgePathVersion(found: string, minimum: string | undefined): string {
  if (COMPROMISED_VERSIONS.has(found)) return 'is a known malicious release';
  if (!minimum) return 'ok';
  const parsed = semver.valid(semver.coerce(found));
  if (!parsed) return `has no comparable version (need ${minimum} or later)`;
  return semver.gte(parsed, minimum) ? 'ok' : `is older than ${minimum}`;
}

async function download(version: string, options: LocateTrivyOptions): Promise<LocatedTrivy> {
  const asset = releaseAssetName(version, process.platform, process.arch);
  const base = `${(options.releasesBaseUrl ?? DEFAULT_TRIVY_RELEASES_BASE_URL).replace(/\/+$/, '')}/v${version}`;
  const checksumsUrl = `${base}/trivy_${version}_checksums.txt`;
  const archiveUrl = `${base}/${asset}`;
  options.logger.info(`Downloading Trivy ${version} from ${archiveUrl}`);

  const checksumsFile = await fetchTo(checksumsUrl);
  let archive: string | undefined;
  let extracted: string | undefined;
  try {
    const listed = checksumFor(await readFile(checksumsFile, 'utf8'), asset);
    if (!listed) {
      throw infrastructureError(`${checksumsUrl} lists no checksum for ${asset}; refusing to install an unverified Trivy`);
    }
    archive = await fetchTo(archiveUrl);
    const actual = await sha256File(archive);
    if (actual !== listed) {
      throw infrastructureError(
        `Checksum mismatch for ${asset}: the download hashes to ${actual}, ${checksumsUrl} says ${listed}; refusing to install it`,
      );
    }
    const known = KNOWN_ARCHIVE_SHA256[version]?.[asset];
    if (known && actual !== known) {
      throw infrastructureError(
        `Checksum mismatch for ${asset}: the download hashes to ${actual}, but Trivy ${version} is known to be ${known}; refusing to install it`,
      );
    }
    extracted = await toolCache.extractTar(archive);
    if (!(await isExecutable(join(extracted, 'trivy')))) {
      throw infrastructureError(`${asset} does not contain a trivy executable`);
    }
    const installed = await toolCache.cacheDir(extracted, 'trivy', version, osArch());
    const binary = join(installed, 'trivy');
    const reported = await trivyVersion(binary);
    options.logger.info(`Installed Trivy ${reported} (${binary})`);
    return { binary, version: reported, source: 'download' };
  } finally {
    await Promise.all(
      [checksumsFile, archive, extracted]
        .filter((path): path is string => path !== undefined)
        .map((path) => rm(path, { recursive: true, force: true })),
    );
  }
}

/** The release archive's name, e.g. trivy_0.74.0_Linux-64bit.tar.gz. */
export function releaseAssetName(version: string, platform: NodeJS.Platform, arch: string): string {
  const system = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : undefined;
  const bits = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : undefined;
  if (!system || !bits) {
    throw infrastructureError(
      `No Trivy release is installed automatically on ${platform}/${arch}; install Trivy and set trivy-path`,
    );
  }
  return `trivy_${version}_${system}-${bits}.tar.gz`;
}

/** The sha256 a `sha256sum`-style checksums file lists for exactly this file name. */
export function checksumFor(checksums: string, fileName: string): string | undefined {
  for (const line of checksums.split('\n')) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (match?.[2] === fileName && match[1]) return match[1].toLowerCase();
  }
  return undefined;
}

async function fetchTo(url: string): Promise<string> {
  try {
    return await toolCache.downloadTool(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw infrastructureError(`Could not download ${url}: ${reason}`, error);
  }
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

function cleanVersion(value: string, what: string): string {
  const version = semver.valid(semver.clean(value));
  if (!version) throw configError(`${what} "${value}" is not a version such as ${DEFAULT_TRIVY_VERSION}`);
  if (COMPROMISED_VERSIONS.has(version)) {
    throw configError(`${what} ${version} is a known malicious Trivy release; pin another version`);
  }
  return version;
}

/** @actions/tool-cache reads its directories from these variables only; outside Actions we supply them. */
function prepareToolCacheEnvironment(options: LocateTrivyOptions): void {
  if (options.toolCacheDir) process.env.RUNNER_TOOL_CACHE = options.toolCacheDir;
  else process.env.RUNNER_TOOL_CACHE ||= join(homedir(), '.cache', 'image-gate', 'tools');
  if (options.tempDir) process.env.RUNNER_TEMP = options.tempDir;
  else process.env.RUNNER_TEMP ||= tmpdir();
}

async function findOnPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
