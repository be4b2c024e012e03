/**
 * WWW-Authenticate (RFC 9110 §11.6.1): a header may carry several challenges, and parameter values may
 * be quoted strings holding commas and backslash escapes, so splitting on "," is wrong.
 */

export interface AuthChallenge {
  /** Lowercase: "bearer", "basic", ... */
  scheme: string;
  /** Parameter names lowercase; values unquoted and unescaped. */
  params: Record<string, string>;
  /** The token68 form some schemes use instead of parameters. */
  token68?: string;
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/;

class Cursor {
  index = 0;
  constructor(readonly text: string) {}
  /** A method, not a getter: TypeScript narrows a getter like a field and would not see it change as the cursor moves. */
  atEnd(): boolean {
    return this.index >= this.text.length;
  }
  peek(offset = 0): string {
    return this.text[this.index + offset] ?? '';
  }
  skipSpace(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.index++;
  }
  /** Skips whitespace and any run of empty list elements (",  ,"). */
  skipSeparators(): void {
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === ',') this.index++;
  }
  token(): string {
    const start = this.index;
    while (TCHAR.test(this.peek())) this.index++;
    return this.text.slice(start, this.index);
  }
  quoted(): string {
    // Opening quote already checked by the caller.
    this.index++;
    let value = '';
    while (!this.atEnd()) {
      const char = this.peek();
      if (char === '\\' && this.index + 1 < this.text.length) {
        value += this.peek(1);
        this.index += 2;
      } else if (char === '"') {
        this.index++;
        return value;
      } else {
        value += char;
        this.index++;
      }
    }
    throw new Error('unterminated quoted string');
  }
}

/** Is the cursor at `name =` (an auth-param) rather than at the next challenge's scheme? */
function atParam(cursor: Cursor): boolean {
  let i = cursor.index;
  const text = cursor.text;
  while (i < text.length && TCHAR.test(text[i] ?? '')) i++;
  if (i === cursor.index) return false;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '=') return false;
  // "abc==" is token68, not a parameter whose value starts with "=".
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] !== '=' && text[i] !== ',' && i < text.length;
}

function readToken68(cursor: Cursor): string | undefined {
  const start = cursor.index;
  let i = start;
  const text = cursor.text;
  while (i < text.length && TOKEN68_CHAR.test(text[i] ?? '')) i++;
  if (i === start) return undefined;
  while (text[i] === '=') i++;
  let end = i;
  while (text[end] === ' ' || text[end] === '\t') end++;
  if (end < text.length && text[end] !== ',') return undefined;
  cursor.index = i;
  return text.slice(start, i);
}

/** Parses every challenge in the header; throws Error with a short reason on malformed input. */
export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const cursor = new Cursor(header);
  const challenges: AuthChallenge[] = [];
  cursor.skipSeparators();
  while (!cursor.atEnd()) {
    const scheme = cursor.token();
    if (!scheme) throw new Error(`unexpected character "${cursor.peek()}" at position ${cursor.index}`);
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    cursor.skipSpace();
    if (!cursor.atEnd() && cursor.peek() !== ',' && !atParam(cursor)) {
      const token68 = readToken68(cursor);
      if (token68 === undefined) throw new Error(`malformed challenge "${scheme}"`);
      challenge.token68 = token68;
      cursor.skipSeparators();
      continue;
    }
    for (;;) {
      cursor.skipSeparators();
      if (cursor.atEnd() || !atParam(cursor)) break;
      const name = cursor.token().toLowerCase();
      cursor.skipSpace();
      cursor.index++; // "="
      cursor.skipSpace();
      const value = cursor.peek() === '"' ? cursor.quoted() : cursor.token();
      challenge.params[name] = value;
      cursor.skipSpace();
      if (!cursor.atEnd() && cursor.peek() !== ',') {
        throw new Error(`expected "," after parameter "${name}" at position ${cursor.index}`);
      }
    }
  }
  return challenges;
}
