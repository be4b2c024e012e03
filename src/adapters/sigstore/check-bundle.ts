/**
 * Verifies one Sigstore bundle (any version, message signature or DSSE) against the trust material and the
 * policy's signers. It does not judge what was signed: callers bind the content (payload digest, statement
 * subject) to their artifact. Never throws: every failure is a Rejection.
 */
import type { KeyObject } from 'node:crypto';
import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  type Bundle,
} from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier, type SignedEntity } from '@sigstore/verify';
import type { CertificateAuthorityRule, IdentityRule, PublicKeyRule, SignerIdentity, TransparencyLogCheck } from '../../core/model/signatures.js';
import { identityFromCertificate } from './certificate-identity.js';
import { matchIdentity } from './identity-match.js';
import { signedBytes, trustedKeySchemes, verifyWithKeyHash, withKeyHashedSignature, withSignatureCheck } from './key-signature.js';
import { missingTlogEntry, parsePublicKeyRules } from './keys.js';
import type { ArtifactDigest, PrehashVerdict } from './prehash.js';
import { CERTIFICATE_SCHEMES, digestOfBytes, PrehashCheck, requireSignedDigest } from './prehash-entity.js';
import { verifyWithPrivateCa } from './private-ca.js';
import { reject, RejectionError, toRejection, type EntityFacts, type Rejection } from './rejection.js';
import { isRecord } from './statement.js';
import { requireEntriesRecordSigner } from './tlog-signer.js';
import { materialFor } from './tlog-window.js';
import type { TrustContext } from './trusted-root.js';
import { verifyWithTrustedRootCa } from './trusted-root-ca.js';
import { errorMessage } from '../../core/model/errors.js';

export const KNOWN_BUNDLE_MEDIA_TYPES: readonly string[] = [
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
];

export interface SignerRules {
  identities: IdentityRule[];
  keys: PublicKeyRule[];
  /** Private CAs: given any, certificates are verified against them instead of the trusted root's CAs (private-ca.ts). */
  certificateAuthorities?: CertificateAuthorityRule[];
  /** cosign's --insecure-ignore-sct: a certificate from the trusted root's CAs needs no SCT. */
  ignoreSct?: boolean;
  /** cosign's --insecure-ignore-tlog for a certificate from the trusted root's CAs (trusted-root-ca.ts). */
  ignoreTlog?: boolean;
}

export interface BundleCheck {
  /** Who signed, as far as it could be read (also when rejected). */
  signer?: SignerIdentity;
  /** The signed DSSE payload, for the caller to bind (read even when rejected, to explain). */
  dsse?: { payloadType: string; payload: Buffer };
  /** The message digest a message signature covers, `algorithm:hex`. */
  messageDigest?: string;
  /** When verified: whether transparency-log entries were checked, or there were none and the signer's rule needed none. */
  transparencyLog?: TransparencyLogCheck;
  rejection?: Rejection;
}

/**
 * @param json     the bundle, parsed from JSON
 * @param artifact the signed bytes, or only their digest; a message signature needs one of them (absent: it is
 *                 rejected). A DSSE bundle needs neither: its caller binds the statement's subject.
 */
export function checkBundle(json: unknown, artifact: Buffer | ArtifactDigest | undefined, trust: TrustContext, rules: SignerRules): BundleCheck {
  const check: BundleCheck = {};
  let facts: EntityFacts | undefined;
  try {
    const bundle = parseBundle(json);
    const content = bundle.content;
    if (content.$case === 'dsseEnvelope') {
      check.dsse = { payloadType: content.dsseEnvelope.payloadType, payload: Buffer.from(content.dsseEnvelope.payload) };
    } else {
      const digest = content.messageSignature.messageDigest;
      check.messageDigest = `${digestAlgorithmName(digest.algorithm)}:${Buffer.from(digest.digest).toString('hex')}`;
    }
    const certificateDer = leafCertificateDer(bundle);
    const certificate = certificateDer && parseCertificate(certificateDer);
    if (certificate) check.signer = identityFromCertificate(certificate);
    if (content.$case === 'messageSignature' && artifact === undefined) {
      reject('not-bound-to-digest', 'a message-signature bundle signs bytes we do not have, so what it signed cannot be tied to this digest');
    }
    const bytes = Buffer.isBuffer(artifact) ? artifact : undefined;
    // A message signature checked from a digest: that digest must be the signed one, and the signature is then
    // checked over it (a DSSE envelope carries what it signs, so no digest is needed for its signature). The bytes
    // are held to the same first check, so a file and its digest get the same answer.
    const prehash = content.$case === 'messageSignature' && artifact !== undefined && !Buffer.isBuffer(artifact) ? artifact : undefined;
    if (content.$case === 'messageSignature') {
      const given = prehash ?? (bytes && digestOfBytes(content.messageSignature, bytes));
      if (given) requireSignedDigest(content.messageSignature, given);
    }
    let entity: SignedEntity;
    try {
      entity = toSignedEntity(bundle, bytes);
    } catch (error) {
      reject('malformed', `the bundle's verification material cannot be read (${errorMessage(error)})`);
    }
    // Keyless from a digest: the certificate's key checks the signature over it (the key-based path swaps its own).
    const prehashCheck = prehash && certificate && new PrehashCheck(prehash, Buffer.from(entity.signature.signature), () => CERTIFICATE_SCHEMES);
    if (prehashCheck) entity = withSignatureCheck(entity, (key) => prehashCheck.verifies(key));
    facts = {
      keyless: certificate !== undefined,
      tlogEntries: entity.tlogEntries.length,
      timestamps: entity.timestamps.length,
      timestampOverOtherSignature: timestampOverOtherSignature(entity),
      ...(certificate ? { certificateNotAfter: certificate.notAfter } : {}),
    };
    const authorities = rules.certificateAuthorities ?? [];
    if (certificate && check.signer?.kind === 'keyless' && authorities.length > 0) {
      ({ signer: check.signer, transparencyLog: check.transparencyLog } = verifyWithPrivateCa(
        { bundle, entity, data: signedBytes(bundle, bytes), signatureCheckedByEntity: prehashCheck !== undefined, facts },
        trust,
        { identities: rules.identities, certificateAuthorities: authorities },
      ));
    } else if (certificate && check.signer?.kind === 'keyless') {
      const transparencyLog = verifyWithTrustedRootCa(entity, trust.material, rules);
      // The log entries checked must record this certificate, not only this signature (cosign, sigstore-go).
      if (transparencyLog === 'verified') requireEntriesRecordSigner(entity.tlogEntries, { kind: 'certificate', der: certificateDer });
      const verdict = matchIdentity(check.signer, rules.identities);
      if (!verdict.matched) reject(verdict.code, verdict.message);
      check.transparencyLog = transparencyLog;
    } else {
      ({ signer: check.signer, transparencyLog: check.transparencyLog } = verifyWithKeys(
        entity,
        prehash ?? signedBytes(bundle, bytes),
        trust,
        rules.keys,
      ));
    }
  } catch (error) {
    if (error instanceof KeyRejection) check.signer = error.signer;
    check.rejection = toRejection(error, facts);
  }
  return check;
}

/** A TSA timestamp over other bytes than this signature means the signature was swapped after it was timestamped. */
function timestampOverOtherSignature(entity: SignedEntity): boolean {
  return entity.timestamps.some((timestamp) => {
    if (timestamp.$case !== 'timestamp-authority') return false;
    try {
      timestamp.timestamp.tstInfo.verify(entity.signature.signature);
      return false;
    } catch {
      return true;
    }
  });
}

function parseBundle(json: unknown): Bundle {
  if (!isRecord(json)) reject('malformed', 'the bundle is not a JSON object');
  const mediaType = json.mediaType;
  if (typeof mediaType !== 'string' || !KNOWN_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
    reject('unknown-media-type', `unknown bundle media type ${JSON.stringify(mediaType ?? null)} (known: Sigstore bundle v0.1, v0.2, v0.3)`);
  }
  try {
    return bundleFromJSON(json);
  } catch (error) {
    reject('malformed', `not a valid Sigstore bundle (${errorMessage(error)})`);
  }
}

/** The signing certificate's DER; undefined for a key-signed bundle. */
function leafCertificateDer(bundle: Bundle): Buffer<ArrayBuffer> | undefined {
  const material = bundle.verificationMaterial.content;
  if (material.$case === 'publicKey') return undefined;
  const raw = material.$case === 'certificate' ? material.certificate.rawBytes : material.x509CertificateChain.certificates[0]?.rawBytes;
  if (raw === undefined) reject('malformed', 'the bundle names a certificate chain with no certificate');
  return Buffer.from(raw);
}

function parseCertificate(raw: Buffer<ArrayBuffer>): X509Certificate {
  try {
    const certificate = X509Certificate.parse(raw);
    // Read what verification reads, so a certificate that half-parses is rejected here as malformed.
    if (certificate.publicKey.length === 0 || Number.isNaN(certificate.notAfter.getTime())) throw new Error('no public key or validity');
    return certificate;
  } catch (error) {
    reject('malformed', `the signing certificate does not parse (${errorMessage(error)})`);
  }
}

/**
 * Key-based: the bundle's key hint is only a hint, so each trusted key is tried on the signature (hashed as that
 * key's type signs, or over the given digest), and the one that verifies goes through the full verifier. Its
 * transparency-log entries are required and checked, each recording this very key (tlog-signer.ts), unless its rule
 * says require-tlog false; then, as cosign's --insecure-ignore-tlog, they are not looked at.
 */
function verifyWithKeys(
  entity: SignedEntity,
  data: Buffer | ArtifactDigest | undefined,
  trust: TrustContext,
  rules: PublicKeyRule[],
): { signer: SignerIdentity; transparencyLog: TransparencyLogCheck } {
  if (rules.length === 0) reject('untrusted-key', 'signed with a key, and no trusted public key is configured');
  if (data === undefined) reject('not-bound-to-digest', 'a message-signature bundle signs bytes we do not have');
  const keys = parsePublicKeyRules(rules);
  const signature = Buffer.from(entity.signature.signature);
  const prehashCheck = Buffer.isBuffer(data) ? undefined : new PrehashCheck(data, signature, trustedKeySchemes);
  const verdict = (key: KeyObject): PrehashVerdict =>
    prehashCheck?.verdict(key) ?? (Buffer.isBuffer(data) && verifyWithKeyHash(data, key, signature) ? { kind: 'valid' } : { kind: 'invalid' });
  const tried: PrehashVerdict[] = [];
  const match = keys.find((candidate) => {
    const found = verdict(candidate.key);
    tried.push(found);
    return found.kind === 'valid';
  });
  if (!match) {
    // From a digest, a pure Ed25519 signature cannot be checked: say so rather than blame the key.
    const uncheckable = tried.find((found) => found.kind === 'uncheckable');
    if (uncheckable) reject('not-bound-to-digest', uncheckable.reason);
    reject('untrusted-key', `the signature does not verify with any of the ${keys.length} trusted public key(s)`);
  }
  const signer: SignerIdentity = { kind: 'key', keyId: match.keyId, name: match.rule.name };
  if (match.rule.requireTlog && entity.tlogEntries.length === 0) throw new KeyRejection(signer, missingTlogEntry(match.rule));
  const material = { ...materialFor(trust.material, entity), publicKey: () => ({ publicKey: match.key, validFor: () => true }) };
  const keyHashed = Buffer.isBuffer(data)
    ? withKeyHashedSignature(entity, data)
    : withSignatureCheck(entity, (key) => prehashCheck?.verifies(key) ?? false);
  try {
    new Verifier(material, { tlogThreshold: match.rule.requireTlog ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(
      match.rule.requireTlog ? keyHashed : { ...keyHashed, tlogEntries: [] },
    );
    if (match.rule.requireTlog) requireEntriesRecordSigner(entity.tlogEntries, { kind: 'key', key: match.key });
  } catch (error) {
    const rejection = toRejection(error, {
      keyless: false,
      tlogEntries: entity.tlogEntries.length,
      timestamps: entity.timestamps.length,
      timestampOverOtherSignature: timestampOverOtherSignature(entity),
    });
    throw new KeyRejection(signer, rejection);
  }
  return { signer, transparencyLog: match.rule.requireTlog ? 'verified' : 'not-checked' };
}

/** A rejection after the key was identified: the report still says which trusted key signed. */
class KeyRejection extends RejectionError {
  constructor(
    readonly signer: SignerIdentity,
    rejection: Rejection,
  ) {
    super(rejection);
  }
}

function digestAlgorithmName(algorithm: number): string {
  // HashAlgorithm: 1 SHA2_256, 2 SHA2_384, 3 SHA2_512, 4 SHA3_256, 5 SHA3_384.
  return ['sha256', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha3-384'][algorithm] ?? 'unknown';
}
