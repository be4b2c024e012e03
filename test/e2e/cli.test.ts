/** dist/cli.js as a terminal runs it: exit 0 pass, 1 policy failure, 2 usage or infrastructure error. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pushImage, type PushedImage } from '../helpers/oci-push.js';
import { fixture, runCli, standInTrivy } from '../helpers/run-dist.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

const noStackTrace = /\bat .*\.js:\d+/;

describe('image-gate check --report', () => {
  it('exits 1 on a policy failure, prints the verdict and writes valid SARIF and a summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-cli-'));
    const run = await runCli(['check', '--report', fixture('trivy/debian-buster.json'), '--sarif', 'out.sarif', '--summary', 'summary.md'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL');
    expect(run.stdout).toContain('CVE-2019-18224');
    const sarif: unknown = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('CVE-2019-18224');
  });

  it('writes the SARIF, the result file and the summary redacted when the Trivy text quotes a secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-cli-'));
    const token = 'ghs_cliToken_0123456789abcdef';
    // Hostile Trivy data: a recorded report whose titles and package names quote the token (the shape is Trivy's own).
    const recorded = JSON.parse(readFileSync(fixture('trivy/debian-buster.json'), 'utf8')) as {
      Results: { Vulnerabilities?: { Title?: string; PkgName: string }[] }[];
    };
    for (const result of recorded.Results) {
      for (const vulnerability of result.Vulnerabilities ?? []) {
        vulnerability.Title = `leaked ${token}`;
        vulnerability.PkgName = `leaked ${token}`;
      }
    }
    writeFileSync(join(dir, 'report.json'), JSON.stringify(recorded));
    const run = await runCli(
      [
        'check',
        '--report',
        'report.json',
        '--github-token',
        token,
        '--sarif',
        'out.sarif',
        '--result-file',
        'result.json',
        '--summary',
        'summary.md',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(1);
    const files = ['out.sarif', 'result.json', 'summary.md'].map((name) => readFileSync(join(dir, name), 'utf8'));
    // The premise: every file quotes the title or the package, redacted.
    for (const text of files) {
      expect(text).toMatch(/leaked \\?\*\\?\*\\?\*/);
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.replaceAll('_', '\\_'));
      expect(text).not.toContain('0123456789abcdef');
    }
  });

  it('exits 0 when the policy holds, and prints the result as JSON on request', async () => {
    const run = await runCli(['check', '--report', fixture('trivy/ubuntu-1804.json'), '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const result: unknown = JSON.parse(run.stdout);
    expect(JSON.stringify(result)).toContain('"pass"');
  });

  it('exits 0 in audit mode even when the policy is breached', async () => {
    const run = await runCli(['check', '--report', fixture('trivy/debian-buster.json'), '--mode', 'audit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('FAIL');
    expect(run.stderr).toContain('audit');
  });

  it('applies a policy file, with flags winning over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-cli-'));
    writeFileSync(join(dir, 'policy.yml'), 'vulnerabilities:\n  fail-on-severity: critical\n');
    const byFile = await runCli(['check', '--report', fixture('trivy/ubuntu-1804.json'), '--policy', 'policy.yml'], { cwd: dir });
    expect(byFile.code).toBe(0);
    const byFlag = await runCli(['check', '--report', fixture('trivy/ubuntu-1804.json'), '--policy', 'policy.yml', '--fail-on-severity', 'medium'], {
      cwd: dir,
    });
    expect(byFlag.code).toBe(1);
    expect(byFlag.stdout).toContain('MEDIUM');
  });

  it.each([
    [['check'], 'Nothing to gate'],
    [['scan', 'alpine'], 'unknown command "scan"'],
    [['check', '--no-such-flag', 'x'], "Unknown option '--no-such-flag'"],
    [['check', '--report', '/nonexistent/report.json'], 'Trivy report /nonexistent/report.json does not exist'],
    [
      ['check', '--report', fixture('trivy/debian-buster.json'), '--fail-on-severity', 'severe'],
      'Input fail-on-severity: expected one of unknown, low, medium, high, critical, none, not "severe"',
    ],
    [['check', 'acme/UPPER:tag'], 'Invalid image reference "acme/UPPER:tag"'],
  ])('exits 2 with a one-line reason for %j', async (args, reason) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).not.toMatch(noStackTrace);
  });
});

describe('image-gate check IMAGE against a real registry', () => {
  let host: string;
  let image: PushedImage;
  beforeAll(async () => {
    host = inject('registryHost');
    // distroless's nonroot user by its uid: under forbid-root a name cannot be shown not to be root.
    image = await pushImage(host, 'fixtures/distroless-base', 'v1', { user: '65532' });
  });

  it('pins, scans with Trivy and judges', async () => {
    const run = await runCli([
      'check',
      `${host}/fixtures/distroless-base:v1`,
      '--trivy-path',
      standInTrivy,
      '--forbid-root',
      'true',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Pinned ${host}/fixtures/distroless-base:v1 to ${image.digest}`);
    expect(run.stdout).toContain(image.digest);
  });

  it('exits 2 when the registry does not answer', async () => {
    const run = await runCli(['check', '127.0.0.1:9/fixtures/none:v1', '--trivy-path', standInTrivy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/registry 127\.0\.0\.1:9/i);
    expect(run.stderr).not.toMatch(noStackTrace);
  });

  describe('several images, as the image input takes them', () => {
    let failing: PushedImage;
    beforeAll(async () => {
      // debian-buster's recorded report has a critical vulnerability, distroless-base's none: with it second, a
      // gate that judged only the first image would pass.
      failing = await pushImage(host, 'fixtures/debian-buster', 'v1');
    });
    const first = (): string => `${host}/fixtures/distroless-base:v1`;
    const second = (): string => `${host}/fixtures/debian-buster:v1`;

    it.each([
      ['--image a,b', () => ['--image', `${first()},${second()}`]],
      ['--image a --image b', () => ['--image', first(), '--image', second()]],
      ['a b', () => [first(), second()]],
      ['--image one per line', () => ['--image', `${first()}\n${second()}`]],
    ])('check %s gates every image, in order', async (_name, images) => {
      const run = await runCli(['check', ...images(), '--trivy-path', standInTrivy, '--fail-on-severity', 'critical', '--format', 'json']);
      expect(run.code, run.stderr).toBe(1);
      const result = JSON.parse(run.stdout) as { outcome: string; images: { input: string; digest: string; outcome: string }[] };
      expect(result.outcome).toBe('fail');
      expect(result.images.map(({ input, digest, outcome }) => ({ input, digest, outcome }))).toEqual([
        { input: first(), digest: image.digest, outcome: 'pass' },
        { input: second(), digest: failing.digest, outcome: 'fail' },
      ]);
      expect(run.stderr).toContain(`Pinned ${first()} to ${image.digest}`);
      expect(run.stderr).toContain(`Pinned ${second()} to ${failing.digest}`);
    });

    it('prints a table for each image, and passes when each passes', async () => {
      const run = await runCli(['check', first(), second(), '--trivy-path', standInTrivy, '--fail-on-severity', 'none']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(image.digest);
      expect(run.stdout).toContain(failing.digest);
    });

    it('exits 2 when one image cannot be judged, and still judges the other', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'image-gate-cli-'));
      const [resultFile, summaryFile] = [join(dir, 'result.json'), join(dir, 'summary.md')];
      const run = await runCli([
        'check',
        first(),
        '127.0.0.1:9/fixtures/none:v1',
        '--trivy-path',
        standInTrivy,
        '--result-file',
        resultFile,
        '--summary',
        summaryFile,
      ]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/image-gate: 127\.0\.0\.1:9\/fixtures\/none:v1: .*registry 127\.0\.0\.1:9/i);
      expect(run.stderr).not.toMatch(noStackTrace);
      expect(run.stdout).toContain(image.digest);
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { outcome: string; images: { outcome: string }[] };
      expect(result.outcome).toBe('error');
      expect(result.images.map((item) => item.outcome)).toEqual(['pass', 'error']);
      const summary = readFileSync(summaryFile, 'utf8');
      expect(summary).toContain(image.digest);
      expect(summary).toMatch(/## Image gate: error[\s\S]*127\.0\.0\.1:9\/fixtures\/none:v1: /);
    });

    it('verify checks one image: several are a usage error, not a silent first', async () => {
      const run = await runCli([
        'verify',
        first(),
        second(),
        '--certificate-identity',
        'release@acme.example',
        '--certificate-oidc-issuer',
        'https://issuer.acme.example',
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('image-gate verify checks one image');
    });
  });

  it.each([
    ['a scan that passes', {}, 0],
    ['a Trivy that fails', { TRIVY_STANDIN_EXIT: '3' }, 2],
  ])('leaves nothing in the temporary folder after %s', async (_name, env, code) => {
    const tempDir = mkdtempSync(join(tmpdir(), 'image-gate-cli-tmp-'));
    const argsLog = join(mkdtempSync(join(tmpdir(), 'image-gate-cli-args-')), 'trivy-args.jsonl');
    const run = await runCli(['check', `${host}/fixtures/distroless-base:v1`, '--trivy-path', standInTrivy], {
      env: { ...env, TMPDIR: tempDir, TRIVY_STANDIN_ARGS_LOG: argsLog },
    });
    expect(run.code, run.stderr).toBe(code);
    // The premise: the run had Trivy write into this folder (Node's tmpdir() reads TMPDIR), so an empty one proves the cleanup.
    expect(readFileSync(argsLog, 'utf8')).toContain(JSON.stringify(`${tempDir}/`).slice(0, -1));
    expect(readdirSync(tempDir)).toEqual([]);
  });
});
