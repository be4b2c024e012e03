/**
 * dist/index.js run as the GitHub runner runs it. Trivy is the stand-in (test/bin/trivy) that replays
 * reports recorded by the Trivy project; the registry is the real one the global setup started.
 */
import { copyFileSync, readFileSync, writeFileSync, existsSync, mkdtempSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { VerdictCounts } from '../../src/core/model/verdict.js';
import type { SarifLog } from '../../src/report/sarif/sarif.js';
import { buildOnBase, docker, importBusyboxBase } from '../helpers/docker-images.js';
import { pushImage, pushIndex, type PushedImage } from '../helpers/oci-push.js';
import { fixture, runAction, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import { codeScanningProblems, sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { isTrivyScan } from '../helpers/trivy-logs.js';

/**
 * A multi-stage Dockerfile whose final stage is FROM scratch, so judging it needs no registry (a base in a
 * registry would be looked up, and tests reach no registry but the loopback one). The build stage is pinned.
 */
const MULTI_STAGE_DOCKERFILE = [
  '# syntax=docker/dockerfile:1',
  'ARG GO_VERSION=1.22',
  `FROM docker.io/library/golang:\${GO_VERSION}@sha256:${'a'.repeat(64)} AS build`,
  'RUN go build -o /app ./cmd/app',
  '',
  'FROM \\',
  '  scratch',
  'COPY --from=build /app /app',
  'USER 1000',
  '',
].join('\n');

function workspaceWithDockerfile(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'image-gate-ws-'));
  writeFileSync(join(workspace, 'Dockerfile'), MULTI_STAGE_DOCKERFILE);
  return workspace;
}

/** The final FROM, counted by hand. */
function finalFromLineOf(path: string): number {
  const lines = readFileSync(path, 'utf8').split('\n');
  let last = -1;
  lines.forEach((line, index) => {
    if (/^FROM\s/i.test(line)) last = index + 1;
  });
  return last;
}

function argsLog(run: { runnerTemp: string }): string[][] {
  const path = join(run.runnerTemp, 'trivy-args.jsonl');
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
    : [];
}

function errorLines(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'error').map((command) => command.message);
}

describe('the Action on a recorded report', () => {
  let run: ActionRun;
  let dockerfileLine: number;
  beforeAll(async () => {
    const workspace = workspaceWithDockerfile();
    dockerfileLine = finalFromLineOf(join(workspace, 'Dockerfile'));
    run = await runAction({ report: fixture('trivy/debian-buster.json'), dockerfile: 'Dockerfile' }, { workspace });
  });

  it('fails the step on the CRITICAL vulnerability with verdict fail', () => {
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.violations).toBe('1');
    const counts = JSON.parse(run.outputs.counts ?? '{}') as Partial<VerdictCounts>;
    expect(counts.vulnerabilities).toEqual({ UNKNOWN: 0, LOW: 1, MEDIUM: 0, HIGH: 0, CRITICAL: 1 });
    expect(counts.violating).toBe(1);
  });

  it('annotates the violation on the Dockerfile final FROM line', () => {
    const violation = run.commands.find((command) => command.command === 'error' && command.properties.title?.includes('CVE-2019-18224'));
    expect(violation?.properties).toMatchObject({ file: 'Dockerfile', line: String(dockerfileLine) });
    // The step's own failure message names the rule.
    expect(errorLines(run).some((message) => message.includes('Image gate failed') && message.includes('CRITICAL'))).toBe(true);
  });

  it('writes a job summary with the verdict and every finding', () => {
    expect(run.summary).toContain('FAIL');
    expect(run.summary).toContain('CVE-2019-18224');
    expect(run.summary).toContain('CVE-2019-18276');
  });

  it('writes SARIF that is valid and acceptable to code scanning', () => {
    const path = run.outputs['sarif-file'] ?? '';
    expect(path.startsWith(run.runnerTemp)).toBe(true);
    const sarif = JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(codeScanningProblems(sarif)).toEqual([]);
    const results = sarif.runs[0]!.results;
    expect(results.map((result) => result.ruleId).sort()).toEqual(['CVE-2019-18224', 'CVE-2019-18276']);
    expect(results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('Dockerfile');
    expect(results[0]?.locations[0]?.physicalLocation.region.startLine).toBe(dockerfileLine);
  });

  it('writes the machine-readable result', () => {
    const result: unknown = JSON.parse(readFileSync(run.outputs['result-file'] ?? '', 'utf8'));
    expect(JSON.stringify(result)).toContain('CVE-2019-18224');
  });
});

describe('the Action in audit mode', () => {
  it('reports the failing verdict but passes the step', async () => {
    const run = await runAction({ report: fixture('trivy/debian-buster.json'), mode: 'audit' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.commands.some((command) => command.command === 'warning' && command.message.includes('audit mode'))).toBe(true);
  });
});

describe('the Action against a real registry', () => {
  let host: string;
  let image: PushedImage;
  beforeAll(async () => {
    host = inject('registryHost');
    image = await pushImage(host, 'fixtures/ubuntu-1804', '1.0', { user: '1000' });
  });

  it('pins the tag to its digest and scans only repository@digest', async () => {
    const run = await runActionWithArgsLog({ image: `${host}/fixtures/ubuntu-1804:1.0`, 'trivy-path': standInTrivy, 'cache-db': 'false' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.digest).toBe(image.digest);
    const scans = argsLog(run).filter(isTrivyScan);
    expect(scans).toHaveLength(1);
    expect(scans[0]?.at(-1)).toBe(`${host}/fixtures/ubuntu-1804@${image.digest}`);
    expect(scans[0]).toContain('--insecure');
    expect(scans[0]?.join(' ')).not.toContain(':1.0');
    expect(run.summary).toContain(image.digest);
  });

  it('scans the requested platform of a multi-platform index as its own manifest digest, never the index with --platform', async () => {
    const amd64 = await pushImage(host, 'fixtures/alpine-310', 'amd64', { platform: 'linux/amd64' });
    const arm64 = await pushImage(host, 'fixtures/alpine-310', 'arm64', { platform: 'linux/arm64' });
    const index = await pushIndex(host, 'fixtures/alpine-310', '3.10', [amd64, arm64]);
    const run = await runActionWithArgsLog({
      image: `${host}/fixtures/alpine-310:3.10`,
      platform: 'linux/arm64',
      'trivy-path': standInTrivy,
      'cache-db': 'false',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.digest).toBe(index.digest);
    const scan = argsLog(run).find(isTrivyScan) ?? [];
    expect(scan.at(-1)).toBe(`${host}/fixtures/alpine-310@${arm64.digest}`);
    expect(scan).not.toContain('--platform');
  });

  it('gives the Trivy server token to Trivy in its environment, never on its command line, and masks it', async () => {
    const envLog = join(mkdtempSync(join(tmpdir(), 'image-gate-env-')), 'trivy-env.jsonl');
    const token = 'server-token-5f3a9c';
    const run = await runActionWithArgsLog(
      {
        image: `${host}/fixtures/ubuntu-1804:1.0`,
        'trivy-path': standInTrivy,
        'cache-db': 'false',
        'trivy-server': 'http://127.0.0.1:4954',
        'trivy-server-token': token,
      },
      { TRIVY_STANDIN_ENV_LOG: envLog },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const scan = argsLog(run).find(isTrivyScan) ?? [];
    expect(scan.join(' ')).toContain('--server http://127.0.0.1:4954');
    expect(scan.join(' ')).not.toContain(token);
    expect(readFileSync(envLog, 'utf8')).toContain('"TRIVY_TOKEN"');
    expect(run.stdout).toContain(`::add-mask::${token}`);
  });

  it('fails with a clear error for a tag the registry does not have', async () => {
    const run = await runAction({ image: `${host}/fixtures/ubuntu-1804:missing`, 'trivy-path': standInTrivy });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errorLines(run).join('\n')).toMatch(/missing/);
    expect(run.stdout + run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('fails with a clear error when Trivy exits non-zero', async () => {
    const run = await runAction(
      { image: `${host}/fixtures/ubuntu-1804:1.0`, 'trivy-path': standInTrivy, 'cache-db': 'false' },
      { env: { TRIVY_STANDIN_EXIT: '3' } },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errorLines(run).join('\n')).toMatch(/Trivy.*(exit|code).*3/i);
  });
});

async function runActionWithArgsLog(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'image-gate-args-'));
  const log = join(temp, 'trivy-args.jsonl');
  const run = await runAction(inputs, { env: { ...env, TRIVY_STANDIN_ARGS_LOG: log } });
  return { ...run, runnerTemp: temp };
}

describe('the Action on several images in one step', () => {
  it('gates each image, reports them together, and fails when one fails', async () => {
    const host = inject('registryHost');
    const passing = await pushImage(host, 'fixtures/ubuntu-1804', 'multi', { user: '1000' });
    const failing = await pushImage(host, 'fixtures/debian-buster', 'multi', { user: '1000' });
    const run = await runActionWithArgsLog({
      image: `${host}/fixtures/ubuntu-1804:multi\n${host}/fixtures/debian-buster:multi`,
      'trivy-path': standInTrivy,
      'cache-db': 'false',
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.digest).toBe(`${passing.digest}\n${failing.digest}`);
    expect(argsLog(run).filter(isTrivyScan)).toHaveLength(2);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as { runs: { automationDetails: { id: string } }[] };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(new Set(sarif.runs.map((item) => item.automationDetails.id)).size).toBe(2);
    expect(run.summary).toContain('fixtures/ubuntu-1804');
    expect(run.summary).toContain('fixtures/debian-buster');
    expect(errorLines(run).join('\n')).toContain(`Image gate failed for ${host}/fixtures/debian-buster@${failing.digest}`);
    expect(errorLines(run).join('\n')).not.toContain('ubuntu-1804@');
  });
});

describe('the Action on several images when one errors', () => {
  it('keeps every input in order: the errored one in the result file, an empty digest line, null counts, verdict error', async () => {
    const host = inject('registryHost');
    const first = await pushImage(host, 'fixtures/ubuntu-1804', 'outputs', { user: '1000' });
    const last = await pushImage(host, 'fixtures/debian-buster', 'outputs', { user: '1000' });
    // The middle image does not exist: no verdict can be reached for it.
    const missing = `${host}/fixtures/absent:outputs`;
    const run = await runAction({
      image: `${host}/fixtures/ubuntu-1804:outputs\n${missing}\n${host}/fixtures/debian-buster:outputs`,
      'trivy-path': standInTrivy,
      'cache-db': 'false',
      'fail-on-severity': 'none',
    });
    expect(run.code).toBe(1);
    // Both judged images pass: the premise that only the error decides the verdict.
    expect(run.outputs.verdict).toBe('error');
    expect(run.outputs.digest).toBe(`${first.digest}\n\n${last.digest}`);
    const counts = JSON.parse(run.outputs.counts ?? '') as unknown[];
    expect(counts).toHaveLength(3);
    expect(counts[1]).toBeNull();
    expect(counts[0]).toMatchObject({ violating: 0 });
    const result = JSON.parse(readFileSync(run.outputs['result-file'] ?? '', 'utf8')) as {
      outcome: string;
      images: { input: string; outcome: string; digest: string | null; error?: string }[];
    };
    expect(result.outcome).toBe('error');
    expect(result.images.map((image) => [image.outcome, image.digest])).toEqual([
      ['pass', first.digest],
      ['error', null],
      ['pass', last.digest],
    ]);
    expect(result.images[1]?.input).toBe(missing);
    expect(result.images[1]?.error).toMatch(/absent/);
  });
});

describe('the Action against a registry that needs credentials', () => {
  it('pulls with the given credentials, hands them to Trivy in its environment, and never prints the password', async () => {
    const host = inject('authRegistryHost');
    const auth = { username: inject('authRegistryUser'), password: inject('authRegistryPassword') };
    const image = await pushImage(host, 'fixtures/debian-buster', '10.1', { auth });
    const envLog = join(mkdtempSync(join(tmpdir(), 'image-gate-env-')), 'trivy-env.jsonl');
    const run = await runActionWithArgsLog(
      {
        image: `${host}/fixtures/debian-buster:10.1`,
        'registry-username': auth.username,
        'registry-password': auth.password,
        'trivy-path': standInTrivy,
        'cache-db': 'false',
        'fail-on-severity': 'none',
      },
      { TRIVY_STANDIN_ENV_LOG: envLog },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.digest).toBe(image.digest);
    expect(readFileSync(envLog, 'utf8')).toContain('"TRIVY_PASSWORD"');
    const scan = argsLog(run).find(isTrivyScan) ?? [];
    expect(scan.join(' ')).not.toContain(auth.password);
    const printed = (run.stdout + run.stderr).replace(`::add-mask::${auth.password}`, '');
    expect(run.stdout).toContain(`::add-mask::${auth.password}`);
    expect(printed).not.toContain(auth.password);
    expect(run.summary).not.toContain(auth.password);
  });

  it('fails with a clear error when the credentials are wrong', async () => {
    const host = inject('authRegistryHost');
    const run = await runAction({
      image: `${host}/fixtures/debian-buster:10.1`,
      'registry-username': inject('authRegistryUser'),
      'registry-password': 'wrong-password-91c2',
      'trivy-path': standInTrivy,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errorLines(run).join('\n')).toMatch(/401|authenticat|credentials/i);
    expect((run.stdout + run.stderr).replace('::add-mask::wrong-password-91c2', '')).not.toContain('wrong-password-91c2');
  });
});

describe('the Action on an image in the local Docker daemon', () => {
  let dockerHost: string;
  beforeAll(() => {
    dockerHost = inject('dockerHost');
    importBusyboxBase(dockerHost, 'e2e/busybox:base');
    buildOnBase(dockerHost, 'e2e/busybox:base', 'e2e/app:dev', { user: '1000' });
  }, 120_000);

  const inputs = (image: string) => ({
    image,
    'image-source': 'docker',
    'docker-host': dockerHost,
    'trivy-path': standInTrivy,
    'forbid-root': 'true',
    'cache-db': 'false',
  });

  it('exports the image, scans the archive, and pins it to its image ID', async () => {
    const run = await runActionWithArgsLog(inputs('e2e/app:dev'), { TRIVY_STANDIN_REPORT: fixture('trivy/alpine-310.json') });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.digest).toBe(docker(dockerHost, ['image', 'inspect', '-f', '{{.Id}}', 'e2e/app:dev']));
    const scan = argsLog(run).find(isTrivyScan) ?? [];
    expect(scan).toContain('--input');
  });

  it('fails forbid-root on an image whose config runs as root', async () => {
    const run = await runAction(inputs('e2e/busybox:base'), { env: { TRIVY_STANDIN_REPORT: fixture('trivy/alpine-310.json') } });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(errorLines(run).join('\n')).toMatch(/root/);
  });

  it('pins an archive given as input to its image ID and scans it', async () => {
    const archive = join(mkdtempSync(join(tmpdir(), 'image-gate-archive-')), 'app.tar');
    docker(dockerHost, ['save', '-o', archive, 'e2e/app:dev']);
    const run = await runActionWithArgsLog(
      // The recorded report's config has no User; the archive's own config (USER 1000) is what counts.
      { input: archive, image: 'registry.example/acme/app', 'trivy-path': standInTrivy, 'cache-db': 'false', 'forbid-root': 'true' },
      { TRIVY_STANDIN_REPORT: fixture('trivy/alpine-310.json') },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.digest).toBe(docker(dockerHost, ['image', 'inspect', '-f', '{{.Id}}', 'e2e/app:dev']));
    expect(argsLog(run).find(isTrivyScan)?.join(' ')).toContain(`--input ${archive}`);
    expect(run.summary).toContain('registry.example/acme/app');
  });

  it('names an image the daemon does not have', async () => {
    const run = await runAction(inputs('e2e/never-built:1'));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errorLines(run).join('\n')).toContain('e2e/never-built:1');
  });
});

describe('the Action on bad input', () => {
  it('names the policy file, line and key of an invalid policy', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'image-gate-ws-'));
    writeFileSync(join(workspace, 'policy.yml'), 'mode: enforce\nvulnerabilities:\n  fail-on-severity: severe\n');
    const run = await runAction({ report: fixture('trivy/debian-buster.json'), policy: 'policy.yml' }, { workspace });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errorLines(run).join('\n')).toContain('policy.yml line 3, column 21: vulnerabilities.fail-on-severity: expected one of');
    expect(run.summary).toContain('could not reach a verdict');
  });

  it('names a truncated report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-report-'));
    const path = join(dir, 'truncated.json');
    copyFileSync(fixture('trivy/ubuntu-1804.json'), path);
    truncateSync(path, 3000);
    const run = await runAction({ report: path });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errorLines(run).join('\n')).toContain(path);
    expect(run.stdout + run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('rejects an invalid image reference before anything runs', async () => {
    const run = await runAction({ image: 'Not A Reference' });
    expect(run.code).toBe(1);
    expect(errorLines(run).join('\n')).toContain('Invalid image reference "Not A Reference"');
  });
});
