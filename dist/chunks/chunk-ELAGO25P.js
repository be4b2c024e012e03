import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GateError,
  configError,
  errorMessage
} from "./chunk-YQNRIA6J.js";

// src/adapters/files/input-file.ts
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
  tlsPem: 1 * MiB,
  /** A VEX document: a statement is under 1 KiB, so 64 MiB holds far more than the 10,000 statements the bench reads. */
  vex: 64 * MiB
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

// src/adapters/files/json-bytes.ts
var JsonSyntaxError = class extends Error {
  constructor(offset, truncated, message, expected) {
    super(message);
    this.offset = offset;
    this.truncated = truncated;
    this.expected = expected;
  }
  offset;
  truncated;
  expected;
};
function parseJsonDocument(bytes, what) {
  let doc = new JsonBytes(bytes), start = doc.firstValue();
  if (start === -1) throw configError(`${what} is empty (expected a JSON document)`);
  try {
    return JSON.parse(bytes.toString("utf8", start));
  } catch {
    let error = doc.findSyntaxError(start);
    throw configError(
      `${what} is not valid JSON: ${error ? describeJsonSyntaxError(error, doc) : "it does not parse (nested too deeply to say where)"}`
    );
  }
}
function describeJsonSyntaxError(error, doc) {
  if (error.truncated) return "it ends in the middle of the document (truncated file?)";
  let { line, column } = doc.lineAndColumn(error.offset);
  return `unexpected character${error.expected === void 0 ? "" : ` (expected ${error.expected})`} at line ${line}, column ${column}`;
}
var QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58, OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93, LINE_FEED = 10, MAX_GUESSED_LINE = 4096, MAX_GUESSED_INDENT = 256;
function isWhitespace(byte) {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}
var JsonBytes = class {
  constructor(bytes) {
    this.bytes = bytes;
    this.length = bytes.length;
  }
  bytes;
  length;
  /** Whether value() still guesses where a value ends (see guessEnd). */
  guessing = !0;
  /** Offset of the first value, after a UTF-8 byte-order mark and whitespace; -1 when there is none. */
  firstValue() {
    let b = this.bytes, i = b.length >= 3 && b[0] === 239 && b[1] === 187 && b[2] === 191 ? 3 : 0;
    return i = this.whitespace(i), i < this.length ? i : -1;
  }
  byteAt(offset) {
    return this.bytes[offset] ?? -1;
  }
  isNull(offset) {
    return this.bytes[offset] === 110 && this.bytes.toString("latin1", offset, offset + 4) === "null";
  }
  whitespace(offset) {
    let b = this.bytes, i = offset;
    for (; i < this.length && isWhitespace(b[i]); ) i++;
    return i;
  }
  /** Fails unless only whitespace follows. */
  end(offset) {
    let i = this.whitespace(offset);
    if (i < this.length) throw this.unexpected(i, "the end of the document");
  }
  /**
   * The first syntax error of the document whose value starts at `offset`, walking every object and
   * array itself (so a structural error is known by what was expected there) and JSON.parsing the
   * leaves; undefined when there is none, or the nesting is too deep to walk.
   */
  findSyntaxError(offset, wholeDocument = !0) {
    try {
      let end = this.check(offset);
      wholeDocument && this.end(end);
      return;
    } catch (error) {
      if (error instanceof JsonSyntaxError) return error;
      if (error instanceof RangeError) return;
      throw error;
    }
  }
  check(offset) {
    let byte = this.bytes[offset];
    return byte === OPEN_OBJECT ? this.members(offset, (_key, value) => this.check(value)) : byte === OPEN_ARRAY ? this.elements(offset, (_index, value) => this.check(value)) : this.value(offset).end;
  }
  /**
   * Visits each member of the object at `offset`. The visitor gets the offset of the member's
   * value and returns the offset just after it. Returns the offset after the closing brace.
   */
  members(offset, visit) {
    let b = this.bytes, i = this.expect(offset, OPEN_OBJECT, "'{'");
    if (i = this.whitespace(i), b[i] === CLOSE_OBJECT) return i + 1;
    for (let first = !0; ; first = !1) {
      if (i >= this.length) throw this.truncated();
      if (b[i] !== QUOTE) throw this.unexpected(i, first ? "a property name in double quotes or '}'" : "a property name in double quotes");
      let keyEnd = this.skipString(i), key = this.key(i, keyEnd);
      if (i = this.expect(this.whitespace(keyEnd), COLON, "':' after a property name"), i = this.whitespace(i), i >= this.length) throw this.truncated();
      if (i = this.whitespace(visit(key, i)), i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_OBJECT) return i + 1;
      i = this.whitespace(this.expect(i, COMMA, "',' or '}'"));
    }
  }
  /** Visits each element of the array at `offset`, like members(). */
  elements(offset, visit) {
    let b = this.bytes, i = this.whitespace(this.expect(offset, OPEN_ARRAY, "'['"));
    if (b[i] === CLOSE_ARRAY) return i + 1;
    for (let index = 0; ; index++) {
      if (i >= this.length) throw this.truncated();
      if (i = this.whitespace(visit(index, i)), i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_ARRAY) return i + 1;
      i = this.whitespace(this.expect(i, COMMA, "',' or ']'"));
    }
  }
  /** The offset just after the value at `offset`, found by matching brackets; JSON.parse checks the rest. */
  skip(offset) {
    let b = this.bytes, n = this.length, i = offset, first = b[i];
    if (first === QUOTE) return this.skipString(i);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      for (; i < n; ) {
        let c = b[i];
        if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isWhitespace(c)) break;
        i++;
      }
      if (i === offset) throw this.unexpected(i, "a JSON value");
      return i;
    }
    let depth = 0;
    for (; i < n; ) {
      let c = b[i];
      if (c <= 32) {
        i++;
        continue;
      }
      if (c === QUOTE) {
        i = this.skipString(i);
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && (depth--, depth === 0))
        return i + 1;
      i++;
    }
    throw this.truncated();
  }
  /** JSON.parse of the bytes [start, end). */
  parse(start, end) {
    let piece = this.bytes.toString("utf8", start, end);
    try {
      return JSON.parse(piece);
    } catch (error) {
      let first = this.bytes[start];
      throw (error instanceof SyntaxError && (first === OPEN_OBJECT || first === OPEN_ARRAY) ? this.findSyntaxError(start, !1) : void 0) ?? this.translate(error, start, piece);
    }
  }
  /** Parses the value at `offset`; returns it and the offset after it. */
  value(offset) {
    let guessed = this.guessEnd(offset);
    if (guessed !== -1) {
      let piece = this.bytes.toString("utf8", offset, guessed);
      try {
        return { value: JSON.parse(piece), end: guessed };
      } catch {
        this.guessing = !1;
      }
    }
    let end = this.skip(offset);
    return { value: this.parse(offset, end), end };
  }
  /**
   * Where the multi-line object or array at `offset` most likely ends, found natively instead of byte by byte
   * (walking the brackets of a 400 MB report costs about as much as parsing it). Pretty-printed JSON, as
   * Trivy writes it (Go's MarshalIndent) and JSON.stringify with an indent, closes such a value on a line of its
   * own, indented as the line it opened on; and a raw line feed never occurs inside a JSON string, so the first
   * "\n" + that indentation + the closing bracket after the opening one is that line. A guess is only a guess:
   * the caller JSON.parses exactly [offset, guess), which succeeds only when that is the whole value (a piece
   * ending early is unbalanced or inside a string, one ending late holds a second value). -1 when there is nothing
   * to guess from; the first guess that fails or finds nothing ends guessing for the document, so a document laid
   * out otherwise costs one wasted search and parse, never one per value.
   */
  guessEnd(offset) {
    let b = this.bytes, open2 = b[offset];
    if (!this.guessing || open2 !== OPEN_OBJECT && open2 !== OPEN_ARRAY || b[offset + 1] !== LINE_FEED) return -1;
    let lineFeed = b.lastIndexOf(LINE_FEED, offset), indentEnd = lineFeed + 1;
    for (; indentEnd < offset && (b[indentEnd] === 32 || b[indentEnd] === 9); ) indentEnd++;
    let indent = indentEnd - lineFeed - 1;
    if (lineFeed === -1 || offset - lineFeed > MAX_GUESSED_LINE || indent > MAX_GUESSED_INDENT)
      return this.guessing = !1, -1;
    let closer = Buffer.concat([b.subarray(lineFeed, indentEnd), Buffer.of(open2 === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)]), at = b.indexOf(closer, offset + 1);
    return at === -1 ? (this.guessing = !1, -1) : at + closer.length;
  }
  /** As an editor shows it: the column counts characters (not UTF-8 bytes), and a byte-order mark is not one. */
  lineAndColumn(offset) {
    let b = this.bytes, line = 1, lineStart = b[0] === 239 && b[1] === 187 && b[2] === 191 ? 3 : 0;
    for (let i = b.indexOf(10); i !== -1 && i < offset; i = b.indexOf(10, i + 1))
      line++, lineStart = i + 1;
    let column = 1;
    for (let i = lineStart; i < offset; i++) (b[i] & 192) !== 128 && column++;
    return { line, column };
  }
  skipString(offset) {
    let b = this.bytes, n = this.length, near = Math.min(offset + 64, n), i = offset + 1;
    for (; i < near; ) {
      let c = b[i];
      if (c === QUOTE) return i + 1;
      i += c === BACKSLASH ? 2 : 1;
    }
    for (; ; ) {
      let quote = b.indexOf(QUOTE, i);
      if (quote === -1) throw this.truncated();
      let backslashes = 0;
      for (let k = quote - 1; b[k] === BACKSLASH; k--) backslashes++;
      if ((backslashes & 1) === 0) return quote + 1;
      i = quote + 1;
    }
  }
  key(start, end) {
    let raw = this.bytes.toString("utf8", start + 1, end - 1);
    return raw.includes("\\") ? String(this.parse(start, end)) : raw;
  }
  expect(offset, byte, expected) {
    if (offset >= this.length) throw this.truncated();
    if (this.bytes[offset] !== byte) throw this.unexpected(offset, expected);
    return offset + 1;
  }
  truncated() {
    return new JsonSyntaxError(this.length, !0, "unexpected end of JSON");
  }
  unexpected(offset, expected) {
    return new JsonSyntaxError(offset, !1, "unexpected character", expected);
  }
  /** Turns V8's error, which counts UTF-16 units of the piece, into a byte offset in the document. */
  translate(error, start, piece) {
    if (!(error instanceof SyntaxError)) return error;
    let message = error.message;
    if (/end of JSON input|Unterminated string/i.test(message))
      return new JsonSyntaxError(this.length, !0, "unexpected end of JSON");
    let first = piece.charCodeAt(0), expected = first === QUOTE ? "a string with valid escapes and no raw control characters" : first === OPEN_OBJECT || first === OPEN_ARRAY ? void 0 : "a JSON value", at = (index) => {
      let offset = start + Buffer.byteLength(piece.slice(0, Math.max(0, index)));
      return offset >= this.length ? new JsonSyntaxError(this.length, !0, "unexpected end of JSON") : new JsonSyntaxError(offset, !1, "unexpected character", expected);
    }, position = /at position (\d+)/.exec(message)?.[1];
    if (position !== void 0) return at(Number(position));
    let quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
    if (quoted) {
      let [, token = "", before, context = ""] = quoted, where = piece.indexOf(context);
      if (where !== -1) return at(where + (before ? 10 : Math.max(0, context.indexOf(token))));
    }
    return at(0);
  }
};

export {
  INPUT_LIMITS,
  InputFileError,
  readInputFile,
  readInputFileSync,
  readInputText,
  readInputTextSync,
  formatBytes,
  JsonSyntaxError,
  parseJsonDocument,
  describeJsonSyntaxError,
  JsonBytes
};
