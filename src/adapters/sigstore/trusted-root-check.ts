/**
 * The whole trusted root checked once, on load, before anything is verified against it: every log key parses as
 * the key type it declares and its log ID is that key's, every certificate parses, every validity window is a
 * window. @sigstore/verify checks none of this and reads an authority without a validity start as valid since
 * 1970; here such an entry is not an authority at all. What comes out is the root cut down to the entries that
 * may verify something, with their windows exact to the millisecond.
 */
import { createHash, createPublicKey, X509Certificate as NodeX509Certificate, type KeyObject } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import {
  PublicKeyDetails,
  type CertificateAuthority,
  type TimeRange,
  type TransparencyLogInstance,
  type TrustedRoot,
} from '@sigstore/protobuf-specs';

/** A problem worded by us, which quotes nothing from the file but a checked URL and checked times. */
export class RootProblem extends Error {}

export interface CheckedRoot {
  /** The root with only the entries that may verify something. */
  usable: TrustedRoot;
  /** One line per entry left out, saying which and why. */
  unusable: string[];
}

type LogKind = 'tlogs' | 'ctlogs';
type AuthorityKind = 'certificateAuthorities' | 'timestampAuthorities';

/**
 * @param root the root as @sigstore/protobuf-specs parsed it
 * @param json the same root as JSON, for what that parser rounds (times) or lets pass (a list that is not one)
 * Throws a RootProblem naming the first malformed entry.
 */
export function checkTrustedRoot(root: TrustedRoot, json: Record<string, unknown>): CheckedRoot {
  const unusable: string[] = [];
  const logs = (kind: LogKind): TransparencyLogInstance[] =>
    usableEntries(root[kind], rawList(json, kind), kind, unusable, (log, raw, where) => checkLog(log, raw, kind, where));
  const authorities = (kind: AuthorityKind): CertificateAuthority[] => usableEntries(root[kind], rawList(json, kind), kind, unusable, checkAuthority);
  const usable: TrustedRoot = {
    mediaType: root.mediaType,
    tlogs: logs('tlogs'),
    ctlogs: logs('ctlogs'),
    certificateAuthorities: authorities('certificateAuthorities'),
    timestampAuthorities: authorities('timestampAuthorities'),
  };
  return { usable, unusable };
}

/** Why an entry cannot be used although nothing in it is malformed. */
class Unusable {
  constructor(readonly reason: string) {}
}

function usableEntries<T>(
  entries: T[],
  raw: unknown[],
  kind: string,
  unusable: string[],
  check: (entry: T, raw: unknown, where: string) => T | Unusable,
): T[] {
  const kept: T[] = [];
  entries.forEach((entry, index) => {
    const where = entryName(kind, index, entry);
    const checked = check(entry, raw[index], where);
    if (checked instanceof Unusable) unusable.push(`${where} ${checked.reason}, so it is not used`);
    else kept.push(checked);
  });
  return kept;
}

function rawList(json: Record<string, unknown>, kind: string): unknown[] {
  const list = json[kind];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new RootProblem(`${kind} is not a list`);
  return list;
}

// ---- transparency logs and CT logs ------------------------------------------------------------------------

function checkLog(log: TransparencyLogInstance, raw: unknown, kind: LogKind, where: string): TransparencyLogInstance | Unusable {
  const publicKey = log.publicKey;
  if (publicKey?.rawBytes === undefined || publicKey.rawBytes.length === 0) throw new RootProblem(`${where}: it has no public key`);
  const spec = keySpec(publicKey.keyDetails);
  if (spec === undefined) {
    if (publicKey.keyDetails === PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED)
      throw new RootProblem(`${where}: its publicKey.keyDetails is missing`);
    return new Unusable(`has a ${PublicKeyDetails[publicKey.keyDetails]} key, which image-gate cannot verify with`);
  }
  const key = parseLogKey(publicKey.rawBytes, spec, where);
  const ids = logIds(key, publicKey.rawBytes, spec, kind === 'tlogs' ? noteOrigin(log.baseUrl) : undefined);
  const logId = log.logId?.keyId;
  if (logId === undefined || logId.length === 0) throw new RootProblem(`${where}: it has no logId`);
  if (!ids.some((id) => id.equals(logId))) throw new RootProblem(`${where}: its logId does not match its public key`);
  const checkpointKeyId = log.checkpointKeyId?.keyId;
  if (checkpointKeyId !== undefined && !ids.some((id) => id.equals(checkpointKeyId))) {
    throw new RootProblem(`${where}: its checkpointKeyId does not match its public key`);
  }
  const window = exactWindow(rawField(rawField(raw, 'publicKey'), 'validFor'), where);
  if (window.start === undefined) return new Unusable(NO_START);
  return { ...log, publicKey: { ...publicKey, validFor: window } };
}

interface KeySpec {
  label: string;
  /** How rawBytes are encoded: PKCS#1 RSAPublicKey or X.509 SubjectPublicKeyInfo. */
  format: 'pkcs1' | 'spki';
  type: string;
  curve?: string;
  bits?: number;
}

const rsa = (format: 'pkcs1' | 'spki', bits?: number): KeySpec => ({
  label: `RSA${bits ? ` ${bits}` : ''}`,
  format,
  type: 'rsa',
  ...(bits ? { bits } : {}),
});
const ec = (label: string, curve: string): KeySpec => ({ label: `ECDSA ${label}`, format: 'spki', type: 'ec', curve });
const ED25519: KeySpec = { label: 'Ed25519', format: 'spki', type: 'ed25519' };
/**
 * The key types of Sigstore's algorithm registry a log may sign with and Node can read, by name: the registry
 * deprecates some for new keys, but roots in use still declare them.
 */
const KEY_SPECS: Partial<Record<keyof typeof PublicKeyDetails, KeySpec>> = {
  PKCS1_RSA_PKCS1V5: rsa('pkcs1'),
  PKCS1_RSA_PSS: rsa('pkcs1'),
  PKIX_RSA_PKCS1V5: rsa('spki'),
  PKIX_RSA_PSS: rsa('spki'),
  PKIX_RSA_PKCS1V15_2048_SHA256: rsa('spki', 2048),
  PKIX_RSA_PKCS1V15_3072_SHA256: rsa('spki', 3072),
  PKIX_RSA_PKCS1V15_4096_SHA256: rsa('spki', 4096),
  PKIX_RSA_PSS_2048_SHA256: rsa('spki', 2048),
  PKIX_RSA_PSS_3072_SHA256: rsa('spki', 3072),
  PKIX_RSA_PSS_4096_SHA256: rsa('spki', 4096),
  PKIX_ECDSA_P256_SHA_256: ec('P-256', 'prime256v1'),
  PKIX_ECDSA_P256_HMAC_SHA_256: ec('P-256', 'prime256v1'),
  PKIX_ECDSA_P384_SHA_384: ec('P-384', 'secp384r1'),
  PKIX_ECDSA_P384_SHA_256: ec('P-384', 'secp384r1'),
  PKIX_ECDSA_P521_SHA_512: ec('P-521', 'secp521r1'),
  PKIX_ECDSA_P521_SHA_256: ec('P-521', 'secp521r1'),
  PKIX_ED25519: ED25519,
  PKIX_ED25519_PH: ED25519,
};

function keySpec(details: PublicKeyDetails): KeySpec | undefined {
  const name = PublicKeyDetails[details] as keyof typeof PublicKeyDetails | undefined;
  return name === undefined ? undefined : KEY_SPECS[name];
}

function parseLogKey(rawBytes: Buffer, spec: KeySpec, where: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(rawBytes), format: 'der', type: spec.format });
  } catch {
    throw new RootProblem(`${where}: its public key does not parse as the ${spec.label} key its keyDetails declares`);
  }
  const details = key.asymmetricKeyDetails;
  const matches =
    key.asymmetricKeyType === spec.type &&
    (spec.curve === undefined || details?.namedCurve === spec.curve) &&
    (spec.bits === undefined || details?.modulusLength === spec.bits);
  if (!matches) throw new RootProblem(`${where}: its public key is not the ${spec.label} key its keyDetails declares`);
  return key;
}

/**
 * The IDs a log with this key may go by: the SHA-256 of its DER SubjectPublicKeyInfo (RFC 6962 CT logs, Rekor v1,
 * Rekor v2 with ECDSA), and for a Rekor v2 transparency log with an Ed25519 or RSA key the C2SP signed-note key ID,
 * SHA-256(origin, "\n", signature type, key), as rekor-tiles computes it.
 */
function logIds(key: KeyObject, rawBytes: Buffer, spec: KeySpec, origin: string | undefined): Buffer[] {
  const spki = spec.format === 'spki' ? Buffer.from(rawBytes) : key.export({ format: 'der', type: 'spki' });
  const ids = [sha256(spki)];
  if (origin === undefined) return ids;
  if (spec.type === 'ed25519') {
    const raw = Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url');
    ids.push(sha256(Buffer.from(`${origin}\n`), Buffer.from([0x01]), raw));
  } else if (spec.type === 'rsa') {
    ids.push(sha256(Buffer.from(`${origin}\n`), Buffer.from([0xff]), Buffer.from('PKIX-RSA-PKCS#1v1.5'), spki));
  }
  return ids;
}

/** A checkpoint's origin, which names its log: the base URL without its scheme (what @sigstore/verify matches it against). */
function noteOrigin(baseUrl: string): string {
  return baseUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

function sha256(...parts: Buffer[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

// ---- certificate and timestamp authorities ----------------------------------------------------------------

function checkAuthority(authority: CertificateAuthority, raw: unknown, where: string): CertificateAuthority | Unusable {
  const certificates = authority.certChain?.certificates ?? [];
  if (certificates.length === 0) throw new RootProblem(`${where}: its certChain has no certificate`);
  certificates.forEach((certificate, index) => {
    if (!certificateParses(certificate.rawBytes)) throw new RootProblem(`${where}: certificate ${index} of its certChain does not parse`);
  });
  const window = exactWindow(rawField(raw, 'validFor'), where);
  if (window.start === undefined) return new Unusable(NO_START);
  return { ...authority, validFor: window };
}

/** Parsed by both readers that will meet it: OpenSSL's (strict DER) and @sigstore/core's (what the verifier uses). */
function certificateParses(rawBytes: Buffer | undefined): boolean {
  if (rawBytes === undefined || rawBytes.length === 0) return false;
  try {
    const bytes = Buffer.from(rawBytes);
    new NodeX509Certificate(bytes);
    const certificate = X509Certificate.parse(bytes);
    return certificate.publicKey.length > 0 && !Number.isNaN(certificate.notBefore.getTime()) && !Number.isNaN(certificate.notAfter.getTime());
  } catch {
    return false;
  }
}

// ---- validity windows -------------------------------------------------------------------------------------

const NO_START = 'has no validity start (validFor.start)';

/**
 * The entry's window [start, end] as read from the JSON, to the millisecond every compared time has: a start inside
 * a millisecond begins at the next one (@sigstore/protobuf-specs would round it down, opening the window early);
 * an end inside one still covers it. No start: `start` undefined. No end: open.
 */
function exactWindow(validFor: unknown, where: string): TimeRange {
  if (validFor === undefined || validFor === null) return { start: undefined };
  if (typeof validFor !== 'object' || Array.isArray(validFor)) throw new RootProblem(`${where}: its validFor is not an object`);
  const start = exactTime(rawField(validFor, 'start'), 'start', where);
  const end = exactTime(rawField(validFor, 'end'), 'end', where);
  if (start !== undefined && end !== undefined && start.getTime() > end.getTime()) {
    throw new RootProblem(`${where}: its validity ends (${end.toISOString()}) before it starts (${start.toISOString()})`);
  }
  return end === undefined ? { start } : { start, end };
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

function exactTime(value: unknown, edge: 'start' | 'end', where: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const match = typeof value === 'string' ? RFC3339.exec(value) : null;
  const notATime = new RootProblem(`${where}: its validFor.${edge} is not an RFC 3339 time`);
  if (!match) throw notATime;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const fraction = match[7] ?? '';
  const offsetMinutes = match[8] === undefined ? 0 : (match[8] === '-' ? -1 : 1) * (Number(match[9]) * 60 + Number(match[10]));
  const midnight = Date.UTC(year, month - 1, day);
  const sameDay = new Date(midnight);
  // Date.UTC rolls 30 February over into March: a day that does not exist is not a time.
  if (month < 1 || month > 12 || sameDay.getUTCDate() !== day || sameDay.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59)
    throw notATime;
  const millis = midnight + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + Number(fraction.slice(0, 3).padEnd(3, '0'));
  const roundUp = edge === 'start' && /[1-9]/.test(fraction.slice(3));
  return new Date(millis + (roundUp ? 1 : 0));
}

// ---- naming entries in messages ---------------------------------------------------------------------------

function rawField(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

/** `tlogs[1] (https://rekor.example)`: the index always, the URL only when it is a plain http(s) URL without credentials. */
function entryName(kind: string, index: number, entry: unknown): string {
  const url = rawField(entry, 'baseUrl') ?? rawField(entry, 'uri');
  const shown = typeof url === 'string' ? shownUrl(url) : undefined;
  return `${kind}[${index}]${shown === undefined ? '' : ` (${shown})`}`;
}

function shownUrl(value: string): string | undefined {
  if (value.length > 200 || !/^[\x21-\x7e]+$/.test(value)) return undefined;
  try {
    const url = new URL(value);
    const plain =
      (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
    return plain ? value : undefined;
  } catch {
    return undefined;
  }
}
