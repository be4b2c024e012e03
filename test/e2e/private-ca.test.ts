/**
 * Private PKI end to end: cosign-style `.sig` layers on the loopback registry signed by leaves of a CA made in
 * the test, verified by `image-gate verify` (dist/cli.js) and the Action with cosign's flags and inputs, and
 * bundles by `image-gate verify-bundle`. The transparency log and CT log are @sigstore/mock's, trusted through a
 * trusted root of their own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyBundleCommand } from '../../src/cli/verify-bundle.js';
import { pushCosignTag, simpleSigningPayload } from '../helpers/cosign-push.js';
import { pushImage, type PushedImage } from '../helpers/oci-push.js';
import {
  cosignLayer,
  createPrivateLogs,
  createRoot,
  issueCa,
  issueLeaf,
  messageBundle,
  pemOf,
  type Issued,
  type PrivateLogs,
} from '../helpers/private-pki.js';
import { fixture, runAction, runCli, standInTrivy } from '../helpers/run-dist.js';

const IDENTITY = 'release@acme.test';
const SIGNER = ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer-regexp', '.*'];

let dir: string;
let logs: PrivateLogs;
let root: Issued;
let intermediate: Issued;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'image-gate-private-ca-'));
  logs = await createPrivateLogs();
  root = await createRoot('rsa4096', { name: 'Acme Root' });
  intermediate = await issueCa(root, 'p384', { name: 'Acme Signing CA' });
  file('trusted_root.json', JSON.stringify(logs.trustedRoot));
  file('roots.pem', root.pem);
  file('intermediates.pem', intermediate.pem);
  file('chain.pem', pemOf(intermediate, root));
  file('stranger.pem', (await createRoot('p256', { name: 'Acme Root' })).pem);
}, 60_000);

describe('image-gate verify and the Action on a registry image signed by a private CA', () => {
  let host: string;
  let withSct: PushedImage;
  let withoutSct: PushedImage;

  /** Pushes an image and a `.sig` layer for it signed by `leaf`, logged in the mock Rekor, the chain in its annotation. */
  async function signedImage(repository: string, leaf: Issued): Promise<PushedImage> {
    const image = await pushImage(host, repository, 'v1', { user: '1000' });
    const payload = simpleSigningPayload(`${host}/${repository}`, image.digest);
    const layer = cosignLayer(leaf, payload, [intermediate, root]);
    const signature = layer.annotations['dev.cosignproject.cosign/signature'] ?? '';
    layer.annotations['dev.sigstore.cosign/bundle'] = await logs.rekorAnnotation(leaf, payload, signature);
    await pushCosignTag(host, repository, image.digest, 'sig', [
      { mediaType: layer.mediaType, bytes: layer.payload, annotations: layer.annotations },
    ]);
    return image;
  }

  beforeAll(async () => {
    host = inject('registryHost');
    withSct = await signedImage('private-ca/sct', await issueLeaf(intermediate, 'rsa2048', { ctLog: logs.ctLog }));
    withoutSct = await signedImage('private-ca/no-sct', await issueLeaf(intermediate, 'p256'));
  }, 60_000);

  const verify = (image: PushedImage, flags: string[]) =>
    runCli(['verify', `${host}/${image.repository}:${image.tag}`, '--trusted-root', join(dir, 'trusted_root.json'), ...SIGNER, ...flags], {
      cwd: dir,
    });

  it('verifies with --ca-roots and --ca-intermediates, or with --certificate-chain, and fails for another root', async () => {
    const ok = await verify(withSct, ['--ca-roots', 'roots.pem', '--ca-intermediates', 'intermediates.pem']);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('image-gate verify: PASS');
    expect(ok.stdout).toContain(IDENTITY);
    const chain = await verify(withSct, ['--certificate-chain', 'chain.pem']);
    expect(chain.code, chain.stdout + chain.stderr).toBe(0);
    // The chain annotation brings the intermediate: the roots alone are enough.
    const rootsOnly = await verify(withSct, ['--ca-roots', 'roots.pem']);
    expect(rootsOnly.code, rootsOnly.stdout + rootsOnly.stderr).toBe(0);
    const stranger = await verify(withSct, ['--ca-roots', 'stranger.pem']);
    expect(stranger.code).toBe(1);
    expect(stranger.stdout).toContain('untrusted-ca');
    // Without a private CA, Fulcio's roots (here: none in this trusted root) judge the certificate.
    const fulcio = await verify(withSct, []);
    expect(fulcio.code).toBe(1);
    expect(fulcio.stdout).toContain('untrusted-ca');
  });

  it('demands an SCT unless --insecure-ignore-sct (a bare switch, as in cosign)', async () => {
    const strict = await verify(withoutSct, ['--ca-roots', 'roots.pem']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('untrusted-ca');
    expect(strict.stdout).toMatch(/SCT/);
    const relaxed = await verify(withoutSct, ['--ca-roots', 'roots.pem', '--insecure-ignore-sct']);
    expect(relaxed.code, relaxed.stdout + relaxed.stderr).toBe(0);
  });

  it('checks an exact issuer as cosign does: the certificate has none, so it is wrong-issuer', async () => {
    const run = await runCli(
      [
        'verify',
        `${host}/${withSct.repository}:v1`,
        '--trusted-root',
        'trusted_root.json',
        '--certificate-identity',
        IDENTITY,
        '--certificate-oidc-issuer',
        'https://issuer.acme.test',
        '--ca-roots',
        'roots.pem',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('wrong-issuer');
  });

  it('refuses --certificate-chain with --ca-roots (exit 2), as cosign does', async () => {
    const run = await verify(withSct, ['--certificate-chain', 'chain.pem', '--ca-roots', 'roots.pem']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('certificate-chain');
  });

  it('the Action takes the same as inputs', async () => {
    const gate = (inputs: Record<string, string>) =>
      runAction(
        {
          image: `${host}/${withoutSct.repository}:v1`,
          'trivy-path': standInTrivy,
          'cache-db': 'false',
          'fail-on-severity': 'none',
          'trusted-root': join(dir, 'trusted_root.json'),
          'certificate-identity': IDENTITY,
          'certificate-oidc-issuer-regexp': '.*',
          'ca-roots': join(dir, 'roots.pem'),
          ...inputs,
        },
        { env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') } },
      );
    const strict = await gate({});
    expect(strict.code).toBe(1);
    expect(strict.summary).toContain('untrusted-ca');
    const relaxed = await gate({ 'insecure-ignore-sct': 'true' });
    expect(relaxed.code, relaxed.stdout + relaxed.stderr).toBe(0);
    expect(relaxed.outputs.verdict).toBe('pass');
  });
});

describe('image-gate verify-bundle with a private CA', () => {
  async function run(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await verifyBundleCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: dir });
    return { code, stdout, stderr };
  }

  beforeAll(async () => {
    const payload = Buffer.from('release artifact\n');
    file('artifact.txt', payload.toString());
    const leaf = await issueLeaf(intermediate, 'p256', { ctLog: logs.ctLog });
    const unlogged = messageBundle(leaf, payload, [intermediate, root]);
    file('unlogged.json', JSON.stringify(unlogged));
    const signature = (unlogged.messageSignature as { signature: string }).signature;
    const logged = messageBundle(leaf, payload, [intermediate, root], { tlogEntries: [await logs.tlogEntry(leaf, payload, signature)] });
    (logged.messageSignature as { signature: string }).signature = signature;
    file('logged.json', JSON.stringify(logged));
  }, 30_000);

  const common = [...SIGNER, '--trusted-root', 'trusted_root.json'];

  it('verifies a logged bundle with --ca-roots / --certificate-chain', async () => {
    for (const flags of [
      ['--ca-roots', 'roots.pem', '--ca-intermediates', 'intermediates.pem'],
      ['--certificate-chain', 'chain.pem'],
    ]) {
      const result = await run(['--bundle', 'logged.json', ...common, ...flags, 'artifact.txt']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Signed by: ${IDENTITY} (issuer (none))`);
    }
  });

  it('needs the log entry unless --insecure-ignore-tlog', async () => {
    const strict = await run(['--bundle', 'unlogged.json', ...common, '--ca-roots', 'roots.pem', 'artifact.txt']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('no-tlog-entry');
    const relaxed = await run(['--bundle', 'unlogged.json', ...common, '--ca-roots', 'roots.pem', '--insecure-ignore-tlog', 'artifact.txt']);
    expect(relaxed.code, relaxed.stderr).toBe(0);
  });

  it('fails for another root (untrusted-ca) and another identity (wrong-identity)', async () => {
    const stranger = await run(['--bundle', 'logged.json', ...common, '--ca-roots', 'stranger.pem', 'artifact.txt']);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain('untrusted-ca');
    const other = await run([
      '--bundle',
      'logged.json',
      '--certificate-identity',
      'other@acme.test',
      '--certificate-oidc-issuer-regexp',
      '.*',
      '--trusted-root',
      'trusted_root.json',
      '--ca-roots',
      'roots.pem',
      'artifact.txt',
    ]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('wrong-identity');
  });

  it.each([
    [['--key', 'roots.pem', '--ca-roots', 'roots.pem'], 'not with --key'],
    [[...SIGNER, '--certificate-chain', 'chain.pem', '--ca-roots', 'roots.pem'], 'not both'],
    [[...SIGNER, '--ca-intermediates', 'intermediates.pem'], '--ca-intermediates needs --ca-roots'],
    [[...SIGNER, '--ca-roots', 'trusted_root.json'], 'Input ca-roots holds no PEM certificate'],
  ])('exits 2 on a usage error: %j', async (flags, message) => {
    const result = await run(['--bundle', 'logged.json', ...flags, 'artifact.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
