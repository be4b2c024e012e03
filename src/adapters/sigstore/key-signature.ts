/**
 * Checking a signature with a trusted public key, hashing the way the key's owner signed. @sigstore/verify hashes
 * with the bundle's message-digest algorithm (SHA-256 for converted cosign layers) or, for DSSE, Node's default,
 * which rejects good P-384 and Ed25519 signatures. The hash is a property of the key (Sigstore's algorithm
 * registry, as sigstore-go's LoadDefaultVerifier reads it), not of anything the signature carries.
 */
import { createHash, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { dsse } from '@sigstore/core';
import type { Bundle } from '@sigstore/bundle';
import type { SignedEntity } from '@sigstore/verify';
import { verifyPrehashed, type PrehashAlgorithm, type PrehashSchemes } from './prehash.js';

type SignatureContent = SignedEntity['signature'];

/**
 * Hashes a signature made with this key may use, preferred first; `null` is Ed25519's pure mode (no prehash).
 * P-384 and P-521 also accept SHA-256: older cosign releases loaded every ECDSA key with SHA-256 (newer ones pick the
 * hash from the key), so legacy `.sig` layers signed with such a key may carry SHA-256 signatures. Either hash is
 * sound with those curves; nothing weaker is ever tried. (Policy keys are never P-521; private-CA leaves may be.)
 */
export function signatureHashes(key: KeyObject): readonly (string | null)[] {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return [null];
    case 'rsa':
      return ['sha256'];
    case 'ec':
      if (key.asymmetricKeyDetails?.namedCurve === 'secp384r1') return ['sha384', 'sha256'];
      if (key.asymmetricKeyDetails?.namedCurve === 'secp521r1') return ['sha512', 'sha256'];
      if (key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return ['sha256'];
      return [];
    default:
      return [];
  }
}

/**
 * What a trusted key may have signed a digest with: its hashes above, RSA as PKCS#1 v1.5 or PSS (Sigstore's
 * registry has both), Ed25519 as Ed25519ph over SHA-512 (cosign v2 signs blobs so with an Ed25519 key).
 */
export function trustedKeySchemes(key: KeyObject): PrehashSchemes {
  const hashes = signatureHashes(key).filter((hash): hash is PrehashAlgorithm => hash === 'sha256' || hash === 'sha384' || hash === 'sha512');
  return { hashes, rsaPss: true, ed25519ph: true };
}

/** True only when `signature` over `data` verifies with `key` under one of the key's schemes; never throws. */
export function verifyWithKeyHash(data: Buffer, key: KeyObject, signature: Buffer): boolean {
  if (signature.length === 0) return false;
  const direct = signatureHashes(key).some((hash) => {
    try {
      return cryptoVerify(hash, data, key, signature);
    } catch {
      return false;
    }
  });
  if (direct) return true;
  // Ed25519ph and RSA-PSS sign a digest of the bytes: checked through the same code as a digest given alone, so
  // the file and its digest get the same answer.
  const prehash = prehashOfBytes(key);
  if (prehash === undefined) return false;
  const digest = { algorithm: prehash, digest: createHash(prehash).update(data).digest() };
  return verifyPrehashed(digest, key, signature, trustedKeySchemes(key)).kind === 'valid';
}

/**
 * True only when `signature` over `data` verifies with a certificate's key as cosign and @sigstore/verify check it:
 * ECDSA or RSA PKCS#1 v1.5 with the key's hashes or the message digest's algorithm (which @sigstore/verify uses),
 * pure Ed25519; never RSA-PSS nor Ed25519ph, which neither checks for a certificate (cosign loads an RSA
 * certificate's key for PKCS#1 v1.5 only). The digest path (CERTIFICATE_SCHEMES) takes the same schemes, so a file
 * and its digest get the same answer. Never throws.
 */
export function verifyWithCertificateKey(data: Buffer, key: KeyObject, signature: Buffer, messageDigest?: PrehashAlgorithm): boolean {
  if (signature.length === 0) return false;
  const keyHashes = signatureHashes(key);
  const hashes = messageDigest === undefined || keyHashes.includes(null) ? keyHashes : [...new Set([messageDigest, ...keyHashes])];
  return hashes.some((hash) => {
    try {
      return cryptoVerify(hash, data, key, signature);
    } catch {
      return false;
    }
  });
}

function prehashOfBytes(key: KeyObject): PrehashAlgorithm | undefined {
  if (key.asymmetricKeyType === 'ed25519') return 'sha512';
  if (key.asymmetricKeyType === 'rsa') return 'sha256';
  return undefined;
}

/**
 * The bytes the bundle's signature covers: the artifact for a message signature, DSSE's pre-authentication encoding
 * for an envelope. Undefined when a message signature comes without its artifact.
 */
export function signedBytes(bundle: Bundle, artifact: Buffer | undefined): Buffer | undefined {
  const content = bundle.content;
  if (content.$case === 'messageSignature') return artifact;
  return dsse.preAuthEncoding(content.dsseEnvelope.payloadType, Buffer.from(content.dsseEnvelope.payload));
}

/** The entity with its signature check replaced by the key-typed one, so the full verifier agrees with ours. */
export function withKeyHashedSignature(entity: SignedEntity, data: Buffer): SignedEntity {
  return withSignatureCheck(entity, (key) => verifyWithKeyHash(data, key, entity.signature.signature));
}

/** The entity with its signature check replaced by a certificate key's (verifyWithCertificateKey). */
export function withCertificateKeySignature(entity: SignedEntity, data: Buffer, messageDigest?: PrehashAlgorithm): SignedEntity {
  return withSignatureCheck(entity, (key) => verifyWithCertificateKey(data, key, entity.signature.signature, messageDigest));
}

/** The entity with only its signature check swapped: log entries, timestamps and the signing key are checked as before. */
export function withSignatureCheck(entity: SignedEntity, verifySignature: (key: KeyObject) => boolean): SignedEntity {
  const content: SignatureContent = entity.signature;
  const signature: SignatureContent = {
    signature: content.signature,
    compareSignature: (other) => content.compareSignature(other),
    compareDigest: (digest) => content.compareDigest(digest),
    compareSignedDigest: (digest) => content.compareSignedDigest(digest),
    verifySignature,
  };
  return { ...entity, signature };
}
