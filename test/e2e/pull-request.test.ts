/**
 * The Action on a pull_request event, as the runner starts it, against a local server implementing the
 * GitHub REST endpoints it uses: the sticky comment, check runs with every annotation, the SARIF upload.
 * Images come from the real loopback registry the global setup started.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';
import { pushImage } from '../helpers/oci-push.js';
import { fixture, runAction, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

const TOKEN = 'ghs_fakeTokenForTests0123456789';
const HEAD_SHA = 'c0ffee0000000000000000000000000000000001';
const MERGE_SHA = '0123456789abcdef0123456789abcdef01234567';
// The pull request's base commit, as GitHub's payload names it: it has no policy file, so the defaults judge,
// as the workspace (which has none either) would.
const BASE_SHA = 'ba5e0000000000000000000000000000000000a1';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-pr-'));
  // Final stage FROM scratch: no registry is asked about a base.
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY app /app\n');
  return dir;
}

function gateOn(github: GitHubApiFake, inputs: Record<string, string>, dir: string, pullRequest = 7): Promise<ActionRun> {
  return runAction(
    { dockerfile: 'Dockerfile', 'github-token': TOKEN, comment: 'always', ...inputs },
    {
      workspace: dir,
      event: {
        number: pullRequest,
        pull_request: { number: pullRequest, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA, repo: { full_name: 'acme/app' } } },
        repository: { full_name: 'acme/app' },
      },
      env: {
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '99',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: `refs/pull/${pullRequest}/merge`,
        GITHUB_SHA: MERGE_SHA,
        GITHUB_WORKFLOW: 'build',
        GITHUB_JOB: 'image',
      },
    },
  );
}

describe('the Action on a pull request', () => {
  let github: GitHubApiFake;
  beforeAll(async () => {
    github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token: TOKEN });
    github.addCommit(BASE_SHA);
  });
  afterAll(() => github.close());

  const gate = (inputs: Record<string, string>, dir = workspace()): Promise<ActionRun> => gateOn(github, inputs, dir);

  it('comments once and updates the comment in place, posts a check run and uploads SARIF', async () => {
    const dir = workspace();
    // The same image set (one report path) on both runs, as a pull request's pushes would have.
    const report = join(dir, 'report.json');
    copyFileSync(fixture('trivy/debian-buster.json'), report);
    const first = await gate({ report }, dir);
    expect(first.code).toBe(1);
    expect(github.comments.filter((comment) => comment.issue_number === 7)).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('CVE-2019-18224');

    copyFileSync(fixture('trivy/ubuntu-1804.json'), report);
    const second = await gate({ report }, dir);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const onPr = github.comments.filter((comment) => comment.issue_number === 7);
    expect(onPr).toHaveLength(1);
    expect(onPr[0]?.body).not.toContain('CVE-2019-18224');
    expect(github.requests.filter((request) => request.route === 'updateComment')).toHaveLength(1);

    const [run] = github.checkRuns;
    expect(run?.create.head_sha).toBe(HEAD_SHA);
    expect(run?.create.conclusion).toBe('failure');
    expect(run?.annotations.some((annotation) => annotation.title?.includes('CVE-2019-18224'))).toBe(true);
    expect(run?.annotations.every((annotation) => annotation.path === 'Dockerfile')).toBe(true);

    const [upload] = github.sarifs;
    expect(upload?.upload.commit_sha).toBe(MERGE_SHA);
    expect(upload?.upload.ref).toBe('refs/pull/7/merge');
    expect(sarifSchemaErrors(JSON.parse(upload?.sarif ?? '{}'))).toEqual([]);
    for (const request of github.requests) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    expect((first.stdout + first.stderr).replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4));
  });

  it('warns naming the missing permission and keeps the verdict when the token is read-only', async () => {
    github.fail('createComment', { status: 403, body: { message: 'Resource not accessible by integration' } });
    github.fail('listComments', { status: 403, body: { message: 'Resource not accessible by integration' } });
    github.fail('createCheckRun', { status: 403, body: { message: 'Resource not accessible by integration' } });
    github.fail('uploadSarif', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = await gate({ report: fixture('trivy/ubuntu-1804.json') }, workspace());
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const warnings = run.commands
      .filter((command) => command.command === 'warning')
      .map((command) => command.message)
      .join('\n');
    expect(warnings).toContain('pull-requests: write');
    expect(warnings).toContain('checks: write');
    expect(warnings).toContain('security-events: write');
  });
});

describe('the sticky comment', () => {
  let github: GitHubApiFake;
  beforeAll(async () => {
    github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token: TOKEN });
    github.addCommit(BASE_SHA);
  });
  afterAll(() => github.close());

  const gate = (inputs: Record<string, string>, dir: string, pullRequest: number): Promise<ActionRun> => gateOn(github, inputs, dir, pullRequest);
  const onPullRequest = (number: number): GitHubApiFake['comments'] => github.comments.filter((comment) => comment.issue_number === number);

  it('leaves a comment by someone else that carries the marker alone, and makes its own', async () => {
    const dir = workspace();
    const report = join(dir, 'report.json');
    copyFileSync(fixture('trivy/debian-buster.json'), report);
    // The marker exactly as the Action writes it: taken from its own comment on another pull request.
    expect((await gate({ report }, dir, 21)).code).toBe(1);
    const [original] = onPullRequest(21);
    const marker = original?.body?.split('\n')[0] ?? '';
    expect(marker).toMatch(/^<!-- image-gate workflow=build job=image repositories=[0-9a-f]{12} -->$/);
    const forged = `${marker}\n## ✅ image-gate: passed\nNothing to see here.`;
    const planted = github.addComment(22, forged, 'mallory');
    const updatesBefore = github.requests.filter((request) => request.route === 'updateComment').length;

    const run = await gate({ report }, dir, 22);
    expect(run.code).toBe(1);
    const comments = onPullRequest(22);
    expect(comments).toHaveLength(2);
    expect(comments.find((comment) => comment.id === planted.id)?.body).toBe(forged);
    const ours = comments.find((comment) => comment.id !== planted.id);
    expect(ours?.user?.login).toBe('github-actions[bot]');
    expect(ours?.body?.startsWith(`${marker}\n`)).toBe(true);
    expect(ours?.body).toContain('CVE-2019-18224');
    expect(github.requests.filter((request) => request.route === 'updateComment')).toHaveLength(updatesBefore);
    expect(github.requests.some((request) => request.route === 'graphql')).toBe(true);
  });

  it('updates one comment across pushes of the same repository at different digests, FAIL then PASS', async () => {
    const host = inject('registryHost');
    // Same repository, two builds: the first runs as root (fails forbid-root), the second as uid 1000.
    const root = await pushImage(host, 'fixtures/ubuntu-1804', 'sticky-root');
    const fixed = await pushImage(host, 'fixtures/ubuntu-1804', 'sticky-fixed', { user: '1000' });
    expect(root.digest).not.toBe(fixed.digest);
    const inputs = { 'trivy-path': standInTrivy, 'cache-db': 'false', 'forbid-root': 'true' };
    const dir = workspace();

    const failing = await gate({ ...inputs, image: `${host}/fixtures/ubuntu-1804@${root.digest}` }, dir, 23);
    expect(failing.code, failing.stdout + failing.stderr).toBe(1);
    expect(failing.outputs.verdict).toBe('fail');
    const [first] = onPullRequest(23);
    expect(first?.body).toContain(root.digest);

    const passing = await gate({ ...inputs, image: `${host}/fixtures/ubuntu-1804@${fixed.digest}` }, dir, 23);
    expect(passing.code, passing.stdout + passing.stderr).toBe(0);
    expect(passing.outputs.verdict).toBe('pass');
    const comments = onPullRequest(23);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(first?.id);
    expect(comments[0]?.body).toContain(fixed.digest);
    expect(comments[0]?.body).not.toContain(root.digest);
  });
});

describe('the pull request when an input errors', () => {
  let github: GitHubApiFake;
  beforeAll(async () => {
    github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token: TOKEN });
    github.addCommit(BASE_SHA);
  });
  afterAll(() => github.close());

  const onPullRequest = (number: number): GitHubApiFake['comments'] => github.comments.filter((comment) => comment.issue_number === number);
  const categories = (sarif: string): string[] =>
    (JSON.parse(sarif) as { runs: { automationDetails: { id: string } }[] }).runs.map((run) => run.automationDetails.id);

  it('a registry that makes the failing image error cannot turn the comment green: it reads ERROR, and its check run fails', async () => {
    const host = inject('registryHost');
    await pushImage(host, 'fixtures/debian-buster', 'pr-error', { user: '1000' });
    await pushImage(host, 'fixtures/ubuntu-1804', 'pr-error', { user: '1000' });
    const passing = `${host}/fixtures/ubuntu-1804:pr-error`;
    const inputs = { 'trivy-path': standInTrivy, 'cache-db': 'false', comment: 'on-failure' };
    const dir = workspace();

    const failed = await gateOn(github, { ...inputs, image: `${host}/fixtures/debian-buster:pr-error\n${passing}` }, dir, 31);
    expect(failed.outputs.verdict, failed.stdout + failed.stderr).toBe('fail');
    const [first] = onPullRequest(31);
    expect(first?.body).toContain('### ❌ FAIL: ');

    // The same repositories (so the same sticky comment), but the registry has nothing for the failing one now.
    const checkRunsBefore = github.checkRuns.length;
    const errored = await gateOn(github, { ...inputs, image: `${host}/fixtures/debian-buster:pr-absent\n${passing}` }, dir, 31);
    expect(errored.code).toBe(1);
    expect(errored.outputs.verdict).toBe('error');
    const comments = onPullRequest(31);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(first?.id);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('ERROR · 2 images: 1 passed, 0 failed, 1 could not be judged');
    expect(body).toContain(`### ⛔ ERROR: ${host}/fixtures/debian-buster:pr-absent`);
    expect(body).not.toContain('❌ FAIL');
    const runs = github.checkRuns.slice(checkRunsBefore).map((run) => [run.create.name, run.create.conclusion]);
    expect(runs).toEqual(
      expect.arrayContaining([
        [`image-gate: ${host}/fixtures/debian-buster`, 'failure'],
        [`image-gate: ${host}/fixtures/ubuntu-1804`, 'success'],
      ]),
    );
  });

  it('the image after an errored one of its repository keeps its own SARIF category, in the file and the upload', async () => {
    const host = inject('registryHost');
    await pushImage(host, 'fixtures/ubuntu-1804', 'pr-category', { user: '1000' });
    const uploadsBefore = github.sarifs.length;
    const run = await gateOn(
      github,
      {
        'trivy-path': standInTrivy,
        'cache-db': 'false',
        image: `${host}/fixtures/ubuntu-1804:pr-category-absent\n${host}/fixtures/ubuntu-1804:pr-category`,
      },
      workspace(),
      32,
    );
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('error');
    const expected = [`image-gate/${host}/fixtures/ubuntu-1804#2/`];
    expect(categories(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8'))).toEqual(expected);
    const uploads = github.sarifs.slice(uploadsBefore);
    expect(uploads).toHaveLength(1);
    expect(categories(uploads[0]?.sarif ?? '{}')).toEqual(expected);
  });

  it('sends and writes the token nowhere, not even escaped for Markdown, when the Trivy text quotes it', async () => {
    const dir = workspace();
    const report = join(dir, 'report.json');
    // Hostile Trivy data: a recorded report whose titles and package names quote the token (the shape is Trivy's own).
    const recorded = JSON.parse(readFileSync(fixture('trivy/debian-buster.json'), 'utf8')) as {
      Results: { Vulnerabilities?: { Title?: string; PkgName: string }[] }[];
    };
    for (const result of recorded.Results) {
      for (const vulnerability of result.Vulnerabilities ?? []) {
        vulnerability.Title = `leaked ${TOKEN}`;
        vulnerability.PkgName = `leaked ${TOKEN}`;
      }
    }
    writeFileSync(report, JSON.stringify(recorded));
    const requestsBefore = github.requests.length;
    const uploadsBefore = github.sarifs.length;
    const run = await gateOn(github, { report, 'result-file': 'result.json' }, dir, 33);
    expect(run.code, run.stdout + run.stderr).toBe(1);

    const escaped = TOKEN.replaceAll('_', '\\_');
    const requests = github.requests.slice(requestsBefore);
    const sentTo = (...routes: string[]): string =>
      requests
        .filter((request) => routes.includes(request.route ?? ''))
        .map((request) => request.body)
        .join('\n');
    const texts: Record<string, string> = {
      comment: sentTo('createComment', 'updateComment'),
      'check run': sentTo('createCheckRun', 'updateCheckRun'),
      'SARIF upload': github.sarifs
        .slice(uploadsBefore)
        .map((upload) => upload.sarif)
        .join('\n'),
      'SARIF file': readFileSync(run.outputs['sarif-file'] ?? '', 'utf8'),
      'result file': readFileSync(run.outputs['result-file'] ?? '', 'utf8'),
      'job summary': run.summary,
    };
    for (const [name, text] of Object.entries(texts)) {
      // The premise: each quotes the title or the package name, redacted (escaped for Markdown, then for JSON).
      expect(text, name).toMatch(/leaked (?:\\{0,2}\*){3}/);
      expect(text, name).not.toContain(TOKEN);
      expect(text, name).not.toContain(escaped);
      expect(text, name).not.toContain(TOKEN.slice(4));
    }
  });

  it('redacts the token in one title among clean findings, spelled with JSON escapes a search of the bytes would miss', async () => {
    const dir = workspace();
    const report = join(dir, 'report.json');
    // Hostile Trivy data: one title of a recorded report quotes the token with \u-escapes for characters Go never
    // escapes; every other finding is clean, so it alone must not be taken as proven clean.
    const recorded = JSON.parse(readFileSync(fixture('trivy/debian-buster.json'), 'utf8')) as {
      Results: { Vulnerabilities?: { Title?: string; Severity: string }[] }[];
    };
    const first = recorded.Results.flatMap((result) => result.Vulnerabilities ?? []).find((item) => item.Severity === 'CRITICAL');
    if (first === undefined) throw new Error('the recorded report has no CRITICAL vulnerability');
    first.Title = 'MARKER';
    const spelled = `\\u0067hs\\u005f${TOKEN.slice(4)}`;
    const text = JSON.stringify(recorded).replace('"MARKER"', `"leaked ${spelled}"`);
    // The premise: the report's bytes never hold the token, yet its title, decoded, does.
    expect(text).not.toContain(TOKEN);
    expect(JSON.stringify(JSON.parse(text))).toContain(`leaked ${TOKEN}`);
    writeFileSync(report, text);
    const requestsBefore = github.requests.length;
    const uploadsBefore = github.sarifs.length;
    const run = await gateOn(github, { report, 'result-file': 'result.json' }, dir, 34);
    expect(run.code, run.stdout + run.stderr).toBe(1);

    const requests = github.requests.slice(requestsBefore);
    const sentTo = (...routes: string[]): string =>
      requests
        .filter((request) => routes.includes(request.route ?? ''))
        .map((request) => request.body)
        .join('\n');
    const texts: Record<string, string> = {
      log: run.stdout + run.stderr,
      comment: sentTo('createComment', 'updateComment'),
      'check run': sentTo('createCheckRun', 'updateCheckRun'),
      'SARIF upload': github.sarifs
        .slice(uploadsBefore)
        .map((upload) => upload.sarif)
        .join('\n'),
      'SARIF file': readFileSync(run.outputs['sarif-file'] ?? '', 'utf8'),
      'result file': readFileSync(run.outputs['result-file'] ?? '', 'utf8'),
      'job summary': run.summary,
    };
    for (const [name, body] of Object.entries(texts)) {
      expect(body.replace(`::add-mask::${TOKEN}`, ''), name).not.toContain(TOKEN.slice(4));
    }
    // The premise: the title is rendered, redacted, in what lists findings.
    for (const name of ['SARIF file', 'result file', 'log']) expect(texts[name], name).toMatch(/leaked (?:\\{0,2}\*){3}/);
  });
});
