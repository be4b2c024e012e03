/**
 * The second public key an ECDSA signature verifies under. From (r, s) and the signed digest anyone can recover two
 * public keys (recovery bits 0 and 1: the two points with x = r); the signer's is one of them, and the signature
 * verifies under the other too. So a signature alone does not say which key made it: a log entry recording this
 * twin with the signer's very signature and digest is accepted by Rekor, which checks only that the signature
 * verifies with the key it is given.
 *
 *   const twin = twinPublicKey(key.publicKey, signature, createHash('sha256').update(data).digest());
 *   verify('sha256', data, twin, signature) === true
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { p256, p384 } from '@noble/curves/nist.js';

const CURVES = { prime256v1: { curve: p256, jwk: 'P-256' }, secp384r1: { curve: p384, jwk: 'P-384' } } as const;

/** @param digest the signed digest (SHA-256 for P-256, SHA-384 for P-384, as the signer hashed) */
export function twinPublicKey(publicKey: KeyObject, signature: Buffer, digest: Buffer): KeyObject {
  const name = publicKey.asymmetricKeyDetails?.namedCurve;
  if (name !== 'prime256v1' && name !== 'secp384r1') throw new Error(`no twin for a key on ${name ?? 'no curve'}`);
  const { curve, jwk } = CURVES[name];
  const parsed = curve.Signature.fromBytes(signature, 'der');
  for (const bit of [0, 1]) {
    const point = parsed.addRecoveryBit(bit).recoverPublicKey(digest).toBytes(false);
    const size = (point.length - 1) / 2;
    const candidate = createPublicKey({
      key: {
        kty: 'EC',
        crv: jwk,
        x: Buffer.from(point.subarray(1, 1 + size)).toString('base64url'),
        y: Buffer.from(point.subarray(1 + size)).toString('base64url'),
      },
      format: 'jwk',
    });
    if (!candidate.equals(publicKey)) return candidate;
  }
  throw new Error("both recovered keys are the signer's");
}

/** SPKI PEM, as a log entry records a key. */
export function pemOf(key: KeyObject): string {
  return key.export({ format: 'pem', type: 'spki' }).toString();
}
