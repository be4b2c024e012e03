/**
 * The verify-bundle protocol: `verify-bundle --bundle B (--certificate-identity I --certificate-oidc-issuer O |
 * --key K) [--trusted-root T] FILE|sha256:HEX` gives the same answer (exit code, verdict line, signer) for a file
 * and for its digest: for every bundle in test/fixtures/sigstore (real public-good material), for keyless bundles of
 * a mock Sigstore, and for key-signed bundles of every signature scheme. Where the real artifact is not in the
 * fixtures (npm tarballs, the rfc8785 wheel), the digest the bundle names is verified, and any file we do have
 * gets the same rejection as its digest.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundleCommand } from '../../src/cli/verify-bundle.js';
import { keyIdOf } from '../../src/adapters/sigstore/keys.js';
import { runCli } from '../helpers/run-dist.js';
import { createSchemeKey, schemeDigest, schemeMessageBundle, SIGNING_SCHEMES, type SchemeKey } from '../helpers/signing-schemes.js';
import { createMockSigstore, IN_TOTO_PAYLOAD_TYPE, inTotoStatement } from '../helpers/sigstore-mock.js';

const SIGSTORE = join(import.meta.dirname, '..', 'fixtures', 'sigstore');
const fixture = (name: string) => join(SIGSTORE, name);
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const PUBLIC_GOOD = ['--trusted-root', fixture('trusted_root.public-good.json')];
/** A file that is none of the fixtures' artifacts. */
const NOT_THE_ARTIFACT = fixture('npm-registry-attestation-key.pub');

interface Answer {
  code: number;
  /** "Verified OK" or "Not verified (reason-code)": the verdict line without the artifact's name or the details. */
  verdict: string;
  signer: string | undefined;
}

async function answer(argv: string[], cwd = process.cwd()): Promise<Answer> {
  let stdout = '';
  let stderr = '';
  const code = await verifyBundleCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  const output = code === 0 ? stdout : stderr;
  const verdict = /^(Verified OK|Not verified \([a-z-]+\))/.exec(output)?.[1] ?? `exit ${code}: ${output}`;
  return { code, verdict, signer: /^Signed by: (.*)$/m.exec(output)?.[1] };
}

const sha256Of = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

/** The answer for the file and for its digest, which must be the same. */
async function sameForFileAndDigest(flags: string[], file: string, digest: string, cwd?: string): Promise<Answer> {
  const byFile = await answer([...flags, file], cwd);
  const byDigest = await answer([...flags, digest], cwd);
  expect(byDigest).toEqual(byFile);
  return byFile;
}

interface FixtureCase {
  flags: string[];
  /** The digest the bundle binds (its subject or message digest). */
  digest: string;
  /** The artifact itself, when the fixtures have it. */
  artifact?: string;
  signer: string;
}

const NPM_PROVENANCE_SIGNER = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';
const NPM_PROVENANCE: Omit<FixtureCase, 'flags'> = {
  digest: 'sha512:90f223f992e4c88dd068cd2a5fc57f9d2b30798343dd6e38f29c240e04ba090ef831f84490847c4e82b9232c78e8a258463b1e55c0f7469f730265008fa6633f',
  signer: `${NPM_PROVENANCE_SIGNER} (issuer ${GITHUB_ISSUER})`,
};
const keyless = (identity: string, issuer = GITHUB_ISSUER) => ['--certificate-identity', identity, '--certificate-oidc-issuer', issuer];

/** Every bundle in test/fixtures/sigstore, with how it is verified (the test fails when one is missing here). */
const FIXTURES: Record<string, FixtureCase> = {
  'gh-attestation-custom-issuer.sigstore.json': {
    flags: keyless(
      'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main',
      'https://token.actions.githubusercontent.com/hammer-time',
    ),
    digest: 'sha256:afa27b44d43b02a9fea41d13cedc2e4016cfcf87c5dbf990e593669aa8ce286d',
    artifact: fixture('gh-attestation-custom-issuer.artifact.txt'),
    signer:
      'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main (issuer https://token.actions.githubusercontent.com/hammer-time)',
  },
  'npm-sigstore-2.1.0.provenance.v0.1.sigstore.json': { flags: keyless(NPM_PROVENANCE_SIGNER), ...NPM_PROVENANCE },
  'npm-sigstore-2.1.0.provenance.v0.3.sigstore.json': { flags: keyless(NPM_PROVENANCE_SIGNER), ...NPM_PROVENANCE },
  'rfc8785-0.1.2-wheel.v0.2.sigstore.json': {
    flags: keyless('https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2'),
    digest: 'sha256:c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201',
    signer: `https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2 (issuer ${GITHUB_ISSUER})`,
  },
  'npm-sigstore-1.3.0.publish-attestation.sigstore.json': {
    flags: ['--key', fixture('npm-registry-attestation-key.pub')],
    digest: 'sha512:76176ffa33808b54602c7c35de5c6e9a4deb96066dba6533f50ac234f4f1f4c6b3527515dc17c06fbe2860030f410eee69ea20079bd3a2c6f3dcf3b329b10751',
    signer: `key ${keyIdOf(createPublicKey(readFileSync(fixture('npm-registry-attestation-key.pub'))))}`,
  },
};

describe('verify-bundle protocol: the real public-good bundles in test/fixtures/sigstore', () => {
  it('has a case for every bundle there', () => {
    expect(
      readdirSync(SIGSTORE)
        .filter((name) => name.endsWith('.sigstore.json'))
        .sort(),
    ).toEqual(Object.keys(FIXTURES).sort());
  });

  describe.each(Object.entries(FIXTURES))('%s', (name, { flags, digest, artifact, signer }) => {
    const bundleFlags = ['--bundle', fixture(name), ...flags, ...PUBLIC_GOOD];

    it('verifies the digest it binds, and the file for that digest when the fixtures have it', async () => {
      const byDigest = await answer([...bundleFlags, digest]);
      expect(byDigest).toEqual({ code: 0, verdict: 'Verified OK', signer });
      if (artifact) {
        expect(sha256Of(artifact)).toBe(digest);
        expect(await sameForFileAndDigest(bundleFlags, artifact, digest)).toEqual(byDigest);
      }
    });

    it('rejects another file and its digest alike, as not bound to them', async () => {
      expect(await sameForFileAndDigest(bundleFlags, NOT_THE_ARTIFACT, sha256Of(NOT_THE_ARTIFACT))).toMatchObject({
        code: 1,
        verdict: 'Not verified (not-bound-to-digest)',
      });
    });
  });

  it('rejects the custom-issuer attestation for the standard issuer, from the file and from its digest', async () => {
    const flags = [
      '--bundle',
      fixture('gh-attestation-custom-issuer.sigstore.json'),
      ...keyless('https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main'),
      ...PUBLIC_GOOD,
    ];
    const { artifact = '', digest } = FIXTURES['gh-attestation-custom-issuer.sigstore.json'] ?? { digest: '' };
    expect(await sameForFileAndDigest(flags, artifact, digest)).toMatchObject({ code: 1, verdict: 'Not verified (wrong-issuer)' });
  });

  it('rejects the wheel signature for another release, and a sha512 digest where it signs a sha256 one', async () => {
    const { flags, digest } = FIXTURES['rfc8785-0.1.2-wheel.v0.2.sigstore.json'] ?? { flags: [], digest: '' };
    const bundle = ['--bundle', fixture('rfc8785-0.1.2-wheel.v0.2.sigstore.json'), ...PUBLIC_GOOD];
    expect(
      await answer([...bundle, ...keyless('https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.3'), digest]),
    ).toMatchObject({
      code: 1,
      verdict: 'Not verified (wrong-identity)',
    });
    expect(await answer([...bundle, ...flags, `sha512:${'ab'.repeat(64)}`])).toMatchObject({
      code: 1,
      verdict: 'Not verified (not-bound-to-digest)',
    });
  });
});

describe('verify-bundle protocol: a mock Sigstore (keyless, P-256, log entry and timestamp)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-protocol-'));
  const USER = ['--certificate-identity', 'user@example.com', '--certificate-oidc-issuer', 'https://issuer.test'];
  const MOCK_ROOT = ['--trusted-root', 'trusted_root.json'];

  beforeAll(async () => {
    const sigstore = await createMockSigstore();
    writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
    writeFileSync(join(dir, 'artifact.bin'), 'hello');
    writeFileSync(join(dir, 'other.bin'), 'goodbye');
    const signer = { identity: 'user@example.com', issuer: 'https://issuer.test' };
    writeFileSync(join(dir, 'message.json'), JSON.stringify(await sigstore.signMessage(Buffer.from('hello'), signer)));
    const statement = inTotoStatement(sha256Of(join(dir, 'artifact.bin')), 'https://example.com/p', {}, 'artifact.bin');
    writeFileSync(join(dir, 'dsse.json'), JSON.stringify(await sigstore.signDsse(statement, IN_TOTO_PAYLOAD_TYPE, signer)));
  });

  it.each(['message.json', 'dsse.json'])('%s: verified, or rejected with the same reason, from the file and from its digest', async (bundle) => {
    const same = (flags: string[], file = 'artifact.bin') =>
      sameForFileAndDigest(['--bundle', bundle, ...flags], file, sha256Of(join(dir, file)), dir);
    expect(await same([...USER, ...MOCK_ROOT])).toEqual({ code: 0, verdict: 'Verified OK', signer: 'user@example.com (issuer https://issuer.test)' });
    expect(
      await same(['--certificate-identity', 'other@example.com', '--certificate-oidc-issuer', 'https://issuer.test', ...MOCK_ROOT]),
    ).toMatchObject({ verdict: 'Not verified (wrong-identity)' });
    expect(await same(['--certificate-identity', 'user@example.com', '--certificate-oidc-issuer', 'https://other.test', ...MOCK_ROOT])).toMatchObject(
      { verdict: 'Not verified (wrong-issuer)' },
    );
    expect(await same([...USER, ...PUBLIC_GOOD])).toMatchObject({ verdict: 'Not verified (untrusted-ca)' });
    expect(await same([...USER, ...MOCK_ROOT], 'other.bin')).toMatchObject({ verdict: 'Not verified (not-bound-to-digest)' });
  });
});

describe('verify-bundle protocol: key-signed message signatures of every scheme', () => {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-protocol-keys-'));
  const PAYLOAD = Buffer.from('the artifact, signed with a key');
  const keys = new Map<string, SchemeKey>();
  const strangers = new Map<string, SchemeKey>();

  beforeAll(() => {
    writeFileSync(join(dir, 'artifact.bin'), PAYLOAD);
    writeFileSync(join(dir, 'other.bin'), 'another artifact');
    for (const scheme of SIGNING_SCHEMES) {
      const key = createSchemeKey(scheme);
      keys.set(scheme, key);
      writeFileSync(join(dir, `${scheme}.pub`), key.pem);
      writeFileSync(join(dir, `${scheme}.json`), JSON.stringify(schemeMessageBundle(key, PAYLOAD)));
      // Another key of the same kind (RSA 2048 stands in for 4096: same code, quicker to make).
      const stranger = createSchemeKey(scheme.replace('4096', '2048') as typeof scheme);
      strangers.set(scheme, stranger);
      writeFileSync(join(dir, `${scheme}.stranger.pub`), stranger.pem);
    }
  });

  it.each(SIGNING_SCHEMES)('%s', async (scheme) => {
    const key = keys.get(scheme);
    if (!key) throw new Error('no key');
    const digest = schemeDigest(key, PAYLOAD);
    const flags = (pub: string, ...more: string[]) => ['--bundle', `${scheme}.json`, '--key', pub, ...more];
    const both = async (argv: string[]) => ({ byFile: await answer([...argv, 'artifact.bin'], dir), byDigest: await answer([...argv, digest], dir) });

    const trusted = await both(flags(`${scheme}.pub`, '--insecure-ignore-tlog'));
    expect(trusted.byFile).toEqual({ code: 0, verdict: 'Verified OK', signer: `key ${key.keyId}` });
    const noLog = await both(flags(`${scheme}.pub`));
    const stranger = await both(flags(`${scheme}.stranger.pub`, '--insecure-ignore-tlog'));
    expect(noLog.byFile).toMatchObject({ code: 1, verdict: 'Not verified (no-tlog-entry)' });
    expect(stranger.byFile).toMatchObject({ code: 1, verdict: 'Not verified (untrusted-key)' });
    if (scheme === 'ed25519') {
      // A pure Ed25519 signature signs the bytes themselves: from a digest it cannot be checked, and says so.
      for (const { byDigest } of [trusted, noLog, stranger])
        expect(byDigest).toMatchObject({ code: 1, verdict: 'Not verified (not-bound-to-digest)' });
    } else if (scheme === 'ed25519ph') {
      expect(trusted.byDigest).toEqual(trusted.byFile);
      expect(noLog.byDigest).toEqual(noLog.byFile);
      // An Ed25519 signature that is not Ed25519ph with this key might be a pure one: from a digest, that is the answer.
      expect(stranger.byDigest).toMatchObject({ code: 1, verdict: 'Not verified (not-bound-to-digest)' });
    } else {
      for (const { byFile, byDigest } of [trusted, noLog, stranger]) expect(byDigest).toEqual(byFile);
    }
    // Another artifact, as a file and as a digest.
    expect(
      await sameForFileAndDigest(
        flags(`${scheme}.pub`, '--insecure-ignore-tlog'),
        'other.bin',
        schemeDigest(key, Buffer.from('another artifact')),
        dir,
      ),
    ).toMatchObject({
      verdict: 'Not verified (not-bound-to-digest)',
    });
  });

  it('an Ed25519ph signature from its sha256 digest: the bundle signs a sha512 one, and the message says which to give', async () => {
    const key = keys.get('ed25519ph');
    if (!key) throw new Error('no key');
    let stderr = '';
    const code = await verifyBundleCommand(
      ['--bundle', 'ed25519ph.json', '--key', 'ed25519ph.pub', '--insecure-ignore-tlog', sha256Of(join(dir, 'artifact.bin'))],
      {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        cwd: dir,
      },
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      'Not verified (not-bound-to-digest): the bundle signs a sha512 digest, and sha256 was given: pass the file, or its sha512:<hex> digest',
    );
  });

  it('through dist/cli.js: ECDSA (real wheel), Ed25519ph and RSA-PSS 4096 from a digest', async () => {
    const wheel = FIXTURES['rfc8785-0.1.2-wheel.v0.2.sigstore.json'];
    if (!wheel) throw new Error('no wheel case');
    const real = await runCli(['verify-bundle', '--bundle', fixture('rfc8785-0.1.2-wheel.v0.2.sigstore.json'), ...wheel.flags, wheel.digest]);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toContain(`Signed by: ${wheel.signer}`);
    for (const scheme of ['ed25519ph', 'rsa4096-pss'] as const) {
      const key = keys.get(scheme);
      if (!key) throw new Error('no key');
      const result = await runCli([
        'verify-bundle',
        '--bundle',
        join(dir, `${scheme}.json`),
        '--key',
        join(dir, `${scheme}.pub`),
        '--insecure-ignore-tlog',
        schemeDigest(key, PAYLOAD),
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Signed by: key ${key.keyId}`);
    }
  });
});
