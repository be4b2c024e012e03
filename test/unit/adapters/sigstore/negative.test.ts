/** The negative matrix on bundles signed by an offline mock Sigstore: each is rejected with its own reason. */
import { sign as cryptoSign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, IdentityRule } from '../../../../src/core/model/signatures.js';
import { checkBundle } from '../../../../src/adapters/sigstore/check-bundle.js';
import { trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { verifyEvidence } from '../../../../src/adapters/sigstore/verify-evidence.js';
import {
  cosignLayer,
  createMockSigstore,
  createSigningKey,
  IN_TOTO_PAYLOAD_TYPE,
  inTotoStatement,
  keyDsseBundle,
  keyMessageBundle,
  simpleSigningPayload,
  type MockSigstore,
} from '../../../helpers/sigstore-mock.js';

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
  dsse = (await sigstore.signDsse(
    inTotoStatement(IMAGE, 'https://slsa.dev/provenance/v1', { builder: 'x' }),
    IN_TOTO_PAYLOAD_TYPE,
    USER,
  )) as unknown as BundleJson;
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
      github: {
        repository: 'acme/app',
        workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main',
        trigger: 'push',
        runnerEnvironment: 'github-hosted',
        sha: 'f'.repeat(40),
      },
    });
    const rule = {
      issuer: ISSUER,
      github: {
        repository: 'acme/app',
        workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main',
        trigger: 'push',
        runnerEnvironment: 'github-hosted',
      },
    };
    const result = await verify(bundle, [rule]);
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({
      verified: true,
      kind: 'attestation',
      signer: { identity: 'user@example.com', github: { ...rule.github, sha: 'f'.repeat(40) } },
    });
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
    expect(result).toMatchObject({
      verified: false,
      rejection: { code: 'wrong-identity', message: expect.stringContaining('no trusted identity') as unknown },
    });
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
    const late = await createMockSigstore({ caClockOffsetMs: -60 * 60 * 1000 });
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
    expect(
      (await verifyEvidence(ev, IMAGE, trust, { identities: [], keys: [{ name: 'x', pem: other.pem, requireTlog: false }] })).rejection?.code,
    ).toBe('untrusted-key');
    expect((await verifyEvidence(ev, IMAGE, trust, { identities: [], keys: [{ ...keys[0]!, requireTlog: true }] })).rejection?.code).toBe(
      'no-tlog-entry',
    );
  });

  // The hash comes from the trusted key's type (SHA-256 for P-256/RSA, SHA-384 for P-384, pure Ed25519), not from
  // the bundle's digest algorithm or Node's default.
  const KEY_TYPES = ['p256', 'p384', 'ed25519', 'rsa'] as const;
  const layerEvidence = (layer: ReturnType<typeof cosignLayer>): Evidence => ({
    source: 'cosign-tags',
    location: 'sig',
    subjectDigest: IMAGE,
    form: { kind: 'cosign-layer', ...layer },
  });
  const keyRule = (name: string, pem: string) => [{ name, pem, requireTlog: false }];

  it.each(KEY_TYPES)('verifies a legacy layer signed with a %s key, and rejects it with another key of that type', async (type) => {
    const typed = createSigningKey(type);
    const ev = layerEvidence(cosignLayer(typed, simpleSigningPayload(IMAGE)));
    const result = await verifyEvidence(ev, IMAGE, trust, { identities: [], keys: keyRule(type, typed.pem) });
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, kind: 'signature', signer: { kind: 'key', name: type, keyId: typed.keyId } });
    const wrong = await verifyEvidence(ev, IMAGE, trust, { identities: [], keys: keyRule('other', createSigningKey(type).pem) });
    expect(wrong).toMatchObject({ verified: false, rejection: { code: 'untrusted-key' } });
    expect(wrong.signer).toBeUndefined();
  });

  it('verifies a P-384 legacy layer signed over SHA-256 (cosign before v2.4 hashed every ECDSA key with SHA-256)', async () => {
    const p384 = createSigningKey('p384');
    const payload = simpleSigningPayload(IMAGE);
    const layer = {
      ...cosignLayer(p384, payload),
      annotations: { 'dev.cosignproject.cosign/signature': cryptoSign('sha256', payload, p384.privateKey).toString('base64') },
    };
    const result = await verifyEvidence(layerEvidence(layer), IMAGE, trust, { identities: [], keys: keyRule('p384', p384.pem) });
    expect(result.rejection).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it('rejects a P-384 signature over SHA-1 and a tampered P-384 payload', async () => {
    const p384 = createSigningKey('p384');
    const payload = simpleSigningPayload(IMAGE);
    const sha1 = {
      ...cosignLayer(p384, payload),
      annotations: { 'dev.cosignproject.cosign/signature': cryptoSign('sha1', payload, p384.privateKey).toString('base64') },
    };
    expect((await verifyEvidence(layerEvidence(sha1), IMAGE, trust, { identities: [], keys: keyRule('p384', p384.pem) })).rejection?.code).toBe(
      'untrusted-key',
    );
    const tampered = { ...cosignLayer(p384, payload), payload: simpleSigningPayload(IMAGE, 'registry.test/evil') };
    expect((await verifyEvidence(layerEvidence(tampered), IMAGE, trust, { identities: [], keys: keyRule('p384', p384.pem) })).rejection?.code).toBe(
      'untrusted-key',
    );
  });

  it('an Ed25519 key does not verify a P-256 signature, nor the other way round', async () => {
    const ed = createSigningKey('ed25519');
    const p256 = createSigningKey('p256');
    const byP256 = layerEvidence(cosignLayer(p256, simpleSigningPayload(IMAGE)));
    const byEd = layerEvidence(cosignLayer(ed, simpleSigningPayload(IMAGE)));
    expect((await verifyEvidence(byP256, IMAGE, trust, { identities: [], keys: keyRule('ed', ed.pem) })).rejection?.code).toBe('untrusted-key');
    expect((await verifyEvidence(byEd, IMAGE, trust, { identities: [], keys: keyRule('p256', p256.pem) })).rejection?.code).toBe('untrusted-key');
    // With both trusted, the one that signed is named.
    const both = [...keyRule('p256', p256.pem), ...keyRule('ed', ed.pem)];
    expect(await verifyEvidence(byEd, IMAGE, trust, { identities: [], keys: both })).toMatchObject({
      verified: true,
      signer: { name: 'ed', keyId: ed.keyId },
    });
  });

  it.each(KEY_TYPES)('verifies a DSSE bundle signed with a %s key, and rejects it with another key of that type', async (type) => {
    const typed = createSigningKey(type);
    const bundle = keyDsseBundle(typed, inTotoStatement(IMAGE, 'https://spdx.dev/Document'));
    const result = await verifyEvidence(evidence(bundle), IMAGE, trust, { identities: [], keys: keyRule(type, typed.pem) });
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, kind: 'attestation', signer: { kind: 'key', keyId: typed.keyId } });
    const wrong = await verifyEvidence(evidence(bundle), IMAGE, trust, { identities: [], keys: keyRule('other', createSigningKey(type).pem) });
    expect(wrong).toMatchObject({ verified: false, rejection: { code: 'untrusted-key' } });
  });

  it('rejects a P-384 DSSE bundle whose statement was swapped after signing', async () => {
    const p384 = createSigningKey('p384');
    const bundle = keyDsseBundle(p384, inTotoStatement(IMAGE, 'https://spdx.dev/Document'));
    const swapped = {
      ...bundle,
      dsseEnvelope: {
        ...(bundle.dsseEnvelope as Record<string, unknown>),
        payload: inTotoStatement(IMAGE, 'https://spdx.dev/Document', { evil: true }).toString('base64'),
      },
    };
    expect((await verifyEvidence(evidence(swapped), IMAGE, trust, { identities: [], keys: keyRule('p384', p384.pem) })).rejection?.code).toBe(
      'untrusted-key',
    );
  });

  it.each(KEY_TYPES)('verifies a key-based message-signature bundle signed with a %s key only with its artifact', (type) => {
    const typed = createSigningKey(type);
    const payload = simpleSigningPayload(IMAGE);
    const bundle = keyMessageBundle(typed, payload);
    const check = checkBundle(bundle, payload, trust, { identities: [], keys: keyRule(type, typed.pem) });
    expect(check.rejection).toBeUndefined();
    expect(check.signer).toMatchObject({ kind: 'key', keyId: typed.keyId });
    // Other bytes are not the ones whose digest the bundle signs: told apart before any key is tried.
    expect(checkBundle(bundle, simpleSigningPayload(OTHER), trust, { identities: [], keys: keyRule(type, typed.pem) }).rejection?.code).toBe(
      'not-bound-to-digest',
    );
  });

  it('rejects a layer with an unknown media type', async () => {
    const layer = cosignLayer(key, simpleSigningPayload(IMAGE));
    const ev: Evidence = {
      source: 'cosign-tags',
      location: 'sig',
      subjectDigest: IMAGE,
      form: { kind: 'cosign-layer', ...layer, mediaType: 'application/octet-stream' },
    };
    expect((await verifyEvidence(ev, IMAGE, trust, { identities: [], keys })).rejection?.code).toBe('unknown-media-type');
  });
});
