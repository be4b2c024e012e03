/**
 * The pull request writes its own policy: dist/index.js on a pull_request event, as the runner starts it,
 * against the GitHub fake. The base branch's policy judges; the pull request's relaxed version is shown in
 * the summary and the comment, and never used; a base that cannot be read is an error, not a fall back.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';
import { fixture, runAction, runCli, type ActionRun } from '../helpers/run-dist.js';

const TOKEN = 'ghs_fakeTokenForPolicySourceE2e01234';
const HEAD_SHA = 'c0ffee0000000000000000000000000000000002';
const POLICY = '.github/image-gate.yml';
const STRICT = "# The team's policy\nvulnerabilities:\n  fail-on-severity: high\n";
const RELAXED = "# The team's policy\nvulnerabilities:\n  fail-on-severity: none\n";
// debian-buster has HIGH and CRITICAL vulnerabilities: it fails at high, passes at none.
const REPORT = fixture('trivy/debian-buster.json');

let github: GitHubApiFake;
let nextBase = 0x10;
beforeAll(async () => {
  github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token: TOKEN });
});
afterAll(() => github.close());

/** A base commit of its own for each test, so the fake's state does not leak between them. */
const baseSha = (): string => `ba5e${(nextBase++).toString(16).padStart(36, '0')}`;

function workspace(policy?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-policy-pr-'));
  if (policy !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, POLICY), policy);
  }
  return dir;
}

const event = (base: string) => ({
  number: 7,
  pull_request: { number: 7, head: { sha: HEAD_SHA }, base: { sha: base, repo: { full_name: 'acme/app' } } },
  repository: { full_name: 'acme/app' },
});

const pullRequestEnv = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_WORKFLOW: 'build',
  GITHUB_JOB: 'image',
};

const gate = (base: string, dir: string, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction(
    { report: REPORT, 'github-token': TOKEN, comment: 'always', 'check-run': 'false', 'upload-sarif': 'false', ...inputs },
    { workspace: dir, event: event(base), env: { ...pullRequestEnv, GITHUB_API_URL: github.apiUrl } },
  );

/** The sticky comment on pull request 7 (one for every run here: the same workflow, job and report). */
const comment = (): string => github.comments.filter((entry) => entry.issue_number === 7).at(-1)?.body ?? '';

describe('the Action on a pull request that relaxes the policy', () => {
  it("is still judged, and fails, by the base branch's policy; the summary and the comment show the change", async () => {
    const base = baseSha();
    github.setFile(base, POLICY, STRICT);
    const dir = workspace(RELAXED);

    // The premise: the pull request's own policy would let the image pass.
    const own = await gate(base, dir, { 'policy-source': 'head' });
    expect(own.outputs.verdict, own.stderr).toBe('pass');
    expect(comment()).not.toContain('This pull request changes');

    const run = await gate(base, dir);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toContain(`**Policy:** .github/image-gate.yml from the base branch at ${base.slice(0, 12)}`);
    expect(run.summary).toContain(
      "⚠️ **This pull request changes .github/image-gate.yml.** Its version is not used: the base branch's policy judged.",
    );
    const diff = "```diff\n@@ -1,3 +1,3 @@\n # The team's policy\n vulnerabilities:\n-  fail-on-severity: high\n+  fail-on-severity: none\n```";
    expect(run.summary).toContain(diff);

    expect(comment()).toContain(`**Policy:** .github/image-gate.yml from the base branch at ${base.slice(0, 12)}`);
    expect(comment()).toContain('This pull request changes .github/image-gate.yml.');
    expect(comment()).toContain(diff);

    const contents = github.requests.filter((request) => request.route === 'getContent' && request.url.searchParams.get('ref') === base);
    expect(contents).toHaveLength(1);
    expect(contents[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('with policy-source head, judges by the workspace file and asks GitHub for no file', async () => {
    const base = baseSha();
    github.setFile(base, POLICY, STRICT);
    const run = await gate(base, workspace(RELAXED), { 'policy-source': 'head' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('**Policy:** .github/image-gate.yml in the workspace.');
    expect(run.summary).toContain("policy-source is head: the pull request's own policy file judged.");
    expect(github.requests.some((request) => request.route === 'getContent' && request.url.searchParams.get('ref') === base)).toBe(false);
  });

  it('applies the defaults, with a note, when the base branch has no policy file', async () => {
    const base = baseSha();
    github.addCommit(base);
    const run = await gate(base, workspace(RELAXED));
    // The defaults fail on high: the relaxed file the pull request adds does not count.
    expect(run.outputs.verdict, run.stderr).toBe('fail');
    expect(run.summary).toContain('**Policy:** the defaults, with the inputs.');
    expect(run.summary).toContain(`The base branch (${base.slice(0, 12)}) has no .github/image-gate.yml: the defaults and the inputs judged.`);
    expect(run.summary).toContain("```diff\n@@ -0,0 +1,3 @@\n+# The team's policy\n+vulnerabilities:\n+  fail-on-severity: none\n```");
  });

  it('is an error naming the permission when the base branch cannot be read, never a fall back to the head', async () => {
    const base = baseSha();
    github.setFile(base, POLICY, STRICT);
    github.fail('getContent', { status: 403, times: 1 });
    const run = await gate(base, workspace(RELAXED));
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('error');
    const failed = run.commands
      .filter((command) => command.command === 'error')
      .map((command) => command.message)
      .join('\n');
    expect(failed).toContain('contents: read');
    expect(run.summary).toContain('contents: read');
    expect(run.summary).not.toContain('fail-on-severity: none');
  });

  it('is an error when the repository itself is not readable: a 404 for the file proves nothing then', async () => {
    // An unknown commit: the file and the commit both answer 404, as for a token without access.
    const run = await gate(baseSha(), workspace(RELAXED));
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary).toContain('absence is unproven');
  });
});

describe('the Action on other pull request runs', () => {
  it('fails closed on a pull_request event whose payload names no base, unless policy-source is head', async () => {
    const dir = workspace(RELAXED);
    const noBase = { number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } }, repository: { full_name: 'acme/app' } };
    const inputs = { report: REPORT, 'github-token': TOKEN, comment: 'never', 'check-run': 'false', 'upload-sarif': 'false' };
    const env = { ...pullRequestEnv, GITHUB_API_URL: github.apiUrl };
    const run = await runAction(inputs, { workspace: dir, event: noBase, env });
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('error');
    const errors = run.commands.filter((command) => command.command === 'error').map((command) => command.message);
    expect(errors.join('\n')).toContain(
      "Input policy-source is base (the default on pull requests), but the pull_request event payload gives no pull_request.base.sha, so the base branch's policy cannot be read",
    );
    expect(run.summary).not.toContain('fail-on-severity: none');
    // The premise, and the way out for a repository that protects the file another way: its own policy passes.
    const head = await runAction({ ...inputs, 'policy-source': 'head' }, { workspace: dir, event: noBase, env });
    expect(head.outputs.verdict, head.stderr).toBe('pass');
  });

  it('judges a pull_request_review run by the base branch: it checks out the pull request too', async () => {
    const base = baseSha();
    github.setFile(base, POLICY, STRICT);
    const run = await runAction(
      { report: REPORT, 'github-token': TOKEN, comment: 'never', 'check-run': 'false', 'upload-sarif': 'false' },
      {
        workspace: workspace(RELAXED),
        event: { review: { id: 1, state: 'approved' }, ...event(base) },
        env: { ...pullRequestEnv, GITHUB_EVENT_NAME: 'pull_request_review', GITHUB_API_URL: github.apiUrl },
      },
    );
    expect(run.outputs.verdict, run.stderr).toBe('fail');
    expect(run.summary).toContain(`**Policy:** .github/image-gate.yml from the base branch at ${base.slice(0, 12)}`);
  });

  it("takes the key input's file from the base branch: the pull request's copy in the checkout does not count", async () => {
    const base = baseSha();
    github.setFile(base, POLICY, STRICT);
    const dir = workspace(STRICT);
    // The pull request adds the key file the workflow names; the base branch has none.
    writeFileSync(join(dir, '.github/cosign.pub'), '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n');
    const run = await gate(base, dir, { key: '.github/cosign.pub', comment: 'never' });
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('error');
    const errors = run.commands.filter((command) => command.command === 'error').map((command) => command.message);
    expect(errors.join('\n')).toContain(
      `Input key: public key file .github/cosign.pub does not exist in acme/app at ${base.slice(0, 12)} (the base branch)`,
    );
    expect(
      github.requests.some(
        (request) => request.url.pathname === '/repos/acme/app/contents/.github/cosign.pub' && request.url.searchParams.get('ref') === base,
      ),
    ).toBe(true);
  });
});

describe('the CLI on a pull request', () => {
  it('judges by the base branch too, and exits 2 when it cannot read it', async () => {
    const base = baseSha();
    github.setFile(base, POLICY, STRICT);
    const dir = workspace(RELAXED);
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(event(base)));
    const env = { ...pullRequestEnv, GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: github.apiUrl, GITHUB_TOKEN: TOKEN };
    const judged = await runCli(['check', '--report', REPORT], { cwd: dir, env });
    expect(judged.code, judged.stderr).toBe(1);
    expect(judged.stderr).toContain('the pull request changes .github/image-gate.yml');

    github.fail('getContent', { status: 500, times: 1 });
    const failed = await runCli(['check', '--report', REPORT], { cwd: dir, env });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('GitHub failed (HTTP 500)');
  });
});
