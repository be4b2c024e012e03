/**
 * Walks the outer structure of a JSON document held as UTF-8 bytes and JSON.parses only the
 * pieces asked for. A report with 100,000 findings then never exists as one decoded string nor
 * as one object tree: each finding is decoded, parsed, used and dropped on its own, so peak
 * memory stays near the size of the bytes while the time stays near one JSON.parse.
 *
 * The walker checks the syntax of the levels it walks (objects, arrays, commas, colons);
 * everything below them goes through JSON.parse, so the whole document is still validated.
 * Structural bytes are ASCII and never occur inside a UTF-8 multi-byte sequence, which is what
 * makes scanning bytes safe.
 */

/** A syntax error at a byte offset; `truncated` when the document ended early. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly truncated: boolean,
    message: string,
  ) {
    super(message);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

export class JsonBytes {
  readonly length: number;

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
    if (i < this.length) throw this.unexpected(i);
  }

  /**
   * Visits each member of the object at `offset`. The visitor gets the offset of the member's
   * value and returns the offset just after it. Returns the offset after the closing brace.
   */
  members(offset: number, visit: (key: string, valueStart: number) => number): number {
    const b = this.bytes;
    let i = this.expect(offset, OPEN_OBJECT);
    i = this.whitespace(i);
    if (b[i] === CLOSE_OBJECT) return i + 1;
    for (;;) {
      if (i >= this.length) throw this.truncated();
      if (b[i] !== QUOTE) throw this.unexpected(i);
      const keyEnd = this.skipString(i);
      const key = this.key(i, keyEnd);
      i = this.expect(this.whitespace(keyEnd), COLON);
      i = this.whitespace(i);
      if (i >= this.length) throw this.truncated();
      i = this.whitespace(visit(key, i));
      if (i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_OBJECT) return i + 1;
      i = this.whitespace(this.expect(i, COMMA));
    }
  }

  /** Visits each element of the array at `offset`, like members(). */
  elements(offset: number, visit: (index: number, valueStart: number) => number): number {
    const b = this.bytes;
    let i = this.whitespace(this.expect(offset, OPEN_ARRAY));
    if (b[i] === CLOSE_ARRAY) return i + 1;
    for (let index = 0; ; index++) {
      if (i >= this.length) throw this.truncated();
      i = this.whitespace(visit(index, i));
      if (i >= this.length) throw this.truncated();
      if (b[i] === CLOSE_ARRAY) return i + 1;
      i = this.whitespace(this.expect(i, COMMA));
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
      // A number or literal that runs into the end was cut short.
      if (i === n) throw this.truncated();
      if (i === offset) throw this.unexpected(i);
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
      throw this.translate(error, start, piece);
    }
  }

  /** Parses the value at `offset`; returns it and the offset after it. */
  value(offset: number): { value: unknown; end: number } {
    const end = this.skip(offset);
    return { value: this.parse(offset, end), end };
  }

  lineAndColumn(offset: number): { line: number; column: number } {
    const b = this.bytes;
    let line = 1;
    let lineStart = 0;
    for (let i = b.indexOf(0x0a); i !== -1 && i < offset; i = b.indexOf(0x0a, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
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

  private expect(offset: number, byte: number): number {
    if (offset >= this.length) throw this.truncated();
    if (this.bytes[offset] !== byte) throw this.unexpected(offset);
    return offset + 1;
  }

  private truncated(): JsonSyntaxError {
    return new JsonSyntaxError(this.length, true, 'unexpected end of JSON');
  }

  private unexpected(offset: number): JsonSyntaxError {
    return new JsonSyntaxError(offset, false, 'unexpected character');
  }

  /** Turns V8's error, which counts UTF-16 units of the piece, into a byte offset in the document. */
  private translate(error: unknown, start: number, piece: string): unknown {
    if (!(error instanceof SyntaxError)) return error;
    const message = error.message;
    if (/end of JSON input|Unterminated string/i.test(message)) {
      return new JsonSyntaxError(this.length, true, 'unexpected end of JSON');
    }
    const at = (index: number) =>
      new JsonSyntaxError(start + Buffer.byteLength(piece.slice(0, Math.max(0, index))), false, 'unexpected character');
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
