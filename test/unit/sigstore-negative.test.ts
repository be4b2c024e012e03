/** The negative matrix on bundles signed by an offline mock Sigstore: each is rejected with its own reason. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, IdentityRule } from '../../src/core/signatures.js';
import { trustContextFromJSON, type TrustContext } from '../../src/sigstore/trusted-root.js';
import { verifyEvidence } from '../../src/sigstore/verify-evidence.js';
import {
  cosignLayer,
  createMockSigstore,
  createSigningKey,
  IN_TOTO_PAYLOAD_TYPE,
  inTotoStatement,
  keyDsseBundle,
  simpleSigningPayload,
  type MockSigstore,
} from '../helpers/sigstore-mock.js';

const IMAGE = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'cd'.repeat(32)}`;
const ISSUER = 'https://token.actions.githubusercontent.com';
const USER = { identity: 'user@example.com', issuer: ISSUER };
const exactUser: IdentityRule[] = [{ issuer: ISSUER, identity: 'user@example.com' }];

let sigstore: MockSigstore;
let stranger: MockSigstore;
let trust: TrustContext;
/** The parts of a bundle's JSON the tests tamper with. */
interface BundleJson {
  mediaType: string;
  dsseEnvelope: { payload: string; signatures: { sig: string }[] };
  verificationMaterial: {
    tlogEntries: { integratedTime: string }[];
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: { rawBytes: string }[] };
  };
}
let dsse: BundleJson;

beforeAll(async () => {
  sigstore = await createMockSigstore();
  stranger = await createMockSigstore();
  trust = trustContextFromJSON(sigstore.trustedRoot, 'mock trusted root');
  dsse = (await sigstore.signDsse(inTotoStatement(IMAGE, 'https://slsa.dev/provenance/v1', { builder: 'x' }), IN_TOTO_PAYLOAD_TYPE, USER)) as unknown as BundleJson;
});

const evidence = (bundle: unknown): Evidence => ({
  source: 'referrers',
  location: 'test',
  subjectDigest: IMAGE,
  form: { kind: 'bundle', bytes: Buffer.from(typeof bundle === 'string' ? bundle : JSON.stringify(bundle)) },
});
const verify = (bundle: unknown, identities = exactUser, digest = IMAGE) => verifyEvidence(evidence(bundle), digest, trust, { identities, keys: [] });
const clone = (value: unknown): BundleJson => structuredClone(value) as BundleJson;
function leaf(bundle: BundleJson): { rawBytes: string } {
  const material = bundle.verificationMaterial;
  const certificate = material.certificate ?? material.x509CertificateChain?.certificates[0];
  if (!certificate) throw new Error('the mock bundle has no certificate');
  return certificate;
}

describe('keyless bundles from the mock Sigstore', () => {
  it('verifies an attestation signed by a trusted identity, with GitHub claims from the certificate', async () => {
    const bundle = await sigstore.signDsse(inTotoStatement(IMAGE, 'https://slsa.dev/provenance/v1'), IN_TOTO_PAYLOAD_TYPE, {
      ...USER,
      github: { repository: 'acme/app', workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main', trigger: 'push', runnerEnvironment: 'github-hosted', sha: 'f'.repeat(40) },
    });
    const rule = { issuer: ISSUER, github: { repository: 'acme/app', workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main', trigger: 'push', runnerEnvironment: 'github-hosted' } };
    const result = await verify(bundle, [rule]);
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, kind: 'attestation', signer: { identity: 'user@example.com', github: { ...rule.github, sha: 'f'.repeat(40) } } });
  });

  it('counts a cosign v3 in-toto signature as a signature', async () => {
    const bundle = await sigstore.signDsse(inTotoStatement(IMAGE, 'https://sigstore.dev/cosign/sign/v1'), IN_TOTO_PAYLOAD_TYPE, USER);
    expect(await verify(bundle)).toMatchObject({ verified: true, kind: 'signature' });
  });

  it('payload tampered', async () => {
    const bundle = clone(dsse);
    bundle.dsseEnvelope.payload = inTotoStatement(IMAGE, 'https://slsa.dev/provenance/v1', { builder: 'evil' }).toString('base64');
    expect((await verify(bundle)).rejection?.code).toBe('signature-invalid');
  });

  it('signature tampered', async () => {
    const bundle = clone(dsse);
    const signature = bundle.dsseEnvelope.signatures[0];
    if (!signature) throw new Error('no signature');
    const sig = Buffer.from(signature.sig, 'base64');
    sig[10] = (sig[10] ?? 0) ^ 0xff;
    signature.sig = sig.toString('base64');
    expect((await verify(bundle)).rejection?.code).toBe('signature-invalid');
  });

  it('signature over another digest / bundle for another artifact', async () => {
    const result = await verify(dsse, exactUser, OTHER);
    expect(result).toMatchObject({ verified: false, rejection: { code: 'not-bound-to-digest' }, predicateType: 'https://slsa.dev/provenance/v1' });
    expect(result.rejection?.message).toContain(OTHER);
  });

  it('wrong identity, and the signer is still reported', async () => {
    const result = await verify(dsse, [{ issuer: ISSUER, identity: 'someone@example.com' }]);
    expect(result).toMatchObject({ rejection: { code: 'wrong-identity' }, signer: { identity: 'user@example.com' } });
  });

  it('an identity that matches only unanchored is rejected (evil-user@example.com vs user@example\\.com)', async () => {
    const evil = await sigstore.signDsse(inTotoStatement(IMAGE, 'x'), IN_TOTO_PAYLOAD_TYPE, { identity: 'evil-user@example.com', issuer: ISSUER });
    const rules = [{ issuer: ISSUER, identityRegExp: 'user@example\\.com' }];
    expect((await verify(evil, rules)).rejection?.code).toBe('wrong-identity');
    expect((await verify(dsse, rules)).verified).toBe(true);
    // An alternation cannot escape the anchors either.
    expect((await verify(evil, [{ issuer: ISSUER, identityRegExp: 'nobody|user@example\\.com' }])).rejection?.code).toBe('wrong-identity');
  });

  it('wrong issuer', async () => {
    expect((await verify(dsse, [{ issuer: 'https://accounts.google.com', identity: 'user@example.com' }])).rejection?.code).toBe('wrong-issuer');
  });

  it('no trusted identity configured: nothing is trusted', async () => {
    const result = await verify(dsse, []);
    expect(result).toMatchObject({ verified: false, rejection: { code: 'wrong-identity', message: expect.stringContaining('no trusted identity') as unknown } });
  });

  it('untrusted CA (signed by another Sigstore instance)', async () => {
    const bundle = await stranger.signDsse(inTotoStatement(IMAGE, 'x'), IN_TOTO_PAYLOAD_TYPE, USER);
    expect((await verify(bundle)).rejection?.code).toBe('untrusted-ca');
  });

  it('missing tlog entry', async () => {
    const bundle = clone(dsse);
    bundle.verificationMaterial.tlogEntries = [];
    expect((await verify(bundle)).rejection?.code).toBe('no-tlog-entry');
    const signedWithout = await sigstore.signDsse(inTotoStatement(IMAGE, 'x'), IN_TOTO_PAYLOAD_TYPE, USER, { noTlog: true });
    expect((await verify(signedWithout)).rejection?.code).toBe('no-tlog-entry');
  });

  it('certificate expired at signing time', async () => {
    const clock = new Date();
    const late = await createMockSigstore({ clock, caClock: new Date(clock.getTime() - 60 * 60 * 1000) });
    const lateTrust = trustContextFromJSON(late.trustedRoot, 'late');
    const bundle = await late.signDsse(inTotoStatement(IMAGE, 'x'), IN_TOTO_PAYLOAD_TYPE, USER);
    const result = await verifyEvidence(evidence(bundle), IMAGE, lateTrust, { identities: exactUser, keys: [] });
    expect(result.rejection?.code).toBe('certificate-expired');
  });

  it('certificate without any timestamp (neither tlog nor TSA) cannot prove it was valid when it signed', async () => {
    const bundle = await sigstore.signDsse(inTotoStatement(IMAGE, 'x'), IN_TOTO_PAYLOAD_TYPE, USER, { noTimestamp: true });
    const json = clone(bundle);
    const entry = json.verificationMaterial.tlogEntries[0];
    if (!entry) throw new Error('no tlog entry');
    entry.integratedTime = '0';
    const result = await verify(json);
    expect(result.verified).toBe(false);
    expect(['certificate-expired', 'no-tlog-entry']).toContain(result.rejection?.code);
  });

  it('unknown bundle media type', async () => {
    const bundle = { ...dsse, mediaType: 'application/vnd.dev.sigstore.bundle.v9.9+json' };
    expect((await verify(bundle)).rejection?.code).toBe('unknown-media-type');
  });

  it('malformed JSON', async () => {
    expect((await verify('{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", ')).rejection?.code).toBe('malformed');
    expect((await verify('[]')).rejection?.code).toBe('malformed');
  });

  it('truncated base64 and a certificate that does not parse', async () => {
    const truncated = clone(dsse);
    const cert = leaf(truncated);
    cert.rawBytes = cert.rawBytes.slice(0, 301);
    expect((await verify(truncated)).rejection?.code).toBe('malformed');
    const garbage = clone(dsse);
    leaf(garbage).rawBytes = Buffer.from('not a certificate').toString('base64');
    const result = await verify(garbage);
    expect(result.rejection?.code).toBe('malformed');
    expect(result.rejection?.message).toContain('certificate');
  });

  it('a message-signature bundle carries no payload, so it cannot be bound to the image', async () => {
    const bundle = await sigstore.signMessage(simpleSigningPayload(IMAGE), USER);
    expect((await verify(bundle)).rejection?.code).toBe('not-bound-to-digest');
  });
});

describe('key-based signatures', () => {
  const key = createSigningKey();
  const keys = [{ name: 'release', pem: key.pem, requireTlog: false }];

  it('verifies a legacy cosign layer signed with a trusted key, and rejects it for another digest', async () => {
    const layer = cosignLayer(key, simpleSigningPayload(IMAGE));
    const ev: Evidence = { source: 'cosign-tags', location: 'sig', subjectDigest: IMAGE, form: { kind: 'cosign-layer', ...layer } };
    const ok = await verifyEvidence(ev, IMAGE, trust, { identities: [], keys });
    expect(ok).toMatchObject({ verified: true, kind: 'signature', signer: { kind: 'key', name: 'release', keyId: key.keyId } });
    expect((await verifyEvidence(ev, OTHER, trust, { identities: [], keys })).rejection?.code).toBe('not-bound-to-digest');
    const other = createSigningKey();
    expect((await verifyEvidence(ev, IMAGE, trust, { identities: [], keys: [{ name: 'x', pem: other.pem, requireTlog: false }] })).rejection?.code).toBe('untrusted-key');
    expect((await verifyEvidence(ev, IMAGE, trust, { identities: [], keys: [{ ...keys[0]!, requireTlog: true }] })).rejection?.code).toBe('no-tlog-entry');
  });

  // P-384 and Ed25519 message signatures, and P-384 DSSE, do not verify yet: @sigstore/verify hashes with the
  // bundle's digest algorithm (SHA-256 for converted layers) or Node's default. See the adapter's open points.
  it.each(['p256', 'rsa'] as const)('verifies a message-signature layer signed with a %s key', async (type) => {
    const typed = createSigningKey(type);
    const ev: Evidence = { source: 'cosign-tags', location: 'sig', subjectDigest: IMAGE, form: { kind: 'cosign-layer', ...cosignLayer(typed, simpleSigningPayload(IMAGE)) } };
    const result = await verifyEvidence(ev, IMAGE, trust, { identities: [], keys: [{ name: type, pem: typed.pem, requireTlog: false }] });
    expect(result.rejection).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it.each(['p256', 'ed25519', 'rsa'] as const)('verifies a DSSE bundle signed with a %s key', async (type) => {
    const typed = createSigningKey(type);
    const bundle = keyDsseBundle(typed, inTotoStatement(IMAGE, 'https://spdx.dev/Document'));
    const result = await verifyEvidence(evidence(bundle), IMAGE, trust, { identities: [], keys: [{ name: type, pem: typed.pem, requireTlog: false }] });
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, kind: 'attestation', signer: { kind: 'key', keyId: typed.keyId } });
  });

  it('rejects a layer with an unknown media type', async () => {
    const layer = cosignLayer(key, simpleSigningPayload(IMAGE));
    const ev: Evidence = { source: 'cosign-tags', location: 'sig', subjectDigest: IMAGE, form: { kind: 'cosign-layer', ...layer, mediaType: 'application/octet-stream' } };
    expect((await verifyEvidence(ev, IMAGE, trust, { identities: [], keys })).rejection?.code).toBe('unknown-media-type');
  });
});
