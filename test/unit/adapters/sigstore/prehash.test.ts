/**
 * Signature checks over a digest (src/adapters/sigstore/prehash.ts), each proven against node:crypto's own check over the
 * bytes, so a scheme that accepted anything, or nothing, would show here.
 */
import { constants, createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { ed25519ph } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { describe, expect, it } from 'vitest';
import { verifyWithKeyHash } from '../../../../src/adapters/sigstore/key-signature.js';
import { verifyPrehashed, type ArtifactDigest, type PrehashAlgorithm, type PrehashSchemes } from '../../../../src/adapters/sigstore/prehash.js';
import { parseArtifactDigest } from '../../../../src/adapters/sigstore/prehash-entity.js';

const DATA = Buffer.from('the artifact');
const OTHER = Buffer.from('another artifact');
const HASHES = ['sha256', 'sha384', 'sha512'] as const;
const ALL: PrehashSchemes = { hashes: HASHES, rsaPss: true, ed25519ph: true };
const digestOf = (algorithm: PrehashAlgorithm, data = DATA): ArtifactDigest => ({ algorithm, digest: createHash(algorithm).update(data).digest() });
const ed25519Seed = (key: KeyObject) => Buffer.from(key.export({ format: 'jwk' }).d ?? '', 'base64url');

describe('ECDSA over a digest (@noble/curves)', () => {
  describe.each([
    ['P-256', p256],
    ['P-384', p384],
    // Private-CA leaves may be P-521 (Go verifies them): the digest path checks them as the file path does.
    ['P-521', p521],
  ] as const)('%s', (namedCurve, curve) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });

    it.each(HASHES)('agrees with node:crypto over the bytes for a %s signature, and for a digest of other bytes', (hash) => {
      const signature = sign(hash, DATA, privateKey);
      expect(verify(hash, DATA, publicKey, signature)).toBe(true);
      expect(verifyPrehashed(digestOf(hash), publicKey, signature, ALL)).toEqual({ kind: 'valid' });
      expect(verify(hash, OTHER, publicKey, signature)).toBe(false);
      expect(verifyPrehashed(digestOf(hash, OTHER), publicKey, signature, ALL)).toEqual({ kind: 'invalid' });
    });

    it('accepts the high-S twin of a signature, as OpenSSL (and Go) do', () => {
      const signature = sign('sha256', DATA, privateKey);
      const parsed = curve.Signature.fromBytes(signature, 'der');
      const twin = Buffer.from(new curve.Signature(parsed.r, curve.Point.Fn.ORDER - parsed.s).toBytes('der'));
      expect(twin.equals(signature)).toBe(false);
      expect(verify('sha256', DATA, publicKey, twin)).toBe(true);
      expect(verifyPrehashed(digestOf('sha256'), publicKey, twin, ALL)).toEqual({ kind: 'valid' });
    });

    it('refuses a valid signature under a hash the signer may not use, another key, and garbage', () => {
      const signature = sign('sha384', DATA, privateKey);
      expect(verifyPrehashed(digestOf('sha384'), publicKey, signature, { ...ALL, hashes: ['sha256'] })).toEqual({ kind: 'invalid' });
      const stranger = generateKeyPairSync('ec', { namedCurve }).publicKey;
      expect(verifyPrehashed(digestOf('sha384'), stranger, signature, ALL)).toEqual({ kind: 'invalid' });
      for (const garbage of [
        Buffer.alloc(0),
        randomBytes(72),
        signature.subarray(0, signature.length - 1),
        Buffer.concat([signature, Buffer.of(0)]),
      ]) {
        expect(verifyPrehashed(digestOf('sha384'), publicKey, garbage, ALL)).toEqual({ kind: 'invalid' });
      }
      // A digest of the wrong length for its algorithm is refused before any curve arithmetic.
      expect(verifyPrehashed({ algorithm: 'sha384', digest: digestOf('sha256').digest }, publicKey, signature, ALL)).toEqual({ kind: 'invalid' });
    });
  });
});

describe.each([2048, 4096])('RSA %i over a digest', (modulusLength) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength });
  const pss = (hash: string, saltLength: number, data = DATA) =>
    sign(hash, data, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength });

  it.each(HASHES)('PKCS#1 v1.5 with %s agrees with node:crypto', (hash) => {
    const signature = sign(hash, DATA, privateKey);
    expect(verifyPrehashed(digestOf(hash), publicKey, signature, ALL)).toEqual({ kind: 'valid' });
    expect(verifyPrehashed(digestOf(hash, OTHER), publicKey, signature, ALL)).toEqual({ kind: 'invalid' });
  });

  it.each(HASHES)(
    "PSS with %s and any salt length, as Go's PSSSaltLengthAuto reads it from the encoding (none, 20, the hash's, as long as fits)",
    (hash) => {
      for (const saltLength of [0, 20, constants.RSA_PSS_SALTLEN_DIGEST, constants.RSA_PSS_SALTLEN_MAX_SIGN]) {
        const signature = pss(hash, saltLength);
        expect(
          verify(hash, DATA, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature),
        ).toBe(true);
        expect(verifyPrehashed(digestOf(hash), publicKey, signature, ALL), `salt ${saltLength}`).toEqual({ kind: 'valid' });
        expect(verifyPrehashed(digestOf(hash, OTHER), publicKey, signature, ALL)).toEqual({ kind: 'invalid' });
        expect(verifyPrehashed(digestOf(hash), publicKey, signature, { ...ALL, rsaPss: false })).toEqual({ kind: 'invalid' });
      }
    },
  );

  it('refuses PSS under another hash than its MGF1 and digest, a signature of the wrong length, another key', () => {
    // A SHA-384 PSS signature is not one over the SHA-256 digest of the same bytes, whatever salt length is read.
    expect(verifyPrehashed(digestOf('sha256'), publicKey, pss('sha384', 20), ALL)).toEqual({ kind: 'invalid' });
    const signature = sign('sha256', DATA, privateKey);
    // One byte short of the modulus: refused before any RSA operation, as Go refuses it.
    expect(verifyPrehashed(digestOf('sha256'), publicKey, signature.subarray(1), ALL)).toEqual({ kind: 'invalid' });
    expect(verifyPrehashed(digestOf('sha256'), publicKey, randomBytes(signature.length), ALL)).toEqual({ kind: 'invalid' });
    const stranger = generateKeyPairSync('rsa', { modulusLength }).publicKey;
    expect(verifyPrehashed(digestOf('sha256'), stranger, signature, ALL)).toEqual({ kind: 'invalid' });
    // A PKCS#1 signature made with SHA-384 does not pass for the SHA-256 digest a trusted key is limited to.
    expect(verifyPrehashed(digestOf('sha384'), publicKey, sign('sha384', DATA, privateKey), { ...ALL, hashes: ['sha256'] })).toEqual({
      kind: 'invalid',
    });
  });
});

it('RSA-PSS with a modulus one bit past a byte boundary (1025 bits): the encoded message is a byte shorter than the modulus', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1025 });
  const signature = sign('sha256', DATA, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
  expect(signature.length).toBe(129);
  expect(verifyPrehashed(digestOf('sha256'), publicKey, signature, ALL)).toEqual({ kind: 'valid' });
  expect(verifyPrehashed(digestOf('sha256', OTHER), publicKey, signature, ALL)).toEqual({ kind: 'invalid' });
});

describe('Ed25519 over a digest', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  it('verifies RFC 8032 §7.3 (Ed25519ph, "abc")', () => {
    const key = createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from('ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf', 'hex').toString('base64url'),
      },
      format: 'jwk',
    });
    const signature = Buffer.from(
      '98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406',
      'hex',
    );
    expect(verifyPrehashed(digestOf('sha512', Buffer.from('abc')), key, signature, ALL)).toEqual({ kind: 'valid' });
    expect(verifyPrehashed(digestOf('sha512', Buffer.from('abd')), key, signature, ALL).kind).toBe('uncheckable');
  });

  it('verifies Ed25519ph from the SHA-512 digest; says why a sha256 digest or a pure signature cannot be checked', () => {
    const ph = Buffer.from(ed25519ph.sign(DATA, ed25519Seed(privateKey)));
    expect(verifyPrehashed(digestOf('sha512'), publicKey, ph, ALL)).toEqual({ kind: 'valid' });
    expect(verifyPrehashed(digestOf('sha256'), publicKey, ph, ALL)).toMatchObject({
      kind: 'uncheckable',
      reason: expect.stringContaining('SHA-512') as unknown,
    });
    const pure = sign(null, DATA, privateKey);
    expect(verifyPrehashed(digestOf('sha512'), publicKey, pure, ALL)).toMatchObject({
      kind: 'uncheckable',
      reason: expect.stringContaining('pure Ed25519') as unknown,
    });
    expect(verifyPrehashed(digestOf('sha512'), publicKey, ph, { ...ALL, ed25519ph: false }).kind).toBe('uncheckable');
    // Domain separation: an Ed25519ph signature is not a pure one over the digest, nor over the bytes.
    expect(verify(null, digestOf('sha512').digest, publicKey, ph)).toBe(false);
    expect(verify(null, DATA, publicKey, ph)).toBe(false);
  });
});

describe('verifyWithKeyHash (a trusted key, over the bytes)', () => {
  it('verifies Ed25519ph (cosign v2 signs blobs so) as well as pure Ed25519, and no other key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const ph = Buffer.from(ed25519ph.sign(DATA, ed25519Seed(privateKey)));
    expect(verifyWithKeyHash(DATA, publicKey, ph)).toBe(true);
    expect(verifyWithKeyHash(DATA, publicKey, sign(null, DATA, privateKey))).toBe(true);
    expect(verifyWithKeyHash(OTHER, publicKey, ph)).toBe(false);
    expect(verifyWithKeyHash(DATA, generateKeyPairSync('ed25519').publicKey, ph)).toBe(false);
  });

  it('verifies RSA-PSS as well as PKCS#1 v1.5 with SHA-256, and not another hash', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pss = sign('sha256', DATA, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
    expect(verifyWithKeyHash(DATA, publicKey, pss)).toBe(true);
    expect(verifyWithKeyHash(OTHER, publicKey, pss)).toBe(false);
    expect(verifyWithKeyHash(DATA, publicKey, sign('sha256', DATA, privateKey))).toBe(true);
    expect(verifyWithKeyHash(DATA, publicKey, sign('sha512', DATA, privateKey))).toBe(false);
    // Any salt length, as over a digest (the same code checks both).
    for (const saltLength of [0, 20]) {
      expect(
        verifyWithKeyHash(DATA, publicKey, sign('sha256', DATA, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength })),
      ).toBe(true);
    }
  });
});

describe('parseArtifactDigest', () => {
  it.each([
    ['sha256:' + 'ab'.repeat(32), 'sha256'],
    ['SHA256:' + 'AB'.repeat(32), 'sha256'],
    ['sha384:' + 'ab'.repeat(48), 'sha384'],
    ['sha512:' + 'ab'.repeat(64), 'sha512'],
  ])('reads %s', (text, algorithm) => {
    expect(parseArtifactDigest(text)).toEqual({ algorithm, digest: Buffer.from(text.slice(algorithm.length + 1), 'hex') });
  });

  it.each([
    'sha256:' + 'ab'.repeat(31),
    'sha256:' + 'ab'.repeat(64),
    'sha512:' + 'ab'.repeat(32),
    'md5:' + 'ab'.repeat(16),
    'sha256:' + 'zz'.repeat(32),
    'sha256:',
    'artifact.tgz',
    ' sha256:' + 'ab'.repeat(32),
  ])('refuses %j', (text) => {
    expect(parseArtifactDigest(text)).toBeUndefined();
  });
});
