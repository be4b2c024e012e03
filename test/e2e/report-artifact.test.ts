/**
 * The full report kept: dist/ run as the runner runs it, with the artifact service a fake on loopback
 * (test/helpers/artifact-service-fake.ts), never GitHub's.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fakeRuntimeToken,
  RUNTIME_TOKEN_SECRET,
  SIGNED_URL_SECRET,
  startArtifactServiceFake,
  type ArtifactServiceFake,
} from '../helpers/artifact-service-fake.js';
import { startGitHubApiFake } from '../helpers/github-api-fake.js';
import { fixture, runAction, runCli, standInTrivy } from '../helpers/run-dist.js';

const REPORT = fixture('trivy/debian-buster.json');
const STAND_IN_REPORT = fixture('trivy/ubuntu-1804.json');

let fake: ArtifactServiceFake;
beforeAll(async () => {
  fake = await startArtifactServiceFake();
});
afterAll(() => fake.close());
beforeEach(() => {
  delete fake.refuseWith;
  fake.created.length = 0;
  fake.finalized.clear();
  fake.ids.clear();
});

const runner = (): Record<string, string> => ({
  ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
  ACTIONS_RESULTS_URL: fake.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '77',
  GITHUB_JOB: 'gate',
  GITHUB_WORKFLOW: 'ci',
});

/**
 * A Trivy report without what the stand-in Trivy writes in for the image it scanned (test/bin/trivy): the rest
 * is the recorded report's, so a kept report equals it here only if it was kept as Trivy wrote it.
 */
function recordedPart(bytes: Buffer | undefined): unknown {
  const report = JSON.parse(String(bytes)) as { Metadata?: Record<string, unknown> };
  delete report.Metadata?.ImageID;
  delete report.Metadata?.RepoDigests;
  return report;
}

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A one-image docker-archive (`docker save` layout), as test/e2e/file-subject.test.ts makes it: Trivy (the stand-in) scans it. */
function dockerArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-archive-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  const layer = Buffer.alloc(1024);
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', config: { User: '1000' }, rootfs: { type: 'layers', diff_ids: [sha256(layer)] } }),
  );
  const configName = `${sha256(config).slice('sha256:'.length)}.json`;
  writeFileSync(join(content, configName), config);
  writeFileSync(join(content, 'layer.tar'), layer);
  writeFileSync(join(content, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: null, Layers: ['layer.tar'] }]));
  const archive = join(dir, 'app.tar');
  const made = spawnSync('tar', ['-cf', archive, '-C', content, 'manifest.json', configName, 'layer.tar'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`tar failed: ${made.stderr}`);
  return archive;
}

describe('upload-artifact', () => {
  it("keeps the result file, the SARIF and Trivy's own report as one artifact, linked from the summary", async () => {
    const archive = dockerArchive();
    const run = await runAction(
      { input: archive, image: 'registry.example/acme/app', 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none' },
      { env: { ...runner(), TRIVY_STANDIN_REPORT: STAND_IN_REPORT } },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(fake.created).toHaveLength(1);
    const name = fake.created[0]?.name ?? '';
    expect(name).toMatch(/^image-gate-gate-[0-9a-f]{8}$/);
    const zip = fake.finalized.get(name);
    const names = [...(zip?.keys() ?? [])].sort();
    expect(names.slice(0, 2)).toEqual(['image-gate-result.json', 'image-gate.sarif']);
    expect(names).toHaveLength(3);
    expect(names[2]).toMatch(/^trivy\/trivy-.+\.json$/);
    // Trivy's report as Trivy wrote it; the result file as the step wrote it.
    expect(recordedPart(zip?.get(names[2] ?? ''))).toEqual(recordedPart(readFileSync(STAND_IN_REPORT)));
    expect(zip?.get('image-gate-result.json')).toEqual(readFileSync(run.outputs['result-file'] ?? ''));
    expect(run.summary).toContain(`(https://github.com/acme/app/actions/runs/77/artifacts/${fake.ids.get(name)})`);
    // The step's own folder of Trivy reports is gone with the upload.
    expect(readdirSync(join(run.runnerTemp, 'image-gate')).filter((entry) => entry.startsWith('trivy-reports-'))).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(RUNTIME_TOKEN_SECRET);
    // The signed URL's signature is handed to the runner's masker before anything else prints it.
    const firstLine = run.stdout.split('\n').find((line) => line.includes(SIGNED_URL_SECRET));
    expect(firstLine).toBe(`::add-mask::${SIGNED_URL_SECRET}`);
  });

  it("links the artifact from the pull request's comment", async () => {
    const token = 'ghs_artifactE2eToken000000000000000000';
    const github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token });
    try {
      const run = await runAction(
        { report: REPORT, 'github-token': token, comment: 'always', 'check-run': 'false', 'upload-sarif': 'false' },
        {
          event: {
            number: 7,
            pull_request: { number: 7, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/app' } } },
          },
          env: { ...runner(), GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' },
        },
      );
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(fake.created).toHaveLength(1);
      expect(github.comments).toHaveLength(1);
      const id = fake.ids.get(fake.created[0]?.name ?? '');
      expect(id).toBeDefined();
      expect(github.comments[0]?.body).toMatch(
        new RegExp(`\\[all [\\d,]+ findings\\]\\(https://github\\.com/acme/app/actions/runs/77/artifacts/${id}\\)`),
      );
    } finally {
      await github.close();
    }
  });

  it('upload-artifact: false uploads nothing and links nothing', async () => {
    const run = await runAction({ report: REPORT, 'fail-on-severity': 'none', 'upload-artifact': 'false' }, { env: runner() });
    expect(run.code, run.stdout).toBe(0);
    expect(fake.created).toEqual([]);
    expect(run.summary).not.toContain('workflow artifact');
  });

  it('a refused upload is a warning: the failing verdict stands and is reported, with no secret in the log', async () => {
    fake.refuseWith = { status: 403, msg: `refused at https://blob.example/a.zip?sig=${SIGNED_URL_SECRET}` };
    const run = await runAction({ report: REPORT }, { env: runner() });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(fake.created).toHaveLength(1);
    const warnings = run.commands.filter((command) => command.command === 'warning').map((command) => command.message);
    expect(warnings.some((message) => message.includes('The full report was not kept as the workflow artifact'))).toBe(true);
    expect(run.summary).toContain('FAIL');
    expect(run.summary).not.toContain('workflow artifact');
    // The annotation drops the signed URL's query; the runtime token is nowhere in the log.
    expect(warnings.join('\n')).not.toContain(SIGNED_URL_SECRET);
    expect(run.stdout + run.stderr).not.toContain(RUNTIME_TOKEN_SECRET);
  });

  it('without an artifact service (not on a runner) says so in the log and warns of nothing', async () => {
    const run = await runAction({ report: REPORT, 'fail-on-severity': 'none' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('this runner gives the step no artifact service');
    const warnings = run.commands.filter((command) => command.command === 'warning').map((command) => command.message);
    expect(warnings.filter((message) => message.includes('workflow artifact'))).toEqual([]);
    expect(fake.created).toEqual([]);
  });
});

describe('the CLI: --trivy-reports', () => {
  it("writes Trivy's own report of the scan where asked", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'image-gate-kept-')), 'reports');
    const run = await runCli(
      ['check', '--input', dockerArchive(), '--trivy-path', standInTrivy, '--fail-on-severity', 'none', '--trivy-reports', dir],
      {
        env: { TRIVY_STANDIN_REPORT: STAND_IN_REPORT },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const kept = existsSync(dir) ? readdirSync(dir) : [];
    expect(kept).toHaveLength(1);
    expect(recordedPart(readFileSync(join(dir, kept[0] ?? '')))).toEqual(recordedPart(readFileSync(STAND_IN_REPORT)));
  });
});
