/**
 * The names a certificate from a private CA is issued to (its subject alternative names), and the CAs' name
 * constraints on them. Fulcio certificates carry one URI or e-mail; a private CA may issue DNS names, IP
 * addresses and several names at once. Name constraints are checked as Go's crypto/x509 checks them (cosign
 * verifies with it), so a leaf cosign refuses for its names is refused here too.
 */
import { isIPv4 } from 'node:net';
import type { ASN1Obj, X509Certificate } from '@sigstore/core';
import { errorMessage } from '../core/errors.js';

const OID_SUBJECT_ALT_NAME = '2.5.29.17';
const OID_NAME_CONSTRAINTS = '2.5.29.30';

/** GeneralName's context tags (RFC 5280 4.2.1.6). */
const TAG = { email: 1, dns: 2, uri: 6, ip: 7 } as const;

export type GeneralName = { kind: 'email' | 'dns' | 'uri'; value: string } | { kind: 'ip'; bytes: Buffer } | { kind: 'other'; tag: number };

/** A name that cannot be read: the certificate is malformed. */
export class NameError extends Error {}

/** The certificate's subject alternative names, as encoded. Throws NameError for a name that is not 7-bit text. */
export function subjectAltNames(cert: X509Certificate): GeneralName[] {
  const ext = cert.extension(OID_SUBJECT_ALT_NAME);
  if (!ext) return [];
  const sequence = ext.valueObj.subs[0];
  if (sequence === undefined) throw new NameError('the subject alternative name extension is empty');
  return sequence.subs.map((name) => generalName(name, 'subject alternative name'));
}

/** The names an identity is matched against, as cosign lists them: e-mails, DNS names and URIs as written, IPs as text. */
export function identityNames(names: readonly GeneralName[]): string[] {
  return names.flatMap((name) => (name.kind === 'ip' ? [ipText(name.bytes)] : name.kind === 'other' ? [] : [name.value]));
}

/**
 * Why `ca`'s name constraints do not allow the leaf's `names`, or undefined when they do (or it has none).
 * Only the kinds Go checks are understood (DNS, e-mail, URI, IP); a constraint of any other kind fails closed,
 * as Go fails on it when the extension is critical (RFC 5280 says it must be).
 */
export function nameConstraintsProblem(ca: X509Certificate, names: readonly GeneralName[]): string | undefined {
  const ext = ca.extension(OID_NAME_CONSTRAINTS);
  if (!ext) return undefined;
  let permitted: GeneralName[] = [];
  let excluded: GeneralName[] = [];
  try {
    for (const part of ext.valueObj.subs[0]?.subs ?? []) {
      const subtrees = part.subs.map(subtreeBase);
      if (part.tag.isContextSpecific(0)) permitted = subtrees;
      else if (part.tag.isContextSpecific(1)) excluded = subtrees;
      else throw new NameError('an unknown part');
    }
  } catch (error) {
    return `its name constraints cannot be read (${errorMessage(error)})`;
  }
  const unknown = [...permitted, ...excluded].find((constraint) => constraint.kind === 'other');
  if (unknown !== undefined) return 'it constrains names of a kind image-gate does not check (only DNS, e-mail, URI and IP constraints are supported)';
  for (const name of names) {
    if (name.kind === 'other') continue;
    const label = describe(name);
    const excludedBy = excluded.find((constraint) => constraint.kind === name.kind && matches(name, constraint));
    if (excludedBy !== undefined) return `its name constraints exclude ${label}`;
    const sameKind = permitted.filter((constraint) => constraint.kind === name.kind);
    if (sameKind.length > 0 && !sameKind.some((constraint) => matches(name, constraint))) return `its name constraints do not permit ${label}`;
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

function matches(name: GeneralName, constraint: GeneralName): boolean {
  if (name.kind === 'ip' && constraint.kind === 'ip') return ipMatches(name.bytes, constraint.bytes);
  if (name.kind === 'ip' || constraint.kind === 'ip' || name.kind === 'other' || constraint.kind === 'other') return false;
  switch (name.kind) {
    case 'dns':
      return domainMatches(name.value, constraint.value);
    case 'email':
      return emailMatches(name.value, constraint.value);
    case 'uri':
      return uriMatches(name.value, constraint.value);
  }
}

/**
 * Go's matchDomainConstraint: "example.com" allows that domain and its subdomains, ".example.com" only its
 * subdomains, and an empty constraint everything. Case-insensitive.
 */
function domainMatches(domain: string, constraint: string): boolean {
  if (constraint === '') return true;
  const name = domain.toLowerCase();
  const wanted = constraint.toLowerCase();
  if (wanted.startsWith('.')) return name.endsWith(wanted) && name.length > wanted.length;
  return name === wanted || name.endsWith(`.${wanted}`);
}

/** A mailbox constraint ("user@host") matches that mailbox only; a host constraint matches by domain. */
function emailMatches(mailbox: string, constraint: string): boolean {
  const at = mailbox.lastIndexOf('@');
  if (at <= 0) return false;
  const local = mailbox.slice(0, at);
  const domain = mailbox.slice(at + 1);
  const constraintAt = constraint.lastIndexOf('@');
  if (constraintAt >= 0) return local === constraint.slice(0, constraintAt) && domain.toLowerCase() === constraint.slice(constraintAt + 1).toLowerCase();
  return domainMatches(domain, constraint);
}

/** A URI is constrained by its host; one without a host, or with an IP for a host, cannot be (Go refuses it). */
function uriMatches(uri: string, constraint: string): boolean {
  let host: string;
  try {
    host = new URL(uri).hostname;
  } catch {
    return false;
  }
  if (host === '' || host.startsWith('[') || isIPv4(host)) return false;
  return domainMatches(host, constraint);
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
