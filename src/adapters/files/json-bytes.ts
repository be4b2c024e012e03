/**
 * JSON input files held as bytes: parseJsonDocument for a whole document (a trusted root, a bundle),
 * and JsonBytes to walk a large one piece by piece (a Trivy report). Errors say where (line and
 * column) and what was expected, and never quote the file: a file named by mistake may be a
 * credentials file, and V8's own messages quote the input (`Unexpected token 'g', "ghp_…" is not
 * valid JSON`).
 *
 * JsonBytes walks the outer structure of a JSON document held as UTF-8 bytes and JSON.parses only the
 * pieces asked for. A report with 100,000 findings then never exists as one decoded string nor
 * as one object tree: each finding is decoded, parsed, used and dropped on its own, so peak
 * memory stays near the size of the bytes while the time stays near one JSON.parse.
 *
 * The walker checks the syntax of the levels it walks (objects, arrays, commas, colons);
 * everything below them goes through JSON.parse, so the whole document is still validated.
 * Structural bytes are ASCII and never occur inside a UTF-8 multi-byte sequence, which is what
 * makes scanning bytes safe.
 */

import { configError } from '../../core/model/errors.js';

/** A syntax error at a byte offset; `truncated` when the document ended early; what was expected there, when known. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly truncated: boolean,
    message: string,
    readonly expected?: string,
  ) {
    super(message);
  }
}

/**
 * Parses a whole JSON document (a UTF-8 byte-order mark allowed). A syntax error is a config error
 * naming `what`, the line, the column and what was expected, quoting nothing of the file.
 */
export function parseJsonDocument(bytes: Buffer, what: string): unknown {
  const doc = new JsonBytes(bytes);
  const start = doc.firstValue();
  if (start === -1) throw configError(`${what} is empty (expected a JSON document)`);
  try {
    return JSON.parse(bytes.toString('utf8', start));
  } catch {
    // Only now is the document walked, to say where and what; the common case pays one JSON.parse.
    const error = doc.findSyntaxError(start);
    throw configError(
      `${what} is not valid JSON: ${error ? describeJsonSyntaxError(error, doc) : 'it does not parse (nested too deeply to say where)'}`,
    );
  }
}

/** "unexpected character (expected …) at line 3, column 7", or that the document was cut short: a position, never a snippet. */
export function describeJsonSyntaxError(error: JsonSyntaxError, doc: JsonBytes): string {
  if (error.truncated) return 'it ends in the middle of the document (truncated file?)';
  const { line, column } = doc.lineAndColumn(error.offset);
  const expected = error.expected === undefined ? '' : ` (expected ${error.expected})`;
  return `unexpected character${expected} at line ${line}, column ${column}`;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const LINE_FEED = 0x0a;
/** Beyond these, a line is not pretty-printed JSON as Trivy writes it, and guessing where values end stops. */
const MAX_GUESSED_LINE = 4096;
const MAX_GUESSED_INDENT = 256;

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

export class JsonBytes {
  readonly length: number;
  /** Whether value() still guesses where a value ends (see guessEnd). */
  private guessing = true;

  constructor(readonly bytes: Buffer) {
    this.length = bytes.length;
  }

  /** Offset of the first value, after a UTF-8 byte-order mark and whitespace; -1 when there is none. */
  firstValue(): number {
    const b = this.bytes;
    let i = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    i = this.whitespace(i);
    return i < this.length ? i : -1;
  }

  byteAt(offset: number): number {
    return this.bytes[offset] ?? -1;
  }

  isNull(offset: number): boolean {
    return this.bytes[offset] === 0x6e && this.bytes.toString('latin1', offset, offset + 4) === 'null';
  }

  whitespace(offset: number): number {
    const b = this.bytes;
    let i = offset;
    while (i < this.length && isWhitespace(b[i] as number)) i++;
    return i;
  }

  /** Fails unless only whitespace follows. */
  end(offset: number): void {
    const i = this.whitespace(offset);
    if (i < this.length) throw this.unexpected(i, 'the end of the document');
  }

  /**
   * The first syntax error of the document whose value starts at `offset`, walking every object and
   * array itself (so a structural error is known by what was expected there) and JSON.parsing the
   * leaves; undefined when there is none, or the nesting is too deep to walk.
   */
  findSyntaxError(offset: number, wholeDocument = true): JsonSyntaxError | undefined {
    try {
      const end = this.check(offset);
      if (wholeDocument) this.end(end);
      return undefined;
    } catch (error) {
      if (error instanceof JsonSyntaxError) return error;
      if (error instanceof RangeError) return undefined;
      throw error;
    }
  }

  private check(offset: number): number {
    const byte = this.bytes[offset];
    if (byte === OPEN_OBJECT) return this.members(offset, (_key, value) => this.check(value));
    if (byte === OPEN_ARRAY) return this.elements(offset, (_index, value) => this.check(value));
    return this.value(offset).end;
  }

  /**
   * Visits each member of the object at `offset`. The visitor gets the offset of the member's
   * value and returns the offset just after it. Returns the offset after the closing brace.
   */
  members(offset: number, visit: (key: string, valueStart: number) => number): number {
    const b = this.bytes;
    let i = this.expect(offset, OPEN_OBJECT, "'{'");
    i = this.whitespace(i);
    if (b[i] === CLOSE_OBJECT) return i + 1;
    for (let first = true; ; first = false) {
      if (i >= this.length) throw this.truncated();
      if (b[i] !== QUOTE) throw this.unexpected(i, first ? "a property name in double quotes or '}'" : 'a property name in double quotes');
      const keyEnd = this.skipString(i);
      const key = this.key(i, keyEnd);
      i = this.expect(this.whitespace(keyEnd), COLON, "':' after a property name");
      i = this.whitespace(i);
      if (i >= this.length) throw this.truncated();
      i = this.whitespace(visit(key, i));
      if (i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_OBJECT) return i + 1;
      i = this.whitespace(this.expect(i, COMMA, "',' or '}'"));
    }
  }

  /** Visits each element of the array at `offset`, like members(). */
  elements(offset: number, visit: (index: number, valueStart: number) => number): number {
    const b = this.bytes;
    let i = this.whitespace(this.expect(offset, OPEN_ARRAY, "'['"));
    if (b[i] === CLOSE_ARRAY) return i + 1;
    for (let index = 0; ; index++) {
      if (i >= this.length) throw this.truncated();
      i = this.whitespace(visit(index, i));
      if (i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_ARRAY) return i + 1;
      i = this.whitespace(this.expect(i, COMMA, "',' or ']'"));
    }
  }

  /** The offset just after the value at `offset`, found by matching brackets; JSON.parse checks the rest. */
  skip(offset: number): number {
    const b = this.bytes;
    const n = this.length;
    let i = offset;
    const first = b[i];
    if (first === QUOTE) return this.skipString(i);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      while (i < n) {
        const c = b[i] as number;
        if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isWhitespace(c)) break;
        i++;
      }
      // One that runs into the end is judged by JSON.parse: a whole document may be just "42" (and
      // "tru" is cut short), and a value inside an object or array is followed by the end there, which
      // the walk calls truncated.
      if (i === offset) throw this.unexpected(i, 'a JSON value');
      return i;
    }
    let depth = 0;
    while (i < n) {
      const c = b[i] as number;
      // Indentation is most of what lies outside strings.
      if (c <= 0x20) {
        i++;
        continue;
      }
      if (c === QUOTE) {
        i = this.skipString(i);
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    throw this.truncated();
  }

  /** JSON.parse of the bytes [start, end). */
  parse(start: number, end: number): unknown {
    const piece = this.bytes.toString('utf8', start, end);
    try {
      return JSON.parse(piece);
    } catch (error) {
      // An object or array (a whole finding) is walked to find the error and what was expected there.
      const first = this.bytes[start];
      const walked = error instanceof SyntaxError && (first === OPEN_OBJECT || first === OPEN_ARRAY) ? this.findSyntaxError(start, false) : undefined;
      throw walked ?? this.translate(error, start, piece);
    }
  }

  /** Parses the value at `offset`; returns it and the offset after it. */
  value(offset: number): { value: unknown; end: number } {
    const guessed = this.guessEnd(offset);
    if (guessed !== -1) {
      const piece = this.bytes.toString('utf8', offset, guessed);
      try {
        return { value: JSON.parse(piece), end: guessed };
      } catch {
        // Not laid out as guessed: walk this document byte by byte from here on, which also finds the error.
        this.guessing = false;
      }
    }
    const end = this.skip(offset);
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
  private guessEnd(offset: number): number {
    const b = this.bytes;
    const open = b[offset];
    if (!this.guessing || (open !== OPEN_OBJECT && open !== OPEN_ARRAY) || b[offset + 1] !== LINE_FEED) return -1;
    const lineFeed = b.lastIndexOf(LINE_FEED, offset);
    let indentEnd = lineFeed + 1;
    while (indentEnd < offset && (b[indentEnd] === 0x20 || b[indentEnd] === 0x09)) indentEnd++;
    const indent = indentEnd - lineFeed - 1;
    if (lineFeed === -1 || offset - lineFeed > MAX_GUESSED_LINE || indent > MAX_GUESSED_INDENT) {
      this.guessing = false;
      return -1;
    }
    const closer = Buffer.concat([b.subarray(lineFeed, indentEnd), Buffer.of(open === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)]);
    const at = b.indexOf(closer, offset + 1);
    if (at === -1) {
      this.guessing = false;
      return -1;
    }
    return at + closer.length;
  }

  /** As an editor shows it: the column counts characters (not UTF-8 bytes), and a byte-order mark is not one. */
  lineAndColumn(offset: number): { line: number; column: number } {
    const b = this.bytes;
    let line = 1;
    let lineStart = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    for (let i = b.indexOf(0x0a); i !== -1 && i < offset; i = b.indexOf(0x0a, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    let column = 1;
    for (let i = lineStart; i < offset; i++) if (((b[i] as number) & 0xc0) !== 0x80) column++;
    return { line, column };
  }

  private skipString(offset: number): number {
    const b = this.bytes;
    const n = this.length;
    // Most strings are short: a plain loop beats the per-call cost of indexOf, which takes over
    // for long ones (descriptions).
    const near = Math.min(offset + 64, n);
    let i = offset + 1;
    while (i < near) {
      const c = b[i] as number;
      if (c === QUOTE) return i + 1;
      i += c === BACKSLASH ? 2 : 1;
    }
    for (;;) {
      const quote = b.indexOf(QUOTE, i);
      if (quote === -1) throw this.truncated();
      let backslashes = 0;
      for (let k = quote - 1; b[k] === BACKSLASH; k--) backslashes++;
      if ((backslashes & 1) === 0) return quote + 1;
      i = quote + 1;
    }
  }

  private key(start: number, end: number): string {
    const raw = this.bytes.toString('utf8', start + 1, end - 1);
    return raw.includes('\\') ? String(this.parse(start, end)) : raw;
  }

  private expect(offset: number, byte: number, expected: string): number {
    if (offset >= this.length) throw this.truncated();
    if (this.bytes[offset] !== byte) throw this.unexpected(offset, expected);
    return offset + 1;
  }

  private truncated(): JsonSyntaxError {
    return new JsonSyntaxError(this.length, true, 'unexpected end of JSON');
  }

  private unexpected(offset: number, expected?: string): JsonSyntaxError {
    return new JsonSyntaxError(offset, false, 'unexpected character', expected);
  }

  /** Turns V8's error, which counts UTF-16 units of the piece, into a byte offset in the document. */
  private translate(error: unknown, start: number, piece: string): unknown {
    if (!(error instanceof SyntaxError)) return error;
    const message = error.message;
    if (/end of JSON input|Unterminated string/i.test(message)) {
      return new JsonSyntaxError(this.length, true, 'unexpected end of JSON');
    }
    // A leaf is a string or another value; an object or array gets here only when too deep to walk.
    const first = piece.charCodeAt(0);
    const expected =
      first === QUOTE
        ? 'a string with valid escapes and no raw control characters'
        : first === OPEN_OBJECT || first === OPEN_ARRAY
          ? undefined
          : 'a JSON value';
    const at = (index: number) => {
      const offset = start + Buffer.byteLength(piece.slice(0, Math.max(0, index)));
      // A number cut short at the end of the file ("7.", "1e") is missing its end, not wrong.
      if (offset >= this.length) return new JsonSyntaxError(this.length, true, 'unexpected end of JSON');
      return new JsonSyntaxError(offset, false, 'unexpected character', expected);
    };
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position !== undefined) return at(Number(position));
    // "Unexpected token" has no position but quotes up to 10 characters either side of the token.
    const quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
    if (quoted) {
      const [, token = '', before, context = ''] = quoted;
      const where = piece.indexOf(context);
      if (where !== -1) return at(where + (before ? 10 : Math.max(0, context.indexOf(token))));
    }
    return at(0);
  }
}
