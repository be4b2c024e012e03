/**
 * What people read cannot be forged by what is judged: dist/ run as the runner and a terminal run it, on a
 * recorded Trivy report whose string values were made hostile, an image whose config carries workflow
 * commands, a Trivy that prints markup and credentials, twenty images on a read-only token. The commands
 * the runner would honour are listed by an emulation of its grammar (test/helpers/runner-commands.ts).
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { base64Core } from '../../src/report/neutralise/redaction.js';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';
import { pushImage, pushIndex } from '../helpers/oci-push.js';
import { fixture, runAction, runCli, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import { honouredCommands, type HonouredCommand } from '../helpers/runner-commands.js';

// The runner takes the first "##[" of a line, so each row carries one: add-mask in the CRITICAL row's title,
// stop-commands in the LOW row's package (its column comes before the title's).
const FORGED_TITLE = 'heap overflow ##[add-mask]hostile-mask\n::error::forged-title\r::stop-commands::attacker';
const ESCAPES_TITLE = 'bash \u001b]0;pwned\u0007\u001b[2J\u009b31m';
const FORGED_PACKAGE = '##[stop-commands]attacker\r\n::warning::forged-package';
const LICENSE_OUTPUT = 'EPL-1.0 ##[set-output name=verdict]pass';
const LICENSE_LINE = 'BSD\n::set-output name=verdict::pass';

interface TrivyReport {
  Results: { Vulnerabilities?: { VulnerabilityID: string; PkgName: string; Title: string }[]; Licenses?: { Name: string }[] }[];
}

/** A copy of a recorded report in a temp dir, with some string values changed and nothing else. */
function hostileReport(name: string, change: (report: TrivyReport) => void): string {
  const report = JSON.parse(readFileSync(fixture(`trivy/${name}.json`), 'utf8')) as TrivyReport;
  change(report);
  const path = join(mkdtempSync(join(tmpdir(), 'image-gate-hostile-')), `${name}.json`);
  writeFileSync(path, JSON.stringify(report, null, 2));
  return path;
}

const hostileDebian = (): string =>
  hostileReport('debian-buster', (report) => {
    for (const vulnerability of report.Results[0]?.Vulnerabilities ?? []) {
      if (vulnerability.VulnerabilityID === 'CVE-2019-18224') vulnerability.Title = FORGED_TITLE;
      if (vulnerability.VulnerabilityID === 'CVE-2019-18276') {
        vulnerability.Title = ESCAPES_TITLE;
        vulnerability.PkgName = FORGED_PACKAGE;
      }
    }
  });

const hostileLicenses = (): string =>
  hostileReport('licenses-from-sbom', (report) => {
    const licenses = report.Results[0]?.Licenses ?? [];
    if (licenses[0]) licenses[0].Name = LICENSE_OUTPUT;
    if (licenses[1]) licenses[1].Name = LICENSE_LINE;
  });

const GATE_COMMANDS = new Set(['add-mask', 'stop-commands', 'resume-commands', 'error', 'warning', 'notice', 'debug']);

/**
 * The runner would honour only the gate's own commands: every stop-commands is the gate's (a random
 * 32-hex token, resumed on its own), nothing outside the gate's vocabulary, no message that is data alone.
 */
function expectOnlyGateCommands(commands: HonouredCommand[], forged: RegExp): void {
  for (const command of commands) {
    expect(GATE_COMMANDS.has(command.command), `${command.command} ${command.data}`).toBe(true);
    expect(command.data, command.command).not.toMatch(forged);
  }
  const stops = commands.filter((command) => command.command === 'stop-commands');
  for (const stop of stops) {
    expect(stop.data).toMatch(/^[0-9a-f]{32}$/);
    const next = commands[commands.indexOf(stop) + 1];
    expect(next).toMatchObject({ command: 'resume-commands', data: stop.data });
  }
}

const errorsOf = (run: ActionRun) => run.commands.filter((command) => command.command === 'error');
const warningsOf = (run: ActionRun) => run.commands.filter((command) => command.command === 'warning');

describe('hostile text in a recorded Trivy report, through the Action', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({ report: hostileDebian() });
  });

  it('the premise: printed as they are, the values are commands the runner honours', () => {
    for (const value of [FORGED_TITLE, FORGED_PACKAGE]) expect(honouredCommands(`x ${value}`).length).toBeGreaterThan(0);
    // And the gate does print them: the table shows the titles.
    expect(run.stdout).toContain('forged-title');
    expect(run.stdout).toContain('hostile-mask');
  });

  it('the runner would honour only the gate own commands, on stdout and stderr', () => {
    const commands = honouredCommands(run.stdout);
    expectOnlyGateCommands(commands, /^(forged|hostile-mask|attacker)/);
    expect(commands.some((command) => command.command === 'add-mask')).toBe(false);
    expect(honouredCommands(run.stderr)).toEqual([]);
  });

  it("the gate's annotations still appear after the hostile text, the verdict unchanged", () => {
    const hostileLine = run.stdout.split('\n').findIndex((line) => line.includes('forged-title'));
    const failure = honouredCommands(run.stdout).find((command) => command.command === 'error' && command.data.startsWith('Image gate failed'));
    expect(hostileLine).toBeGreaterThan(0);
    expect(failure?.line).toBeGreaterThan(hostileLine);
    const finding = errorsOf(run).find((command) => command.properties.title === 'CRITICAL CVE-2019-18224 in libidn2-0');
    expect(finding?.message).toContain('forged-title');
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
  });

  it('no terminal escape reaches the log', () => {
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
  });
});

describe('a hostile license name, through the Action', () => {
  it('cannot set an output: the runner would honour no set-output, and the verdict is the gate own', async () => {
    const run = await runAction({ report: hostileLicenses() });
    expect(run.stdout).toContain('set-output name=verdict');
    const commands = honouredCommands(run.stdout);
    expectOnlyGateCommands(commands, /^pass$/);
    expect(commands.some((command) => command.command === 'set-output')).toBe(false);
    expect(run.outputs.verdict).toBe('pass');
    // The allowed MEDIUM license is still annotated, hostile name and all, as the gate's own warning.
    expect(warningsOf(run).some((command) => command.message.includes('EPL-1.0'))).toBe(true);
  });
});

describe('a registry image whose config carries workflow commands', () => {
  it('the config os stays data', async () => {
    const host = inject('registryHost');
    const os = 'linux\n::error::forged-os';
    // The premise: the value, printed as it is, is a command.
    expect(honouredCommands(os)).toHaveLength(1);
    await pushImage(host, 'hostile/debian-buster', '1', { platform: `${os}/amd64`, user: '1000' });
    const run = await runAction({ image: `${host}/hostile/debian-buster:1`, 'trivy-path': standInTrivy, 'cache-db': 'false' });
    expect(run.stdout).toContain('forged-os');
    expectOnlyGateCommands(honouredCommands(run.stdout), /^forged/);
    expect(honouredCommands(run.stderr)).toEqual([]);
    // The gate still judged and annotated: the failure is honoured.
    expect(errorsOf(run).some((command) => command.message.startsWith('Image gate failed'))).toBe(true);
  });

  it('a base-image label the provenance check quotes stays data', async () => {
    const host = inject('registryHost');
    const base = await pushImage(host, 'hostile/base', '1');
    const label = 'x\n::error::forged-label ##[add-mask]forged-mask';
    expect(honouredCommands(label)).toHaveLength(1);
    await pushImage(host, 'hostile/labelled', '1', { user: '1000', labels: { 'org.opencontainers.image.base.name': label } });
    const workspace = mkdtempSync(join(tmpdir(), 'image-gate-hostile-label-'));
    writeFileSync(join(workspace, 'Dockerfile'), `FROM ${host}/hostile/base:1@${base.digest}\nCOPY app /app\n`);
    writeFileSync(join(workspace, 'policy.yml'), 'base-image:\n  proven: warn\n');
    const run = await runAction(
      { image: `${host}/hostile/labelled:1`, dockerfile: 'Dockerfile', policy: 'policy.yml', 'trivy-path': standInTrivy, 'cache-db': 'false' },
      { workspace, env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') } },
    );
    // The premise: the gate quotes the label, in the log table and in an annotation.
    expect(run.stdout).toContain('forged-label');
    expect(warningsOf(run).some((command) => command.message.includes('forged-label'))).toBe(true);
    expectOnlyGateCommands(honouredCommands(run.stdout), /^forged/);
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });
});

/**
 * A Trivy that fails after printing markup, workflow commands and the credentials it was given (a debug
 * line with an authorization header): its --version answers as the stand-in does.
 */
function loudTrivy(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'image-gate-loud-trivy-')), 'trivy');
  writeFileSync(
    path,
    [
      '#!/usr/bin/env node',
      "const { spawnSync } = require('node:child_process');",
      'const args = process.argv.slice(2);',
      // Loud in its scans only: the version and the DB downloads before them answer as the stand-in does.
      "if (args.includes('--version') || args[0] === 'version' || args.some((arg) => /^--download-(java-)?db-only$/.test(arg))) {",
      `  process.exit(spawnSync(process.execPath, [${JSON.stringify(standInTrivy)}, ...args], { stdio: 'inherit' }).status ?? 1);`,
      '}',
      "const at = args.indexOf('--server');",
      "const server = at < 0 ? (process.env.TRIVY_SERVER ?? '(no server)') : args[at + 1];",
      "const basic = Buffer.from(`${process.env.TRIVY_USERNAME ?? ''}:${process.env.TRIVY_PASSWORD ?? ''}`).toString('base64');",
      "const password = Buffer.from(process.env.TRIVY_PASSWORD ?? '').toString('base64');",
      'process.stderr.write(`DEBUG GET /v2/ Authorization: Basic ${basic} (password ${password}) via ${server}\\n`);',
      "process.stderr.write('FATAL <script>alert(1)</script> <img src=x onerror=alert(2)>\\n::error::forged-stderr\\n##[add-mask]forged-mask\\n');",
      'process.exit(1);',
      '',
    ].join('\n'),
  );
  // Run as CommonJS: no package.json above the temp dir says otherwise.
  chmodSync(path, 0o755);
  return path;
}

describe('an error summary with markup from Trivy', () => {
  beforeAll(async () => {
    await pushImage(inject('registryHost'), 'fixtures/ubuntu-1804', 'loud', { user: '1000' });
  });

  it('is HTML-escaped, and the error text is neutralised in the log', async () => {
    const run = await runAction({ image: `${inject('registryHost')}/fixtures/ubuntu-1804:loud`, 'trivy-path': loudTrivy(), 'cache-db': 'false' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    // The premise: Trivy's text is in the error.
    expect(
      errorsOf(run)
        .map((command) => command.message)
        .join('\n'),
    ).toContain('<script>alert(1)</script>');
    expect(run.summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(run.summary).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(run.summary).not.toMatch(/<script|<img/);
    expectOnlyGateCommands(honouredCommands(run.stdout), /^forged/);
  });
});

describe('credentials never reach stdout, stderr, the summary or the result file', () => {
  const USER = () => inject('authRegistryUser');
  const PASSWORD = () => inject('authRegistryPassword');
  const SERVER_USER = 'scanner';
  const SERVER_PASSWORD = 'url-pass-7731xq';
  const server = `https://${SERVER_USER}:${SERVER_PASSWORD}@127.0.0.1:4954`;

  /** Every form a credential could be printed in: plain, base64 whole, and base64 at any offset. */
  function forms(): string[] {
    const b64 = (text: string): string => Buffer.from(text).toString('base64').replace(/=+$/, '');
    const cores = (secret: string): string[] => [0, 1, 2].map((shift) => base64Core(Buffer.from(secret), shift));
    return [
      PASSWORD(),
      SERVER_PASSWORD,
      b64(`${USER()}:${PASSWORD()}`),
      b64(`${SERVER_USER}:${SERVER_PASSWORD}`),
      ...cores(PASSWORD()),
      ...cores(SERVER_PASSWORD),
    ];
  }

  function expectNoCredential(where: string, text: string): void {
    for (const form of forms()) expect(text, `${where} shows ${form}`).not.toContain(form);
  }

  let host: string;
  beforeAll(async () => {
    host = inject('authRegistryHost');
    await pushImage(host, 'fixtures/debian-buster', 'creds', { auth: { username: USER(), password: PASSWORD() }, user: '1000' });
  });

  it('in the Action, with a Trivy that prints them on failure (the runner masks only the add-mask lines)', async () => {
    const inputs = {
      image: `${host}/fixtures/debian-buster:creds`,
      'registry-username': USER(),
      'registry-password': PASSWORD(),
      'trivy-server': server,
      'cache-db': 'false',
    };
    const failing = await runAction({ ...inputs, 'trivy-path': loudTrivy() });
    // The premise: Trivy printed an authorization header, and the gate quoted its output.
    expect(
      errorsOf(failing)
        .map((command) => command.message)
        .join('\n'),
    ).toMatch(/Authorization: Basic \*\*\*/);
    const passing = await runAction({ ...inputs, 'trivy-path': standInTrivy });
    // A server URL with credentials reaches Trivy in its environment, not on the command line the log quotes;
    // where Trivy prints it back, its user info is redacted.
    expect(passing.stdout).toContain('Running ');
    expect(passing.stdout).not.toContain('--server');
    expect(
      errorsOf(failing)
        .map((command) => command.message)
        .join('\n'),
    ).toContain('via https://***@127.0.0.1:4954');
    for (const run of [failing, passing]) {
      const masked = honouredCommands(run.stdout).filter((command) => command.command === 'add-mask');
      // The runner is told every form, and prints each add-mask line as "::add-mask::***".
      expect(masked.map((command) => command.data)).toEqual(expect.arrayContaining([PASSWORD(), SERVER_PASSWORD]));
      const lines = run.stdout.split('\n').filter((_, index) => !masked.some((command) => command.line === index));
      expectNoCredential('stdout', lines.join('\n'));
      expectNoCredential('stderr', run.stderr);
      expectNoCredential('the summary', run.summary);
    }
    expectNoCredential('the result file', readFileSync(passing.outputs['result-file'] ?? '', 'utf8'));
  });

  it('in the CLI, which has no runner to mask anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-cli-creds-'));
    const args = [
      'check',
      `${host}/fixtures/debian-buster:creds`,
      '--registry-username',
      USER(),
      '--registry-password',
      PASSWORD(),
      '--trivy-server',
      server,
      '--result-file',
      join(dir, 'result.json'),
      '--summary',
      join(dir, 'summary.md'),
    ];
    const failing = await runCli([...args, '--trivy-path', loudTrivy()]);
    expect(failing.code).toBe(2);
    expect(failing.stderr).toMatch(/Authorization: Basic \*\*\*/);
    const passing = await runCli([...args, '--trivy-path', standInTrivy, '--format', 'json']);
    expect(passing.code).toBe(1);
    for (const run of [failing, passing]) {
      expectNoCredential('stdout', run.stdout);
      expectNoCredential('stderr', run.stderr);
      expect(honouredCommands(run.stdout + run.stderr)).toEqual([]);
    }
    expectNoCredential('the summary', readFileSync(join(dir, 'summary.md'), 'utf8'));
    expectNoCredential('the result file', readFileSync(join(dir, 'result.json'), 'utf8'));
  });
});

describe('the CLI on a hostile report', () => {
  it('strips terminal escapes and neutralises workflow commands in the table', async () => {
    const run = await runCli(['check', '--report', hostileDebian()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('forged-title');
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(honouredCommands(run.stdout + run.stderr)).toEqual([]);
  });

  it('prints JSON that reads back to the same values and carries no command or escape', async () => {
    const run = await runCli(['check', '--report', hostileDebian(), '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(honouredCommands(run.stdout)).toEqual([]);
    const text = JSON.stringify(JSON.parse(run.stdout));
    expect(text).toContain(JSON.stringify(FORGED_TITLE).slice(1, -1));
    expect(text).toContain(JSON.stringify(ESCAPES_TITLE).slice(1, -1));
    expect(text).toContain(JSON.stringify(FORGED_PACKAGE).slice(1, -1));
  });
});

describe('twenty images on a read-only token: one annotation budget for the step', () => {
  let github: GitHubApiFake;
  beforeAll(async () => {
    github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token: 'ghs_readOnlyForkToken0123456789' });
    // The pull request's base: no policy file there, so the defaults judge.
    github.addCommit('ba5e0000000000000000000000000000000000b1');
    for (const route of ['listComments', 'createComment', 'createCheckRun', 'uploadSarif'] as const) {
      github.fail(route, { status: 403, body: { message: 'Resource not accessible by integration' } });
    }
  });
  afterAll(() => github.close());

  it('at most 10 per level, the permission warnings and the failure present, the rest counted', async () => {
    const host = inject('registryHost');
    const images: string[] = [];
    for (let i = 1; i <= 10; i++) {
      await pushImage(host, `budget/failing${i}/debian-buster`, '1', { user: '1000' });
      await pushImage(host, `budget/warning${i}/ubuntu-1804`, '1', { user: '1000' });
      images.push(`${host}/budget/failing${i}/debian-buster:1`, `${host}/budget/warning${i}/ubuntu-1804:1`);
    }
    const run = await runAction(
      {
        image: images.join('\n'),
        'trivy-path': standInTrivy,
        'cache-db': 'false',
        'github-token': 'ghs_readOnlyForkToken0123456789',
        comment: 'always',
      },
      {
        event: {
          number: 7,
          pull_request: {
            number: 7,
            head: { sha: 'c0ffee0000000000000000000000000000000001' },
            base: { sha: 'ba5e0000000000000000000000000000000000b1', repo: { full_name: 'acme/app' } },
          },
          repository: { full_name: 'acme/app' },
        },
        env: {
          GITHUB_API_URL: github.apiUrl,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_WORKFLOW: 'build',
          GITHUB_JOB: 'image',
        },
      },
    );
    expect(run.code).toBe(1);
    const errors = errorsOf(run);
    const warnings = warningsOf(run);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(run.commands.filter((command) => command.command === 'notice').length).toBeLessThanOrEqual(10);
    // The failure is the first error; the permission warnings lead the warnings, check runs said once.
    expect(errors[0]?.message).toMatch(/^Image gate failed for /);
    const permissions = warnings
      .slice(0, 3)
      .map((command) => command.message)
      .join('\n');
    for (const permission of ['pull-requests: write', 'checks: write', 'security-events: write']) expect(permissions).toContain(permission);
    expect(permissions).toContain('and the same for 19 more check runs');
    // 10 violations + the failure = 11 errors; 10 × 4 MEDIUM findings + 3 permission warnings = 43 warnings.
    expect(errors).toHaveLength(10);
    expect(errors[9]?.message).toBe('… and 2 more errors: see the job summary.');
    expect(warnings).toHaveLength(10);
    expect(warnings[9]?.message).toBe('… and 34 more warnings: see the job summary.');
    // Kept in the summary: every image and its findings.
    for (let i = 1; i <= 10; i++) expect(run.summary).toContain(`budget/warning${i}/ubuntu-1804`);
    expect(run.summary).toContain('CVE-2019-5094');
  }, 120_000);

  it('messages that do not fit are counted in the last warning, listed in the log and kept in the job summary', async () => {
    const host = inject('registryHost');
    const images: string[] = [];
    for (let i = 1; i <= 11; i++) {
      // An index that lists an amd64 image as arm64: the registry client warns, naming the image, each time.
      const repository = `budget/mislabelled${i}/debian-buster`;
      const image = await pushImage(host, repository, 'amd64', { user: '1000' });
      await pushIndex(host, repository, '1', [{ ...image, platform: { os: 'linux', architecture: 'arm64' } }]);
      images.push(`${host}/${repository}:1`);
    }
    const run = await runAction({ image: images.join('\n'), platform: 'linux/arm64', 'trivy-path': standInTrivy, 'cache-db': 'false' });
    const warnings = warningsOf(run);
    // The premise: more warnings than GitHub shows (11 images, and publishing to an API that does not answer).
    const mislabelled = (text: string): boolean => text.includes('listed as linux/arm64 but its config says linux/amd64');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('Warning: ') && mislabelled(line))).toHaveLength(11);
    expect(warnings).toHaveLength(10);
    const more = /^… and (\d+) more warnings: see the job summary\.$/.exec(warnings[9]?.message ?? '');
    expect(more).not.toBeNull();
    const hidden = Number(more?.[1]);
    expect(hidden).toBeGreaterThan(0);
    expect(warnings.slice(0, 9).filter((command) => mislabelled(command.message)).length + hidden).toBe(11);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('Not shown as an annotation') && mislabelled(line))).toHaveLength(hidden);
    const section = run.summary.slice(run.summary.indexOf('messages not shown as annotations'));
    expect(section.split('\n').filter((line) => line.startsWith('- ') && mislabelled(line))).toHaveLength(hidden);
  }, 120_000);
});
