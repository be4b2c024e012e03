import { createHash } from 'node:crypto';
import { constants, createReadStream, rmSync } from 'node:fs';
import { access, lstat, mkdir, mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { arch as osArch } from 'node:os';
import { delimiter, join } from 'node:path';
import * as toolCache from '@actions/tool-cache';
import semver from 'semver';
import { configError, errorMessage, infrastructureError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import { TRIVY_VERSION_FROM_PATH } from '../../core/model/trivy.js';
import type { ProcessEnvironment } from '../process/index.js';
import { trivyVersion } from './run.js';
import { DEFAULT_TRIVY_VERSION } from './release.js';
import { chooseTrivyOnPath, isCompromisedRelease } from './trivy-on-path.js';

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

/**
 * Written into the tool-cache entry at install, after the archive was verified: the sha256 of the
 * trivy binary as installed and of the archive it came from. A cached Trivy is never run where it
 * lies: it is copied into a private folder, hashed as it is copied, and the copy runs only when its
 * hash is the recorded one (see privateVerifiedCopy); when anything disagrees a fresh verified
 * download replaces it.
 *
 * Why this record, and why it is not the whole answer: it sits in the same writable folder as the
 * binary, so it catches a binary that changed after install (corruption, a half-written copy, another
 * tool writing its own "trivy" into the same tool-cache name, as setup-trivy does, or an attacker who
 * does not know about the record), but someone who can write the tool cache on purpose can rewrite
 * both. Where the code knows the release archive's hash (KNOWN_ARCHIVE_SHA256), the record must name
 * exactly that archive, so an entry installed from any other archive is refused even with a
 * consistent record; a forger can still copy that hash. Only a binary hash shipped in the code would
 * close that, and Trivy publishes hashes of its archives, not of the binary inside; on GitHub-hosted
 * runners the tool cache lives and dies with the job, so the exposure is a persistent self-hosted
 * runner shared with untrusted jobs, where trivy-path to a root-owned binary is the sound setup.
 */
const INSTALL_RECORD = '.image-gate-install.json';
const INSTALL_RECORD_MAX_BYTES = 4096;

interface InstallRecord {
  /** sha256 (hex) of the trivy binary as installed. */
  trivy: string;
  /** The release archive it was extracted from, and that archive's verified sha256 (hex). */
  archive: string;
  archiveSha256: string;
}

export interface LocateTrivyOptions {
  /** The trivy-path input: use exactly this binary. */
  path?: string;
  /**
   * trivy-version: the release to run (a trivy on PATH only when it reports exactly this version, else this
   * release installed), or `path` (TRIVY_VERSION_FROM_PATH): whatever trivy is on PATH, installing nothing.
   */
  version: string;
  /**
   * The oldest release whose reports the gate reads. With version `path`, a Trivy on PATH older than this is
   * refused; a trivy-path one is used with a warning. (A pinned release runs whatever it is: it was asked for.)
   */
  minimumVersion?: string;
  logger: Logger;
  releasesBaseUrl?: string;
  /**
   * Where the private copy of a tool-cache Trivy is made and run from. (Downloads, and the tool cache
   * itself, are where @actions/tool-cache is told through RUNNER_TEMP and RUNNER_TOOL_CACHE: the shells
   * set those, see src/action/main.ts.)
   */
  tempDir: string;
  /** The directories a Trivy not named by `path` is looked for in, as PATH lists them (the run's). */
  searchPath: string;
  /** The environment `trivy --version` runs in (the run's). */
  baseEnv: ProcessEnvironment;
}

export interface LocatedTrivy {
  /**
   * The program to run. From the tool cache (source cache or download): a private copy whose hash
   * was checked as it was written, in a folder only this user can write. From trivy-path or PATH:
   * that file itself.
   */
  binary: string;
  version: string;
  source: 'path' | 'input' | 'cache' | 'download';
}

/**
 * Finds the Trivy to run, installing the pinned release when needed. Call it once per run (every
 * call copies and hashes a cached binary): see the gate's per-run memo in src/app/check/trivy-scan.ts.
 *
 * Which Trivy runs, in order: trivy-path, exactly; with trivy-version `path`, the trivy on PATH whatever
 * its version (none, or a malicious or too old one, is an error: nothing is installed in its place);
 * otherwise the pinned release: the trivy on PATH when it reports exactly that version, else the tool
 * cache's verified copy, else a verified download. A newer trivy on PATH does not win over the pin: the
 * pin is the release the user chose and tested with, and a runner image's Trivy changes under them.
 * The log says which one runs and why.
 *
 * What is verified depends on where Trivy comes from:
 * - tool cache (image-gate's own install): the whole binary, against the install record, as it is
 *   copied to the private file that then runs, so nothing can swap it between the check and the run.
 * - trivy-path and PATH: only that it is an executable file answering `--version` with a version that
 *   is not a known-malicious release (and, on PATH, the pinned one, or with `path` not older than the
 *   minimum). Its content is not
 *   checked: there is no hash to check it against, as the file is the runner's or the user's own
 *   tool, trusted like any other program the workflow runs. It runs by path, so whoever can write
 *   that file or its folder could replace it after the version check; such a runner is not one the
 *   gate can protect itself on.
 */
export async function locateTrivy(options: LocateTrivyOptions): Promise<LocatedTrivy> {
  const { logger } = options;
  if (options.path) return useInput(options.path, options);
  if (options.version === TRIVY_VERSION_FROM_PATH) return useWhateverIsOnPath(options);

  const version = cleanVersion(options.version, 'Trivy version');
  const onPath = await findOnPath('trivy', options.searchPath);
  if (onPath) {
    const found = await trivyVersion(onPath, options.baseEnv).catch((error: unknown) => {
      logger.warning(`Ignoring ${onPath}: ${errorMessage(error)}`);
      return undefined;
    });
    if (found !== undefined) {
      const choice = chooseTrivyOnPath(found, version);
      if (choice.use) {
        logger.info(`Using Trivy ${found} from PATH (${onPath}): ${choice.why}`);
        return { binary: onPath, version: found, source: 'path' };
      }
      const note = `Not using ${onPath}: Trivy ${found}, ${choice.why}; installing Trivy ${version}`;
      if (choice.malicious) logger.warning(note);
      else logger.info(note);
    }
  }

  // @actions/tool-cache finds its folders in RUNNER_TOOL_CACHE and RUNNER_TEMP, which the shell has set.
  const cached = toolCache.find('trivy', version, osArch());
  if (cached) {
    // Verified before it is ever run, even for --version; what runs is the verified copy.
    const copy = await privateVerifiedCopy(cached, version, options);
    if ('binary' in copy) {
      const found = await trivyVersion(copy.binary, options.baseEnv);
      logger.info(
        `Using Trivy ${found} from the tool cache (${join(cached, 'trivy')}), verified against its install record, run from a private copy (${copy.binary})`,
      );
      return { binary: copy.binary, version: found, source: 'cache' };
    }
    logger.warning(`Not using the cached Trivy ${join(cached, 'trivy')}: ${copy.problem}; downloading a verified copy instead`);
  }
  return download(version, options);
}

/**
 * Copies the tool-cache entry's trivy into a new folder only this user can write (mode 0700, under
 * tempDir), hashing the bytes as they are written, and judges that hash against the entry's install
 * record. The copy is what runs: hashing the entry and then running it by path would leave a gap in
 * which the file could be swapped, and a 150 MB binary re-hashed per image would cost each scan.
 * Returns the copy, or why the entry must not be used (the copy is then removed).
 */
async function privateVerifiedCopy(dir: string, version: string, options: LocateTrivyOptions): Promise<{ binary: string } | { problem: string }> {
  const folder = await privateFolder(options.tempDir);
  const binary = join(folder, 'trivy');
  const asset = releaseAssetName(version, process.platform, process.arch);
  const binarySha256 = await copyHashing(join(dir, 'trivy'), binary).catch(async (error: unknown) => {
    await rm(folder, { recursive: true, force: true });
    const reason = errorMessage(error);
    throw infrastructureError(`Could not copy the cached Trivy ${join(dir, 'trivy')} to ${folder} to run it: ${reason}`, error);
  });
  const problem =
    binarySha256 === undefined
      ? 'the entry has no trivy executable'
      : installRecordProblem(await readInstallRecord(dir), { binarySha256, asset, knownArchiveSha256: KNOWN_ARCHIVE_SHA256[version]?.[asset] });
  if (problem !== undefined) {
    await rm(folder, { recursive: true, force: true });
    return { problem };
  }
  return { binary };
}

/**
 * A new folder (mkdtemp: mode 0700, a name nobody could have created first) in `parent`, removed when
 * the process exits. The parent must not let others rename what is in it: owned by this user or root,
 * and not writable by group or others unless sticky (as /tmp is).
 */
async function privateFolder(parent: string): Promise<string> {
  await mkdir(parent, { recursive: true });
  const info = await lstat(parent);
  const uid = process.getuid?.();
  const othersCanRename = (info.mode & 0o022) !== 0 && (info.mode & 0o1000) === 0;
  if (!info.isDirectory() || (uid !== undefined && info.uid !== uid && info.uid !== 0) || othersCanRename) {
    throw infrastructureError(
      `The temporary folder ${parent} is not private (owned by uid ${info.uid}, mode ${(info.mode & 0o7777).toString(8)}), so a verified Trivy copied there could be replaced before it runs`,
    );
  }
  const folder = await mkdtemp(join(parent, 'image-gate-trivy-'));
  removeAtExit(folder);
  return folder;
}

const foldersToRemove = new Set<string>();

function removeAtExit(folder: string): void {
  if (foldersToRemove.size === 0) {
    process.once('exit', () => {
      for (const path of foldersToRemove) rmSync(path, { recursive: true, force: true });
    });
  }
  foldersToRemove.add(folder);
}

/**
 * Copies `source` to a new file `target` (mode 0700) and returns the sha256 of the bytes written;
 * undefined when `source` is not a regular file. The source is opened once without following a
 * symlink, and checked and read through that one descriptor.
 */
async function copyHashing(source: string, target: string): Promise<string | undefined> {
  const input = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  if (input === undefined) return undefined;
  try {
    if (!(await input.stat()).isFile()) return undefined;
    const output = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o700);
    try {
      const hash = createHash('sha256');
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        hash.update(chunk);
        for (let written = 0; written < chunk.length;) {
          written += (await output.write(chunk, written, chunk.length - written)).bytesWritten;
        }
      }
      // The umask may have taken bits away; the copy must be executable by us and by nobody else.
      await output.chmod(0o700);
      return hash.digest('hex');
    } finally {
      // Closed before it runs: Linux refuses to execute a file still open for writing (ETXTBSY).
      await output.close();
    }
  } finally {
    await input.close();
  }
}

async function readInstallRecord(dir: string): Promise<string | undefined> {
  const path = join(dir, INSTALL_RECORD);
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isFile() || info.size > INSTALL_RECORD_MAX_BYTES) return undefined;
  return readFile(path, 'utf8').catch(() => undefined);
}

/**
 * Judges a tool-cache entry's install record against the binary as it is now: undefined when they
 * agree, else why not (one clause, for "Not using the cached Trivy …: <why>").
 */
export function installRecordProblem(
  recordText: string | undefined,
  now: { binarySha256: string; asset: string; knownArchiveSha256: string | undefined },
): string | undefined {
  if (recordText === undefined) return `it has no install record (${INSTALL_RECORD}), so it cannot be shown to be the binary image-gate verified`;
  const record = parseInstallRecord(recordText);
  if (!record) return `its install record ${INSTALL_RECORD} is not valid`;
  if (record.archive !== now.asset) return `its install record is for ${record.archive}, not ${now.asset}`;
  if (now.knownArchiveSha256 !== undefined && record.archiveSha256 !== now.knownArchiveSha256) {
    return `it was installed from an archive hashing to ${record.archiveSha256}, but ${now.asset} is known to be ${now.knownArchiveSha256}`;
  }
  if (record.trivy !== now.binarySha256) {
    return `it hashes to ${now.binarySha256}, not ${record.trivy} as recorded when it was installed (the tool cache was changed)`;
  }
  return undefined;
}

function parseInstallRecord(text: string): InstallRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = value as Partial<InstallRecord> | null;
  const hex = (field: unknown): field is string => typeof field === 'string' && /^[0-9a-f]{64}$/.test(field);
  if (typeof record !== 'object' || record === null || !hex(record.trivy) || !hex(record.archiveSha256)) return undefined;
  if (typeof record.archive !== 'string' || !/^trivy_[\w.-]+\.tar\.gz$/.test(record.archive)) return undefined;
  return { trivy: record.trivy, archive: record.archive, archiveSha256: record.archiveSha256 };
}

async function useInput(path: string, options: LocateTrivyOptions): Promise<LocatedTrivy> {
  if (!(await isExecutable(path))) {
    throw configError(`trivy-path "${path}" does not exist or is not an executable file`);
  }
  const version = await trivyVersion(path, options.baseEnv);
  if (isCompromisedRelease(version)) {
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

/**
 * trivy-version `path`: the trivy on PATH is the user's choice, so there is nothing to fall back to. When
 * there is none, or it will not do, the run fails (config: the runner does not provide what the input says).
 */
async function useWhateverIsOnPath(options: LocateTrivyOptions): Promise<LocatedTrivy> {
  const minimum = options.minimumVersion ? cleanVersion(options.minimumVersion, 'minimum Trivy version') : undefined;
  const onPath = await findOnPath('trivy', options.searchPath);
  if (!onPath) {
    throw configError(
      'trivy-version is path, but no trivy executable is on PATH; install Trivy in an earlier step, or set trivy-version to a release',
    );
  }
  const found = await trivyVersion(onPath, options.baseEnv);
  const choice = chooseTrivyOnPath(found, TRIVY_VERSION_FROM_PATH, minimum);
  if (!choice.use) {
    throw configError(
      `trivy-version is path, but ${onPath} is Trivy ${found}, ${choice.why}; install another Trivy, or set trivy-version to a release`,
    );
  }
  options.logger.info(`Using Trivy ${found} from PATH (${onPath}): ${choice.why}`);
  return { binary: onPath, version: found, source: 'path' };
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
    const extractedBinary = join(extracted, 'trivy');
    if (!(await lstat(extractedBinary)).isFile() || !(await isExecutable(extractedBinary))) {
      throw infrastructureError(`${asset} does not contain a trivy executable`);
    }
    const record: InstallRecord = { trivy: await sha256File(extractedBinary), archive: asset, archiveSha256: actual };
    await writeFile(join(extracted, INSTALL_RECORD), `${JSON.stringify(record)}\n`);
    const installed = await toolCache.cacheDir(extracted, 'trivy', version, osArch());
    // Run like any cached Trivy: from a private copy, checked against the record just written.
    const copy = await privateVerifiedCopy(installed, version, options);
    if ('problem' in copy) {
      throw infrastructureError(`The Trivy ${version} just installed in ${installed} cannot be used: ${copy.problem}`);
    }
    const reported = await trivyVersion(copy.binary, options.baseEnv);
    options.logger.info(`Installed Trivy ${reported} (${join(installed, 'trivy')}), run from a private copy (${copy.binary})`);
    return { binary: copy.binary, version: reported, source: 'download' };
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
    throw infrastructureError(`No Trivy release is installed automatically on ${platform}/${arch}; install Trivy and set trivy-path`);
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
    const reason = errorMessage(error);
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
  if (isCompromisedRelease(version)) {
    throw configError(`${what} ${version} is a known malicious Trivy release; pin another version`);
  }
  return version;
}

async function findOnPath(name: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(delimiter)) {
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
