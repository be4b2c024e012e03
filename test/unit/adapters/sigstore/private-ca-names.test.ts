/**
 * Name constraints of a private CA, held to what Go's crypto/x509 (cosign's verifier) accepts: a name that is
 * not a valid domain name (an empty label, a trailing dot, a space) cannot slip past an excluded subtree or into
 * a permitted one, a URI's host is read as Go's net/url reads it (not as WHATWG URL, which percent-decodes), a URI
 * without a host or with an IP for one is refused, and a wildcard that could stand for an excluded name is
 * excluded. Each refusal is untrusted-ca (malformed where Go cannot even parse the certificate), and each
 * premise is shown by a neighbouring name that verifies.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateAuthorityRule, Evidence, IdentityRule } from '../../../../src/core/model/signatures.js';
import { trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { verifyEvidence } from '../../../../src/adapters/sigstore/verify-evidence.js';
import { simpleSigningPayload } from '../../../helpers/sigstore-mock.js';
import {
  cosignLayer,
  createPrivateLogs,
  createRoot,
  issueCa,
  issueLeaf,
  pemOf,
  type CaOptions,
  type Issued,
  type PrivateLogs,
  type x509,
} from '../../../helpers/private-pki.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;
/** Whoever the certificate names: these tests are about the CA's constraints, not the identity rule. */
const ANYONE: IdentityRule[] = [{ identityRegExp: '.*', issuerRegExp: '.*' }];

let logs: PrivateLogs;
let trust: TrustContext;

beforeAll(async () => {
  logs = await createPrivateLogs();
  trust = trustContextFromJSON(logs.trustedRoot, 'private test logs');
});

/** A root and an intermediate carrying `constraints`; `verify` signs DIGEST with a leaf of the given SANs under it. */
async function constrainedCa(constraints: CaOptions['nameConstraints']) {
  const root = await createRoot('p256');
  const intermediate = await issueCa(root, 'p256', { nameConstraints: constraints });
  const rule: CertificateAuthorityRule = {
    name: 'constrained CA',
    rootsPem: pemOf(root),
    intermediatesPem: pemOf(intermediate),
    requireSct: true,
    requireTlog: true,
  };
  return {
    async verify(...sans: x509.JsonGeneralName[]) {
      const leaf = await issueLeaf(intermediate, 'p256', { ctLog: logs.ctLog, sans });
      return verifyEvidence(await signedLayer(leaf), DIGEST, trust, { identities: ANYONE, keys: [], certificateAuthorities: [rule] });
    },
  };
}

/** A legacy cosign `.sig` layer for DIGEST signed by `leaf`, with its Rekor entry. */
async function signedLayer(leaf: Issued): Promise<Evidence> {
  const payload = simpleSigningPayload(DIGEST);
  const layer = cosignLayer(leaf, payload);
  const signature = layer.annotations['dev.cosignproject.cosign/signature'] ?? '';
  layer.annotations['dev.sigstore.cosign/bundle'] = await logs.rekorAnnotation(leaf, payload, signature);
  return { source: 'cosign-tags', location: 'test layer', subjectDigest: DIGEST, form: { kind: 'cosign-layer', ...layer } };
}

const dns = (value: string): x509.JsonGeneralName => ({ type: 'dns', value });
const email = (value: string): x509.JsonGeneralName => ({ type: 'email', value });
const uri = (value: string): x509.JsonGeneralName => ({ type: 'url', value });

describe('excluded subtrees cannot be escaped', () => {
  it('a trailing dot, in a DNS name, an e-mail domain or a URI host (with a port), is untrusted-ca', async () => {
    const ca = await constrainedCa({ excluded: [{ dns: 'deploy.prod.acme.test' }, { email: 'prod.acme.test' }, { uri: 'prod.acme.test' }] });
    // Premise: the names without the dot are excluded, and their neighbours outside the subtrees verify.
    for (const name of [dns('deploy.prod.acme.test'), email('ci@prod.acme.test'), uri('https://deploy.prod.acme.test:8443/')]) {
      expect((await ca.verify(name)).rejection?.code, name.value).toBe('untrusted-ca');
    }
    for (const name of [dns('build.prod.acme.test'), email('ci@staging.acme.test'), uri('https://ci.staging.acme.test:8443/')]) {
      expect((await ca.verify(name)).verified, name.value).toBe(true);
    }
    for (const name of [dns('deploy.prod.acme.test.'), email('ci@prod.acme.test.'), uri('https://deploy.prod.acme.test.:8443/')]) {
      const result = await ca.verify(name);
      expect(result.rejection?.code, name.value).toBe('untrusted-ca');
      expect(result.rejection?.message).toMatch(/name constraints/);
    }
  }, 60_000);

  it('a URI whose host ends with a dot is malformed: Go cannot parse the certificate at all', async () => {
    const ca = await constrainedCa({ excluded: [{ uri: 'prod.acme.test' }] });
    expect((await ca.verify(uri('https://deploy.prod.acme.test/'))).rejection?.code).toBe('untrusted-ca');
    const result = await ca.verify(uri('https://deploy.prod.acme.test./'));
    expect(result.rejection?.code).toBe('malformed');
    expect(result.rejection?.message).toMatch(/not a valid domain name/);
  }, 30_000);

  it('a wildcard DNS name that could stand for an excluded name is excluded (Go 1.25.5 and later)', async () => {
    const ca = await constrainedCa({ excluded: [{ dns: 'deploy.prod.acme.test' }] });
    expect((await ca.verify(dns('*.staging.acme.test'))).verified).toBe(true);
    expect((await ca.verify(dns('*.prod.acme.test'))).rejection?.code).toBe('untrusted-ca');
    expect((await ca.verify(dns('*.PROD.acme.test'))).rejection?.code).toBe('untrusted-ca');
  }, 30_000);

  it('an excluded constraint Go cannot read (a trailing dot) makes the CA untrusted-ca, not a constraint that matches nothing', async () => {
    const ca = await constrainedCa({ excluded: [{ dns: 'prod.acme.test.' }] });
    const result = await ca.verify(dns('deploy.prod.acme.test'));
    expect(result.rejection?.code).toBe('untrusted-ca');
    expect(result.rejection?.message).toMatch(/name constraints cannot be read/);
  }, 30_000);
});

describe('permitted subtrees admit valid names only', () => {
  it('a DNS name or e-mail domain with an empty label or a space is untrusted-ca, though it ends in the permitted domain', async () => {
    const ca = await constrainedCa({ permitted: [{ dns: 'acme.test' }, { email: 'acme.test' }, { uri: 'acme.test' }] });
    expect((await ca.verify(dns('ci.acme.test'), email('ci@acme.test'), uri('https://ci.acme.test/'))).verified).toBe(true);
    for (const name of [dns('evil..acme.test'), dns('evil .acme.test'), dns('.acme.test'), email('ci@evil..acme.test'), email('ci..x@acme.test')]) {
      const result = await ca.verify(name);
      expect(result.rejection?.code, name.value).toBe('untrusted-ca');
      expect(result.rejection?.message).toMatch(/name constraints/);
    }
  }, 60_000);

  it("takes a URI's host as Go's net/url does: a percent-encoded host is malformed, not decoded into a permitted one", async () => {
    const ca = await constrainedCa({ permitted: [{ uri: 'acme.test' }] });
    // WHATWG URL reads both as ci.acme.test; Go refuses an escaped ASCII byte in a host, and a backslash there.
    for (const name of [uri('https://ci%2Eacme.test/'), uri('https://ci.acme.test\\.evil.test/')]) {
      expect((await ca.verify(name)).rejection?.code, name.value).toBe('malformed');
    }
  }, 30_000);

  it('a URI with an IP address for a host, or without a host, is untrusted-ca under URI constraints', async () => {
    const ca = await constrainedCa({ permitted: [{ uri: '' }] });
    expect((await ca.verify(uri('https://ci.acme.test/'))).verified).toBe(true);
    for (const name of [
      uri('https://10.0.0.1/'),
      uri('https://10.0.0.1:8443/'),
      uri('https://[::1]/'),
      uri('https://[::1]:8443/'),
      uri('urn:acme:ci'),
      uri('https:///path'),
    ]) {
      expect((await ca.verify(name)).rejection?.code, name.value).toBe('untrusted-ca');
    }
  }, 60_000);

  it("a constraint of any kind holds every name to Go's syntax, as Go 1.25.5 does: a host-less URI under DNS constraints is untrusted-ca", async () => {
    const ca = await constrainedCa({ permitted: [{ dns: 'acme.test' }] });
    expect((await ca.verify(dns('ci.acme.test'), uri('spiffe://acme.test/ci'))).verified).toBe(true);
    expect((await ca.verify(dns('ci.acme.test'), uri('urn:acme:ci'))).rejection?.code).toBe('untrusted-ca');
    expect((await ca.verify(dns('ci.acme.test'), email('ci@acme..test'))).rejection?.code).toBe('untrusted-ca');
  }, 30_000);

  it('a URI constraint that is an IP address makes the CA untrusted-ca (Go refuses to parse it)', async () => {
    const ca = await constrainedCa({ permitted: [{ uri: '10.0.0.1' }] });
    const result = await ca.verify(uri('https://ci.acme.test/'));
    expect(result.rejection?.code).toBe('untrusted-ca');
    expect(result.rejection?.message).toMatch(/name constraints cannot be read/);
  }, 30_000);
});
