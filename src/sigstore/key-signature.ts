/**
 * Checking a signature with a trusted public key, hashing the way the key's owner signed. @sigstore/verify hashes
 * with the bundle's message-digest algorithm (SHA-256 for converted cosign layers) or, for DSSE, Node's default,
 * which rejects good P-384 and Ed25519 signatures. The hash is a property of the key (Sigstore's algorithm
 * registry, as sigstore-go's LoadDefaultVerifier reads it), not of anything the signature carries.
 */
import { verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { dsse } from '@sigstore/core';
import type { Bundle } from '@sigstore/bundle';
import type { SignedEntity } from '@sigstore/verify';

type SignatureContent = SignedEntity['signature'];

/**
 * Hashes a signature made with this key may use, preferred first; `null` is Ed25519's pure mode (no prehash).
 * P-384 also accepts SHA-256: older cosign releases loaded every ECDSA key with SHA-256 (newer ones pick the hash
 * from the key), so legacy `.sig` layers signed with a P-384 key may carry SHA-256 signatures. Either hash is sound with that curve; nothing weaker is ever tried.
 */
export function signatureHashes(key: KeyObject): readonly (string | null)[] {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return [null];
    case 'rsa':
      return ['sha256'];
    case 'ec':
      if (key.asymmetricKeyDetails?.namedCurve === 'secp384r1') return ['sha384', 'sha256'];
      if (key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return ['sha256'];
      return [];
    default:
      return [];
  }
}

/** True only when `signature` over `data` verifies with `key` under one of the key's hashes; never throws. */
export function verifyWithKeyHash(data: Buffer, key: KeyObject, signature: Buffer): boolean {
  if (signature.length === 0) return false;
  return signatureHashes(key).some((hash) => {
    try {
      return cryptoVerify(hash, data, key, signature);
    } catch {
      return false;
    }
  });
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
  const content: SignatureContent = entity.signature;
  const signature: SignatureContent = {
    signature: content.signature,
    compareSignature: (other) => content.compareSignature(other),
    compareDigest: (digest) => content.compareDigest(digest),
    compareSignedDigest: (digest) => content.compareSignedDigest(digest),
    verifySignature: (key) => verifyWithKeyHash(data, key, content.signature),
  };
  return { ...entity, signature };
}
