/**
 * Verifying a message-signature bundle from the artifact's digest alone: the digest must be the one the bundle
 * signs (algorithm and bytes), then the signature is checked over that digest by prehash.ts, inside the full
 * verifier, so the certificate chain, SCTs, log entries (whose body records this digest and signature),
 * timestamps and identity are checked exactly as for the artifact's bytes.
 */
import { createHash, type KeyObject } from 'node:crypto';
import type { MessageSignature } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { reject } from './rejection.js';
import { DIGEST_LENGTHS, verifyPrehashed, type ArtifactDigest, type PrehashAlgorithm, type PrehashSchemes, type PrehashVerdict } from './prehash.js';

/**
 * A certificate's key is checked as @sigstore/verify checks it over the bytes: ECDSA or RSA PKCS#1 v1.5 with the
 * bundle's own digest algorithm. Neither it nor cosign checks a certificate's RSA-PSS or Ed25519ph signature, so
 * they are accepted neither from a digest nor from the bytes (key-signature.ts verifyWithCertificateKey): the file
 * and its digest get the same answer.
 */
export const CERTIFICATE_SCHEMES: PrehashSchemes = { hashes: ['sha256', 'sha384', 'sha512'], rsaPss: false, ed25519ph: false };

// SHA-3 digests, which no digest argument names, are left out.
const PREHASH_ALGORITHMS: Readonly<Partial<Record<HashAlgorithm, PrehashAlgorithm>>> = {
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

/** `algorithm:hex`, for messages. */
export function formatDigest(digest: ArtifactDigest): string {
  return `${digest.algorithm}:${digest.digest.toString('hex')}`;
}

/** Parses `sha256:<64 hex>`, `sha384:<96 hex>` or `sha512:<128 hex>` (hex in either case); undefined otherwise. */
export function parseArtifactDigest(text: string): ArtifactDigest | undefined {
  const [, name, hex] = /^(sha256|sha384|sha512):([0-9a-f]+)$/i.exec(text) ?? [];
  const algorithm = name?.toLowerCase() as PrehashAlgorithm | undefined;
  if (algorithm === undefined || hex?.length !== DIGEST_LENGTHS[algorithm] * 2) return undefined;
  return { algorithm, digest: Buffer.from(hex, 'hex') };
}

/**
 * The artifact's digest under the algorithm the bundle names, to hold the bytes to the same first check as a digest
 * given alone (so a wrong file and its digest get the same answer). Undefined for an algorithm no digest argument
 * names (SHA-3): the verifier alone then judges the bytes.
 */
export function digestOfBytes(messageSignature: MessageSignature, bytes: Buffer): ArtifactDigest | undefined {
  const algorithm = signedDigestAlgorithm(messageSignature);
  return algorithm && { algorithm, digest: createHash(algorithm).update(bytes).digest() };
}

/** The algorithm of the digest a message signature signs; undefined for one no digest argument names (SHA-3). */
export function signedDigestAlgorithm(messageSignature: MessageSignature): PrehashAlgorithm | undefined {
  return PREHASH_ALGORITHMS[messageSignature.messageDigest.algorithm];
}

/**
 * The digest a message signature signs must be the one given, or the signature, valid or not, is about another
 * artifact: rejected before anything else as not bound to it, like a DSSE statement naming another subject.
 */
export function requireSignedDigest(messageSignature: MessageSignature, given: ArtifactDigest): void {
  const signed = messageSignature.messageDigest;
  const algorithm = PREHASH_ALGORITHMS[signed.algorithm];
  const signedBytes = Buffer.from(signed.digest);
  if (algorithm === given.algorithm && signedBytes.equals(given.digest)) return;
  if (algorithm !== undefined && algorithm !== given.algorithm) {
    reject(
      'not-bound-to-digest',
      `the bundle signs a ${algorithm} digest, and ${given.algorithm} was given: pass the file, or its ${algorithm}:<hex> digest`,
    );
  }
  const signedText = algorithm === undefined ? 'a digest of another algorithm' : formatDigest({ algorithm, digest: signedBytes });
  reject('not-bound-to-digest', `the bundle signs ${signedText}, not ${formatDigest(given)}`);
}

/**
 * The signature check over a digest, answered once per key: the key-based path tries each trusted key and the full
 * verifier then asks again for the one that matched.
 */
export class PrehashCheck {
  private readonly verdicts = new WeakMap<KeyObject, PrehashVerdict>();

  constructor(
    readonly digest: ArtifactDigest,
    private readonly signature: Buffer,
    private readonly schemesFor: (key: KeyObject) => PrehashSchemes,
  ) {}

  verdict(key: KeyObject): PrehashVerdict {
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = verifyPrehashed(this.digest, key, this.signature, this.schemesFor(key));
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** For the verifier's signature step: a key no digest can check (pure Ed25519) is a rejection of its own. */
  verifies(key: KeyObject): boolean {
    const verdict = this.verdict(key);
    if (verdict.kind === 'uncheckable') reject('not-bound-to-digest', verdict.reason);
    return verdict.kind === 'valid';
  }
}
