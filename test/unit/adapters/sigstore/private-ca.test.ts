/**
 * Keyless signatures from a private CA (cosign's --ca-roots / --ca-intermediates / --certificate-chain /
 * --insecure-ignore-sct): chains made in the test with RSA 2048/4096, RSA-PSS, P-256 and P-384 keys, SCTs and log
 * entries from @sigstore/mock's CT log and Rekor. Every rejection asserts its code, and its premise is shown by
 * the same material passing once the one thing wrong is put right.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateAuthorityRule, Evidence, IdentityRule } from '../../../../src/core/model/signatures.js';
import { inputAuthority } from '../../../../src/config/policy/certificate-authorities.js';
import { checkBundle } from '../../../../src/adapters/sigstore/check-bundle.js';
import { trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { verifyEvidence } from '../../../../src/adapters/sigstore/verify-evidence.js';
import { createMockSigstore, inTotoStatement, simpleSigningPayload } from '../../../helpers/sigstore-mock.js';
import {
  cosignLayer,
  createPrivateLogs,
  createRoot,
  dsseBundle,
  issueCa,
  issueLeaf,
  messageBundle,
  pemOf,
  type Issued,
  type KeyKind,
  type LeafOptions,
  type PrivateLogs,
  x509,
} from '../../../helpers/private-pki.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IDENTITY = 'release@acme.test';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A private CA's certificate has no OIDC issuer: cosign users then name the issuer by a pattern that matches none. */
const SIGNER: IdentityRule = { identity: IDENTITY, issuerRegExp: '.*' };

let logs: PrivateLogs;
let trust: TrustContext;

beforeAll(async () => {
  logs = await createPrivateLogs();
  trust = trustContextFromJSON(logs.trustedRoot, 'private test logs');
});

function authority(roots: Issued[], intermediates: Issued[] = [], options: Partial<CertificateAuthorityRule> = {}): CertificateAuthorityRule {
  return {
    name: 'test CA',
    rootsPem: pemOf(...roots),
    ...(intermediates.length > 0 && { intermediatesPem: pemOf(...intermediates) }),
    requireSct: true,
    requireTlog: true,
    ...options,
  };
}

/** A legacy cosign `.sig` layer for DIGEST signed by `leaf`, with `chain` in its chain annotation and (by default) a Rekor entry. */
async function signedLayer(leaf: Issued, chain: Issued[] = [], options: { tlog?: boolean } = {}): Promise<Evidence> {
  const payload = simpleSigningPayload(DIGEST);
  const layer = cosignLayer(leaf, payload, chain);
  const signature = layer.annotations['dev.cosignproject.cosign/signature'] ?? '';
  if (options.tlog !== false) layer.annotations['dev.sigstore.cosign/bundle'] = await logs.rekorAnnotation(leaf, payload, signature);
  return { source: 'cosign-tags', location: 'test layer', subjectDigest: DIGEST, form: { kind: 'cosign-layer', ...layer } };
}

function verify(evidence: Evidence, authorities: CertificateAuthorityRule[], identities: IdentityRule[] = [SIGNER]) {
  return verifyEvidence(evidence, DIGEST, trust, { identities, keys: [], certificateAuthorities: authorities });
}

/** A three-level PKI of the given key kinds; the leaf has an SCT from the trusted CT log unless told otherwise. */
async function pki(kinds: [KeyKind, KeyKind, KeyKind], leafOptions: LeafOptions = {}) {
  const root = await createRoot(kinds[0]);
  const intermediate = await issueCa(root, kinds[1]);
  const leaf = await issueLeaf(intermediate, kinds[2], { ctLog: logs.ctLog, ...leafOptions });
  return { root, intermediate, leaf };
}

describe('private CA chains cosign verifies, with its defaults (SCT and transparency log required)', () => {
  it.each<[KeyKind, KeyKind, KeyKind]>([
    ['rsa4096', 'rsa2048', 'p256'],
    ['p384', 'p256', 'rsa2048'],
    ['p256', 'p384', 'p384'],
    ['rsa2048', 'rsa4096', 'rsa4096'],
    ['rsa-pss', 'p256', 'p256'],
    ['ed25519', 'ed25519', 'p256'],
    ['p256', 'p384', 'ed25519'],
  ])(
    'root %s, intermediate %s, leaf %s',
    async (...kinds) => {
      const { root, intermediate, leaf } = await pki(kinds);
      const result = await verify(await signedLayer(leaf), [authority([root], [intermediate])]);
      expect(result.rejection).toBeUndefined();
      expect(result.verified).toBe(true);
      expect(result.signer).toMatchObject({ kind: 'keyless', identity: IDENTITY, issuer: '' });
    },
    60_000,
  );

  it('--certificate-chain: intermediates then the root, in one file', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    const chain = inputAuthority({ kind: 'chain', chainPem: pemOf(intermediate, root) }, { requireSct: true, requireTlog: true });
    expect((await verify(await signedLayer(leaf), [chain])).verified).toBe(true);
    // The chain's last certificate is the only root: a chain file that ends with the intermediate trusts it as the root.
    const other = await pki(['p256', 'p256', 'p256']);
    const wrong = inputAuthority({ kind: 'chain', chainPem: pemOf(other.intermediate, other.root) }, { requireSct: true, requireTlog: true });
    expect((await verify(await signedLayer(leaf), [wrong])).rejection?.code).toBe('untrusted-ca');
  }, 30_000);

  it('takes the intermediates a signature carries (cosign chain annotation), its last certificate never as a root', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    // Premise: with no intermediate anywhere, there is no path.
    expect((await verify(await signedLayer(leaf), [authority([root])])).rejection?.code).toBe('untrusted-ca');
    expect((await verify(await signedLayer(leaf, [intermediate, root]), [authority([root])])).verified).toBe(true);
    // A chain whose last certificate is the intermediate: cosign drops the last one, so it links nothing.
    expect((await verify(await signedLayer(leaf, [intermediate]), [authority([root])])).rejection?.code).toBe('untrusted-ca');
  }, 30_000);

  it('never anchors a path at a root the signature brings', async () => {
    const trusted = await createRoot('p256');
    const forged = await pki(['p256', 'p256', 'p256']);
    // Premise: the forged chain is sound in itself.
    expect((await verify(await signedLayer(forged.leaf), [authority([forged.root], [forged.intermediate])])).verified).toBe(true);
    for (const chain of [
      [forged.intermediate, forged.root],
      [forged.root, forged.root],
      [forged.root, forged.intermediate, forged.root],
    ]) {
      const result = await verify(await signedLayer(forged.leaf, chain), [authority([trusted])]);
      expect(result.rejection?.code).toBe('untrusted-ca');
    }
  }, 30_000);

  it('uses the configured intermediates only, as cosign does, when the CA names some', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    const sibling = await issueCa(root, 'p256', { name: 'Sibling Intermediate' });
    expect((await verify(await signedLayer(leaf, [intermediate, root]), [authority([root], [sibling])])).rejection?.code).toBe('untrusted-ca');
    expect((await verify(await signedLayer(leaf, [intermediate, root]), [authority([root], [sibling, intermediate])])).verified).toBe(true);
  }, 30_000);

  it('verifies a Sigstore bundle whose certificate a private CA issued (message signature, log entry in the bundle)', async () => {
    const { root, intermediate, leaf } = await pki(['p384', 'rsa2048', 'p256']);
    const payload = simpleSigningPayload(DIGEST);
    const unsigned = messageBundle(leaf, payload);
    const signature = (unsigned.messageSignature as { signature: string }).signature;
    const bundle = messageBundle(leaf, payload, [], { tlogEntries: [await logs.tlogEntry(leaf, payload, signature)] });
    // The signature bytes are deterministic for RSA only; take the logged one so the entry matches.
    (bundle.messageSignature as { signature: string }).signature = signature;
    const check = checkBundle(bundle, payload, trust, {
      identities: [SIGNER],
      keys: [],
      certificateAuthorities: [authority([root], [intermediate])],
    });
    expect(check.rejection).toBeUndefined();
    expect(check.signer).toMatchObject({ identity: IDENTITY });
  }, 30_000);
});

describe('DSSE bundles signed by a private CA', () => {
  it('verifies an in-toto statement signed with a P-384 leaf (SHA-384), bound to its subject by the caller', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p384']);
    const statement = inTotoStatement(DIGEST, 'https://sigstore.dev/cosign/sign/v1');
    const bundle = dsseBundle(leaf, statement, [intermediate, root]);
    const relaxed = authority([root], [], { requireTlog: false });
    const check = checkBundle(bundle, undefined, trust, { identities: [SIGNER], keys: [], certificateAuthorities: [relaxed] });
    expect(check.rejection).toBeUndefined();
    expect(check.dsse?.payload.equals(statement)).toBe(true);
    // Premise: the log is required by default, and this bundle has no entry.
    expect(
      checkBundle(bundle, undefined, trust, { identities: [SIGNER], keys: [], certificateAuthorities: [authority([root])] }).rejection?.code,
    ).toBe('no-tlog-entry');
    // Another payload under the same signature does not verify.
    const forged = {
      ...bundle,
      dsseEnvelope: { ...(bundle.dsseEnvelope as object), payload: inTotoStatement(`sha256:${'cd'.repeat(32)}`, 'x:y').toString('base64') },
    };
    expect(checkBundle(forged, undefined, trust, { identities: [SIGNER], keys: [], certificateAuthorities: [relaxed] }).rejection?.code).toBe(
      'signature-invalid',
    );
  }, 30_000);
});

describe('what a private CA must not get away with', () => {
  it('a signature carrying more chain certificates than any PKI needs: malformed, before any path is searched', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    const padding = Array.from({ length: 10 }, () => intermediate);
    expect((await verify(await signedLayer(leaf, [...padding, root]), [authority([root])])).rejection?.code).toBe('malformed');
    // Premise: ten are still read.
    expect((await verify(await signedLayer(leaf, [...padding.slice(1), root]), [authority([root])])).verified).toBe(true);
  }, 30_000);

  it('an RSA key under 2048 bits anywhere in the path: untrusted-ca', async () => {
    const weakRoot = await pki(['rsa1024', 'p256', 'p256']);
    const weak = await verify(await signedLayer(weakRoot.leaf), [authority([weakRoot.root], [weakRoot.intermediate])]);
    expect(weak.rejection?.code).toBe('untrusted-ca');
    expect(weak.rejection?.message).toMatch(/RSA key of 1024 bits/);
    const weakLeaf = await pki(['p256', 'p256', 'rsa1024']);
    const leafResult = await verify(await signedLayer(weakLeaf.leaf), [authority([weakLeaf.root], [weakLeaf.intermediate])]);
    expect(leafResult.rejection?.code).toBe('untrusted-ca');
  }, 30_000);

  it('a certificate from another root: untrusted-ca', async () => {
    const { root, intermediate } = await pki(['p256', 'p256', 'p256']);
    const stranger = await pki(['p256', 'p256', 'p256']);
    expect((await verify(await signedLayer(stranger.leaf), [authority([root], [intermediate])])).rejection?.code).toBe('untrusted-ca');
  }, 30_000);

  it('a leaf without the code-signing usage, or with another usage only: untrusted-ca', async () => {
    const { root, intermediate } = await pki(['p256', 'p256', 'p256']);
    for (const extendedKeyUsages of [[], [x509.ExtendedKeyUsage.serverAuth]]) {
      const leaf = await issueLeaf(intermediate, 'p256', { ctLog: logs.ctLog, extendedKeyUsages });
      const result = await verify(await signedLayer(leaf), [authority([root], [intermediate])]);
      expect(result.rejection?.code).toBe('untrusted-ca');
      expect(result.rejection?.message).toMatch(/code signing/);
    }
  }, 30_000);

  it('a leaf whose key usage does not allow signatures: untrusted-ca', async () => {
    const { root, intermediate } = await pki(['p256', 'p256', 'p256']);
    const leaf = await issueLeaf(intermediate, 'p256', { ctLog: logs.ctLog, keyUsage: x509.KeyUsageFlags.keyEncipherment });
    expect((await verify(await signedLayer(leaf), [authority([root], [intermediate])])).rejection?.code).toBe('untrusted-ca');
  }, 30_000);

  it('an intermediate limited to other usages (Go nests them): untrusted-ca; limited to code signing: verified', async () => {
    const root = await createRoot('p256');
    const web = await issueCa(root, 'p256', { extendedKeyUsages: [x509.ExtendedKeyUsage.serverAuth] });
    const code = await issueCa(root, 'p256', { extendedKeyUsages: [x509.ExtendedKeyUsage.codeSigning] });
    const fromWeb = await issueLeaf(web, 'p256', { ctLog: logs.ctLog });
    const fromCode = await issueLeaf(code, 'p256', { ctLog: logs.ctLog });
    expect((await verify(await signedLayer(fromWeb), [authority([root], [web])])).rejection?.code).toBe('untrusted-ca');
    expect((await verify(await signedLayer(fromCode), [authority([root], [code])])).verified).toBe(true);
  }, 30_000);

  it("an intermediate that is not a CA, or beyond the root's path length: untrusted-ca", async () => {
    const root = await createRoot('p256');
    const notCa = await issueCa(root, 'p256', { notCa: true });
    const leaf = await issueLeaf(notCa, 'p256', { ctLog: logs.ctLog });
    expect((await verify(await signedLayer(leaf), [authority([root], [notCa])])).rejection?.code).toBe('untrusted-ca');

    const strict = await createRoot('p256', { pathLength: 0 });
    const below = await issueCa(strict, 'p256');
    const deep = await issueLeaf(below, 'p256', { ctLog: logs.ctLog });
    const result = await verify(await signedLayer(deep), [authority([strict], [below])]);
    expect(result.rejection?.code).toBe('untrusted-ca');
    expect(result.rejection?.message).toMatch(/allows 0 intermediate/);
    // Premise: a leaf right under that root is fine.
    const direct = await issueLeaf(strict, 'p256', { ctLog: logs.ctLog });
    expect((await verify(await signedLayer(direct), [authority([strict])])).verified).toBe(true);
  }, 30_000);

  it('an unknown critical extension on a CA: untrusted-ca', async () => {
    const root = await createRoot('p256');
    const odd = await issueCa(root, 'p256', { extensions: [new x509.Extension('1.2.3.4.5', true, new Uint8Array([5, 0]))] });
    const leaf = await issueLeaf(odd, 'p256', { ctLog: logs.ctLog });
    const result = await verify(await signedLayer(leaf), [authority([root], [odd])]);
    expect(result.rejection?.code).toBe('untrusted-ca');
    expect(result.rejection?.message).toMatch(/critical extension/);
  }, 30_000);

  it('name constraints: a leaf outside the permitted names, or inside the excluded ones, is untrusted-ca', async () => {
    const root = await createRoot('p256');
    const constrained = await issueCa(root, 'p256', {
      nameConstraints: { permitted: [{ email: 'acme.test' }, { uri: '.acme.test' }], excluded: [{ email: 'intern@acme.test' }] },
    });
    const good = await issueLeaf(constrained, 'p256', {
      ctLog: logs.ctLog,
      sans: [
        { type: 'email', value: IDENTITY },
        { type: 'url', value: 'https://ci.acme.test/release' },
      ],
    });
    expect((await verify(await signedLayer(good), [authority([root], [constrained])])).verified).toBe(true);
    const outside = await issueLeaf(constrained, 'p256', { ctLog: logs.ctLog, sans: [{ type: 'email', value: 'release@evil.test' }] });
    const excluded = await issueLeaf(constrained, 'p256', { ctLog: logs.ctLog, sans: [{ type: 'email', value: 'intern@acme.test' }] });
    const badUri = await issueLeaf(constrained, 'p256', {
      ctLog: logs.ctLog,
      sans: [
        { type: 'email', value: IDENTITY },
        { type: 'url', value: 'https://acme.test.evil.test/' },
      ],
    });
    for (const leaf of [outside, excluded, badUri]) {
      const result = await verify(await signedLayer(leaf), [authority([root], [constrained])], [{ identityRegExp: '.*', issuerRegExp: '.*' }]);
      expect(result.rejection?.code).toBe('untrusted-ca');
      expect(result.rejection?.message).toMatch(/name constraints/);
    }
  }, 60_000);

  it('a leaf expired when the log saw the signature, or a CA not yet valid then: certificate-expired', async () => {
    const root = await createRoot('p256');
    const intermediate = await issueCa(root, 'p256');
    const expired = await issueLeaf(intermediate, 'p256', {
      ctLog: logs.ctLog,
      notBefore: new Date(Date.now() - 2 * DAY_MS),
      notAfter: new Date(Date.now() - DAY_MS),
    });
    const result = await verify(await signedLayer(expired), [authority([root], [intermediate])]);
    expect(result.rejection?.code).toBe('certificate-expired');
    const future = await issueCa(root, 'p256', { notBefore: new Date(Date.now() + DAY_MS) });
    const early = await issueLeaf(future, 'p256', { ctLog: logs.ctLog });
    const early2 = await verify(await signedLayer(early), [authority([root], [future])]);
    expect(early2.rejection?.code).toBe('certificate-expired');
    expect(early2.rejection?.message).toMatch(/CA certificate/);
  }, 30_000);
});

describe('SCT and transparency log', () => {
  it('no SCT: untrusted-ca by default, verified with require-sct false (--insecure-ignore-sct)', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256'], { ctLog: undefined });
    const evidence = await signedLayer(leaf);
    const strict = await verify(evidence, [authority([root], [intermediate])]);
    expect(strict.rejection?.code).toBe('untrusted-ca');
    expect(strict.rejection?.message).toMatch(/SCT/);
    expect((await verify(evidence, [authority([root], [intermediate], { requireSct: false })])).verified).toBe(true);
  }, 30_000);

  it('an SCT from a CT log the trusted root does not list: untrusted-ca', async () => {
    const strangerLogs = await createPrivateLogs();
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256'], { ctLog: strangerLogs.ctLog });
    const result = await verify(await signedLayer(leaf), [authority([root], [intermediate])]);
    expect(result.rejection?.code).toBe('untrusted-ca');
    expect(result.rejection?.message).toMatch(/SCT/);
  }, 30_000);

  it('no log entry: no-tlog-entry by default; without the log required, verified when the certificate is valid now', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    const unlogged = await signedLayer(leaf, [], { tlog: false });
    expect((await verify(unlogged, [authority([root], [intermediate])])).rejection?.code).toBe('no-tlog-entry');
    expect((await verify(unlogged, [authority([root], [intermediate], { requireTlog: false })])).verified).toBe(true);
  }, 30_000);

  it('without the log, nothing proves when it signed: an expired certificate is certificate-expired (cosign checks now)', async () => {
    const root = await createRoot('p256');
    const leaf = await issueLeaf(root, 'p256', {
      ctLog: logs.ctLog,
      notBefore: new Date(Date.now() - 2 * DAY_MS),
      notAfter: new Date(Date.now() - DAY_MS),
    });
    const result = await verify(await signedLayer(leaf, [], { tlog: false }), [authority([root], [], { requireTlog: false })]);
    expect(result.rejection?.code).toBe('certificate-expired');
    expect(result.rejection?.message).toMatch(/valid now/);
  }, 30_000);

  it('a log entry of another signature: signature-invalid; with the log not required, the entry is not read (cosign)', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    const evidence = await signedLayer(leaf);
    const other = await signedLayer(leaf);
    if (evidence.form.kind !== 'cosign-layer' || other.form.kind !== 'cosign-layer') throw new Error('layers expected');
    // The log entry of another signature (ECDSA signatures differ each time) does not vouch for this one.
    evidence.form.annotations['dev.sigstore.cosign/bundle'] = other.form.annotations['dev.sigstore.cosign/bundle'] ?? '';
    expect((await verify(evidence, [authority([root], [intermediate])])).rejection?.code).toBe('signature-invalid');
    // cosign --insecure-ignore-tlog does not look at the entry at all.
    expect((await verify(evidence, [authority([root], [intermediate], { requireTlog: false })])).verified).toBe(true);
  }, 30_000);
});

describe('identity and issuer, where the certificate has them', () => {
  it('matches the identity against the SAN; another identity is wrong-identity', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    const evidence = await signedLayer(leaf);
    const result = await verify(evidence, [authority([root], [intermediate])], [{ identity: 'other@acme.test', issuerRegExp: '.*' }]);
    expect(result.rejection?.code).toBe('wrong-identity');
    // Anchored as ever: an unanchored match would accept this.
    expect(
      (await verify(evidence, [authority([root], [intermediate])], [{ identityRegExp: 'release@acme', issuerRegExp: '.*' }])).rejection?.code,
    ).toBe('wrong-identity');
  }, 30_000);

  it('an exact issuer fails (wrong-issuer) for a certificate without the Fulcio issuer extension, as in cosign', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256']);
    const result = await verify(
      await signedLayer(leaf),
      [authority([root], [intermediate])],
      [{ identity: IDENTITY, issuer: 'https://issuer.acme.test' }],
    );
    expect(result.rejection?.code).toBe('wrong-issuer');
  }, 30_000);

  it('checks the issuer where the private CA wrote the Fulcio issuer extension', async () => {
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256'], { fulcioIssuer: 'https://issuer.acme.test' });
    const evidence = await signedLayer(leaf);
    const ok = await verify(evidence, [authority([root], [intermediate])], [{ identity: IDENTITY, issuer: 'https://issuer.acme.test' }]);
    expect(ok.verified).toBe(true);
    expect(ok.signer).toMatchObject({ issuer: 'https://issuer.acme.test' });
    expect(
      (await verify(evidence, [authority([root], [intermediate])], [{ identity: IDENTITY, issuer: 'https://other.acme.test' }])).rejection?.code,
    ).toBe('wrong-issuer');
  }, 30_000);

  it('matches any of several SANs (DNS, URI, e-mail, IP), as cosign does, and names the one matched', async () => {
    const sans: x509.JsonGeneralName[] = [
      { type: 'dns', value: 'builder.acme.test' },
      { type: 'url', value: 'spiffe://acme.test/ci/release' },
      { type: 'ip', value: '10.1.2.3' },
    ];
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256'], { sans });
    const evidence = await signedLayer(leaf);
    for (const identity of ['builder.acme.test', 'spiffe://acme.test/ci/release', '10.1.2.3']) {
      const result = await verify(evidence, [authority([root], [intermediate])], [{ identity, issuerRegExp: '.*' }]);
      expect(result.verified, identity).toBe(true);
      expect(result.signer).toMatchObject({ identity });
    }
    const none = await verify(evidence, [authority([root], [intermediate])], [{ identity: 'acme.test', issuerRegExp: '.*' }]);
    expect(none.rejection?.code).toBe('wrong-identity');
    expect(none.rejection?.message).toContain('builder.acme.test, spiffe://acme.test/ci/release, 10.1.2.3');
  }, 30_000);
});

describe('next to the trusted root', () => {
  it('a Fulcio certificate of the trusted root is untrusted-ca once private CAs are given (they replace Fulcio, as --ca-roots does)', async () => {
    const mock = await createMockSigstore();
    const mockTrust = trustContextFromJSON(mock.trustedRoot, 'mock');
    const payload = simpleSigningPayload(DIGEST);
    const bundle = await mock.signMessage(payload, { identity: IDENTITY, issuer: 'https://issuer.acme.test' });
    const signer: IdentityRule = { identity: IDENTITY, issuer: 'https://issuer.acme.test' };
    // Premise: it verifies against the trusted root.
    expect(checkBundle(bundle, payload, mockTrust, { identities: [signer], keys: [] }).rejection).toBeUndefined();
    const { root } = await pki(['p256', 'p256', 'p256']);
    expect(
      checkBundle(bundle, payload, mockTrust, { identities: [signer], keys: [], certificateAuthorities: [authority([root])] }).rejection?.code,
    ).toBe('untrusted-ca');
  }, 60_000);

  it('the mock Fulcio as a private CA: its root given as ca-roots, its SCT, log entry and timestamp checked', async () => {
    const mock = await createMockSigstore();
    const mockTrust = trustContextFromJSON(mock.trustedRoot, 'mock');
    const payload = simpleSigningPayload(DIGEST);
    const bundle = await mock.signMessage(payload, { identity: IDENTITY, issuer: 'https://issuer.acme.test' });
    const rootDer = Buffer.from(
      (mock.trustedRoot.certificateAuthorities as { certChain: { certificates: { rawBytes: string }[] } }[])[0]?.certChain.certificates[0]
        ?.rawBytes ?? '',
      'base64',
    );
    const rootPem = `-----BEGIN CERTIFICATE-----\n${rootDer.toString('base64')}\n-----END CERTIFICATE-----\n`;
    const ca: CertificateAuthorityRule = { name: 'mock Fulcio', rootsPem: rootPem, requireSct: true, requireTlog: true };
    const check = checkBundle(bundle, payload, mockTrust, {
      identities: [{ identity: IDENTITY, issuer: 'https://issuer.acme.test' }],
      keys: [],
      certificateAuthorities: [ca],
    });
    expect(check.rejection).toBeUndefined();
  }, 60_000);

  it("a log entry with only an inclusion proof is held to its log's window as on the trusted root's path: a retired log vouches for nothing", async () => {
    const mock = await createMockSigstore();
    const payload = simpleSigningPayload(DIGEST);
    const bundle = (await mock.signMessage(payload, { identity: IDENTITY, issuer: 'https://issuer.acme.test' })) as unknown as {
      verificationMaterial: { tlogEntries: { inclusionPromise?: unknown; inclusionProof?: unknown }[] };
    };
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (!entry?.inclusionProof) throw new Error('the mock entry should carry an inclusion proof');
    delete entry.inclusionPromise;
    // The log retired a second before the signature's (TSA) time.
    const retiredRoot = structuredClone(mock.trustedRoot) as { tlogs: { publicKey: { validFor: unknown } }[] };
    const log = retiredRoot.tlogs[0];
    if (!log) throw new Error('the mock root has no log');
    log.publicKey.validFor = {
      start: new Date(mock.clock.getTime() - DAY_MS).toISOString(),
      end: new Date(mock.clock.getTime() - 1000).toISOString(),
    };
    const rootDer = Buffer.from(
      (mock.trustedRoot.certificateAuthorities as { certChain: { certificates: { rawBytes: string }[] } }[])[0]?.certChain.certificates[0]
        ?.rawBytes ?? '',
      'base64',
    );
    const ca: CertificateAuthorityRule = {
      name: 'mock Fulcio',
      rootsPem: `-----BEGIN CERTIFICATE-----\n${rootDer.toString('base64')}\n-----END CERTIFICATE-----\n`,
      requireSct: true,
      requireTlog: true,
    };
    const identities = [{ identity: IDENTITY, issuer: 'https://issuer.acme.test' }];
    // Premise: with the log valid, the proof-only entry verifies on the private-CA path.
    expect(
      checkBundle(bundle, payload, trustContextFromJSON(mock.trustedRoot, 'mock'), { identities, keys: [], certificateAuthorities: [ca] }).rejection,
    ).toBeUndefined();
    const retired = trustContextFromJSON(retiredRoot, 'mock, log retired');
    expect(checkBundle(bundle, payload, retired, { identities, keys: [] }).rejection?.code).toBe('no-tlog-entry');
    expect(checkBundle(bundle, payload, retired, { identities, keys: [], certificateAuthorities: [ca] }).rejection?.code).toBe('no-tlog-entry');
  }, 60_000);

  it("--insecure-ignore-sct lifts the SCT for the trusted root's CAs too (a private Sigstore without a CT log)", async () => {
    // A trusted root whose Fulcio is our private CA, issuing certificates without SCTs.
    const { root, intermediate, leaf } = await pki(['p256', 'p256', 'p256'], { ctLog: undefined, fulcioIssuer: 'https://issuer.acme.test' });
    const fulcio = {
      certChain: { certificates: [intermediate, root].map((cert) => ({ rawBytes: cert.der.toString('base64') })) },
      validFor: { start: new Date(Date.now() - DAY_MS).toISOString() },
    };
    const privateSigstore = trustContextFromJSON({ ...logs.trustedRoot, certificateAuthorities: [fulcio] }, 'private Sigstore');
    const payload = simpleSigningPayload(DIGEST);
    const bundle = messageBundle(leaf, payload);
    const signature = (bundle.messageSignature as { signature: string }).signature;
    (bundle.verificationMaterial as { tlogEntries: unknown[] }).tlogEntries = [await logs.tlogEntry(leaf, payload, signature)];
    const identities = [{ identity: IDENTITY, issuer: 'https://issuer.acme.test' }];
    const strict = checkBundle(bundle, payload, privateSigstore, { identities, keys: [] });
    expect(strict.rejection?.code).toBe('untrusted-ca');
    expect(strict.rejection?.message).toMatch(/SCT/);
    expect(checkBundle(bundle, payload, privateSigstore, { identities, keys: [], ignoreSct: true }).rejection).toBeUndefined();
  }, 60_000);
});
