/** Real production bundles and cosign material, verified offline against the public-good trusted root with their real signers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evidence, IdentityRule } from '../../../../src/core/model/signatures.js';
import { loadTrustedRoot } from '../../../../src/adapters/sigstore/trusted-root.js';
import { checkBundle } from '../../../../src/adapters/sigstore/check-bundle.js';
import { verifyEvidence } from '../../../../src/adapters/sigstore/verify-evidence.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const read = (path: string) => readFileSync(join(fixtures, path));
const trust = loadTrustedRoot();
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const SIGSTORE_JS = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';
const NPM_2_1_0 =
  'sha512:90f223f992e4c88dd068cd2a5fc57f9d2b30798343dd6e38f29c240e04ba090ef831f84490847c4e82b9232c78e8a258463b1e55c0f7469f730265008fa6633f';

function bundleEvidence(path: string): Evidence {
  return { source: 'referrers', location: path, subjectDigest: 'sha256:unused', form: { kind: 'bundle', bytes: read(path) } };
}
const rules = (identities: IdentityRule[]) => ({ identities, keys: [] });

describe('real Sigstore bundles', () => {
  it.each(['npm-sigstore-2.1.0.provenance.v0.3.sigstore.json', 'npm-sigstore-2.1.0.provenance.v0.1.sigstore.json'])(
    'verifies the npm provenance %s with the sigstore-js release workflow',
    async (file) => {
      const result = await verifyEvidence(
        bundleEvidence(`sigstore/${file}`),
        NPM_2_1_0,
        trust,
        rules([{ issuer: GITHUB_ISSUER, identity: SIGSTORE_JS }]),
      );
      expect(result.rejection).toBeUndefined();
      expect(result).toMatchObject({ verified: true, kind: 'attestation', predicateType: 'https://slsa.dev/provenance/v1' });
      expect(result.signer).toMatchObject({
        kind: 'keyless',
        issuer: GITHUB_ISSUER,
        identity: SIGSTORE_JS,
        github: { repository: 'sigstore/sigstore-js', trigger: 'push', sha: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown },
      });
      expect(result.predicate).toMatchObject({ buildDefinition: expect.anything() as unknown });
    },
  );

  it('reads the GitHub workflow claims of the certificate, and matches rules on them', async () => {
    const evidence = bundleEvidence('sigstore/npm-sigstore-2.1.0.provenance.v0.3.sigstore.json');
    const ok = await verifyEvidence(
      evidence,
      NPM_2_1_0,
      trust,
      rules([{ issuer: GITHUB_ISSUER, github: { repository: 'sigstore/sigstore-js', runnerEnvironment: 'github-hosted' } }]),
    );
    expect(ok.verified).toBe(true);
    expect(ok.signer).toMatchObject({
      github: { workflowRef: 'sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main', runnerEnvironment: 'github-hosted' },
    });
    const selfHosted = await verifyEvidence(
      evidence,
      NPM_2_1_0,
      trust,
      rules([{ issuer: GITHUB_ISSUER, github: { repository: 'sigstore/sigstore-js', runnerEnvironment: 'self-hosted' } }]),
    );
    expect(selfHosted.rejection?.code).toBe('wrong-identity');
  });

  it('rejects the npm provenance for another package digest', async () => {
    const other = `sha512:${'0'.repeat(128)}`;
    const result = await verifyEvidence(
      bundleEvidence('sigstore/npm-sigstore-2.1.0.provenance.v0.3.sigstore.json'),
      other,
      trust,
      rules([{ issuer: GITHUB_ISSUER, identity: SIGSTORE_JS }]),
    );
    expect(result).toMatchObject({ verified: false, rejection: { code: 'not-bound-to-digest' } });
    expect(result.predicate).toBeUndefined();
  });

  const customIssuer = 'https://token.actions.githubusercontent.com/hammer-time';
  const customIdentity = 'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main';
  const artifactDigest = 'sha256:afa27b44d43b02a9fea41d13cedc2e4016cfcf87c5dbf990e593669aa8ce286d';

  it('verifies the GitHub attestation with a custom issuer, and only with that issuer', async () => {
    const evidence = bundleEvidence('sigstore/gh-attestation-custom-issuer.sigstore.json');
    const ok = await verifyEvidence(evidence, artifactDigest, trust, rules([{ issuer: customIssuer, identity: customIdentity }]));
    expect(ok.rejection).toBeUndefined();
    expect(ok.verified).toBe(true);
    const wrong = await verifyEvidence(evidence, artifactDigest, trust, rules([{ issuer: GITHUB_ISSUER, identity: customIdentity }]));
    expect(wrong).toMatchObject({ verified: false, rejection: { code: 'wrong-issuer' }, signer: { issuer: customIssuer } });
  });

  it('reads the rfc8785 wheel signature (message signature, v0.2) but cannot bind it without the wheel', () => {
    const json: unknown = JSON.parse(read('sigstore/rfc8785-0.1.2-wheel.v0.2.sigstore.json').toString());
    const check = checkBundle(
      json,
      undefined,
      trust,
      rules([{ issuer: GITHUB_ISSUER, identity: 'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2' }]),
    );
    expect(check.messageDigest).toBe('sha256:c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201');
    expect(check.signer).toMatchObject({
      identity: 'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2',
      issuer: GITHUB_ISSUER,
    });
    expect(check.rejection?.code).toBe('not-bound-to-digest');
    // The wrong bytes are not the ones whose digest the bundle signs (the digest path gives the same answer).
    const forged = checkBundle(json, Buffer.from('not the wheel'), trust, rules([{ issuer: GITHUB_ISSUER, identityRegExp: '.*' }]));
    expect(forged.rejection?.code).toBe('not-bound-to-digest');
  });

  it('verifies the npm publish attestation with the npm registry key (key-based, with a tlog entry)', async () => {
    const keys = [{ name: 'npm', pem: read('sigstore/npm-registry-attestation-key.pub').toString(), requireTlog: true }];
    const digest =
      'sha512:76176ffa33808b54602c7c35de5c6e9a4deb96066dba6533f50ac234f4f1f4c6b3527515dc17c06fbe2860030f410eee69ea20079bd3a2c6f3dcf3b329b10751';
    const result = await verifyEvidence(bundleEvidence('sigstore/npm-sigstore-1.3.0.publish-attestation.sigstore.json'), digest, trust, {
      identities: [],
      keys,
    });
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({
      verified: true,
      kind: 'attestation',
      signer: { kind: 'key', name: 'npm', keyId: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown },
    });
    const noKeys = await verifyEvidence(bundleEvidence('sigstore/npm-sigstore-1.3.0.publish-attestation.sigstore.json'), digest, trust, {
      identities: [],
      keys: [],
    });
    expect(noKeys.rejection?.code).toBe('untrusted-key');
  });
});

describe('real cosign material', () => {
  const layer = JSON.parse(read('cosign/containers-image-fulcio-rekor/layer.json').toString()) as {
    mimeType: string;
    payload: string;
    annotations: Record<string, string>;
  };
  const imageDigest = 'sha256:0489474da8ea22426ece86ace6c1c0026ab2fd3cdfbbd62b7e94650266c37d9a';
  const legacy = (annotations = layer.annotations, payload = Buffer.from(layer.payload, 'base64')): Evidence => ({
    source: 'cosign-tags',
    location: 'tag sha256-….sig, layer 0',
    subjectDigest: imageDigest,
    form: { kind: 'cosign-layer', payload, mediaType: layer.mimeType, annotations },
  });
  const mitr = rules([{ issuer: 'https://github.com/login/oauth', identity: 'mitr@redhat.com' }]);

  it('verifies the legacy keyless .sig layer (converted to a v0.1 bundle) and its simple-signing payload', async () => {
    expect(Buffer.from(layer.payload, 'base64').equals(read('cosign/containers-image-fulcio-rekor/simplesigning-payload.json'))).toBe(true);
    const result = await verifyEvidence(legacy(), imageDigest, trust, mitr);
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({
      verified: true,
      kind: 'signature',
      signer: { kind: 'keyless', identity: 'mitr@redhat.com', issuer: 'https://github.com/login/oauth' },
    });
  });

  it('rejects the same valid signature for another image digest', async () => {
    const result = await verifyEvidence(legacy(), `sha256:${'1'.repeat(64)}`, trust, mitr);
    expect(result).toMatchObject({ verified: false, rejection: { code: 'not-bound-to-digest' } });
  });

  it('rejects the legacy layer without its Rekor bundle (no tlog entry, no timestamp)', async () => {
    const annotations = Object.fromEntries(Object.entries(layer.annotations).filter(([name]) => name !== 'dev.sigstore.cosign/bundle'));
    const result = await verifyEvidence(legacy(annotations), imageDigest, trust, mitr);
    expect(result.rejection?.code).toBe('no-tlog-entry');
  });

  it('rejects a tampered payload and a tampered signature', async () => {
    const payload = Buffer.from(Buffer.from(layer.payload, 'base64').toString().replace('fulcio-rekor-1', 'fulcio-rekor-2'));
    expect((await verifyEvidence(legacy(layer.annotations, payload), imageDigest, trust, mitr)).rejection?.code).toBe('signature-invalid');
    const signature = Buffer.from(layer.annotations['dev.cosignproject.cosign/signature'] ?? '', 'base64');
    signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 1;
    const tampered = { ...layer.annotations, 'dev.cosignproject.cosign/signature': signature.toString('base64') };
    expect((await verifyEvidence(legacy(tampered), imageDigest, trust, mitr)).rejection?.code).toBe('signature-invalid');
  });

  describe('base64 as cosign reads it (Go base64.StdEncoding: line breaks skipped, nothing else)', () => {
    const SIGNATURE = 'dev.cosignproject.cosign/signature';
    const BUNDLE = 'dev.sigstore.cosign/bundle';
    const original = layer.annotations[SIGNATURE] ?? '';
    /** Lines of `width` characters, as `base64` (76) or PEM (64) writes them. */
    const wrap = (value: string, width: number, eol: string) => (value.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(eol);
    const withSignature = (signature: string) => ({ ...layer.annotations, [SIGNATURE]: signature });
    const rekorBundle = (change: (bundle: { SignedEntryTimestamp: string; Payload: { body: string } }) => void) => {
      const bundle = JSON.parse(layer.annotations[BUNDLE] ?? '') as { SignedEntryTimestamp: string; Payload: { body: string } };
      change(bundle);
      return { ...layer.annotations, [BUNDLE]: JSON.stringify(bundle) };
    };

    it.each([
      ['64 columns, LF', wrap(original, 64, '\n')],
      ['76 columns, CRLF, a final line break', `${wrap(original, 76, '\r\n')}\r\n`],
      ['every character on its own line', wrap(original, 1, '\n')],
    ])('verifies the real signature re-wrapped over lines: %s', async (_, signature) => {
      expect(signature).toMatch(/\n/);
      const result = await verifyEvidence(legacy(withSignature(signature)), imageDigest, trust, mitr);
      expect(result.rejection).toBeUndefined();
      expect(result.verified).toBe(true);
    });

    it.each([
      ['a space in a line', wrap(original, 64, '\n').replace('\n', ' \n')],
      ['a tab between lines', wrap(original, 64, '\n\t')],
      ['a character outside the alphabet', wrap(`*${original.slice(1)}`, 64, '\n')],
      ['the URL-safe alphabet', wrap(original.replace(/\+/g, '-').replace(/\//g, '_'), 64, '\n')],
      ['the padding missing', wrap(original.replace(/=+$/, ''), 64, '\n')],
      ['padding in the middle', `${original.slice(0, 40)}=\n${original.slice(40)}`],
      ['data after the padding', `${wrap(original, 64, '\n')}\nAAAA`],
    ])('still rejects what is not base64, wrapped or not: %s', async (_, signature) => {
      // Node's own decoder takes each of these without a word (dropping or cutting bytes); the original, wrapped, verifies above.
      expect(() => Buffer.from(signature, 'base64')).not.toThrow();
      const result = await verifyEvidence(legacy(withSignature(signature)), imageDigest, trust, mitr);
      expect(result).toMatchObject({ verified: false, rejection: { code: 'malformed', message: 'the signature annotation is not valid base64' } });
    });

    it("reads the Rekor bundle's SignedEntryTimestamp wrapped over lines, as Go decodes it into bytes", async () => {
      const annotations = rekorBundle((bundle) => {
        bundle.SignedEntryTimestamp = wrap(bundle.SignedEntryTimestamp, 64, '\n');
      });
      expect(annotations[BUNDLE]).toContain('\\n');
      const result = await verifyEvidence(legacy(annotations), imageDigest, trust, mitr);
      expect(result.rejection).toBeUndefined();
      expect(result.verified).toBe(true);
    });

    it('rejects a Rekor entry body that is not the logged string (cosign checks the SET over it as written)', async () => {
      for (const body of [(text: string) => wrap(text, 64, '\n'), (text: string) => `${text.slice(0, 10)}*${text.slice(11)}`]) {
        const annotations = rekorBundle((bundle) => {
          bundle.Payload.body = body(bundle.Payload.body);
        });
        const result = await verifyEvidence(legacy(annotations), imageDigest, trust, mitr);
        expect(result).toMatchObject({
          verified: false,
          rejection: { code: 'malformed', message: expect.stringContaining('its body is not valid base64') as unknown },
        });
      }
    });
  });

  it('verifies the cosign OCI attestation bundle (v0.3, DSSE) for its image digest', async () => {
    const evidence = bundleEvidence('cosign/cosign-oci-attestation.v0.3.sigstore.json');
    const digest = 'sha256:732112270d7e59418a8c080b134b24cabd67d250d0d0147a97ed95ba5c280aa4';
    const result = await verifyEvidence(evidence, digest, trust, rules([{ issuer: 'https://github.com/login/oauth', identity: 'cody@soyland.com' }]));
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, kind: 'attestation', predicateType: 'https://cosign.sigstore.dev/attestation/v1' });
  });
});
