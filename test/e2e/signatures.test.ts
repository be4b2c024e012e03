/**
 * Signature and attestation verification through dist/index.js, against the real registry, with keyless
 * signatures from an offline mock Sigstore (its own trusted root) and key-based legacy cosign signatures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKeyRekor } from '../helpers/key-rekor.js';
import {
  cosignLayer as cosignKeyLayer,
  createMockSigstore,
  createSigningKey,
  inTotoStatement,
  IN_TOTO_PAYLOAD_TYPE,
} from '../helpers/sigstore-mock.js';
import { pushCosignTag, pushReferrer, pushReferrersTag, simpleSigningPayload } from '../helpers/cosign-push.js';
import { bundleDownload, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { pushImage, pushIndex, type PushedImage, type PushedIndex } from '../helpers/oci-push.js';
import { fixture, runAction, runCli, standInTrivy, type ActionRun } from '../helpers/run-dist.js';

const RELEASE_WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';

const errors = (run: ActionRun): string =>
  run.commands
    .filter((command) => command.command === 'error')
    .map((command) => command.message)
    .join('\n');
const subjectOf = (image: PushedImage | PushedIndex) => ({ digest: image.digest, size: image.size, mediaType: image.mediaType });

describe('signatures through the Action', () => {
  let host: string;
  let trustedRootPath: string;
  let signed: PushedImage;
  let unsigned: PushedImage;
  let keySigned: PushedImage;
  let keyLogged: PushedImage;
  let keyPem: string;
  let keyPath: string;
  let github: GitHubFake;
  let arm64: PushedImage;
  let githubOnly: PushedImage;
  let githubOnlySignature: unknown;

  beforeAll(async () => {
    host = inject('registryHost');
    const mock = await createMockSigstore();
    // Key-signed signatures are logged in a Rekor of their own, which the trusted root names as well.
    const keyRekor = await createKeyRekor();
    const trustDir = mkdtempSync(join(tmpdir(), 'image-gate-trust-'));
    trustedRootPath = join(trustDir, 'trusted_root.json');
    writeFileSync(trustedRootPath, JSON.stringify(keyRekor.withLog(mock.trustedRoot)));
    const signer = { identity: RELEASE_WORKFLOW, issuer: GITHUB_ISSUER };

    signed = await pushImage(host, 'signed/app', 'v1', { user: '1000' });
    const signature = await mock.signDsse(inTotoStatement(signed.digest, 'https://sigstore.dev/cosign/sign/v1'), IN_TOTO_PAYLOAD_TYPE, signer);
    const provenance = await mock.signDsse(
      inTotoStatement(signed.digest, SLSA_V1, {
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {
            workflow: { repository: 'https://github.com/acme/app', ref: 'refs/heads/main', path: '.github/workflows/release.yml' },
          },
        },
        runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
      }),
      IN_TOTO_PAYLOAD_TYPE,
      signer,
    );
    const referrers = [
      (await pushReferrer(host, 'signed/app', subjectOf(signed), Buffer.from(JSON.stringify(signature)))).descriptor,
      (
        await pushReferrer(host, 'signed/app', subjectOf(signed), Buffer.from(JSON.stringify(provenance)), {
          annotations: { 'dev.sigstore.bundle.predicateType': SLSA_V1 },
        })
      ).descriptor,
    ];
    await pushReferrersTag(host, 'signed/app', signed.digest, referrers);
    // GitHub's attestations API holds the provenance too, as actions/attest-build-provenance leaves it.
    github = await startGitHubFake({
      [`/repos/acme/app/attestations/${signed.digest}`]: { status: 200, body: { attestations: [{ bundle: provenance, repository_id: 1 }] } },
    });

    unsigned = await pushImage(host, 'unsigned/app', 'v1', { user: '1000' });
    // Signed only through GitHub's attestations API (a cosign signing statement, which counts as a signature).
    githubOnly = await pushImage(host, 'githubonly/app', 'v1', { user: '1000' });
    githubOnlySignature = await mock.signDsse(
      inTotoStatement(githubOnly.digest, 'https://sigstore.dev/cosign/sign/v1'),
      IN_TOTO_PAYLOAD_TYPE,
      signer,
    );

    const key = createSigningKey('p256');
    keyPem = key.pem;
    keyPath = join(trustDir, 'cosign.pub');
    writeFileSync(keyPath, keyPem);
    // Signed with the key and in no transparency log (cosign sign --tlog-upload=false).
    keySigned = await pushImage(host, 'keysigned/app', 'v1', { user: '1000' });
    const layer = cosignKeyLayer(key, simpleSigningPayload(`${host}/keysigned/app`, keySigned.digest));
    await pushCosignTag(host, 'keysigned/app', keySigned.digest, 'sig', [
      { mediaType: layer.mediaType, bytes: layer.payload, annotations: layer.annotations },
    ]);
    // Signed with the same key and logged, as cosign sign --key does by default.
    keyLogged = await pushImage(host, 'keylogged/app', 'v1', { user: '1001' });
    const logged = await keyRekor.cosignLayer(key, simpleSigningPayload(`${host}/keylogged/app`, keyLogged.digest));
    await pushCosignTag(host, 'keylogged/app', keyLogged.digest, 'sig', [
      { mediaType: logged.mediaType, bytes: logged.payload, annotations: logged.annotations },
    ]);

    // A two-platform index whose index and linux/amd64 manifest are signed, but not its linux/arm64 one.
    // It also lists a BuildKit-style attestation manifest (unknown/unknown), which is no platform to check.
    const amd64 = await pushImage(host, 'multi/app', 'amd64', { user: '1000', platform: 'linux/amd64' });
    arm64 = await pushImage(host, 'multi/app', 'arm64', { user: '1000', platform: 'linux/arm64' });
    const buildkit = await pushReferrer(host, 'multi/app', subjectOf(amd64), Buffer.from('{}'), {
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
    });
    const multi = await pushIndex(host, 'multi/app', 'v1', [amd64, arm64], {
      extra: [
        {
          ...buildkit.descriptor,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd64.digest },
        },
      ],
    });
    for (const subject of [multi, amd64]) {
      const bundle = await mock.signDsse(inTotoStatement(subject.digest, 'https://sigstore.dev/cosign/sign/v1'), IN_TOTO_PAYLOAD_TYPE, signer);
      const referrer = await pushReferrer(host, 'multi/app', subjectOf(subject), Buffer.from(JSON.stringify(bundle)));
      await pushReferrersTag(host, 'multi/app', subject.digest, [referrer.descriptor]);
    }
  }, 120_000);

  afterAll(() => github.close());

  const gate = (image: string, inputs: Record<string, string>) =>
    runAction(
      { image, 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none', 'trusted-root': trustedRootPath, ...inputs },
      { env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json'), GITHUB_API_URL: github.apiUrl } },
    );

  it('passes an image signed by the trusted workflow identity', async () => {
    const run = await gate(`${host}/signed/app:v1`, { 'certificate-identity': RELEASE_WORKFLOW, 'certificate-oidc-issuer': GITHUB_ISSUER });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    // Two referrers and one attestation from the GitHub API, all verified; nothing went wrong while looking.
    expect(run.summary).toContain('Found (3)');
    expect(run.summary.match(/✅ verified/g)).toHaveLength(3);
    expect(run.summary).toContain('acme/app/.github/workflows/release.yml');
    expect(run.summary).not.toContain('Problems while looking');
    expect(github.requests.some((request) => request.url.pathname === `/repos/acme/app/attestations/${signed.digest}`)).toBe(true);
  });

  it('fails the same image when the policy trusts another identity, saying why', async () => {
    const run = await gate(`${host}/signed/app:v1`, {
      'certificate-identity-regexp': 'https://github\\.com/acme/other/.*',
      'certificate-oidc-issuer': GITHUB_ISSUER,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(errors(run)).toMatch(/sign/i);
    expect(run.summary).toMatch(/identity/i);
  });

  it('fails an unsigned image when signatures are required', async () => {
    const run = await gate(`${host}/${unsigned.repository}:${unsigned.tag}`, {
      'certificate-identity': RELEASE_WORKFLOW,
      'certificate-oidc-issuer': GITHUB_ISSUER,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
  });

  it('only reports a missing signature in optional mode', async () => {
    const run = await gate(`${host}/${unsigned.repository}:${unsigned.tag}`, {
      signatures: 'optional',
      'certificate-identity': RELEASE_WORKFLOW,
      'certificate-oidc-issuer': GITHUB_ISSUER,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  const NOT_CHECKED = 'transparency log not checked (insecure-ignore-tlog)';
  const resultOf = (run: ActionRun) =>
    JSON.parse(readFileSync(join(run.runnerTemp, 'image-gate', 'image-gate-result.json'), 'utf8')) as {
      images: { signatures: { results: { verified: boolean; transparencyLog: string | null; rejection: { code: string } | null }[] } }[];
    };

  it('passes a legacy cosign .sig signature made with a trusted key and in the transparency log', async () => {
    const run = await gate(`${host}/keylogged/app:v1`, { key: keyPem });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('✅ verified |');
    expect(run.summary).not.toContain(NOT_CHECKED);
    expect(resultOf(run).images[0]?.signatures.results).toEqual([expect.objectContaining({ verified: true, transparencyLog: 'verified' })]);
  });

  it('fails a key signature that is in no transparency log, as cosign does, naming the opt-out', async () => {
    const run = await gate(`${host}/keysigned/app:v1`, { key: keyPem });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toContain('rejected (no-tlog-entry)');
    expect(run.summary).toContain('insecure-ignore-tlog');
    expect(resultOf(run).images[0]?.signatures.results).toEqual([
      expect.objectContaining({ verified: false, transparencyLog: null, rejection: expect.objectContaining({ code: 'no-tlog-entry' }) as unknown }),
    ]);
  });

  it('passes it with insecure-ignore-tlog, and the summary, the log and the result file say the log was not checked', async () => {
    const run = await gate(`${host}/keysigned/app:v1`, { key: keyPem, 'insecure-ignore-tlog': 'true' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain(`✅ verified; ${NOT_CHECKED}`);
    expect(run.stdout).toContain(`signed by key key input; ${NOT_CHECKED}`);
    expect(resultOf(run).images[0]?.signatures.results).toEqual([expect.objectContaining({ verified: true, transparencyLog: 'not-checked' })]);
  });

  it('a policy key with require-tlog: false accepts it too; the input false leaves the default', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'image-gate-require-tlog-'));
    writeFileSync(join(workspace, 'cosign.pub'), keyPem);
    writeFileSync(join(workspace, 'lenient.yml'), 'signatures:\n  keys:\n    - name: release\n      path: cosign.pub\n      require-tlog: false\n');
    writeFileSync(join(workspace, 'default.yml'), 'signatures:\n  keys:\n    - name: release\n      path: cosign.pub\n');
    const gateIn = (policy: string, inputs: Record<string, string> = {}) =>
      runAction(
        {
          image: `${host}/keysigned/app:v1`,
          policy,
          'trivy-path': standInTrivy,
          'cache-db': 'false',
          'fail-on-severity': 'none',
          'trusted-root': trustedRootPath,
          ...inputs,
        },
        { workspace, env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') } },
      );
    const lenient = await gateIn('lenient.yml');
    expect(lenient.code, lenient.stdout + lenient.stderr).toBe(0);
    expect(lenient.summary).toContain(`key release | ✅ verified; ${NOT_CHECKED}`);
    const strict = await gateIn('default.yml', { 'insecure-ignore-tlog': 'false' });
    expect(strict.code).toBe(1);
    expect(strict.summary).toContain('rejected (no-tlog-entry)');
  });

  it('image-gate verify --key: a log entry required, unless --insecure-ignore-tlog (a switch, as in cosign)', async () => {
    const verify = (image: string, ...flags: string[]) => runCli(['verify', ...flags, image, '--key', keyPath, '--trusted-root', trustedRootPath]);
    const logged = await verify(`${host}/keylogged/app:v1`);
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stdout).not.toContain(NOT_CHECKED);
    const strict = await verify(`${host}/keysigned/app:v1`);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('no-tlog-entry');
    // Given before the image: a switch takes no value, so the image stays the image.
    const relaxed = await verify(`${host}/keysigned/app:v1`, '--insecure-ignore-tlog');
    expect(relaxed.code, relaxed.stderr).toBe(0);
    expect(relaxed.stdout).toContain(`signed by key key input; ${NOT_CHECKED}`);
    const json = await verify(`${host}/keysigned/app:v1`, '--insecure-ignore-tlog=true', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toContain('"transparencyLog": "not-checked"');
    expect((await verify(`${host}/keysigned/app:v1`, '--insecure-ignore-tlog=false')).code).toBe(1);
    const wrong = await verify(`${host}/keysigned/app:v1`, '--insecure-ignore-tlog=yes');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Input insecure-ignore-tlog must be true or false, not "yes"');
  });

  it('image-gate verify checks the signatures alone, exit 0 for a trusted signer and 1 otherwise', async () => {
    const common = ['--trusted-root', trustedRootPath, '--certificate-oidc-issuer', GITHUB_ISSUER];
    const env = { GITHUB_API_URL: github.apiUrl };
    const ok = await runCli(['verify', `${host}/signed/app:v1`, ...common, '--certificate-identity', RELEASE_WORKFLOW], { env });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`image-gate verify: PASS`);
    expect(ok.stdout).toContain(signed.digest);
    const other = await runCli(
      [
        'verify',
        `${host}/signed/app:v1`,
        ...common,
        '--certificate-identity',
        'https://github.com/acme/other/.github/workflows/x.yml@refs/heads/main',
      ],
      { env },
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('wrong-identity');
    // Without --trusted-root the public-good root is used (TUF unreachable here, so the shipped one):
    // the mock CA is not in it, and the signature is rejected, not accepted.
    const publicGood = await runCli(
      ['verify', `${host}/signed/app:v1`, '--certificate-oidc-issuer', GITHUB_ISSUER, '--certificate-identity', RELEASE_WORKFLOW],
      { env },
    );
    expect(publicGood.code).toBe(1);
    expect(publicGood.stdout).toContain('untrusted-ca');
    const nobody = await runCli(['verify', `${host}/signed/app:v1`]);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('Nothing to verify against');
  });

  describe('GitHub attestations served through bundle_url', () => {
    const token = 'ghs_e2e_attestations_token';
    /** The image signed only in GitHub's attestations API, which answers with a bundle_url on `storage`. */
    const gateGithubOnly = async (storage: GitHubFake) => {
      const api = await startGitHubFake({
        [`/repos/acme/app/attestations/${githubOnly.digest}`]: {
          status: 200,
          body: { attestations: [{ bundle_url: `${storage.apiUrl}/attestations/1?sig=presigned`, repository_id: 1 }] },
        },
      });
      try {
        const run = await runAction(
          {
            image: `${host}/githubonly/app:v1`,
            'trivy-path': standInTrivy,
            'cache-db': 'false',
            'fail-on-severity': 'none',
            'trusted-root': trustedRootPath,
            'certificate-identity': RELEASE_WORKFLOW,
            'certificate-oidc-issuer': GITHUB_ISSUER,
            'github-token': token,
          },
          { env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json'), GITHUB_API_URL: api.apiUrl } },
        );
        return { run, api };
      } finally {
        await api.close();
      }
    };

    it('passes on the downloaded bundle, and the storage host never sees the token', async () => {
      const storage = await startGitHubFake({ '/attestations/1': bundleDownload(githubOnlySignature) });
      try {
        const { run, api } = await gateGithubOnly(storage);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        expect(run.outputs.verdict).toBe('pass');
        expect(run.summary).toContain('Found (1)');
        expect(run.summary.match(/✅ verified/g)).toHaveLength(1);
        expect(run.summary).not.toContain('Problems while looking');
        expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
        expect(storage.requests).toHaveLength(1);
        expect(storage.requests[0]?.headers.authorization).toBeUndefined();
        // Masked as a secret, and in no other line.
        expect((run.stdout + run.stderr).split('\n').filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`]);
      } finally {
        await storage.close();
      }
    });

    it('fails closed when the bundle cannot be downloaded, naming the attestation and why', async () => {
      const storage = await startGitHubFake({ '/attestations/1': { status: 500, body: 'storage is down' } });
      try {
        const { run } = await gateGithubOnly(storage);
        expect(run.code).toBe(1);
        expect(run.outputs.verdict).toBe('fail');
        const problem = `GitHub attestations API, acme/app, attestation 0, repository id 1: the bundle at bundle_url on ${storage.host} answered HTTP 500; not verified`;
        expect(errors(run)).toContain(problem);
        expect(run.summary).toContain('Problems while looking (1)');
        expect(run.summary).toContain(`- ${problem.replace('bundle_url', 'bundle\\_url')}`);
        expect(run.summary).not.toContain('presigned');
      } finally {
        await storage.close();
      }
    });
  });

  it('fails the key-signed image against another key, log or no log', async () => {
    for (const inputs of [{ 'insecure-ignore-tlog': 'true' }, {}] as Record<string, string>[]) {
      const run = await gate(`${host}/keysigned/app:v1`, { key: createSigningKey('p256').pem, ...inputs });
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(run.summary).toContain('rejected (untrusted-key)');
    }
    const logged = await gate(`${host}/keylogged/app:v1`, { key: createSigningKey('p256').pem });
    expect(logged.code).toBe(1);
    expect(logged.summary).toContain('rejected (untrusted-key)');
  });

  describe('signatures.per-platform', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'image-gate-per-platform-'));
    writeFileSync(join(workspace, 'per-platform.yml'), 'signatures:\n  sources: [referrers]\n  per-platform: true\n');
    writeFileSync(join(workspace, 'pinned-only.yml'), 'signatures:\n  sources: [referrers]\n  per-platform: false\n');
    const signer = { 'certificate-identity': RELEASE_WORKFLOW, 'certificate-oidc-issuer': GITHUB_ISSUER };
    const gateIn = (image: string, policy: string) =>
      runAction(
        { image, policy, 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none', 'trusted-root': trustedRootPath, ...signer },
        { workspace, env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') } },
      );

    it('fails an index whose linux/arm64 manifest is unsigned, naming that platform', async () => {
      const run = await gateIn(`${host}/multi/app:v1`, 'per-platform.yml');
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      const failed = errors(run);
      expect(failed).toContain('linux/arm64');
      expect(failed).not.toContain('linux/amd64');
      expect(failed).not.toContain('unknown/unknown');
      expect(run.summary).toContain('signed by a trusted signer (linux/arm64)');
      expect(run.summary).toContain('signed by a trusted signer (linux/amd64)');
      expect(run.summary).not.toContain('unknown/unknown');
      // Each platform is looked up under its own digest.
      expect(run.stdout).toContain(arm64.digest);
    });

    it('passes the same index when only the pinned digest is checked', async () => {
      const run = await gateIn(`${host}/multi/app:v1`, 'pinned-only.yml');
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      // Every platform is gated (and named in the summary), but no platform gets a signature requirement of its own.
      expect(run.summary).toContain('linux/arm64');
      expect(run.summary).not.toMatch(/signed by a trusted signer \(linux\//);
    });

    it('leaves a single-platform image as it was', async () => {
      const run = await gateIn(`${host}/signed/app:v1`, 'per-platform.yml');
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      expect(run.summary).not.toMatch(/signed by a trusted signer \(/);
    });
  });
});
