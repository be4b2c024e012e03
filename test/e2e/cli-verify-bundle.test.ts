/** `image-gate verify-bundle`, run through verifyBundleCommand (the lead wires it into main and dist). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundleCommand } from '../../src/cli/verify-bundle.js';
import { runCli } from '../helpers/run-dist.js';
import { createMockSigstore, createSigningKey, IN_TOTO_PAYLOAD_TYPE, inTotoStatement, keyMessageBundle } from '../helpers/sigstore-mock.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const fixture = (path: string) => join(fixtures, path);

async function run(argv: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await verifyBundleCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

const CUSTOM = [
  '--bundle',
  fixture('sigstore/gh-attestation-custom-issuer.sigstore.json'),
  '--certificate-identity',
  'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main',
  '--certificate-oidc-issuer',
  'https://token.actions.githubusercontent.com/hammer-time',
];

describe('image-gate verify-bundle', () => {
  it('verifies a real DSSE bundle for its artifact file, and for its digest', async () => {
    const byFile = await run([...CUSTOM, fixture('sigstore/gh-attestation-custom-issuer.artifact.txt')]);
    expect(byFile.code, byFile.stderr).toBe(0);
    expect(byFile.stdout).toContain('Verified OK');
    const byDigest = await run([...CUSTOM, 'sha256:afa27b44d43b02a9fea41d13cedc2e4016cfcf87c5dbf990e593669aa8ce286d']);
    expect(byDigest.code, byDigest.stderr).toBe(0);
  });

  it('exits 1 for another artifact, with the reason on stderr', async () => {
    const run1 = await run([...CUSTOM, fixture('sigstore/npm-registry-attestation-key.pub')]);
    expect(run1.code).toBe(1);
    expect(run1.stderr).toContain('not-bound-to-digest');
  });

  it('exits 1 for a wrong issuer, and for an identity regexp that would only match unanchored', async () => {
    const wrongIssuer = await run([
      ...CUSTOM.slice(0, 4),
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      fixture('sigstore/gh-attestation-custom-issuer.artifact.txt'),
    ]);
    expect(wrongIssuer.code).toBe(1);
    expect(wrongIssuer.stderr).toContain('wrong-issuer');
    const unanchored = await run([
      '--bundle',
      fixture('sigstore/gh-attestation-custom-issuer.sigstore.json'),
      '--certificate-identity-regexp',
      'too-legit/attest',
      '--certificate-oidc-issuer-regexp',
      'https://token\\.actions\\.githubusercontent\\.com/.*',
      fixture('sigstore/gh-attestation-custom-issuer.artifact.txt'),
    ]);
    expect(unanchored.code).toBe(1);
    expect(unanchored.stderr).toContain('wrong-identity');
  });

  it('verifies the npm provenance (sha512-only subject) by digest, and the npm publish attestation with --key', async () => {
    const provenance = await run([
      '--bundle',
      fixture('sigstore/npm-sigstore-2.1.0.provenance.v0.1.sigstore.json'),
      '--certificate-identity',
      'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      'sha512:90f223f992e4c88dd068cd2a5fc57f9d2b30798343dd6e38f29c240e04ba090ef831f84490847c4e82b9232c78e8a258463b1e55c0f7469f730265008fa6633f',
    ]);
    expect(provenance.code, provenance.stderr).toBe(0);
    const publish = await run([
      '--bundle',
      fixture('sigstore/npm-sigstore-1.3.0.publish-attestation.sigstore.json'),
      '--key',
      fixture('sigstore/npm-registry-attestation-key.pub'),
      'sha512:76176ffa33808b54602c7c35de5c6e9a4deb96066dba6533f50ac234f4f1f4c6b3527515dc17c06fbe2860030f410eee69ea20079bd3a2c6f3dcf3b329b10751',
    ]);
    expect(publish.code, publish.stderr).toBe(0);
  });

  it('verifies a message signature from the digest alone: the real rfc8785 wheel signature, without the wheel', async () => {
    const result = await run([
      '--bundle',
      fixture('sigstore/rfc8785-0.1.2-wheel.v0.2.sigstore.json'),
      '--certificate-identity',
      'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      'sha256:c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Signed by: https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2');
  });

  it.each(['not-a-file-or-digest', 'sha256:abc', `sha256:${'a'.repeat(63)}`, `sha1:${'a'.repeat(40)}`])(
    'exits 2 with one line naming an ARTIFACT that is neither a file nor a digest: %s',
    async (argument) => {
      const result = await run([...CUSTOM, argument]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `image-gate verify-bundle: ARTIFACT "${argument}" is neither a file nor a sha256:<64 hex> digest (sha384:<96 hex> and sha512:<128 hex> are read too)\n`,
      );
    },
  );

  describe('with a mock Sigstore and its own trusted root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-verify-bundle-'));
    beforeAll(async () => {
      const sigstore = await createMockSigstore();
      writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
      writeFileSync(join(dir, 'artifact.bin'), 'hello');
      writeFileSync(
        join(dir, 'message.json'),
        JSON.stringify(await sigstore.signMessage(Buffer.from('hello'), { identity: 'user@example.com', issuer: 'https://issuer.test' })),
      );
      const statement = inTotoStatement('sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', 'https://example.com/p');
      writeFileSync(
        join(dir, 'dsse.json'),
        JSON.stringify(await sigstore.signDsse(statement, IN_TOTO_PAYLOAD_TYPE, { identity: 'user@example.com', issuer: 'https://issuer.test' })),
      );
      const key = createSigningKey();
      writeFileSync(join(dir, 'key.pub'), key.pem);
      writeFileSync(join(dir, 'key-message.json'), JSON.stringify(keyMessageBundle(key, Buffer.from('hello'))));
    });
    const keyless = [
      '--certificate-identity',
      'user@example.com',
      '--certificate-oidc-issuer',
      'https://issuer.test',
      '--trusted-root',
      'trusted_root.json',
    ];

    it('verifies a message signature over a file and a DSSE bundle', async () => {
      const message = await run(['--bundle', 'message.json', ...keyless, 'artifact.bin'], dir);
      expect(message.code, message.stderr).toBe(0);
      expect(message.stdout).toContain('user@example.com');
      const dsse = await run(['--bundle', 'dsse.json', ...keyless, 'artifact.bin'], dir);
      expect(dsse.code, dsse.stderr).toBe(0);
    });

    it('rejects a real bundle against the mock root (untrusted CA) and a mock bundle against the public-good root', async () => {
      const mockBundle = await run(['--bundle', 'message.json', ...keyless.slice(0, 4), 'artifact.bin'], dir);
      expect(mockBundle.code).toBe(1);
      expect(mockBundle.stderr).toContain('untrusted-ca');
    });

    it('a key-based bundle: needs a tlog entry unless --insecure-ignore-tlog', async () => {
      const strict = await run(['--bundle', 'key-message.json', '--key', 'key.pub', 'artifact.bin'], dir);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain('no-tlog-entry');
      const relaxed = await run(['--bundle', 'key-message.json', '--key', 'key.pub', '--insecure-ignore-tlog', 'artifact.bin'], dir);
      expect(relaxed.code, relaxed.stderr).toBe(0);
      expect(relaxed.stdout).toContain('Transparency log: not checked (insecure-ignore-tlog)');
      expect(strict.stdout).not.toContain('Transparency log');
    });
  });

  it.each([
    [[], '--bundle is required'],
    [['--bundle', 'b.json'], 'no ARTIFACT given'],
    [['--bundle', 'b.json', 'x'], '--certificate-identity (or -regexp) is required, or --key'],
    [['--bundle', 'b.json', '--certificate-identity', 'a'], '--certificate-oidc-issuer'],
    [['--bundle', 'b.json', '--key', 'k', '--certificate-identity', 'a', 'x'], 'not both'],
    [['--bundle', 'b.json', '--certificate-identity-regexp', '(', '--certificate-oidc-issuer', 'i', 'x'], 'not a valid regular expression'],
    [['--nope'], "Unknown option '--nope'"],
    [
      ['--bundle', '/nonexistent.json', '--key', fixture('sigstore/npm-registry-attestation-key.pub'), 'sha256:' + 'a'.repeat(64)],
      'bundle /nonexistent.json does not exist',
    ],
    [['--bundle', 'b.json', '--key', fixture('sigstore/gh-attestation-custom-issuer.artifact.txt'), 'x'], 'not a PEM public key'],
    [
      [...CUSTOM, '--trusted-root', fixture('sigstore/gh-attestation-custom-issuer.artifact.txt'), 'x'],
      'gh-attestation-custom-issuer.artifact.txt is not valid JSON: unexpected character (expected a JSON value) at line 1, column 1',
    ],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('exits 1 for a bundle that is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-verify-bundle-'));
    writeFileSync(join(dir, 'b.json'), '{ ]');
    const result = await run([...CUSTOM.slice(2), '--bundle', 'b.json', 'sha256:' + 'a'.repeat(64)], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "the bundle b.json is not valid JSON: unexpected character (expected a property name in double quotes or '}') at line 1, column 3",
    );
  });
});

describe('image-gate verify-bundle through dist/cli.js', () => {
  it('verifies the real bundle and exits 0, and exits 1 naming the reason for a wrong issuer', async () => {
    const ok = await runCli(['verify-bundle', ...CUSTOM, fixture('sigstore/gh-attestation-custom-issuer.artifact.txt')]);
    expect(ok.code, ok.stderr).toBe(0);
    const wrong = await runCli([
      'verify-bundle',
      '--bundle',
      fixture('sigstore/gh-attestation-custom-issuer.sigstore.json'),
      '--certificate-identity',
      'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      fixture('sigstore/gh-attestation-custom-issuer.artifact.txt'),
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('wrong-issuer');
  });
});
