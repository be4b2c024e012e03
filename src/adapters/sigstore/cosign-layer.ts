/**
 * cosign's legacy `.sig` / `.att` layers as Sigstore bundles (v0.1: a Rekor SET, no inclusion proof), so
 * @sigstore/verify checks them like any bundle. Recipe: shared/SIGSTORE.md.
 */
import { createHash, X509Certificate as NodeX509Certificate } from 'node:crypto';
import { BUNDLE_V01_MEDIA_TYPE } from '@sigstore/bundle';
import { reject } from './rejection.js';
import { isRecord } from './statement.js';
import { errorMessage } from '../../core/model/errors.js';

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
export const COSIGN_SIMPLE_SIGNING_TYPE = 'cosign container image signature';

const ANNOTATION = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const;

/** The bundle JSON for one layer, and the bytes a message signature covers (the simple-signing payload). */
export function cosignLayerToBundle(
  payload: Buffer,
  mediaType: string,
  annotations: Record<string, string>,
): { bundle: Record<string, unknown>; artifact?: Buffer } {
  const tlog = tlogEntries(annotations[ANNOTATION.bundle]);
  const verificationMaterial = {
    ...verificationKey(annotations[ANNOTATION.certificate], annotations[ANNOTATION.chain]),
    tlogEntries: tlog.entries,
    timestampVerificationData: timestamps(annotations[ANNOTATION.timestamp]),
  };
  if (mediaType === SIMPLE_SIGNING_MEDIA_TYPE) {
    const annotation = annotations[ANNOTATION.signature];
    if (!annotation) reject('malformed', `the layer has no ${ANNOTATION.signature} annotation`);
    const signature = cosignBase64(annotation, 'the signature annotation');
    return {
      bundle: {
        mediaType: BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial,
        messageSignature: {
          messageDigest: { algorithm: tlog.digest.algorithm, digest: createHash(tlog.digest.hash).update(payload).digest('base64') },
          signature,
        },
      },
      artifact: payload,
    };
  }
  if (mediaType === DSSE_ENVELOPE_MEDIA_TYPE) {
    let envelope: unknown;
    try {
      envelope = JSON.parse(payload.toString('utf8'));
    } catch {
      reject('malformed', 'the attestation layer is not a JSON DSSE envelope');
    }
    if (!isRecord(envelope)) reject('malformed', 'the attestation layer is not a DSSE envelope');
    return { bundle: { mediaType: BUNDLE_V01_MEDIA_TYPE, verificationMaterial, dsseEnvelope: envelope } };
  }
  return reject(
    'unknown-media-type',
    `unknown cosign layer media type ${JSON.stringify(mediaType)} (known: ${SIMPLE_SIGNING_MEDIA_TYPE}, ${DSSE_ENVELOPE_MEDIA_TYPE})`,
  );
}

/** Checks a simple-signing payload names this image digest (a valid signature over another image is caught only here). */
export function requireSimpleSigningDigest(payload: Buffer, imageDigest: string): void {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    reject('malformed', 'the signed payload is not JSON (a cosign simple-signing payload was expected)');
  }
  const critical = isRecord(json) ? json.critical : undefined;
  if (!isRecord(critical) || critical.type !== COSIGN_SIMPLE_SIGNING_TYPE || !isRecord(critical.image)) {
    reject('not-bound-to-digest', `the signed payload is not a cosign image signature (critical.type must be "${COSIGN_SIMPLE_SIGNING_TYPE}")`);
  }
  // cosign's Go decoder is case-insensitive, and the spec's example spells it with a capital D.
  const digest = critical.image['docker-manifest-digest'] ?? critical.image['Docker-manifest-digest'];
  if (typeof digest !== 'string' || digest.toLowerCase() !== imageDigest.toLowerCase()) {
    reject('not-bound-to-digest', `the signature is for image ${typeof digest === 'string' ? digest : '(none named)'}, not ${imageDigest}`);
  }
}

function verificationKey(certificatePem: string | undefined, chainPem: string | undefined): Record<string, unknown> {
  // Key-based: no hint to give; the verifier tries the policy's keys.
  if (!certificatePem) return { publicKey: { hint: '' } };
  let certificates: Buffer[];
  try {
    certificates = [new NodeX509Certificate(certificatePem).raw, ...pemCertificates(chainPem ?? '')];
  } catch (error) {
    return reject('malformed', `the certificate or chain annotation does not parse (${errorMessage(error)})`);
  }
  // The chain (intermediates, then the root) follows the leaf. The trusted root's CAs never use it; a private CA's
  // paths may take its intermediates, never its root (private-ca.ts).
  return { x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString('base64') })) } };
}

/** The certificates of a PEM chain annotation, in order, as DER. */
function pemCertificates(pem: string): Buffer[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new NodeX509Certificate(block).raw);
}

/** Digest algorithms a hashedrekord entry may record, as the bundle names them. */
const HASHEDREKORD_DIGESTS: Readonly<Record<string, { algorithm: string; hash: string }>> = {
  sha256: { algorithm: 'SHA2_256', hash: 'sha256' },
  sha384: { algorithm: 'SHA2_384', hash: 'sha384' },
  sha512: { algorithm: 'SHA2_512', hash: 'sha512' },
};
const DEFAULT_DIGEST = { algorithm: 'SHA2_256', hash: 'sha256' };

interface TlogEntries {
  entries: unknown[];
  /**
   * The digest the message signature is checked against in the log entry. cosign records SHA-256 for most keys, but an
   * entry may record another (SHA-384 for a P-384 key); we hash the payload ourselves with the one recorded.
   */
  digest: { algorithm: string; hash: string };
}

function tlogEntries(annotation: string | undefined): TlogEntries {
  if (!annotation) return { entries: [], digest: DEFAULT_DIGEST };
  try {
    const rekor: unknown = JSON.parse(annotation);
    if (!isRecord(rekor) || typeof rekor.SignedEntryTimestamp !== 'string' || !isRecord(rekor.Payload))
      throw new Error('no SignedEntryTimestamp / Payload');
    const { body, integratedTime, logIndex, logID } = rekor.Payload;
    if (typeof body !== 'string' || typeof integratedTime !== 'number' || typeof logIndex !== 'number' || typeof logID !== 'string') {
      throw new Error('Payload needs body, integratedTime, logIndex and logID');
    }
    // The body stays exactly as logged: cosign checks the SET over this very string, so a body re-wrapped over lines
    // fails there, and must fail here too.
    strictBase64(body, 'its body');
    const signedEntryTimestamp = cosignBase64(rekor.SignedEntryTimestamp, 'its SignedEntryTimestamp');
    const decoded: unknown = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    if (!isRecord(decoded) || typeof decoded.kind !== 'string' || typeof decoded.apiVersion !== 'string')
      throw new Error('the entry body has no kind/apiVersion');
    if (!/^[0-9a-f]+$/i.test(logID)) throw new Error('logID is not hex');
    const entries = [
      {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, 'hex').toString('base64') },
        kindVersion: { kind: decoded.kind, version: decoded.apiVersion },
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp },
        canonicalizedBody: body,
      },
    ];
    return { entries, digest: recordedDigest(decoded) };
  } catch (error) {
    return reject('malformed', `the ${ANNOTATION.bundle} annotation is not a Rekor bundle (${errorMessage(error)})`);
  }
}

function recordedDigest(body: Record<string, unknown>): { algorithm: string; hash: string } {
  if (body.kind !== 'hashedrekord') return DEFAULT_DIGEST;
  const spec = body.spec;
  const data = isRecord(spec) ? spec.data : undefined;
  const hash = isRecord(data) ? data.hash : undefined;
  const algorithm = isRecord(hash) ? hash.algorithm : undefined;
  if (algorithm === undefined) return DEFAULT_DIGEST;
  const known = typeof algorithm === 'string' ? HASHEDREKORD_DIGESTS[algorithm] : undefined;
  if (!known) throw new Error(`the hashedrekord entry records an unknown digest algorithm ${JSON.stringify(algorithm)}`);
  return known;
}

function timestamps(annotation: string | undefined): Record<string, unknown> | undefined {
  if (!annotation) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(annotation);
  } catch {
    reject('malformed', `the ${ANNOTATION.timestamp} annotation is not JSON`);
  }
  const signed = isRecord(parsed) ? parsed.SignedRFC3161Timestamp : undefined;
  if (typeof signed !== 'string') reject('malformed', `the ${ANNOTATION.timestamp} annotation has no SignedRFC3161Timestamp`);
  return { rfc3161Timestamps: [{ signedTimestamp: cosignBase64(signed, `the ${ANNOTATION.timestamp} annotation's SignedRFC3161Timestamp`) }] };
}

/** Node decodes base64 leniently (a truncated value silently loses bytes); a signature must be exactly what was sent. */
export function strictBase64(value: string, what: string): void {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) reject('malformed', `${what} is not valid base64`);
}

/**
 * Base64 as cosign reads it (Go's base64.StdEncoding): line breaks (\r, \n) anywhere are skipped, so a value wrapped
 * over lines, as `base64` and some signers write it, decodes; anything else that is not padded standard base64 (a space,
 * a stray character, missing or extra padding) is rejected as strictBase64 rejects it. Returns the value unwrapped.
 */
export function cosignBase64(value: string, what: string): string {
  const unwrapped = value.replace(/[\r\n]/g, '');
  strictBase64(unwrapped, what);
  return unwrapped;
}
