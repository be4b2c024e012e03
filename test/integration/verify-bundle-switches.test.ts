/**
 * `image-gate verify-bundle`'s cosign switches, read as `check` and `verify` read them: `--insecure-ignore-tlog`
 * and `--insecure-ignore-sct` bare, `=true` or `=false` (any other value a usage error). Before, both were node
 * booleans: `=true` and `=false` were exit 2 ("does not take an argument"). Bundles and keys made in the test,
 * files in a temporary folder, verified through verifyBundleCommand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundleCommand } from '../../src/cli/verify-bundle.js';
import { createRoot, issueLeaf, messageBundle } from '../helpers/private-pki.js';
import { createMockSigstore, createSigningKey, keyMessageBundle } from '../helpers/sigstore-mock.js';

const PAYLOAD = Buffer.from('hello');
const ISSUER = 'https://issuer.test';
let dir: string;

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await verifyBundleCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: dir });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'image-gate-verify-bundle-switches-'));
  writeFileSync(join(dir, 'artifact.bin'), PAYLOAD);
  const key = createSigningKey();
  writeFileSync(join(dir, 'key.pub'), key.pem);
  writeFileSync(join(dir, 'key-message.json'), JSON.stringify(keyMessageBundle(key, PAYLOAD)));
  const sigstore = await createMockSigstore();
  writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  writeFileSync(
    join(dir, 'keyless-unlogged.json'),
    JSON.stringify(await sigstore.signMessage(PAYLOAD, { identity: 'user@example.com', issuer: ISSUER }, { noTlog: true })),
  );
  // A private CA's leaf with no SCT, signing with no log entry and no timestamp (valid now).
  const root = await createRoot('p256', { name: 'Acme Root' });
  writeFileSync(join(dir, 'roots.pem'), root.pem);
  writeFileSync(join(dir, 'private-ca.json'), JSON.stringify(messageBundle(await issueLeaf(root, 'p256'), PAYLOAD)));
}, 60_000);

describe('--insecure-ignore-tlog', () => {
  const withKey = (...switches: string[]) => run(['--bundle', 'key-message.json', '--key', 'key.pub', ...switches, 'artifact.bin']);

  it.each([
    [['--insecure-ignore-tlog']],
    [['--insecure-ignore-tlog=true']],
    [['--insecure-ignore-tlog=TRUE']],
    [['--insecure-ignore-tlog=false', '--insecure-ignore-tlog']],
  ])('lifts the log requirement for a key: %j', async (switches) => {
    const result = await withKey(...switches);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Transparency log: not checked (insecure-ignore-tlog)');
  });

  it.each([[[]], [['--insecure-ignore-tlog=false']], [['--insecure-ignore-tlog', '--insecure-ignore-tlog=False']]])(
    'keeps it: %j',
    async (switches) => {
      const result = await withKey(...switches);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('no-tlog-entry');
    },
  );

  it('is a usage error with any other value, naming the switch', async () => {
    const result = await withKey('--insecure-ignore-tlog=yes');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('insecure-ignore-tlog must be true or false, not "yes"');
  });

  it('lifts it for a Fulcio (trusted root) certificate with an RFC 3161 timestamp, as cosign does', async () => {
    const keyless = (...switches: string[]) =>
      run([
        '--bundle',
        'keyless-unlogged.json',
        '--certificate-identity',
        'user@example.com',
        '--certificate-oidc-issuer',
        ISSUER,
        '--trusted-root',
        'trusted_root.json',
        ...switches,
        'artifact.bin',
      ]);
    const strict = await keyless('--insecure-ignore-tlog=false');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('no-tlog-entry');
    const relaxed = await keyless('--insecure-ignore-tlog=true');
    expect(relaxed.code, relaxed.stderr).toBe(0);
    expect(relaxed.stdout).toContain('user@example.com');
    expect(relaxed.stdout).toContain('Transparency log: not checked (insecure-ignore-tlog)');
  });
});

describe('--insecure-ignore-sct', () => {
  const privateCa = (...switches: string[]) =>
    run([
      '--bundle',
      'private-ca.json',
      '--certificate-identity',
      'release@acme.test',
      '--certificate-oidc-issuer-regexp',
      '.*',
      '--ca-roots',
      'roots.pem',
      '--insecure-ignore-tlog',
      ...switches,
      'artifact.bin',
    ]);

  it.each([[['--insecure-ignore-sct']], [['--insecure-ignore-sct=true']]])('lifts the SCT requirement of a private CA: %j', async (switches) => {
    const result = await privateCa(...switches);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('release@acme.test');
  });

  it.each([[[]], [['--insecure-ignore-sct=false']]])('keeps it: %j', async (switches) => {
    const result = await privateCa(...switches);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('untrusted-ca');
    expect(result.stderr).toMatch(/SCT/);
  });

  it('is a usage error with any other value', async () => {
    const result = await privateCa('--insecure-ignore-sct=1');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('insecure-ignore-sct must be true or false, not "1"');
  });
});
