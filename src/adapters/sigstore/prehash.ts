/**
 * Checking a signature against a digest of the signed bytes (a prehash) instead of the bytes themselves: what
 * verifying a message-signature bundle from `sha256:<hex>` needs, and what Ed25519ph and RSA-PSS sign even when we
 * have the bytes. node:crypto always hashes what it is given, so each scheme takes the digest as it is elsewhere:
 *   ECDSA              @noble/curves (audited) on P-256, P-384 and P-521 (private-CA leaves: Go verifies them), DER
 *                      signature as Sigstore carries it; high-S accepted, as OpenSSL and Go accept it; a key
 *                      checked again is checked with a precomputed table, from noble's own primitives
 *   Ed25519ph          @noble/curves' EdDSA with RFC 8032's Ed25519ph domain over the SHA-512 digest
 *   RSA PKCS#1 v1.5    OpenSSL (publicDecrypt checks the type-1 padding); we compare the DigestInfo it returns
 *   RSA-PSS            OpenSSL for the RSA operation, node-forge's EMSA-PSS-VERIFY for the encoding, with the salt
 *                      length read from it (any length, as Go's PSSSaltLengthAuto)
 * A pure Ed25519 signature signs the message itself: no digest can check it, which is an answer of its own.
 * Never throws.
 */
import { constants, createHash, publicDecrypt, timingSafeEqual, type KeyObject } from 'node:crypto';
import { eddsa } from '@noble/curves/abstract/edwards.js';
import type { ECDSA, WeierstrassPoint } from '@noble/curves/abstract/weierstrass.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { bytesToNumberBE } from '@noble/curves/utils.js';
import mgf1 from 'node-forge/lib/mgf1.js';
import pss from 'node-forge/lib/pss.js';
import sha256 from 'node-forge/lib/sha256.js';
import sha512 from 'node-forge/lib/sha512.js';

export type PrehashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** What a signature is checked against when only the artifact's digest is known. */
export interface ArtifactDigest {
  algorithm: PrehashAlgorithm;
  digest: Buffer;
}

export type PrehashVerdict = { kind: 'valid' } | { kind: 'invalid' } | { kind: 'uncheckable'; reason: string };

/** Which schemes a signer may have used; anything else is invalid. */
export interface PrehashSchemes {
  /** Digest algorithms accepted for ECDSA and RSA. */
  hashes: readonly PrehashAlgorithm[];
  /** RSA-PSS besides PKCS#1 v1.5. */
  rsaPss: boolean;
  /** Ed25519ph over a SHA-512 digest; without it an Ed25519 key cannot be checked from a digest at all. */
  ed25519ph: boolean;
}

export const DIGEST_LENGTHS: Readonly<Record<PrehashAlgorithm, number>> = { sha256: 32, sha384: 48, sha512: 64 };

const VALID: PrehashVerdict = { kind: 'valid' };
const INVALID: PrehashVerdict = { kind: 'invalid' };

export function verifyPrehashed(digest: ArtifactDigest, key: KeyObject, signature: Buffer, schemes: PrehashSchemes): PrehashVerdict {
  if (signature.length === 0 || digest.digest.length !== DIGEST_LENGTHS[digest.algorithm]) return INVALID;
  try {
    switch (key.asymmetricKeyType) {
      case 'ec':
        return schemes.hashes.includes(digest.algorithm) && verifyEcdsa(digest.digest, key, signature) ? VALID : INVALID;
      case 'rsa':
        if (!schemes.hashes.includes(digest.algorithm)) return INVALID;
        return verifyPkcs1(digest, key, signature) || (schemes.rsaPss && verifyPss(digest, key, signature)) ? VALID : INVALID;
      case 'ed25519':
        return verifyEd25519FromDigest(digest, key, signature, schemes);
      default:
        return INVALID;
    }
  } catch {
    return INVALID;
  }
}

const CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 } as const;

function verifyEcdsa(digest: Buffer, key: KeyObject, signature: Buffer): boolean {
  const curveName = key.asymmetricKeyDetails?.namedCurve;
  const curve = curveName === 'prime256v1' || curveName === 'secp384r1' || curveName === 'secp521r1' ? CURVES[curveName] : undefined;
  if (!curve) return false;
  const seen = keyPoints.get(key) ?? 0;
  if (typeof seen === 'number' && seen + 1 < TABLE_FROM_USE) {
    keyPoints.set(key, seen + 1);
    // Longer digests are truncated to the curve's order (SEC 1 §4.1.4), as OpenSSL and Go do.
    return curve.verify(signature, digest, rawKey(key), { prehash: false, lowS: false, format: 'der' });
  }
  // Lazy: the table is built by the first multiplication, kept by noble for this point object.
  const tabled = typeof seen === 'number' ? curve.Point.fromBytes(rawKey(key)).precompute(4) : seen;
  keyPoints.set(key, tabled);
  return verifyWithTable(curve, tabled, digest, signature);
}

/**
 * Two paths for one check. A key verified a few times (a keyless leaf certificate is verified once; a policy key once
 * per image) is verified by noble's own `verify`, which decodes the point and does a joint multiplication without
 * tables. From its TABLE_FROM_USE-th verification on (a key many images are signed with, a key the bench checks
 * warm) the key gets its decoded point with a window-4 wNAF table: built once, about 8 ms on P-256, 14 on P-384, 29
 * on P-521, plus noble's own table for G once per process and curve (19, 63, 65 ms), after which a verification
 * takes about a third of the time (P-256: 1.0 instead of 3.5 ms here). Switching later than the second use keeps
 * that set-up cost away from runs that verify a key only a handful of times, where it would never pay back.
 * A number: the verifications so far on noble's path. Per KeyObject, so it goes with the key.
 */
const keyPoints = new WeakMap<KeyObject, WeierstrassPoint<bigint> | number>();
export const TABLE_FROM_USE = 8;

/** True when the key is verified with its precomputed point (from its TABLE_FROM_USE-th verification on); for tests. */
export function hasPrecomputedKey(key: KeyObject): boolean {
  const point = keyPoints.get(key);
  return point !== undefined && typeof point !== 'number';
}

/**
 * ECDSA verification, SEC 1 v2 §4.1.4, from noble's primitives, the same steps as its `verify` (lowS off, DER):
 * r and s in [1, n-1] (Signature.fromBytes), h = the digest's leftmost bits up to the order's length mod n (noble's
 * bits2int_modN), R = (h/s)·G + (r/s)·Q, valid when R is not the identity and R.x mod n = r. Only the two
 * multiplications are done apart, so each uses its point's table (noble precomputes G itself).
 */
function verifyWithTable(curve: ECDSA, point: WeierstrassPoint<bigint>, digest: Buffer, signature: Buffer): boolean {
  const { Fn, BASE } = curve.Point;
  if (point.is0()) return false;
  const { r, s } = curve.Signature.fromBytes(signature, 'der');
  const excessBits = digest.length * 8 - Fn.BITS;
  const h = Fn.create(excessBits > 0 ? bytesToNumberBE(digest) >> BigInt(excessBits) : bytesToNumberBE(digest));
  const sInverse = Fn.inv(s);
  const R = BASE.multiplyUnsafe(Fn.mul(h, sInverse)).add(point.multiplyUnsafe(Fn.mul(r, sInverse)));
  return !R.is0() && Fn.create(R.toAffine().x) === r;
}

/** The key's raw public point (uncompressed SEC 1 for ECDSA, 32 bytes for Ed25519), cached per key object. */
const rawKeys = new WeakMap<KeyObject, Uint8Array>();
function rawKey(key: KeyObject): Uint8Array {
  const cached = rawKeys.get(key);
  if (cached) return cached;
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('no public point');
  const x = Buffer.from(jwk.x, 'base64url');
  const raw = key.asymmetricKeyType === 'ec' && typeof jwk.y === 'string' ? Buffer.concat([Buffer.of(0x04), x, Buffer.from(jwk.y, 'base64url')]) : x;
  rawKeys.set(key, raw);
  return raw;
}

// DER of DigestInfo up to the digest itself: RFC 8017 §9.2, note 1 (parameters NULL, as Go and OpenSSL sign).
const DIGEST_INFO_PREFIXES: Readonly<Record<PrehashAlgorithm, Buffer>> = {
  sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
};

function modulusBits(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits === undefined) throw new Error('no RSA modulus');
  return bits;
}

/** A signature exactly as long as the modulus, as Go requires; OpenSSL would also take a shorter one. */
function hasModulusLength(key: KeyObject, signature: Buffer): boolean {
  return signature.length === Math.ceil(modulusBits(key) / 8);
}

function verifyPkcs1(digest: ArtifactDigest, key: KeyObject, signature: Buffer): boolean {
  if (!hasModulusLength(key, signature)) return false;
  let digestInfo: Buffer;
  try {
    digestInfo = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    return false;
  }
  const expected = Buffer.concat([DIGEST_INFO_PREFIXES[digest.algorithm], digest.digest]);
  return digestInfo.length === expected.length && timingSafeEqual(digestInfo, expected);
}

interface ForgeMd {
  digestLength: number;
}
const FORGE_HASHES: Readonly<Record<PrehashAlgorithm, () => ForgeMd>> = {
  sha256: () => sha256.create(),
  sha384: () => sha512.sha384.create(),
  sha512: () => sha512.create(),
};

/**
 * RSA-PSS with MGF1 over the same hash, any salt length: the signature does not carry it, so it is read from the
 * encoding, as Go's PSSSaltLengthAuto does (cosign and sigstore-go verify so), and node-forge then checks the whole
 * encoding with it. A salt of none is checked here: node-forge takes the salt as `db.substr(-sLen)`, all of DB for 0.
 */
function verifyPss(digest: ArtifactDigest, key: KeyObject, signature: Buffer): boolean {
  if (!hasModulusLength(key, signature)) return false;
  const bits = modulusBits(key);
  const decrypted = publicDecrypt({ key, padding: constants.RSA_NO_PADDING }, signature);
  const encodedLength = Math.ceil((bits - 1) / 8);
  // I2OSP(m, emLen) (RFC 8017 §8.1.2): a modulus one bit past a byte boundary leaves a leading byte that must be zero.
  if (decrypted.subarray(0, decrypted.length - encodedLength).some((byte) => byte !== 0)) return false;
  const encoded = decrypted.subarray(decrypted.length - encodedLength);
  const salt = pssSalt(encoded, bits - 1, digest.algorithm);
  if (salt === undefined) return false;
  if (salt.length === 0) {
    const hashLength = DIGEST_LENGTHS[digest.algorithm];
    const expected = createHash(digest.algorithm).update(Buffer.alloc(8)).update(digest.digest).digest();
    return timingSafeEqual(expected, encoded.subarray(encodedLength - hashLength - 1, encodedLength - 1));
  }
  const scheme = pss.create({ md: FORGE_HASHES[digest.algorithm](), mgf: mgf1.create(FORGE_HASHES[digest.algorithm]()), saltLength: salt.length });
  try {
    return scheme.verify(digest.digest.toString('binary'), encoded.toString('binary'), bits);
  } catch {
    return false;
  }
}

/**
 * The salt of an EMSA-PSS encoding whose salt length is not known (RFC 8017 §9.1.2 steps 3-10, as Go reads it with
 * PSSSaltLengthAuto): EM = maskedDB || H || 0xbc, DB = maskedDB xor MGF1(H) with its top bits cleared, and DB is
 * zero bytes, 0x01, then the salt. Undefined when the encoding is not of that form.
 */
function pssSalt(encoded: Buffer, encodedBits: number, algorithm: PrehashAlgorithm): Buffer | undefined {
  const hashLength = DIGEST_LENGTHS[algorithm];
  const dbLength = encoded.length - hashLength - 1;
  if (dbLength < 1 || encoded[encoded.length - 1] !== 0xbc) return undefined;
  const topBits = 0xff >> (8 * encoded.length - encodedBits);
  const masked = encoded.subarray(0, dbLength);
  if (((masked[0] ?? 0) & ~topBits) !== 0) return undefined;
  const seed = encoded.subarray(dbLength, dbLength + hashLength).toString('binary');
  const mask = Buffer.from(mgf1.create(FORGE_HASHES[algorithm]()).generate(seed, dbLength), 'binary');
  const db = Buffer.from(masked.map((byte, index) => byte ^ (mask[index] ?? 0)));
  db[0] = (db[0] ?? 0) & topBits;
  const separator = db.findIndex((byte) => byte !== 0);
  return separator < 0 || db[separator] !== 0x01 ? undefined : db.subarray(separator + 1);
}

function verifyEd25519FromDigest(digest: ArtifactDigest, key: KeyObject, signature: Buffer, schemes: PrehashSchemes): PrehashVerdict {
  const pure = 'a pure Ed25519 signature signs the artifact itself, so it can be checked only against the file';
  if (!schemes.ed25519ph) return { kind: 'uncheckable', reason: `signed with an Ed25519 key: ${pure}` };
  if (digest.algorithm !== 'sha512') {
    return { kind: 'uncheckable', reason: `signed with an Ed25519 key: Ed25519ph signs a SHA-512 digest (give sha512:<hex>) and ${pure}` };
  }
  if (signature.length === 64 && ed25519phFromDigest.verify(signature, digest.digest, rawKey(key))) return VALID;
  return { kind: 'uncheckable', reason: `the Ed25519 signature does not verify as Ed25519ph over this SHA-512 digest, and ${pure}` };
}

/** Ed25519ph whose prehash is already done: RFC 8032 §5.1 with phflag 1, empty context, PH(M) given as the digest. */
const ed25519phFromDigest = eddsa(ed25519.Point, (data: Uint8Array) => createHash('sha512').update(data).digest(), {
  domain: ed25519phDomain,
  prehash: (digest: Uint8Array) => digest,
  // Strict RFC 8032 decoding (no ZIP-215 leniency), and small-order keys refused.
  zip215: false,
});

/** dom2(phflag, context) || data, RFC 8032 §5.1: the prefix that separates Ed25519ph from pure Ed25519. */
function ed25519phDomain(data: Uint8Array, context: Uint8Array, phflag: boolean): Uint8Array {
  if (!phflag || context.length > 255) throw new Error('Ed25519ph needs the prehash flag and a context of at most 255 bytes');
  return Buffer.concat([Buffer.from('SigEd25519 no Ed25519 collisions', 'latin1'), Buffer.of(1, context.length), context, data]);
}
