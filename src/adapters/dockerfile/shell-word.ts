/**
 * One word expanded the way BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) expands a FROM
 * image name, a `--platform` value or an ARG default: quotes removed, the escape character honoured,
 * `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, `${VAR:?msg}`, `${VAR?msg}`.
 * Unlike BuildKit, a variable without a value is not silently empty: it is reported in `missing`, so a
 * FROM that depends on it is "unresolved" instead of naming an image nobody meant.
 */

/** Variables in scope: a string is a value, undefined means declared (or known) without a value. */
export type ShellEnv = ReadonlyMap<string, string | undefined>;

export interface ExpandedWord {
  value: string;
  /** Names referenced where their value was needed but they have none, in order of first use. */
  missing: string[];
}

/** The word is not valid Dockerfile syntax (BuildKit fails the build on it too). */
export class ShellSyntaxError extends Error {
  override readonly name = 'ShellSyntaxError';
}

/** The word is valid but uses an expansion this reader does not evaluate, or `${VAR?msg}` fired. */
export class ShellUnsupportedError extends Error {
  override readonly name = 'ShellUnsupportedError';
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export function expandWord(word: string, env: ShellEnv, escape: string): ExpandedWord {
  const lexer = new Lexer(word, env, escape);
  const value = lexer.until(undefined);
  return { value, missing: [...lexer.missing] };
}

class Lexer {
  private position = 0;
  readonly missing = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly env: ShellEnv,
    private readonly escape: string,
  ) {}

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private next(): string | undefined {
    const ch = this.text[this.position];
    if (ch !== undefined) this.position++;
    return ch;
  }

  /** Reads up to `stop` (consumed) or the end when `stop` is undefined. */
  until(stop: string | undefined): string {
    let result = '';
    for (let ch = this.peek(); ch !== undefined; ch = this.peek()) {
      if (stop !== undefined && ch === stop) {
        this.next();
        return result;
      }
      if (ch === '$') result += this.dollar();
      else if (ch === "'") result += this.singleQuoted();
      else if (ch === '"') result += this.doubleQuoted();
      else {
        this.next();
        if (ch === this.escape) {
          const escaped = this.next();
          if (escaped === undefined) break;
          result += escaped;
        } else result += ch;
      }
    }
    if (stop !== undefined) throw new ShellSyntaxError(`unexpected end of statement while looking for matching ${stop}`);
    return result;
  }

  private singleQuoted(): string {
    this.next();
    let result = '';
    for (let ch = this.next(); ch !== "'"; ch = this.next()) {
      if (ch === undefined) throw new ShellSyntaxError('unexpected end of statement while looking for matching single-quote');
      result += ch;
    }
    return result;
  }

  private doubleQuoted(): string {
    this.next();
    let result = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new ShellSyntaxError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        this.next();
        return result;
      }
      if (ch === '$') {
        result += this.dollar();
        continue;
      }
      this.next();
      if (ch === this.escape) {
        const following = this.peek();
        if (following === undefined) continue;
        // Inside double quotes only these can be escaped; any other escape character stays as written.
        if (following === '"' || following === '$' || following === this.escape) {
          result += following;
          this.next();
          continue;
        }
      }
      result += ch;
    }
  }

  private dollar(): string {
    this.next();
    const ch = this.peek();
    if (ch === '{') {
      this.next();
      return this.braced();
    }
    if (ch === undefined || !NAME_START.test(ch)) return '$';
    return this.valueOf(this.name()) ?? '';
  }

  private name(): string {
    let name = '';
    for (let ch = this.peek(); ch !== undefined && NAME_CHAR.test(ch); ch = this.peek()) {
      name += ch;
      this.next();
    }
    return name;
  }

  /** The value, recording the name as missing when it has none. */
  private valueOf(name: string): string | undefined {
    const value = this.env.get(name);
    if (value === undefined) this.missing.add(name);
    return value;
  }

  private braced(): string {
    const name = this.name();
    if (name === '') throw new ShellSyntaxError('bad substitution: expected a variable name after "${"');
    let ch = this.next();
    if (ch === '}') return this.valueOf(name) ?? '';
    const colon = ch === ':';
    if (colon) ch = this.next();
    if (ch === '-' || ch === '+' || ch === '?') {
      const modifier = ch;
      // The alternative word is only evaluated when it is used, as in a shell.
      const before = new Set(this.missing);
      const word = this.until('}');
      const value = this.env.get(name);
      const set = value !== undefined && (!colon || value !== '');
      const wordUsed = modifier === '+' ? set : !set;
      if (!wordUsed) this.resetMissing(before);
      if (modifier === '-') return set ? value : word;
      if (modifier === '+') return set ? word : '';
      if (set) return value;
      // Neither the name nor the message is repeated: both are the file's text.
      throw new ShellUnsupportedError(`a \${…${colon ? ':' : ''}?…} substitution stops the build: its variable has no value`);
    }
    if (ch === undefined) throw new ShellSyntaxError(`unexpected end of statement while looking for matching }`);
    throw new ShellUnsupportedError(
      'a substitution form that is not supported here (expected ${VAR}, ${VAR:-word}, ${VAR:+word} or ${VAR:?message})',
    );
  }

  private resetMissing(to: ReadonlySet<string>): void {
    for (const name of [...this.missing]) if (!to.has(name)) this.missing.delete(name);
  }
}
