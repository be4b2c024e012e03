/**
 * Keys of every signature scheme a key-signed Sigstore message signature may use, and bundles signed with them,
 * for the digest-vs-file tests. Generated in the test; RSA 4096 takes a moment, so make each key once per file.
 *
 *   const key = createSchemeKey('ed25519ph');
 *   const bundle = schemeMessageBundle(key, payload);   // key-based v0.3 bundle, no tlog entry
 */
import { constants, createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { ed25519ph } from '@noble/curves/ed25519.js';
import type { KeyBundleJSON } from './sigstore-mock.js';

export const SIGNING_SCHEMES = ['p256', 'p384', 'rsa2048-pkcs1', 'rsa4096-pkcs1', 'rsa2048-pss', 'rsa4096-pss', 'ed25519', 'ed25519ph'] as const;
export type SigningScheme = (typeof SIGNING_SCHEMES)[number];

export interface SchemeKey {
  scheme: SigningScheme;
  privateKey: KeyObject;
  /** SPKI PEM. */
  pem: string;
  /** hex sha256 of the DER SPKI. */
  keyId: string;
  /** The digest the bundle's messageDigest carries (and the one to pass instead of the file). */
  digestAlgorithm: 'sha256' | 'sha384' | 'sha512';
  sign(data: Buffer): Buffer;
}

export function createSchemeKey(scheme: SigningScheme): SchemeKey {
  const pair =
    scheme === 'p256' || scheme === 'p384'
      ? generateKeyPairSync('ec', { namedCurve: scheme === 'p256' ? 'P-256' : 'P-384' })
      : scheme.startsWith('rsa')
        ? generateKeyPairSync('rsa', { modulusLength: scheme.startsWith('rsa4096') ? 4096 : 2048 })
        : generateKeyPairSync('ed25519');
  const { privateKey } = pair;
  const signWith = (data: Buffer): Buffer => {
    switch (scheme) {
      case 'p256':
      case 'rsa2048-pkcs1':
      case 'rsa4096-pkcs1':
        return sign('sha256', data, privateKey);
      case 'p384':
        return sign('sha384', data, privateKey);
      case 'rsa2048-pss':
      case 'rsa4096-pss':
        // Go's and Node's default salt: as long as fits.
        return sign('sha256', data, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_MAX_SIGN });
      case 'ed25519':
        return sign(null, data, privateKey);
      case 'ed25519ph':
        // What cosign v2 makes of an Ed25519 key for a blob: Ed25519ph over SHA-512 (RFC 8032).
        return Buffer.from(ed25519ph.sign(data, Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url')));
    }
  };
  const der = pair.publicKey.export({ format: 'der', type: 'spki' });
  return {
    scheme,
    privateKey,
    pem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    keyId: createHash('sha256').update(der).digest('hex'),
    digestAlgorithm: scheme === 'p384' ? 'sha384' : scheme.startsWith('ed25519') ? 'sha512' : 'sha256',
    sign: signWith,
  };
}

const PROTOBUF_HASH = { sha256: 'SHA2_256', sha384: 'SHA2_384', sha512: 'SHA2_512' } as const;

export type SchemeBundleJSON = KeyBundleJSON & { messageSignature: { messageDigest: { algorithm: string; digest: string }; signature: string } };

/** A key-based message-signature bundle (v0.3, no tlog entry) over `payload`, signed as the scheme signs. */
export function schemeMessageBundle(key: SchemeKey, payload: Buffer): SchemeBundleJSON {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: key.keyId }, tlogEntries: [] },
    messageSignature: {
      messageDigest: { algorithm: PROTOBUF_HASH[key.digestAlgorithm], digest: createHash(key.digestAlgorithm).update(payload).digest('base64') },
      signature: key.sign(payload).toString('base64'),
    },
  };
}

/** `algorithm:hex` of `payload` under the key's digest algorithm: what to pass instead of the file. */
export function schemeDigest(key: SchemeKey, payload: Buffer): string {
  return `${key.digestAlgorithm}:${createHash(key.digestAlgorithm).update(payload).digest('hex')}`;
}
