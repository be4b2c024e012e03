import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  configError
} from "./chunk-QTDHMDYW.js";

// src/config/json-bytes.ts
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
    let b = this.bytes, open = b[offset];
    if (!this.guessing || open !== OPEN_OBJECT && open !== OPEN_ARRAY || b[offset + 1] !== LINE_FEED) return -1;
    let lineFeed = b.lastIndexOf(LINE_FEED, offset), indentEnd = lineFeed + 1;
    for (; indentEnd < offset && (b[indentEnd] === 32 || b[indentEnd] === 9); ) indentEnd++;
    let indent = indentEnd - lineFeed - 1;
    if (lineFeed === -1 || offset - lineFeed > MAX_GUESSED_LINE || indent > MAX_GUESSED_INDENT)
      return this.guessing = !1, -1;
    let closer = Buffer.concat([b.subarray(lineFeed, indentEnd), Buffer.of(open === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)]), at = b.indexOf(closer, offset + 1);
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
  JsonSyntaxError,
  parseJsonDocument,
  describeJsonSyntaxError,
  JsonBytes
};
