/**
 * `image-gate verify` through dist/cli.js against the real registry: it checks signatures of any OCI artifact
 * by its manifest digest, never reading a config (Helm charts, WASM modules, SBOMs with the empty config,
 * images whose config blob is gone), and it is the signature check alone: no verified trusted signature is
 * exit 1 whatever the signatures mode says.
 *
 * The premise, seen by running the tests against the code before the change: every "exit 2 before" case below
 * exited 2 (the config was downloaded while pinning: "is not a container image: its config has media type …",
 * or "has no blob … although a manifest refers to it"), and every "exit 0 before" case exited 0.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteBlob, helmChart, pushArtifact, sbomArtifact, wasmModule, type PushedArtifactManifest } from '../helpers/artifact-push.js';
import { pushCosignTag, pushReferrer, pushReferrersTag, simpleSigningPayload, type Subject } from '../helpers/cosign-push.js';
import { pushImage, pushIndex, type PushedImage, type PushedIndex } from '../helpers/oci-push.js';
import { runCli, standInTrivy, fixture } from '../helpers/run-dist.js';
import {
  cosignLayer,
  createMockSigstore,
  createSigningKey,
  inTotoStatement,
  IN_TOTO_PAYLOAD_TYPE,
  type MockSigstore,
  type SigningKey,
} from '../helpers/sigstore-mock.js';

const RELEASE_WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const COSIGN_SIGN_V1 = 'https://sigstore.dev/cosign/sign/v1';

/**
 * Every key-signed signature here is a legacy cosign `.sig` layer with no transparency-log entry, and key
 * signatures require one by default (as cosign's): the opt-out, once. The log itself is tested in signatures.test.ts.
 */
const KEY_SIGNED_WITHOUT_TLOG: string[] = ['--insecure-ignore-tlog'];

const subjectOf = (artifact: PushedArtifactManifest | PushedImage | PushedIndex): Subject => ({
  digest: artifact.digest,
  size: artifact.size,
  mediaType: artifact.mediaType,
});

describe('image-gate verify', () => {
  let host: string;
  let dir: string;
  let trustedKey: SigningKey;
  let trustedKeyPath: string;
  let otherKeyPath: string;
  let trustedRootPath: string;
  let mock: MockSigstore;
  let helm: PushedArtifactManifest;
  let wasm: PushedArtifactManifest;
  let sbom: PushedArtifactManifest;
  let configless: PushedImage;
  let index: PushedIndex;
  let armOnly: PushedIndex;

  /** cosign sign --key: a `.sig` tag over the digest. */
  const keySign = async (repository: string, digest: string): Promise<void> => {
    const layer = cosignLayer(trustedKey, simpleSigningPayload(`${host}/${repository}`, digest));
    await pushCosignTag(host, repository, digest, 'sig', [{ mediaType: layer.mediaType, bytes: layer.payload, annotations: layer.annotations }]);
  };
  /** cosign v3 sign (keyless): a Sigstore bundle referrer over the digest, listed in the referrers tag. */
  const keylessSign = async (repository: string, subject: Subject): Promise<void> => {
    const bundle = await mock.signDsse(inTotoStatement(subject.digest, COSIGN_SIGN_V1), IN_TOTO_PAYLOAD_TYPE, {
      identity: RELEASE_WORKFLOW,
      issuer: GITHUB_ISSUER,
    });
    const referrer = await pushReferrer(host, repository, subject, Buffer.from(JSON.stringify(bundle)));
    await pushReferrersTag(host, repository, subject.digest, [referrer.descriptor]);
  };

  const withKey = (path: string): string[] => ['--key', path, ...KEY_SIGNED_WITHOUT_TLOG];
  const keyless = (): string[] => [
    '--trusted-root',
    trustedRootPath,
    '--certificate-identity',
    RELEASE_WORKFLOW,
    '--certificate-oidc-issuer',
    GITHUB_ISSUER,
  ];
  const verify = (reference: string, flags: string[]) => runCli(['verify', reference, ...flags]);

  beforeAll(async () => {
    host = inject('registryHost');
    dir = mkdtempSync(join(tmpdir(), 'image-gate-verify-'));
    trustedKey = createSigningKey('p256');
    trustedKeyPath = join(dir, 'trusted.pub');
    writeFileSync(trustedKeyPath, trustedKey.pem);
    otherKeyPath = join(dir, 'other.pub');
    writeFileSync(otherKeyPath, createSigningKey('p256').pem);
    mock = await createMockSigstore();
    trustedRootPath = join(dir, 'trusted_root.json');
    writeFileSync(trustedRootPath, JSON.stringify(mock.trustedRoot));

    helm = await pushArtifact(host, 'verify/chart', '0.1.0', helmChart('app', '0.1.0'));
    await keySign('verify/chart', helm.digest);
    wasm = await pushArtifact(host, 'verify/wasm', 'v1', wasmModule());
    await keySign('verify/wasm', wasm.digest);
    sbom = await pushArtifact(host, 'verify/sbom', 'v1', sbomArtifact());
    await keylessSign('verify/sbom', subjectOf(sbom));

    configless = await pushImage(host, 'verify/configless', 'v1', { user: '1000' });
    await keySign('verify/configless', configless.digest);
    await deleteBlob(host, 'verify/configless', configless.configDigest);

    // cosign signs an index by the index's digest; the platform image pinned by default (linux/amd64) has lost its config.
    const amd64 = await pushImage(host, 'verify/multi', 'amd64', { user: '1000', platform: 'linux/amd64' });
    const arm64 = await pushImage(host, 'verify/multi', 'arm64', { user: '1000', platform: 'linux/arm64' });
    index = await pushIndex(host, 'verify/multi', 'v1', [amd64, arm64]);
    await keylessSign('verify/multi', subjectOf(index));
    await deleteBlob(host, 'verify/multi', amd64.configDigest);

    // An index for arm platforms only: no linux/amd64 entry to pick, and nothing here needs one.
    const arm64only = await pushImage(host, 'verify/arm', 'arm64', { user: '1000', platform: 'linux/arm64' });
    const armv7 = await pushImage(host, 'verify/arm', 'armv7', { user: '1000', platform: 'linux/arm/v7' });
    armOnly = await pushIndex(host, 'verify/arm', 'v1', [arm64only, armv7]);
    await keylessSign('verify/arm', subjectOf(armOnly));
  }, 120_000);

  describe('needs no image config', () => {
    it('verifies a key-signed Helm chart (exit 2 before: its config is not an image config)', async () => {
      const run = await verify(`${host}/verify/chart:0.1.0`, withKey(trustedKeyPath));
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`image-gate verify: PASS  ${host}/verify/chart:0.1.0@${helm.digest}`);
      expect(run.stdout).toMatch(/OK {3}signed by a trusted signer/);
    });

    it('verifies a key-signed WASM module (exit 2 before: its config is not an image config)', async () => {
      const run = await verify(`${host}/verify/wasm:v1`, withKey(trustedKeyPath));
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`@${wasm.digest}`);
    });

    it('verifies an SBOM artifact with the empty config, signed by a bundle referrer (exit 2 before: application/vnd.oci.empty.v1+json)', async () => {
      const run = await verify(`${host}/verify/sbom:v1`, keyless());
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`image-gate verify: PASS  ${host}/verify/sbom:v1@${sbom.digest}`);
    });

    it('verifies an image whose config blob the registry no longer has (exit 2 before: the blob was fetched while pinning)', async () => {
      const run = await verify(`${host}/verify/configless:v1`, withKey(trustedKeyPath));
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`@${configless.digest}`);
    });

    it('verifies an index by its own digest, though its linux/amd64 image lost its config (exit 2 before)', async () => {
      const run = await verify(`${host}/verify/multi:v1`, keyless());
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`image-gate verify: PASS  ${host}/verify/multi:v1@${index.digest}`);
    });

    it('verifies an index with no linux/amd64 entry by its own digest, picking no platform (exit 2 before: no platform to choose)', async () => {
      const run = await verify(`${host}/verify/arm:v1`, keyless());
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`image-gate verify: PASS  ${host}/verify/arm:v1@${armOnly.digest}`);
      // The premise: check asked for linux/amd64 must find that platform, and there is none (by default it gates
      // both arm platforms; before issue 11 it looked for linux/amd64 and failed just so).
      const check = await runCli(
        ['check', `${host}/verify/arm:v1`, '--platforms', 'linux/amd64', '--trivy-path', standInTrivy, '--cache-db', 'false', ...keyless()],
        { env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') } },
      );
      expect(check.code, check.stdout + check.stderr).toBe(2);
      expect(check.stderr).toContain(`Image ${host}/verify/arm:v1 has no linux/amd64 variant (it has: linux/arm64, linux/arm/v7)`);
    });

    it('still checks the signature of an artifact: a Helm chart signed by another key is exit 1, not a pass', async () => {
      const run = await verify(`${host}/verify/chart:0.1.0`, withKey(otherKeyPath));
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toContain('image-gate verify: FAIL');
    });

    it('leaves the check command reading the config: a Helm chart and an image without its config blob are errors (exit 2)', async () => {
      const check = (reference: string) =>
        runCli(['check', reference, '--trivy-path', standInTrivy, '--cache-db', 'false', ...withKey(trustedKeyPath)], {
          env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') },
        });
      const chart = await check(`${host}/verify/chart:0.1.0`);
      expect(chart.code, chart.stdout + chart.stderr).toBe(2);
      expect(chart.stderr).toContain('is not a container image: its config has media type "application/vnd.cncf.helm.config.v1+json"');
      const gone = await check(`${host}/verify/configless:v1`);
      expect(gone.code, gone.stdout + gone.stderr).toBe(2);
      expect(gone.stderr).toContain(`has no blob ${configless.configDigest} of ${host}/verify/configless`);
    });
  });

  describe('is the signature check alone', () => {
    let unsigned: PushedImage;
    let keySigned: PushedImage;

    beforeAll(async () => {
      unsigned = await pushImage(host, 'verify/unsigned', 'v1', { user: '1000' });
      keySigned = await pushImage(host, 'verify/keysigned', 'v1', { user: '1000' });
      await keySign('verify/keysigned', keySigned.digest);
    });

    it('exits 1 for an unsigned image in optional mode, saying why in one line (exit 0 before)', async () => {
      const run = await verify(`${host}/verify/unsigned:v1`, [...withKey(trustedKeyPath), '--signatures', 'optional']);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toContain(`image-gate verify: FAIL  ${host}/verify/unsigned:v1@${unsigned.digest}`);
      expect(run.stderr).toMatch(
        /^image-gate verify: no signature from a trusted signer was verified: no signature was found \(looked in [^\n]+\)$/m,
      );
    });

    it('exits 1 for an image signed by an untrusted key, whatever the mode (optional: exit 0 before)', async () => {
      for (const mode of [[], ['--signatures', 'optional'], ['--signatures', 'required']]) {
        const run = await verify(`${host}/verify/keysigned:v1`, [...withKey(otherKeyPath), ...mode]);
        expect(run.code, `${mode.join(' ')}: ${run.stdout}${run.stderr}`).toBe(1);
        expect(run.stderr).toMatch(/^image-gate verify: no signature from a trusted signer was verified: 1 signature found, none verified: [^\n]+$/m);
      }
    });

    it('exits 0 for the same image with the trusted key, in optional mode too', async () => {
      for (const mode of [[], ['--signatures', 'optional']]) {
        const run = await verify(`${host}/verify/keysigned:v1`, [...withKey(trustedKeyPath), ...mode]);
        expect(run.code, `${mode.join(' ')}: ${run.stdout}${run.stderr}`).toBe(0);
        expect(run.stdout).toContain('image-gate verify: PASS');
      }
    });

    it('the JSON format exits the same way', async () => {
      const run = await verify(`${host}/verify/unsigned:v1`, [...withKey(trustedKeyPath), '--signatures', 'optional', '--format', 'json']);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect((JSON.parse(run.stdout) as { digest: string }).digest).toBe(unsigned.digest);
    });

    it('is a usage error (exit 2) when no trusted signer is named, whatever the mode (optional: exit 0 before)', async () => {
      for (const mode of [[], ['--signatures', 'optional']]) {
        const run = await verify(`${host}/verify/keysigned:v1`, mode);
        expect(run.code, `${mode.join(' ')}: ${run.stdout}${run.stderr}`).toBe(2);
        expect(run.stderr).toContain('Nothing to verify against');
      }
    });
  });

  describe('--insecure-ignore-tlog with a keyless (Fulcio) signature, as cosign', () => {
    let unlogged: PushedImage;

    beforeAll(async () => {
      // cosign sign with a TSA and no Rekor upload: the bundle has an RFC 3161 timestamp and no log entry.
      unlogged = await pushImage(host, 'verify/keyless-unlogged', 'v1', { user: '1000' });
      const bundle = await mock.signDsse(
        inTotoStatement(unlogged.digest, COSIGN_SIGN_V1),
        IN_TOTO_PAYLOAD_TYPE,
        { identity: RELEASE_WORKFLOW, issuer: GITHUB_ISSUER },
        { noTlog: true },
      );
      const referrer = await pushReferrer(host, 'verify/keyless-unlogged', subjectOf(unlogged), Buffer.from(JSON.stringify(bundle)));
      await pushReferrersTag(host, 'verify/keyless-unlogged', unlogged.digest, [referrer.descriptor]);
    });

    it('exits 1 without the switch (no-tlog-entry), and 0 with it, saying the log was not checked (exit 1 before)', async () => {
      const strict = await verify(`${host}/verify/keyless-unlogged:v1`, keyless());
      expect(strict.code, strict.stdout + strict.stderr).toBe(1);
      expect(strict.stdout).toContain('no-tlog-entry');
      for (const flag of ['--insecure-ignore-tlog', '--insecure-ignore-tlog=true']) {
        const relaxed = await verify(`${host}/verify/keyless-unlogged:v1`, [...keyless(), flag]);
        expect(relaxed.code, `${flag}: ${relaxed.stdout}${relaxed.stderr}`).toBe(0);
        expect(relaxed.stdout).toContain('image-gate verify: PASS');
        expect(relaxed.stdout).toContain('transparency log not checked (insecure-ignore-tlog)');
      }
    });
  });
});
