/**
 * The two ECDSA paths of src/adapters/sigstore/prehash.ts: a key's first verifications are noble's own `verify`, from
 * its TABLE_FROM_USE-th on they go through the key's precomputed point. Each case is checked on a fresh key object on
 * every call up to the one after the switch (noble's path, the call that builds the table, the warm table) against the
 * expected verdict and against noble's `verify` itself.
 * Signatures come from OpenSSL (node:crypto), the digests from node:crypto, bad encodings are written by hand.
 */
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { describe, expect, it } from 'vitest';
import {
  hasPrecomputedKey,
  TABLE_FROM_USE,
  verifyPrehashed,
  type PrehashAlgorithm,
  type PrehashSchemes,
} from '../../../../src/adapters/sigstore/prehash.js';

const DATA = Buffer.from('the artifact');
const HASHES = ['sha256', 'sha384', 'sha512'] as const;
const ALL: PrehashSchemes = { hashes: HASHES, rsaPss: false, ed25519ph: false };

/** A DER length: short form below 128, else 0x81 and one byte (an ECDSA signature never needs more). */
const derLength = (length: number) => (length < 0x80 ? Buffer.of(length) : Buffer.of(0x81, length));

/** DER INTEGER of a non-negative value: minimal big-endian, with a zero byte when the top bit is set. */
function derInteger(value: bigint): Buffer {
  const hex = value.toString(16);
  let bytes = Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
  if ((bytes[0] ?? 0) & 0x80) bytes = Buffer.concat([Buffer.of(0), bytes]);
  return Buffer.concat([Buffer.of(0x02), derLength(bytes.length), bytes]);
}

function derSignature(r: bigint, s: bigint): Buffer {
  const body = Buffer.concat([derInteger(r), derInteger(s)]);
  return Buffer.concat([Buffer.of(0x30), derLength(body.length), body]);
}

/** r and s of a DER ECDSA-Sig-Value as OpenSSL writes it (SEQUENCE of two INTEGERs). */
function readDerSignature(signature: Buffer): { r: bigint; s: bigint } {
  let offset = signature[1] === 0x81 ? 3 : 2;
  const integer = () => {
    expect(signature[offset]).toBe(0x02);
    const length = signature[offset + 1] ?? 0;
    const value = BigInt(`0x${signature.subarray(offset + 2, offset + 2 + length).toString('hex')}`);
    offset += 2 + length;
    return value;
  };
  const r = integer();
  return { r, s: integer() };
}

const rawPoint = (key: KeyObject) => {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.concat([Buffer.of(0x04), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
};

/** A new key object for the same key: its first verification takes noble's path again. */
const freshObject = (key: KeyObject) => createPublicKey({ key: key.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' });

describe.each([
  ['P-256', p256],
  ['P-384', p384],
  ['P-521', p521],
] as const)('%s: the precomputed path agrees with noble', (namedCurve, curve) => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
  const stranger = generateKeyPairSync('ec', { namedCurve }).privateKey;
  const n = curve.Point.Fn.ORDER;
  const raw = rawPoint(publicKey);

  describe.each(HASHES)('over a %s digest', (hash: PrehashAlgorithm) => {
    const digest = createHash(hash).update(DATA).digest();
    const signature = sign(hash, DATA, { key: privateKey, dsaEncoding: 'der' });
    const { r, s } = readDerSignature(signature);
    const flippedDigest = Buffer.from(digest);
    flippedDigest[0] = (flippedDigest[0] ?? 0) ^ 0x01;
    // The last byte is s's lowest: the encoding stays well-formed, the value is wrong.
    const flippedSignature = Buffer.from(signature);
    flippedSignature[flippedSignature.length - 1] = (flippedSignature[flippedSignature.length - 1] ?? 0) ^ 0x01;

    const cases: [string, Buffer, Buffer, 'valid' | 'invalid'][] = [
      ['the signature', digest, signature, 'valid'],
      ['its twin with s and n - s swapped (one of the two is high-S)', digest, derSignature(r, n - s), 'valid'],
      ['a flipped digest bit', flippedDigest, signature, 'invalid'],
      ['a flipped signature byte', digest, flippedSignature, 'invalid'],
      ['r = 0', digest, derSignature(0n, s), 'invalid'],
      ['s = 0', digest, derSignature(r, 0n), 'invalid'],
      ['r = n', digest, derSignature(n, s), 'invalid'],
      ['s = n', digest, derSignature(r, n), 'invalid'],
      // Congruent to the valid r and s: accepted only by a verifier that reduced them mod n.
      ['r + n', digest, derSignature(r + n, s), 'invalid'],
      ['s + n', digest, derSignature(r, s + n), 'invalid'],
      ["another key's signature", digest, sign(hash, DATA, { key: stranger, dsaEncoding: 'der' }), 'invalid'],
    ];

    it.each(cases)('%s', (_name, checkedDigest, checkedSignature, expected) => {
      const noble = curve.verify(checkedSignature, checkedDigest, raw, { prehash: false, lowS: false, format: 'der' });
      expect(noble).toBe(expected === 'valid');
      const key = freshObject(publicKey);
      const calls = Array.from({ length: TABLE_FROM_USE + 1 }, (_, index) => index + 1);
      const verdicts = calls.map((call) => {
        const verdict = verifyPrehashed({ algorithm: hash, digest: checkedDigest }, key, checkedSignature, ALL).kind;
        // Noble's path answers the first calls; the TABLE_FROM_USE-th builds the table and uses it, as does the next.
        expect(hasPrecomputedKey(key), `after call ${call}`).toBe(call >= TABLE_FROM_USE);
        return verdict;
      });
      expect(verdicts).toEqual(calls.map(() => expected));
    });

    it('the premises: OpenSSL accepts both twins over the bytes (n odd: one of s, n - s is above n/2, high-S)', () => {
      const twin = derSignature(r, n - s);
      expect(verify(hash, DATA, publicKey, signature)).toBe(true);
      expect(verify(hash, DATA, publicKey, twin)).toBe(true);
      expect(twin.equals(signature)).toBe(false);
      // The hand-written encoding is OpenSSL's own for the same values.
      expect(derSignature(r, s).equals(signature)).toBe(true);
    });
  });
});

it('a key verified fewer than TABLE_FROM_USE times gets no table; the same key object verified again does, and keeps it', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const digest = { algorithm: 'sha256' as const, digest: createHash('sha256').update(DATA).digest() };
  const signature = sign('sha256', DATA, { key: privateKey, dsaEncoding: 'der' });
  expect(hasPrecomputedKey(publicKey)).toBe(false);
  for (let call = 1; call < TABLE_FROM_USE; call++) {
    expect(verifyPrehashed(digest, publicKey, signature, ALL).kind).toBe('valid');
    expect(hasPrecomputedKey(publicKey)).toBe(false);
  }
  expect(verifyPrehashed(digest, publicKey, signature, ALL).kind).toBe('valid');
  expect(hasPrecomputedKey(publicKey)).toBe(true);
  expect(verifyPrehashed(digest, publicKey, signature, ALL).kind).toBe('valid');
  expect(hasPrecomputedKey(publicKey)).toBe(true);
  // Another object for the same key starts over: the cache is per key object, as a run parses a key once.
  expect(hasPrecomputedKey(freshObject(publicKey))).toBe(false);
});
