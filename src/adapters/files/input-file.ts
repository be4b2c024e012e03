/**
 * The one reader of files the user names (policy, Dockerfile, Trivy report, keys, trusted root, …):
 * regular files only, each kind with a size limit. A FIFO would hang the gate, `/dev/zero` or a
 * file that keeps growing would fill its memory. A symbolic link is followed (repositories use them)
 * unless the caller says otherwise (`followLinks: false`, for a file a pull request wrote whose text is
 * shown), but what is checked is what was opened: the descriptor is fstat'ed, opened without blocking (so a
 * FIFO swapped in after the first look is refused, not waited on), and at most limit + 1 bytes are
 * read, so a file that grows while it is read, or a /proc file that says it is empty, is still bounded.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { errorMessage, GateError } from '../../core/model/errors.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Limits per kind, each far above any real file of that kind and far below what would hurt a runner
 * (7 GiB of memory on GitHub's standard Linux runners).
 */
export const INPUT_LIMITS = {
  /** Trivy reports with every package listed reach hundreds of MiB (the bench's is 397 MiB); 1 GiB leaves room for larger images. */
  trivyReport: 1024 * MiB,
  /** A hand-written policy is a few KiB; 4 MiB holds tens of thousands of ignore entries. */
  policy: 4 * MiB,
  /** Real Dockerfiles are a few KiB, the largest tens of KiB. */
  dockerfile: 1 * MiB,
  /** A PEM public key is under 4 KiB even for RSA-16384; a file of several keys stays far below this. */
  publicKey: 64 * KiB,
  /** Sigstore's public-good trusted_root.json is 7 KiB; private instances with many keys stay well below this. */
  trustedRoot: 1 * MiB,
  /** A Sigstore bundle is a few KiB, with a large DSSE provenance payload a few MiB. */
  bundle: 16 * MiB,
  /** An artifact `verify` hashes whole: a release binary or archive; more would strain the runner's memory. */
  artifact: 1024 * MiB,
  /** Files of an OCI layout read whole (index.json, manifests, configs). */
  layoutFile: 4 * MiB,
  /** Docker's config.json: credentials and settings, a few KiB. */
  dockerConfig: 4 * MiB,
  /** A TLS certificate or key in PEM. */
  tlsPem: 1 * MiB,
  /** A VEX document: a statement is under 1 KiB, so 64 MiB holds far more than the 10,000 statements the bench reads. */
  vex: 64 * MiB,
} as const;

export interface InputFileOptions {
  /** What the file is, as a message starts: "policy file", "Dockerfile", "Trivy report". */
  what: string;
  maxBytes: number;
  /**
   * false: refuse a symbolic link, and a path that passes through one (below `linksAllowedIn`), problem
   * `link`. For a file someone else wrote whose text is shown: a link could lead to a credentials file.
   * Default true.
   */
  followLinks?: boolean;
  /**
   * With followLinks false, a directory whose own path may pass through links (the workspace may sit under
   * one): only below it is a link refused. Not given: no link anywhere in the path.
   */
  linksAllowedIn?: string;
}

export type InputFileProblem = 'missing' | 'not-regular' | 'too-large' | 'link' | 'unreadable';

/** A named input file that cannot be used; `problem` lets a caller treat a missing optional file as absent. */
export class InputFileError extends GateError {
  constructor(
    readonly problem: InputFileProblem,
    message: string,
    cause?: unknown,
  ) {
    super('config', message, { cause });
  }
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. O_NOCTTY: a terminal named
// as a file must not become the process's controlling terminal. Both are 0 where they do not exist.
const optionalFlag = (name: 'O_NONBLOCK' | 'O_NOCTTY' | 'O_NOFOLLOW'): number => (constants as Partial<Record<string, number>>)[name] ?? 0;
const OPEN_FLAGS = constants.O_RDONLY | optionalFlag('O_NONBLOCK') | optionalFlag('O_NOCTTY');
// O_NOFOLLOW: a link put in place of the file after the realpath check is not opened. Windows has no such
// flag; there the realpath comparison alone keeps links out.
const NO_FOLLOW_FLAGS = OPEN_FLAGS | optionalFlag('O_NOFOLLOW');
/** Reads go in pieces so one read call never asks for gigabytes. */
const READ_CHUNK = 8 * MiB;

export async function readInputFile(path: string, options: InputFileOptions): Promise<Buffer> {
  let openPath = path;
  if (options.followLinks === false) {
    const real = await realpath(path).catch((error: unknown) => fail(path, options, error));
    const root = options.linksAllowedIn;
    const rootReal = root === undefined ? undefined : await realpath(root).catch(() => resolve(root));
    openPath = checkNoLinks(path, real, root, rootReal, options);
  }
  // A first look by path, so that a device or FIFO is not even opened (opening some devices does things).
  const look = options.followLinks === false ? lstat : stat;
  checkKind(await look(openPath).catch((error: unknown) => fail(path, options, error)), path, options);
  const handle = await open(openPath, openFlags(options)).catch((error: unknown) => fail(path, options, error));
  try {
    const info = await handle.stat();
    checkKind(info, path, options);
    checkSize(info.size, path, options);
    const reader = new GrowingBuffer(info.size, options.maxBytes);
    for (;;) {
      const target = reader.space();
      const { bytesRead } = await handle.read(target.buffer, target.offset, target.length, null);
      if (bytesRead === 0) break;
      if (!reader.advance(bytesRead)) throw tooLarge(path, options);
    }
    return reader.bytes();
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    return fail(path, options, error);
  } finally {
    await handle.close();
  }
}

export function readInputFileSync(path: string, options: InputFileOptions): Buffer {
  let fd: number;
  try {
    let openPath = path;
    if (options.followLinks === false) {
      const root = options.linksAllowedIn;
      const rootReal = root === undefined ? undefined : realpathOr(root);
      openPath = checkNoLinks(path, realpathSync(path), root, rootReal, options);
    }
    checkKind(options.followLinks === false ? lstatSync(openPath) : statSync(openPath), path, options);
    fd = openSync(openPath, openFlags(options));
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    return fail(path, options, error);
  }
  try {
    const info = fstatSync(fd);
    checkKind(info, path, options);
    checkSize(info.size, path, options);
    const reader = new GrowingBuffer(info.size, options.maxBytes);
    for (;;) {
      const target = reader.space();
      const bytesRead = readSync(fd, target.buffer, target.offset, target.length, null);
      if (bytesRead === 0) break;
      if (!reader.advance(bytesRead)) throw tooLarge(path, options);
    }
    return reader.bytes();
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    return fail(path, options, error);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text of the file, without a byte-order mark. */
export async function readInputText(path: string, options: InputFileOptions): Promise<string> {
  return (await readInputFile(path, options)).toString('utf8').replace(/^\uFEFF/, '');
}

export function readInputTextSync(path: string, options: InputFileOptions): string {
  return readInputFileSync(path, options)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/**
 * A buffer sized from fstat (plus one byte, to notice a file that grew), grown when the file turns out
 * longer (procfs files report size 0), never past limit + 1.
 */
class GrowingBuffer {
  private buffer: Buffer;
  private length = 0;

  constructor(
    statSize: number,
    private readonly maxBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.min(statSize > 0 ? statSize + 1 : 64 * KiB, maxBytes + 1));
  }

  space(): { buffer: Buffer; offset: number; length: number } {
    if (this.length === this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(Math.max(this.buffer.length * 2, 64 * KiB), this.maxBytes + 1));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    return { buffer: this.buffer, offset: this.length, length: Math.min(this.buffer.length - this.length, READ_CHUNK) };
  }

  /** False once more than the limit has been read. */
  advance(bytesRead: number): boolean {
    this.length += bytesRead;
    return this.length <= this.maxBytes;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function openFlags(options: InputFileOptions): number {
  return options.followLinks === false ? NO_FOLLOW_FLAGS : OPEN_FLAGS;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * With followLinks false: the resolved path must be the path as written (below the root, whose own links
 * are resolved alike). Returns the path to open: the resolved one, so nothing is resolved twice.
 */
function checkNoLinks(path: string, real: string, root: string | undefined, rootReal: string | undefined, options: InputFileOptions): string {
  const expected = root === undefined || rootReal === undefined ? resolve(path) : resolve(rootReal, relative(resolve(root), resolve(path)));
  if (real !== expected) throw new InputFileError('link', `${options.what} ${path} is a symbolic link, or lies under one, and is not followed`);
  return real;
}

function checkKind(info: Stats, path: string, options: InputFileOptions): void {
  if (info.isFile()) return;
  if (info.isSymbolicLink()) throw new InputFileError('link', `${options.what} ${path} is a symbolic link, and is not followed`);
  const kind = info.isDirectory()
    ? 'a directory'
    : info.isFIFO()
      ? 'a named pipe (FIFO)'
      : info.isCharacterDevice()
        ? 'a character device'
        : info.isBlockDevice()
          ? 'a block device'
          : info.isSocket()
            ? 'a socket'
            : 'not a regular file';
  throw new InputFileError('not-regular', `${options.what} ${path} is ${kind}, not a regular file`);
}

function checkSize(size: number, path: string, options: InputFileOptions): void {
  if (size > options.maxBytes) throw tooLarge(path, options, size);
}

function tooLarge(path: string, options: InputFileOptions, size?: number): InputFileError {
  const is = size === undefined ? `is larger than` : `is ${formatBytes(size)}, larger than`;
  return new InputFileError('too-large', `${options.what} ${path} ${is} the limit of ${formatBytes(options.maxBytes)} for a ${options.what}`);
}

function fail(path: string, options: InputFileOptions, error: unknown): never {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') throw new InputFileError('missing', `${options.what} ${path} does not exist`, error);
  if (code === 'ENOTDIR')
    throw new InputFileError('missing', `${options.what} ${path} does not exist (a part of the path is not a directory)`, error);
  if (code === 'ELOOP' && options.followLinks === false) {
    // O_NOFOLLOW meeting a link: one was put in place of the file after the check.
    throw new InputFileError('link', `${options.what} ${path} is a symbolic link, and is not followed`, error);
  }
  if (code === 'ELOOP') throw new InputFileError('unreadable', `${options.what} ${path} could not be read (a loop of symbolic links)`, error);
  throw new InputFileError('unreadable', `${options.what} ${path} could not be read (${code ?? errorMessage(error)})`, error);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MiB && bytes % (1024 * MiB) === 0) return `${String(bytes / (1024 * MiB))} GiB`;
  if (bytes >= MiB && bytes % MiB === 0) return `${String(bytes / MiB)} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${String(bytes / KiB)} KiB`;
  return `${String(bytes)} bytes`;
}
