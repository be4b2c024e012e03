import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GateError,
  errorMessage
} from "./chunk-QTDHMDYW.js";

// src/config/input-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { lstat, open, realpath, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
var KiB = 1024, MiB = 1024 * KiB, INPUT_LIMITS = {
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
  tlsPem: 1 * MiB
}, InputFileError = class extends GateError {
  constructor(problem, message, cause) {
    super("config", message, { cause });
    this.problem = problem;
  }
  problem;
}, optionalFlag = (name) => constants[name] ?? 0, OPEN_FLAGS = constants.O_RDONLY | optionalFlag("O_NONBLOCK") | optionalFlag("O_NOCTTY"), NO_FOLLOW_FLAGS = OPEN_FLAGS | optionalFlag("O_NOFOLLOW"), READ_CHUNK = 8 * MiB;
async function readInputFile(path, options) {
  let openPath = path;
  if (options.followLinks === !1) {
    let real = await realpath(path).catch((error) => fail(path, options, error)), root = options.linksAllowedIn, rootReal = root === void 0 ? void 0 : await realpath(root).catch(() => resolve(root));
    openPath = checkNoLinks(path, real, root, rootReal, options);
  }
  let look = options.followLinks === !1 ? lstat : stat;
  checkKind(await look(openPath).catch((error) => fail(path, options, error)), path, options);
  let handle = await open(openPath, openFlags(options)).catch((error) => fail(path, options, error));
  try {
    let info = await handle.stat();
    checkKind(info, path, options), checkSize(info.size, path, options);
    let reader = new GrowingBuffer(info.size, options.maxBytes);
    for (; ; ) {
      let target = reader.space(), { bytesRead } = await handle.read(target.buffer, target.offset, target.length, null);
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
function readInputFileSync(path, options) {
  let fd;
  try {
    let openPath = path;
    if (options.followLinks === !1) {
      let root = options.linksAllowedIn, rootReal = root === void 0 ? void 0 : realpathOr(root);
      openPath = checkNoLinks(path, realpathSync(path), root, rootReal, options);
    }
    checkKind(options.followLinks === !1 ? lstatSync(openPath) : statSync(openPath), path, options), fd = openSync(openPath, openFlags(options));
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    return fail(path, options, error);
  }
  try {
    let info = fstatSync(fd);
    checkKind(info, path, options), checkSize(info.size, path, options);
    let reader = new GrowingBuffer(info.size, options.maxBytes);
    for (; ; ) {
      let target = reader.space(), bytesRead = readSync(fd, target.buffer, target.offset, target.length, null);
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
async function readInputText(path, options) {
  return (await readInputFile(path, options)).toString("utf8").replace(/^\uFEFF/, "");
}
function readInputTextSync(path, options) {
  return readInputFileSync(path, options).toString("utf8").replace(/^\uFEFF/, "");
}
var GrowingBuffer = class {
  constructor(statSize, maxBytes) {
    this.maxBytes = maxBytes;
    this.buffer = Buffer.allocUnsafe(Math.min(statSize > 0 ? statSize + 1 : 64 * KiB, maxBytes + 1));
  }
  maxBytes;
  buffer;
  length = 0;
  space() {
    if (this.length === this.buffer.length) {
      let grown = Buffer.allocUnsafe(Math.min(Math.max(this.buffer.length * 2, 64 * KiB), this.maxBytes + 1));
      this.buffer.copy(grown, 0, 0, this.length), this.buffer = grown;
    }
    return { buffer: this.buffer, offset: this.length, length: Math.min(this.buffer.length - this.length, READ_CHUNK) };
  }
  /** False once more than the limit has been read. */
  advance(bytesRead) {
    return this.length += bytesRead, this.length <= this.maxBytes;
  }
  bytes() {
    return this.buffer.subarray(0, this.length);
  }
};
function openFlags(options) {
  return options.followLinks === !1 ? NO_FOLLOW_FLAGS : OPEN_FLAGS;
}
function realpathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
function checkNoLinks(path, real, root, rootReal, options) {
  let expected = root === void 0 || rootReal === void 0 ? resolve(path) : resolve(rootReal, relative(resolve(root), resolve(path)));
  if (real !== expected) throw new InputFileError("link", `${options.what} ${path} is a symbolic link, or lies under one, and is not followed`);
  return real;
}
function checkKind(info, path, options) {
  if (info.isFile()) return;
  if (info.isSymbolicLink()) throw new InputFileError("link", `${options.what} ${path} is a symbolic link, and is not followed`);
  let kind = info.isDirectory() ? "a directory" : info.isFIFO() ? "a named pipe (FIFO)" : info.isCharacterDevice() ? "a character device" : info.isBlockDevice() ? "a block device" : info.isSocket() ? "a socket" : "not a regular file";
  throw new InputFileError("not-regular", `${options.what} ${path} is ${kind}, not a regular file`);
}
function checkSize(size, path, options) {
  if (size > options.maxBytes) throw tooLarge(path, options, size);
}
function tooLarge(path, options, size) {
  let is = size === void 0 ? "is larger than" : `is ${formatBytes(size)}, larger than`;
  return new InputFileError("too-large", `${options.what} ${path} ${is} the limit of ${formatBytes(options.maxBytes)} for a ${options.what}`);
}
function fail(path, options, error) {
  let code = error?.code;
  throw code === "ENOENT" ? new InputFileError("missing", `${options.what} ${path} does not exist`, error) : code === "ENOTDIR" ? new InputFileError("missing", `${options.what} ${path} does not exist (a part of the path is not a directory)`, error) : code === "ELOOP" && options.followLinks === !1 ? new InputFileError("link", `${options.what} ${path} is a symbolic link, and is not followed`, error) : code === "ELOOP" ? new InputFileError("unreadable", `${options.what} ${path} could not be read (a loop of symbolic links)`, error) : new InputFileError("unreadable", `${options.what} ${path} could not be read (${code ?? errorMessage(error)})`, error);
}
function formatBytes(bytes) {
  return bytes >= 1024 * MiB && bytes % (1024 * MiB) === 0 ? `${String(bytes / (1024 * MiB))} GiB` : bytes >= MiB && bytes % MiB === 0 ? `${String(bytes / MiB)} MiB` : bytes >= KiB && bytes % KiB === 0 ? `${String(bytes / KiB)} KiB` : `${String(bytes)} bytes`;
}

export {
  INPUT_LIMITS,
  InputFileError,
  readInputFile,
  readInputFileSync,
  readInputText,
  readInputTextSync,
  formatBytes
};
