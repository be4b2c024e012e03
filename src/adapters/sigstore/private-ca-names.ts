/**
 * The names a certificate from a private CA is issued to (its subject alternative names), and the CAs' name
 * constraints on them. Fulcio certificates carry one URI or e-mail; a private CA may issue DNS names, IP
 * addresses and several names at once. Name constraints are checked as Go's crypto/x509 checks them (cosign
 * verifies with it), so a leaf cosign refuses for its names is refused here too.
 */
import { isIPv6 } from 'node:net';
import type { ASN1Obj, X509Certificate } from '@sigstore/core';
import { goUriHost, isGoIPv4, parseMailbox, uriConstraintDomain, validDomainName, type Mailbox } from './x509-name-syntax.js';
import { errorMessage } from '../../core/model/errors.js';

const OID_SUBJECT_ALT_NAME = '2.5.29.17';
const OID_NAME_CONSTRAINTS = '2.5.29.30';

/** GeneralName's context tags (RFC 5280 4.2.1.6). */
const TAG = { email: 1, dns: 2, uri: 6, ip: 7 } as const;

export type GeneralName = { kind: 'email' | 'dns' | 'uri'; value: string } | { kind: 'ip'; bytes: Buffer } | { kind: 'other'; tag: number };

/** A name that cannot be read: the certificate is malformed. */
export class NameError extends Error {}

/**
 * The certificate's subject alternative names, as encoded. Throws NameError for a name that is not printable
 * ASCII, or a URI Go cannot parse (or whose host is not a valid domain name).
 */
export function subjectAltNames(cert: X509Certificate): GeneralName[] {
  const ext = cert.extension(OID_SUBJECT_ALT_NAME);
  if (!ext) return [];
  const sequence = ext.valueObj.subs[0];
  if (sequence === undefined) throw new NameError('the subject alternative name extension is empty');
  const names = sequence.subs.map((name) => generalName(name, 'subject alternative name'));
  for (const name of names) {
    if (name.kind !== 'uri') continue;
    // Go's x509.ParseCertificate refuses such a URI, so cosign cannot even read the certificate.
    const host = goUriHost(name.value);
    if (host === undefined) throw new NameError(`a subject alternative name (URI ${name.value}) that is not a URI Go can parse`);
    if (host !== '' && !validDomainName(host, false))
      throw new NameError(`a subject alternative name (URI ${name.value}) whose host is not a valid domain name`);
  }
  return names;
}

/** The names an identity is matched against, as cosign lists them: e-mails, DNS names and URIs as written, IPs as text. */
export function identityNames(names: readonly GeneralName[]): string[] {
  return names.flatMap((name) => (name.kind === 'ip' ? [ipText(name.bytes)] : name.kind === 'other' ? [] : [name.value]));
}

/** A constraint as Go reads it: a domain (possibly "" or ".sub"), a mailbox, or a network and mask. */
type Constraint =
  | { kind: 'dns' | 'uri'; domain: string }
  | { kind: 'email'; mailbox: Mailbox }
  | { kind: 'email'; domain: string }
  | { kind: 'ip'; bytes: Buffer }
  | { kind: 'other'; tag: number };

/** A leaf's name in the form constraints are matched against; a URI by its host. */
type ConstrainedName = { kind: 'dns' | 'uri'; domain: string } | { kind: 'email'; mailbox: Mailbox } | { kind: 'ip'; bytes: Buffer };

/**
 * Why `ca`'s name constraints do not allow the leaf's `names`, or undefined when they do (or it has none).
 * Only the kinds Go checks are understood (DNS, e-mail, URI, IP); a constraint of any other kind fails closed,
 * as Go fails on it when the extension is critical (RFC 5280 says it must be). A constraint Go cannot parse makes
 * the CA unusable, as in Go. Once a CA has name constraints, every DNS name, e-mail and URI of the leaf must be
 * one Go can match (a valid domain name; a URI with a host that is not an IP address), whatever kinds the
 * constraints are of: Go 1.25.5 and later check them all; a name that cannot be matched can never be let through.
 */
export function nameConstraintsProblem(ca: X509Certificate, names: readonly GeneralName[]): string | undefined {
  const ext = ca.extension(OID_NAME_CONSTRAINTS);
  if (!ext) return undefined;
  let permitted: Constraint[] = [];
  let excluded: Constraint[] = [];
  try {
    for (const part of ext.valueObj.subs[0]?.subs ?? []) {
      const subtrees = part.subs.map((subtree) => readConstraint(subtreeBase(subtree)));
      if (part.tag.isContextSpecific(0)) permitted = subtrees;
      else if (part.tag.isContextSpecific(1)) excluded = subtrees;
      else throw new NameError('an unknown part');
    }
  } catch (error) {
    return `its name constraints cannot be read (${errorMessage(error)})`;
  }
  const unknown = [...permitted, ...excluded].find((constraint) => constraint.kind === 'other');
  if (unknown !== undefined)
    return 'it constrains names of a kind image-gate does not check (only DNS, e-mail, URI and IP constraints are supported)';
  for (const name of names) {
    if (name.kind === 'other') continue;
    const label = describe(name);
    const form = constrainedName(name);
    if (typeof form === 'string') return `its name constraints cannot be checked against ${label}: it ${form}`;
    if (excluded.some((constraint) => matches(form, constraint, true))) return `its name constraints exclude ${label}`;
    const sameKind = permitted.filter((constraint) => constraint.kind === form.kind);
    if (sameKind.length > 0 && !sameKind.some((constraint) => matches(form, constraint, false))) return `its name constraints do not permit ${label}`;
  }
  return undefined;
}

function subtreeBase(subtree: ASN1Obj): GeneralName {
  const [base, ...bounds] = subtree.subs;
  if (base === undefined) throw new NameError('a subtree without a name');
  // RFC 5280: minimum is always 0 and maximum absent; Go refuses anything else, and so do we.
  if (bounds.length > 0) throw new NameError('a subtree with a minimum or maximum');
  return generalName(base, 'name constraint');
}

function generalName(name: ASN1Obj, what: string): GeneralName {
  const tag = name.tag;
  if (!tag.isContextSpecific()) throw new NameError(`a ${what} that is not a GeneralName`);
  if (tag.number === TAG.ip) {
    // An address is 4 or 16 bytes; a constraint is an address and its mask, 8 or 32.
    const lengths = what === 'name constraint' ? [8, 32] : [4, 16];
    if (!lengths.includes(name.value.length)) throw new NameError(`a ${what} (IP) of ${name.value.length} bytes`);
    return { kind: 'ip', bytes: Buffer.from(name.value) };
  }
  const kind = tag.number === TAG.email ? 'email' : tag.number === TAG.dns ? 'dns' : tag.number === TAG.uri ? 'uri' : undefined;
  if (kind === undefined) return { kind: 'other', tag: tag.number };
  // IA5String is 7-bit: a byte above 0x7f would read as another character, so an identity could be faked by one.
  if (name.value.some((byte) => byte < 0x20 || byte > 0x7e)) throw new NameError(`a ${what} (${kind}) that is not printable ASCII`);
  return { kind, value: name.value.toString('latin1') };
}

/** Go's parseNameConstraintsExtension: each constraint must itself be well formed, or the CA is unusable. */
function readConstraint(name: GeneralName): Constraint {
  switch (name.kind) {
    case 'other':
      return name;
    case 'ip':
      if (!contiguousMask(name.bytes.subarray(name.bytes.length / 2)))
        throw new NameError(`an IP constraint whose mask is not contiguous (${name.bytes.toString('hex')})`);
      return name;
    case 'dns':
      if (!validDomainName(name.value, true)) throw new NameError(`the DNS constraint "${name.value}" is not a valid domain name`);
      return { kind: 'dns', domain: name.value };
    case 'email': {
      if (name.value.includes('@')) {
        const mailbox = parseMailbox(name.value);
        if (mailbox === undefined) throw new NameError(`the e-mail constraint "${name.value}" is not a valid mailbox`);
        return { kind: 'email', mailbox };
      }
      if (!validDomainName(name.value, true)) throw new NameError(`the e-mail constraint "${name.value}" is not a valid domain name`);
      return { kind: 'email', domain: name.value };
    }
    case 'uri':
      // RFC 5280: a URI constraint is a host, never an IP address (Go's net.ParseIP refuses it as one).
      if (isGoIPv4(name.value) || isIPv6(name.value)) throw new NameError(`the URI constraint "${name.value}" is an IP address`);
      if (!validDomainName(name.value, true)) throw new NameError(`the URI constraint "${name.value}" is not a valid domain name`);
      return { kind: 'uri', domain: name.value };
  }
}

/** The leaf's name as constraints see it, or why Go could not match it against any. */
function constrainedName(name: Exclude<GeneralName, { kind: 'other' }>): ConstrainedName | string {
  switch (name.kind) {
    case 'ip':
      return name;
    case 'dns':
      return validDomainName(name.value, false)
        ? { kind: 'dns', domain: name.value }
        : 'is not a valid domain name (an empty label, a trailing dot, a space)';
    case 'email': {
      const mailbox = parseMailbox(name.value);
      return mailbox === undefined ? 'is not a mailbox with a valid domain name' : { kind: 'email', mailbox };
    }
    case 'uri': {
      const host = goUriHost(name.value);
      if (host === undefined) return 'cannot be parsed as a URI';
      const domain = uriConstraintDomain(host);
      return 'problem' in domain ? domain.problem : { kind: 'uri', domain: domain.domain };
    }
  }
}

function matches(name: ConstrainedName, constraint: Constraint, excluded: boolean): boolean {
  if (name.kind === 'ip') return constraint.kind === 'ip' && ipMatches(name.bytes, constraint.bytes);
  if (name.kind === 'email') {
    if (constraint.kind !== 'email') return false;
    if ('mailbox' in constraint)
      return name.mailbox.local === constraint.mailbox.local && name.mailbox.domain.toLowerCase() === constraint.mailbox.domain.toLowerCase();
    return domainMatches(name.mailbox.domain, constraint.domain, excluded);
  }
  return constraint.kind === name.kind && domainMatches(name.domain, constraint.domain, excluded);
}

/**
 * Go's matchDomainConstraint: "example.com" allows that domain and its subdomains, ".example.com" only its
 * subdomains, and an empty constraint everything. Case-insensitive. Both sides are valid domain names by now.
 * Excluded only (Go 1.25.5, CVE-2025-61727): a wildcard name "*.prod.example.com" is excluded by
 * "deploy.prod.example.com", a name it could stand for. Go compares that parent case-sensitively; we do not.
 */
function domainMatches(domain: string, constraint: string, excluded: boolean): boolean {
  if (constraint === '') return true;
  const name = domain.toLowerCase();
  const wanted = constraint.toLowerCase();
  if (wanted.startsWith('.') ? name.endsWith(wanted) : name === wanted || name.endsWith(`.${wanted}`)) return true;
  const parent = withoutFirstLabel(name);
  return excluded && name.startsWith('*') && parent !== '' && parent === withoutFirstLabel(wanted);
}

/** "a.b.c" → ".b.c"; ".b.c" stays; a single label → "". */
function withoutFirstLabel(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? '' : name.slice(dot);
}

/** Go's isValidIPMask: ones, then zeros. */
function contiguousMask(mask: Buffer): boolean {
  let zeros = false;
  for (const byte of mask) {
    for (let bit = 7; bit >= 0; bit--) {
      const one = ((byte >> bit) & 1) === 1;
      if (one && zeros) return false;
      if (!one) zeros = true;
    }
  }
  return true;
}

/** An IP constraint is the network address followed by its mask (8 bytes for IPv4, 32 for IPv6). */
function ipMatches(ip: Buffer, constraint: Buffer): boolean {
  if (constraint.length !== ip.length * 2) return false;
  for (let i = 0; i < ip.length; i++) {
    const mask = constraint[ip.length + i] ?? 0;
    if (((ip[i] ?? 0) & mask) !== ((constraint[i] ?? 0) & mask)) return false;
  }
  return true;
}

function describe(name: GeneralName): string {
  if (name.kind === 'ip') return `IP ${ipText(name.bytes)}`;
  if (name.kind === 'other') return 'a name';
  return `${name.kind === 'dns' ? 'DNS name' : name.kind === 'email' ? 'e-mail' : 'URI'} ${name.value}`;
}

/** 4 bytes as dotted decimal; 16 as IPv6 text in its shortest form (the URL parser compresses it). */
function ipText(bytes: Buffer): string {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length === 16) {
    const groups = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16));
    return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
  }
  return bytes.toString('hex');
}
