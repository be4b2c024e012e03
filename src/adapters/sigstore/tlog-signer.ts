/**
 * A transparency-log entry vouches for a signature only if it records who made it. @sigstore/verify compares the
 * signature and the digest an entry records, never its key or certificate; but an ECDSA signature also verifies
 * under a second public key anyone can recover from it, and Rekor logs any key the signature verifies with. So the
 * key or certificate the entry records must be the signer's, as cosign (comparePublicKey: the PEM's DER) and
 * sigstore-go (CompareKey) require: for a key, its DER SubjectPublicKeyInfo; for a certificate, the leaf's DER
 * (never just its key). Read from the canonicalized body the bundle carries, which the log's proof or SET covers:
 *   hashedrekord 0.0.1  spec.signature.publicKey.content          base64 of a PEM key or certificate
 *   dsse 0.0.1          spec.signatures[0].verifier               base64 of a PEM
 *   intoto 0.0.1        spec.publicKey                            base64 of a PEM
 *   intoto 0.0.2        spec.content.envelope.signatures[0].publicKey   base64 of a PEM
 *   hashedrekord 0.0.2  spec.hashedRekordV002.signature.verifier  Rekor v2: DER publicKey.rawBytes or
 *   dsse 0.0.2          spec.dsseV002.signatures[0].verifier        x509Certificate.rawBytes (protobuf JSON)
 * Any other kind, or a body whose signer cannot be read, is a rejection: an entry we cannot read vouches for nothing.
 */
import type { KeyObject } from 'node:crypto';
import type { TransparencyLogEntry } from '@sigstore/bundle';
import { reject } from './rejection.js';
import { isRecord } from './statement.js';

/** Who made the signature: a trusted key, or the leaf certificate (DER) whose key checked it. */
export type ExpectedSigner = { kind: 'key'; key: KeyObject } | { kind: 'certificate'; der: Buffer };

interface Recorded {
  kind: 'key' | 'certificate';
  der: Buffer;
}

/** Throws a 'signature-invalid' rejection unless every entry records `signer`. */
export function requireEntriesRecordSigner(entries: readonly TransparencyLogEntry[], signer: ExpectedSigner): void {
  const expected = signer.kind === 'key' ? spkiOf(signer.key) : signer.der;
  for (const entry of entries) {
    const recorded = recordedSigner(entry);
    if (recorded.kind === signer.kind && recorded.der.equals(expected)) continue;
    const found =
      recorded.kind === signer.kind ? `another ${signer.kind} than the one that signed` : `a ${recorded.kind} where the signer is a ${signer.kind}`;
    reject('signature-invalid', `the transparency-log entry records a different signature or content: it records ${found} (${kindOf(entry)} entry)`);
  }
}

const spkis = new WeakMap<KeyObject, Buffer>();
function spkiOf(key: KeyObject): Buffer {
  let der = spkis.get(key);
  if (der === undefined) {
    der = key.export({ format: 'der', type: 'spki' });
    spkis.set(key, der);
  }
  return der;
}

function kindOf(entry: TransparencyLogEntry): string {
  return `${entry.kindVersion.kind} ${entry.kindVersion.version}`;
}

/** The key or certificate an entry's body records as its signer. */
export function recordedSigner(entry: TransparencyLogEntry): Recorded {
  const unreadable = (why: string): never =>
    reject('signature-invalid', `the transparency-log entry's signer cannot be read (${kindOf(entry)}: ${why}), so it vouches for nothing`);
  let body: unknown;
  try {
    body = JSON.parse(entry.canonicalizedBody.toString('utf8'));
  } catch {
    return unreadable('its body is not JSON');
  }
  if (!isRecord(body) || body.kind !== entry.kindVersion.kind || body.apiVersion !== entry.kindVersion.version)
    return unreadable('its body names another kind');
  const spec = isRecord(body.spec) ? body.spec : {};
  const pem = (value: unknown): Recorded =>
    typeof value === 'string'
      ? (fromPem(Buffer.from(value, 'base64').toString('utf8')) ?? unreadable('not one PEM key or certificate'))
      : unreadable('no signer');
  switch (`${entry.kindVersion.kind} ${entry.kindVersion.version}`) {
    case 'hashedrekord 0.0.1':
      return pem(field(spec, 'signature', 'publicKey', 'content'));
    case 'dsse 0.0.1':
      return pem(field(onlySignature(spec.signatures) ?? unreadable('not exactly one signature'), 'verifier'));
    case 'intoto 0.0.1':
      return pem(spec.publicKey);
    case 'intoto 0.0.2':
      return pem(field(onlySignature(field(spec, 'content', 'envelope', 'signatures')) ?? unreadable('not exactly one signature'), 'publicKey'));
    case 'hashedrekord 0.0.2':
      return fromVerifier(field(spec, 'hashedRekordV002', 'signature', 'verifier')) ?? unreadable('no verifier');
    case 'dsse 0.0.2':
      return (
        fromVerifier(field(onlySignature(field(spec, 'dsseV002', 'signatures')) ?? unreadable('not exactly one signature'), 'verifier')) ??
        unreadable('no verifier')
      );
    default:
      return unreadable('a kind whose signer image-gate does not read');
  }
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const name of path) current = isRecord(current) ? current[name] : undefined;
  return current;
}

function onlySignature(signatures: unknown): Record<string, unknown> | undefined {
  return Array.isArray(signatures) && signatures.length === 1 && isRecord(signatures[0]) ? signatures[0] : undefined;
}

/** Rekor v2's verifier (protobuf JSON): a DER public key or a DER certificate. */
function fromVerifier(verifier: unknown): Recorded | undefined {
  const key = field(verifier, 'publicKey', 'rawBytes');
  const certificate = field(verifier, 'x509Certificate', 'rawBytes');
  if (typeof key === 'string' && certificate === undefined) return nonEmpty('key', key);
  if (typeof certificate === 'string' && key === undefined) return nonEmpty('certificate', certificate);
  return undefined;
}

function nonEmpty(kind: Recorded['kind'], base64: string): Recorded | undefined {
  const der = Buffer.from(base64, 'base64');
  return der.length > 0 ? { kind, der } : undefined;
}

const PEM_KINDS: Readonly<Record<string, Recorded['kind']>> = { 'PUBLIC KEY': 'key', CERTIFICATE: 'certificate' };

/** Exactly one PEM block, a public key or a certificate (cosign refuses anything after the first block). */
function fromPem(text: string): Recorded | undefined {
  const match = /^\s*-----BEGIN ([A-Z ]+)-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END \1-----\s*$/.exec(text);
  const kind = match?.[1] === undefined ? undefined : PEM_KINDS[match[1]];
  return kind === undefined || match?.[2] === undefined ? undefined : nonEmpty(kind, match[2].replace(/[\r\n]/g, ''));
}
