/**
 * A private CA's certificate signs with the schemes a certificate's key signs with in cosign and @sigstore/verify —
 * ECDSA (P-256, P-384, P-521) and RSA PKCS#1 v1.5, never RSA-PSS nor Ed25519ph — and a message signature gets the
 * same answer from the file and from its digest (verify-bundle FILE | sha256:HEX).
 */
import { constants, createHash, sign } from 'node:crypto';
import { ed25519ph } from '@noble/curves/ed25519.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateAuthorityRule } from '../../../../src/core/model/signatures.js';
import { checkBundle, type BundleCheck } from '../../../../src/adapters/sigstore/check-bundle.js';
import type { PrehashAlgorithm } from '../../../../src/adapters/sigstore/prehash.js';
import { trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { createPrivateLogs, createRoot, issueLeaf, messageBundle, pemOf, type Issued, type KeyKind } from '../../../helpers/private-pki.js';

const PAYLOAD = Buffer.from('the artifact');
const IDENTITY = 'release@acme.test';
const PROTOBUF_HASH = { sha256: 'SHA2_256', sha384: 'SHA2_384', sha512: 'SHA2_512' } as const;
const code = (check: BundleCheck) => check.rejection?.code ?? 'verified';

let trust: TrustContext;
let root: Issued;
const leaves = new Map<KeyKind, Issued>();
let authority: CertificateAuthorityRule;

beforeAll(async () => {
  trust = trustContextFromJSON((await createPrivateLogs()).trustedRoot, 'private test logs');
  root = await createRoot('p256');
  for (const kind of ['p256', 'p384', 'p521', 'rsa2048', 'ed25519'] as const)
    leaves.set(kind, await issueLeaf(root, kind, { sans: [{ type: 'email', value: IDENTITY }] }));
  // Neither SCT nor log: the signature scheme alone is under test (the certificate is valid now).
  authority = { name: 'test CA', rootsPem: pemOf(root), requireSct: false, requireTlog: false };
}, 60_000);

/** The answers for the file and for its digest, for a message-signature bundle over PAYLOAD with this digest and signature. */
function answers(kind: KeyKind, algorithm: PrehashAlgorithm, signature: Buffer): { file: string; digest: string } {
  const leaf = leaves.get(kind);
  if (!leaf) throw new Error(`no ${kind} leaf`);
  const bundle = messageBundle(leaf, PAYLOAD) as { messageSignature: { messageDigest: { algorithm: string; digest: string }; signature: string } };
  const digest = createHash(algorithm).update(PAYLOAD).digest();
  bundle.messageSignature = {
    messageDigest: { algorithm: PROTOBUF_HASH[algorithm], digest: digest.toString('base64') },
    signature: signature.toString('base64'),
  };
  const rules = { identities: [{ identity: IDENTITY, issuerRegExp: '.*' }], keys: [], certificateAuthorities: [authority] };
  return { file: code(checkBundle(bundle, PAYLOAD, trust, rules)), digest: code(checkBundle(bundle, { algorithm, digest }, trust, rules)) };
}
const privateKey = (kind: KeyKind) => {
  const leaf = leaves.get(kind);
  if (!leaf) throw new Error(`no ${kind} leaf`);
  return leaf.privateKey;
};

describe('verified from the file and from its digest', () => {
  it.each<[KeyKind, PrehashAlgorithm]>([
    ['p256', 'sha256'],
    ['p384', 'sha384'],
    ['p521', 'sha256'],
    ['p521', 'sha512'],
    ['rsa2048', 'sha256'],
    ['rsa2048', 'sha384'],
  ])('%s leaf, %s', (kind, algorithm) => {
    expect(answers(kind, algorithm, sign(algorithm, PAYLOAD, privateKey(kind)))).toEqual({ file: 'verified', digest: 'verified' });
  });

  it('and neither over other bytes (premise: the schemes above are checked, not waved through)', () => {
    for (const kind of ['p521', 'rsa2048'] as const) {
      expect(answers(kind, 'sha256', sign('sha256', Buffer.from('other bytes'), privateKey(kind)))).toEqual({
        file: 'signature-invalid',
        digest: 'signature-invalid',
      });
    }
  });
});

describe('schemes a certificate never signs with: rejected from the file as from its digest', () => {
  it('RSA-PSS by an RSA leaf (cosign verifies a certificate with PKCS#1 v1.5 only): signature-invalid both ways', () => {
    for (const saltLength of [constants.RSA_PSS_SALTLEN_DIGEST, constants.RSA_PSS_SALTLEN_MAX_SIGN]) {
      const pss = sign('sha256', PAYLOAD, { key: privateKey('rsa2048'), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength });
      expect(answers('rsa2048', 'sha256', pss)).toEqual({ file: 'signature-invalid', digest: 'signature-invalid' });
    }
  });

  it('Ed25519ph by an Ed25519 leaf: signature-invalid from the file; from a digest only a pure signature could be meant, which no digest checks', () => {
    const seed = Buffer.from(privateKey('ed25519').export({ format: 'jwk' }).d ?? '', 'base64url');
    const ph = Buffer.from(ed25519ph.sign(PAYLOAD, seed));
    expect(answers('ed25519', 'sha512', ph)).toEqual({ file: 'signature-invalid', digest: 'not-bound-to-digest' });
    // Premise: a pure Ed25519 signature by the same leaf verifies from the file.
    expect(answers('ed25519', 'sha512', sign(null, PAYLOAD, privateKey('ed25519'))).file).toBe('verified');
  });
});
