/**
 * Files named on the command line through dist/cli.js: a FIFO, /dev/zero, a directory, a file over the
 * limit and a symbolic link to a FIFO each end the run at once with exit 2 and one line naming the file
 * and the problem, instead of hanging or filling memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/adapters/files/input-file.js';
import { fixture, runCli } from '../helpers/run-dist.js';

const noStackTrace = /\bat .*\.js:\d+/;
let dir: string;
let fifo: string;
const report = fixture('trivy/alpine-310.json');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'image-gate-input-files-'));
  fifo = join(dir, 'pipe');
  const made = spawnSync('mkfifo', [fifo]);
  expect(made.status, made.stderr.toString()).toBe(0);
  expect(statSync(fifo).isFIFO()).toBe(true);
  symlinkSync(fifo, join(dir, 'policy-link.yml'));
  mkdirSync(join(dir, 'folder'));
  // Sparse: over the limit in size, nothing on disk.
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), INPUT_LIMITS.trivyReport + 1);
  writeFileSync(join(dir, 'huge-policy.yml'), '');
  truncateSync(join(dir, 'huge-policy.yml'), INPUT_LIMITS.policy + 1);
});

describe('image-gate check with an input file that is not a regular file of a sane size', () => {
  it.each([
    ['--report /dev/zero', () => ['--report', '/dev/zero'], () => 'Trivy report /dev/zero is a character device, not a regular file'],
    ['--report FIFO', () => ['--report', fifo], () => `Trivy report ${fifo} is a named pipe (FIFO), not a regular file`],
    ['--report directory', () => ['--report', join(dir, 'folder')], () => `Trivy report ${join(dir, 'folder')} is a directory, not a regular file`],
    [
      '--report over the limit',
      () => ['--report', join(dir, 'huge.json')],
      () => `Trivy report ${join(dir, 'huge.json')} is ${INPUT_LIMITS.trivyReport + 1} bytes, larger than the limit of 1 GiB for a Trivy report`,
    ],
    ['--policy FIFO', () => ['--report', report, '--policy', fifo], () => `policy file ${fifo} is a named pipe (FIFO), not a regular file`],
    [
      '--policy symlink to a FIFO',
      () => ['--report', report, '--policy', join(dir, 'policy-link.yml')],
      () => `policy file ${join(dir, 'policy-link.yml')} is a named pipe (FIFO), not a regular file`,
    ],
    [
      '--policy /dev/zero',
      () => ['--report', report, '--policy', '/dev/zero'],
      () => 'policy file /dev/zero is a character device, not a regular file',
    ],
    [
      '--policy over the limit',
      () => ['--report', report, '--policy', join(dir, 'huge-policy.yml')],
      () => `policy file ${join(dir, 'huge-policy.yml')} is ${INPUT_LIMITS.policy + 1} bytes, larger than the limit of 4 MiB for a policy file`,
    ],
    ['--dockerfile FIFO', () => ['--report', report, '--dockerfile', fifo], () => `Dockerfile ${fifo} is a named pipe (FIFO), not a regular file`],
    [
      '--dockerfile /dev/zero',
      () => ['--report', report, '--dockerfile', '/dev/zero'],
      () => 'Dockerfile /dev/zero is a character device, not a regular file',
    ],
    ['--key FIFO', () => ['--report', report, '--key', fifo], () => `Input key: public key file ${fifo} is a named pipe (FIFO), not a regular file`],
    ['--input FIFO', () => ['--input', fifo], () => `Input ${fifo} is neither a folder nor a regular file`],
    ['--input /dev/zero', () => ['--input', '/dev/zero'], () => 'Input /dev/zero is neither a folder nor a regular file'],
  ])('%s: exit 2 at once, naming the file and the problem', async (_name, args, message) => {
    const started = Date.now();
    const run = await runCli(['check', ...args()], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(message());
    expect(run.stderr).not.toMatch(noStackTrace);
  });
});

describe('image-gate verify-bundle with an input file that is not a regular file', () => {
  it.each([
    [
      '--bundle FIFO',
      () => ['--bundle', fifo, '--key', fixture('sigstore/npm-registry-attestation-key.pub'), `sha256:${'a'.repeat(64)}`],
      () => `bundle ${fifo} is a named pipe`,
    ],
    [
      '--key /dev/zero',
      () => ['--bundle', 'b.json', '--key', '/dev/zero', `sha256:${'a'.repeat(64)}`],
      () => 'key file /dev/zero is a character device',
    ],
    [
      '--trusted-root FIFO',
      () => [
        '--bundle',
        'b.json',
        '--trusted-root',
        fifo,
        '--certificate-identity',
        'a',
        '--certificate-oidc-issuer',
        'b',
        `sha256:${'a'.repeat(64)}`,
      ],
      () => `trusted root ${fifo} is a named pipe`,
    ],
    [
      'artifact FIFO',
      () => [
        '--bundle',
        fixture('sigstore/gh-attestation-custom-issuer.sigstore.json'),
        '--key',
        fixture('sigstore/npm-registry-attestation-key.pub'),
        fifo,
      ],
      () => `artifact ${fifo} is a named pipe`,
    ],
  ])('%s: exit 2 at once, naming the file and the problem', async (_name, args, message) => {
    const started = Date.now();
    const run = await runCli(['verify-bundle', ...args()], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(message());
  });
});

describe('image-gate check never prints the content of a file it cannot use', () => {
  const token = 'ghp_' + 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2';

  it('a Dockerfile at /proc/self/environ: the error names the place, the environment stays out of the log', async () => {
    const run = await runCli(['check', '--report', report, '--dockerfile', '/proc/self/environ'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('Dockerfile /proc/self/environ line 1, column 1: unknown instruction (expected a Dockerfile instruction');
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(run.stdout + run.stderr).not.toContain('PATH=');
  });

  it('a policy file symlinked to a git-credentials file: the token stays out of the log', async () => {
    const credentials = join(dir, '.git-credentials');
    writeFileSync(credentials, `https://octocat:${token}@github.com\n`);
    const policy = join(dir, 'image-gate.yml');
    symlinkSync(credentials, policy);
    const run = await runCli(['check', '--report', report, '--policy', policy], { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`${policy} line 1, column 1: the policy must be a mapping of keys`);
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(run.stdout + run.stderr).not.toContain('octocat');
  });
});
