/**
 * The syntax Go's crypto/x509 holds certificate names to (cosign verifies with it): which domain names, mailboxes
 * and URI hosts it can read at all. A name Go cannot read is refused, never matched loosely: "deploy.acme.test."
 * (an absolute name) is not "deploy.acme.test", and a URI's host is taken as Go's net/url takes it, not as WHATWG
 * URL does (which percent-decodes the host, reads a backslash as a slash, and finds a host in "https:///x").
 * Written from Go's src/crypto/x509 (domainNameValid, parseRFC2821Mailbox, parseURIs) and src/net/url (Parse).
 */
import { isIPv6 } from 'node:net';

/**
 * Go's domainNameValid: no empty label (so no leading, doubled or trailing dot) and every byte printable ASCII
 * other than space. Not LDH: Go takes "*" and "_" (wildcards, service names). A constraint may start with one
 * dot ("subdomains only") and may be empty ("everything"); a name may not be empty.
 */
export function validDomainName(text: string, constraint: boolean): boolean {
  if (text === '') return constraint;
  const labels = (constraint && text.startsWith('.') ? text.slice(1) : text).split('.');
  return labels.every((label) => /^[!-~]+$/.test(label));
}

export interface Mailbox {
  /** The local part as Go reads it: quotes and backslash escapes removed. */
  local: string;
  domain: string;
}

/** Characters of an unquoted local part (RFC 2822 atext, and the dot). */
const ATEXT = /[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~.]/;

/**
 * Go's parseRFC2821Mailbox: a quoted string or dot-separated atoms (backslash escapes allowed, as Go allows
 * them), "@", then a domain validDomainName accepts. Undefined when Go cannot parse it.
 */
export function parseMailbox(text: string): Mailbox | undefined {
  let at = 0;
  let local = '';
  if (text.startsWith('"')) {
    at = 1;
    for (;;) {
      const char = text[at++];
      if (char === undefined) return undefined;
      if (char === '"') break;
      if (char === '\\') {
        const escaped = text[at++];
        // quoted-pair: any byte 1-127 but CR and LF (Go: 1-9, 11, 12, 14-127).
        if (escaped === undefined || escaped === '\n' || escaped === '\r' || escaped === '\0') return undefined;
        local += escaped;
      } else if (char === '\t' || char === '\n' || char === '\r' || char === '"' || char === '\\' || char === '\0') {
        return undefined;
      } else {
        local += char;
      }
    }
  } else {
    for (;;) {
      let char = text[at];
      if (char === '\\') {
        char = text[++at];
        if (char === undefined) return undefined;
      } else if (char === undefined || !ATEXT.test(char)) {
        break;
      }
      local += char;
      at++;
    }
    // RFC 3696: a dot neither starts nor ends the local part, and never comes twice in a row.
    if (local === '' || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  }
  if (text[at] !== '@') return undefined;
  const domain = text.slice(at + 1);
  return validDomainName(domain, false) ? { local, domain } : undefined;
}

/**
 * URL.Host as Go's net/url Parse sets it ("host", "host:port", "[v6]:port"; %25 decoded), '' for a URI without
 * an authority (an opaque "urn:x" or "https:x", a bare path); undefined where Parse fails. Only the checks that
 * decide the host or make Parse fail are done: the rest of the URI is not read.
 */
export function goUriHost(uri: string): string | undefined {
  const hash = uri.indexOf('#');
  if (hash >= 0 && !escapesWellFormed(uri.slice(hash + 1))) return undefined;
  const beforeFragment = hash >= 0 ? uri.slice(0, hash) : uri;
  // Control bytes: the caller's IA5 check already refuses them; Parse does too.
  if (/[\x00-\x1f\x7f]/.test(beforeFragment)) return undefined;
  if (beforeFragment === '*') return '';
  const split = splitScheme(beforeFragment);
  if (split === undefined) return undefined;
  const { scheme } = split;
  let rest = split.rest;
  const question = rest.indexOf('?');
  if (question >= 0) rest = rest.slice(0, question);
  if (!rest.startsWith('/')) {
    if (scheme !== '') return ''; // opaque: no authority, whatever follows
    // A relative reference's first segment cannot hold a colon (it would read as a scheme).
    if ((rest.split('/')[0] ?? '').includes(':')) return undefined;
  }
  let host = '';
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    const authorityAndPath = rest.slice(2);
    const slash = authorityAndPath.indexOf('/');
    const authority = slash >= 0 ? authorityAndPath.slice(0, slash) : authorityAndPath;
    rest = slash >= 0 ? authorityAndPath.slice(slash) : '';
    const parsed = parseAuthority(authority);
    if (parsed === undefined) return undefined;
    host = parsed;
  }
  return escapesWellFormed(rest) ? host : undefined;
}

/**
 * The domain a URI constraint is matched against, as Go's parseURIs takes it from URL.Host: lower-cased, the port
 * dropped; or why there is none (Go refuses such a URI under any name constraint: RFC 5280 4.2.1.10).
 */
export function uriConstraintDomain(host: string): { domain: string } | { problem: string } {
  if (host === '') return { problem: 'has no host' };
  let name = host;
  if (name.includes(':') && !name.endsWith(']')) {
    // net.SplitHostPort: "[v6]:port" gives an IP (refused below); a bare name takes no colon, "[" or "]".
    if (name.startsWith('[')) return { problem: 'has an IP address for its host' };
    const bare = name.slice(0, name.lastIndexOf(':'));
    if (bare.includes(':') || name.includes('[') || name.includes(']')) return { problem: 'has a host that cannot be split from its port' };
    name = bare;
  }
  if ((name.startsWith('[') && name.endsWith(']')) || isGoIPv4(name)) return { problem: 'has an IP address for its host' };
  if (!validDomainName(name, false)) return { problem: 'has a host that is not a valid domain name' };
  return { domain: name.toLowerCase() };
}

/** netip.ParseAddr's IPv4 form: four decimal bytes, no leading zeros. ("0x7f.1" is a domain name to Go.) */
export function isGoIPv4(text: string): boolean {
  return /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(text);
}

/** getScheme: letters, then letters, digits, "+", "-", "." up to a colon; none when the first is not a letter. */
function splitScheme(text: string): { scheme: string; rest: string } | undefined {
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (/[A-Za-z]/.test(char)) continue;
    if (/[0-9+\-.]/.test(char)) {
      if (i === 0) return { scheme: '', rest: text };
      continue;
    }
    if (char === ':') return i === 0 ? undefined : { scheme: text.slice(0, i).toLowerCase(), rest: text.slice(i + 1) };
    return { scheme: '', rest: text };
  }
  return { scheme: '', rest: text };
}

/** parseAuthority: the host after the last "@"; the userinfo before it must be of Go's allowed characters. */
function parseAuthority(authority: string): string | undefined {
  const at = authority.lastIndexOf('@');
  const host = parseHost(authority.slice(at + 1));
  if (host === undefined || at < 0) return host;
  const userinfo = authority.slice(0, at);
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo) && escapesWellFormed(userinfo) ? host : undefined;
}

/** Bytes a host may hold unescaped: unreserved, sub-delims, and ":[]<>\"" (Go's shouldEscape in host mode). */
const HOST_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"]/;

/**
 * parseHost: an IP literal in brackets (a zone after "%25") with an optional port, or a name with an optional
 * port; a host %-encodes only bytes above 0x7f (and "%25"), which no valid domain name holds, so any other
 * escape fails here.
 */
function parseHost(host: string): string | undefined {
  let name = host;
  let port = '';
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) return undefined;
    name = host.slice(0, close + 1);
    port = host.slice(close + 1);
    // Go 1.25.2 and later (CVE-2025-47912): only an IPv6 address goes in brackets.
    const zone = name.indexOf('%25');
    if (!isIPv6(name.slice(1, zone >= 0 ? zone : -1))) return undefined;
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) {
      name = host.slice(0, colon);
      port = host.slice(colon);
    }
  }
  if (port !== '' && !/^:[0-9]*$/.test(port)) return undefined;
  let decoded = '';
  for (let i = 0; i < name.length; i++) {
    const char = name[i] ?? '';
    if (char === '%') {
      if (name.slice(i, i + 3) !== '%25') return undefined;
      decoded += '%';
      i += 2;
    } else if (HOST_CHAR.test(char)) {
      decoded += char;
    } else {
      return undefined;
    }
  }
  return decoded + port;
}

/** Every "%" is followed by two hex digits (unescape's check for paths, fragments and userinfo). */
function escapesWellFormed(text: string): boolean {
  return !/%(?![0-9A-Fa-f]{2})/.test(text);
}
