/**
 * Credentials never reach a log, a summary, a result file or an error message. The runner masks what it is
 * told with add-mask (and derives a few base64 forms itself), but the CLI has no runner, a message may be
 * written before a secret is known, and a URL can carry credentials nobody declared. So the output seam
 * redacts by itself: every known secret in the forms it travels in, and the userinfo of any URL.
 */

/** What a redacted value is shown as (the runner's own mask). */
export const REDACTED = '***';

/**
 * Derived forms shorter than this are not redacted: a 5-character base64 fragment occurs by chance in
 * ordinary text (digests, IDs) and would garble the log. The secret itself is redacted at any length.
 */
const MIN_DERIVED_LENGTH = 8;

// scheme://userinfo@host: everything up to the last "@" before the path, query or fragment (the WHATWG URL
// parser takes the last "@" too, so "user:p@ss@host" has the password "p@ss").
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi;

export class Redactor {
  private readonly literals = new Set<string>();
  private readonly masks = new Set<string>();
  private pattern: RegExp | undefined;
  private shortestLiteral = Infinity;
  private literalList: readonly string[] = [];

  /** A secret value: it, its percent-encoded form and its base64 forms (at any offset in a longer base64 text). */
  addSecret(value: string | undefined): void {
    if (value === undefined || value.trim() === '') return;
    this.literal(value, 1);
    this.literal(encodeURIComponent(value));
    this.literal(JSON.stringify(value).slice(1, -1));
    const bytes = Buffer.from(value, 'utf8');
    for (const encoding of ['base64', 'base64url'] as const) {
      for (const shift of [0, 1, 2]) this.literal(base64Core(bytes, shift, encoding));
    }
    this.mask(value);
    this.mask(bytes.toString('base64'));
  }

  /** Basic authentication: the password is a secret, and so is base64("user:password") as a whole. */
  addBasicAuth(username: string | undefined, password: string | undefined): void {
    if (password === undefined || password.trim() === '') return;
    this.addSecret(password);
    if (username === undefined || username === '') return;
    const pair = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    this.literal(pair.replace(/=+$/, ''));
    this.mask(pair);
  }

  /** A URL that may carry userinfo (a Trivy server such as https://user:pass@trivy:4954): its password as Basic auth. */
  addUrl(value: string | undefined): void {
    if (value === undefined) return;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return;
    }
    if (url.username === '' && url.password === '') return;
    const decode = (text: string): string => {
      try {
        return decodeURIComponent(text);
      } catch {
        return text;
      }
    };
    // A userinfo without a password (https://TOKEN@host) carries its secret in the user name.
    const [user, password] = url.password === '' ? ['', url.username] : [url.username, url.password];
    this.addBasicAuth(decode(user), decode(password));
    if (password !== decode(password)) this.addSecret(password);
  }

  /** Every value for the runner's add-mask: the secrets and the base64 forms GitHub's masker does not derive itself. */
  maskValues(): string[] {
    return [...this.masks];
  }

  redact(text: string): string {
    const withoutUserinfo = text.replace(URL_USERINFO, `$1${REDACTED}@`);
    this.pattern ??= this.literals.size === 0 ? undefined : literalPattern([...this.literals]);
    return this.pattern ? withoutUserinfo.replace(this.pattern, REDACTED) : withoutUserinfo;
  }

  /**
   * false only when redact(text) would return the text unchanged: no registered literal occurs in it, and no
   * "://" is followed by an "@" (which every URL userinfo needs). Much cheaper than redact(): no copy, no regex.
   */
  mayHideSecret(text: string): boolean {
    if (text.length >= this.shortestLiteral) {
      for (const literal of this.literalList) if (text.includes(literal)) return true;
    }
    const scheme = text.indexOf('://');
    return scheme !== -1 && text.includes('@', scheme + 3);
  }

  private literal(value: string, minLength = MIN_DERIVED_LENGTH): void {
    if (value.length < minLength || this.literals.has(value)) return;
    this.literals.add(value);
    this.literalList = [...this.literals];
    this.shortestLiteral = Math.min(this.shortestLiteral, value.length);
    this.pattern = undefined;
  }

  private mask(value: string): void {
    if (value.trim() !== '') this.masks.add(value);
  }
}

/**
 * The base64 characters that depend only on `bytes` when they sit `shift` bytes after a 3-byte boundary in
 * a longer base64 text (e.g. the password in base64("user:password")): the characters whose six bits all
 * come from these bytes. Unpadded, so the same core matches wherever the text goes on.
 */
export function base64Core(bytes: Buffer, shift: number, encoding: 'base64' | 'base64url' = 'base64'): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes, Buffer.alloc(3)]).toString(encoding);
  const first = Math.ceil((8 * shift) / 6);
  const end = Math.floor((8 * (shift + bytes.length)) / 6);
  return encoded.slice(first, end);
}

function literalPattern(literals: string[]): RegExp {
  // Longest first, so a value that contains another is redacted whole.
  const sorted = literals.sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((literal) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'g');
}

/** The inputs that hold secrets, by the Action's input names (the CLI's flags are named alike). */
export function redactorForInputs(read: (name: string) => string | undefined): Redactor {
  const redactor = new Redactor();
  redactor.addBasicAuth(read('registry-username'), read('registry-password'));
  redactor.addSecret(read('trivy-server-token'));
  redactor.addSecret(read('github-token'));
  redactor.addUrl(read('trivy-server'));
  return redactor;
}
