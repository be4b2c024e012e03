/**
 * checkBundle on a message signature given only the artifact's digest: the real public-good wheel signature, mock
 * keyless bundles (certificate chain, SCT, log entry, timestamp all still checked) and key-signed bundles of every
 * scheme. Each answer is compared with the answer for the artifact's bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IdentityRule } from '../../../../src/core/model/signatures.js';
import { checkBundle, type BundleCheck, type SignerRules } from '../../../../src/adapters/sigstore/check-bundle.js';
import type { ArtifactDigest, PrehashAlgorithm } from '../../../../src/adapters/sigstore/prehash.js';
import { parseArtifactDigest } from '../../../../src/adapters/sigstore/prehash-entity.js';
import { loadTrustedRoot, trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { verifyEvidence } from '../../../../src/adapters/sigstore/verify-evidence.js';
import { createMockSigstore, SIMPLE_SIGNING_MEDIA_TYPE, simpleSigningPayload, type MockSigstore } from '../../../helpers/sigstore-mock.js';
import {
  createSchemeKey,
  schemeDigest,
  schemeMessageBundle,
  SIGNING_SCHEMES,
  type SchemeBundleJSON,
  type SchemeKey,
  type SigningScheme,
} from '../../../helpers/signing-schemes.js';

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const digestOf = (data: Buffer, algorithm: PrehashAlgorithm = 'sha256'): ArtifactDigest => ({
  algorithm,
  digest: createHash(algorithm).update(data).digest(),
});
const b64 = (data: Buffer) => data.toString('base64');
const code = (check: BundleCheck) => check.rejection?.code ?? 'verified';

describe('the real rfc8785 wheel signature (public-good, message signature, P-256) from its digest', () => {
  const json = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'sigstore', 'rfc8785-0.1.2-wheel.v0.2.sigstore.json'), 'utf8'),
  ) as {
    messageSignature: { signature: string };
  };
  const trust = loadTrustedRoot();
  const WHEEL = parseArtifactDigest('sha256:c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201');
  const RELEASE = 'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2';
  const rules = (identity: IdentityRule): SignerRules => ({ identities: [identity], keys: [] });

  it('verifies: chain, SCT, log entry (its body records this digest and signature), identity', () => {
    const check = checkBundle(json, WHEEL, trust, rules({ issuer: GITHUB_ISSUER, identity: RELEASE }));
    expect(check.rejection).toBeUndefined();
    expect(check.signer).toMatchObject({ kind: 'keyless', identity: RELEASE, issuer: GITHUB_ISSUER });
  });

  it('is not bound to another digest, nor to a digest of another algorithm', () => {
    const other = checkBundle(json, digestOf(Buffer.from('not the wheel')), trust, rules({ issuer: GITHUB_ISSUER, identity: RELEASE }));
    expect(other.rejection).toMatchObject({
      code: 'not-bound-to-digest',
      message: expect.stringContaining('the bundle signs sha256:c4e92e9e') as unknown,
    });
    const sha512 = checkBundle(json, digestOf(Buffer.from('the wheel'), 'sha512'), trust, rules({ issuer: GITHUB_ISSUER, identity: RELEASE }));
    expect(sha512.rejection).toMatchObject({ code: 'not-bound-to-digest', message: expect.stringContaining('signs a sha256 digest') as unknown });
  });

  it('checks the signer: another workflow, another issuer', () => {
    expect(code(checkBundle(json, WHEEL, trust, rules({ issuer: GITHUB_ISSUER, identity: RELEASE.replace('v0.1.2', 'v0.1.3') })))).toBe(
      'wrong-identity',
    );
    expect(code(checkBundle(json, WHEEL, trust, rules({ issuer: 'https://accounts.google.com', identity: RELEASE })))).toBe('wrong-issuer');
  });

  it('rejects a swapped signature: the log entry records the real one', () => {
    const swapped = structuredClone(json);
    const signature = Buffer.from(swapped.messageSignature.signature, 'base64');
    signature.writeUInt8(signature.readUInt8(signature.length - 1) ^ 1, signature.length - 1);
    swapped.messageSignature.signature = b64(signature);
    const check = checkBundle(swapped, WHEEL, trust, rules({ issuer: GITHUB_ISSUER, identity: RELEASE }));
    expect(check.rejection).toMatchObject({ code: 'signature-invalid', message: expect.stringContaining('transparency-log entry') as unknown });
  });
});

describe('mock keyless message signatures from a digest, and from the bytes', () => {
  const PAYLOAD = Buffer.from('hello');
  const OTHER = Buffer.from('goodbye');
  const USER = { identity: 'user@example.com', issuer: 'https://issuer.test' };
  const exact: SignerRules = { identities: [USER], keys: [] };
  interface MessageJson {
    messageSignature: { messageDigest: { digest: string }; signature: string };
  }
  let sigstore: MockSigstore;
  let trust: TrustContext;
  let withLog: MessageJson;
  let timestampOnly: MessageJson;
  /** Both answers, which must be the same. */
  const both = (bundle: unknown, bytes: Buffer, rules = exact, against = trust) => {
    const byDigest = checkBundle(bundle, digestOf(bytes), against, rules);
    const byBytes = checkBundle(bundle, bytes, against, rules);
    expect(code(byDigest)).toBe(code(byBytes));
    return byDigest;
  };

  beforeAll(async () => {
    sigstore = await createMockSigstore();
    trust = trustContextFromJSON(sigstore.trustedRoot, 'mock trusted root');
    withLog = (await sigstore.signMessage(PAYLOAD, USER)) as unknown as MessageJson;
    timestampOnly = (await sigstore.signMessage(PAYLOAD, USER, { noTlog: true })) as unknown as MessageJson;
  });

  it('verifies with a log entry and a timestamp; without the log entry, neither verifies', () => {
    expect(both(withLog, PAYLOAD)).toMatchObject({ signer: { kind: 'keyless', identity: USER.identity, issuer: USER.issuer } });
    expect(code(both(withLog, PAYLOAD))).toBe('verified');
    expect(code(both(timestampOnly, PAYLOAD))).toBe('no-tlog-entry');
  });

  it('checks the identity and the trust root as for the bytes', () => {
    expect(code(both(withLog, PAYLOAD, { identities: [{ ...USER, identity: 'other@example.com' }], keys: [] }))).toBe('wrong-identity');
    expect(code(both(withLog, PAYLOAD, exact, loadTrustedRoot()))).toBe('untrusted-ca');
  });

  it('a message digest rewritten to another artifact: the log entry body no longer matches', () => {
    const rewritten = structuredClone(withLog);
    rewritten.messageSignature.messageDigest.digest = b64(digestOf(OTHER).digest);
    const check = both(rewritten, OTHER);
    expect(check.rejection).toMatchObject({ code: 'signature-invalid', message: expect.stringContaining('transparency-log entry') as unknown });
  });
});

describe.each(SIGNING_SCHEMES)('a key-signed message signature (%s) from its digest and from its bytes', (scheme: SigningScheme) => {
  const PAYLOAD = Buffer.from('the artifact');
  let key: SchemeKey;
  let bundle: SchemeBundleJSON;
  const rules = (pem: string, requireTlog = false): SignerRules => ({ identities: [], keys: [{ name: 'k', pem, requireTlog }] });
  const trust = loadTrustedRoot();
  const digest = () => {
    const parsed = parseArtifactDigest(schemeDigest(key, PAYLOAD));
    if (!parsed) throw new Error('no digest');
    return parsed;
  };

  beforeAll(() => {
    key = createSchemeKey(scheme);
    bundle = schemeMessageBundle(key, PAYLOAD);
  });

  it('verifies the bytes; verifies the digest except a pure Ed25519 signature, which says why', () => {
    const byBytes = checkBundle(bundle, PAYLOAD, trust, rules(key.pem));
    expect(byBytes.rejection).toBeUndefined();
    expect(byBytes.signer).toMatchObject({ kind: 'key', keyId: key.keyId });
    const byDigest = checkBundle(bundle, digest(), trust, rules(key.pem));
    if (scheme === 'ed25519') {
      expect(byDigest.rejection).toMatchObject({ code: 'not-bound-to-digest', message: expect.stringContaining('only against the file') as unknown });
    } else {
      expect(byDigest.rejection).toBeUndefined();
      expect(byDigest.signer).toMatchObject({ kind: 'key', keyId: key.keyId });
    }
  });

  // From a digest, an Ed25519 signature that is not Ed25519ph with this key may be a pure one: that is the answer.
  const untrusted = scheme.startsWith('ed25519') ? 'not-bound-to-digest' : 'untrusted-key';

  it('rejects another trusted key, and a missing log entry when one is required, from the digest as from the bytes', () => {
    const stranger = createSchemeKey(scheme === 'rsa4096-pss' || scheme === 'rsa4096-pkcs1' ? 'rsa2048-pkcs1' : scheme);
    expect(code(checkBundle(bundle, PAYLOAD, trust, rules(stranger.pem)))).toBe('untrusted-key');
    expect(code(checkBundle(bundle, digest(), trust, rules(stranger.pem)))).toBe(untrusted);
    expect(code(checkBundle(bundle, PAYLOAD, trust, rules(key.pem, true)))).toBe('no-tlog-entry');
    expect(code(checkBundle(bundle, digest(), trust, rules(key.pem, true)))).toBe(scheme === 'ed25519' ? 'not-bound-to-digest' : 'no-tlog-entry');
  });

  it('rejects a message digest rewritten to another artifact: the signature over the digest does not verify', () => {
    const OTHER = Buffer.from('another artifact');
    const rewritten = structuredClone(bundle);
    const otherDigest = createHash(key.digestAlgorithm).update(OTHER).digest();
    rewritten.messageSignature.messageDigest.digest = b64(otherDigest);
    expect(code(checkBundle(rewritten, OTHER, trust, rules(key.pem)))).toBe('untrusted-key');
    expect(code(checkBundle(rewritten, { algorithm: key.digestAlgorithm, digest: otherDigest }, trust, rules(key.pem)))).toBe(untrusted);
  });
});

describe('a legacy cosign signature layer signed with an Ed25519 key as cosign v2 signs (Ed25519ph)', () => {
  const IMAGE = `sha256:${'ab'.repeat(32)}`;
  it('verifies with the trusted key, and not with another', async () => {
    const key = createSchemeKey('ed25519ph');
    const payload = simpleSigningPayload(IMAGE);
    const form = {
      kind: 'cosign-layer' as const,
      payload,
      mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
      annotations: { 'dev.cosignproject.cosign/signature': b64(key.sign(payload)) },
    };
    const evidence = { source: 'cosign-tags' as const, location: 'sig', subjectDigest: IMAGE, form };
    const rules = (pem: string): SignerRules => ({ identities: [], keys: [{ name: 'k', pem, requireTlog: false }] });
    const result = await verifyEvidence(evidence, IMAGE, loadTrustedRoot(), rules(key.pem));
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, signer: { kind: 'key', keyId: key.keyId } });
    const other = await verifyEvidence(evidence, IMAGE, loadTrustedRoot(), rules(createSchemeKey('ed25519ph').pem));
    expect(other.rejection?.code).toBe('untrusted-key');
  });
});
