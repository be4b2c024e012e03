/**
 * publishToGitHub against the GitHub fake, with the step's per-input outcomes built by hand: what the pull
 * request shows when an input errors, where a hostile registry would want it to read as a pass.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishToGitHub, type GitHubPublishSettings } from '../../src/app/publish/github-publish.js';
import { githubPublication } from '../../src/action/github-publication.js';
import { githubContext } from '../../src/app/context.js';
import type { ImageSource } from '../../src/config/types.js';
import { silentLogger } from '../../src/core/model/logger.js';
import type { ImageOutcome } from '../../src/core/model/result.js';
import { writeReportFiles } from '../../src/app/publish/write-files.js';
import { renderReportFiles } from '../../src/report/report-files.js';
import { redactValues } from '../../src/report/neutralise/redact-values.js';
import { Redactor } from '../../src/report/neutralise/redaction.js';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';
import { gateResult, scanOf } from '../helpers/gate-result.js';
import { namedImage } from '../helpers/named-image.js';
import { findingsWithIds, platformOutcomes, scanWithFindings } from '../helpers/platform-results.js';

const TOKEN = 'ghs_publishToken0123456789abcdef';
const HEAD_SHA = 'c0ffee0000000000000000000000000000000001';
const PULL_REQUEST = 7;
const KEEP = (text: string): string => text;
const SOURCES: ImageSource[] = [
  { kind: 'registry', image: namedImage('ghcr.io/acme/a:1.0') },
  { kind: 'registry', image: namedImage('ghcr.io/acme/b:1.0') },
];

const failingA = (): ImageOutcome => ({ input: 'ghcr.io/acme/a:1.0', result: gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/a' }) });
const passingB = (): ImageOutcome => ({
  input: 'ghcr.io/acme/b:1.0',
  result: gateResult(scanOf('alpine-39-skip-files-no-results'), { repository: 'ghcr.io/acme/b' }),
});
const erroredA = (error = 'the registry answered HTTP 500'): ImageOutcome => ({ input: 'ghcr.io/acme/a:1.0', error, repository: 'ghcr.io/acme/a' });

let github: GitHubApiFake;
let env: NodeJS.ProcessEnv;
let workspace: string;

beforeEach(async () => {
  github = await startGitHubApiFake({ owner: 'acme', repo: 'app', token: TOKEN });
  workspace = mkdtempSync(join(tmpdir(), 'image-gate-publish-'));
  const event = join(workspace, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: PULL_REQUEST, head: { sha: HEAD_SHA } } }));
  env = {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: github.apiUrl,
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: `refs/pull/${PULL_REQUEST}/merge`,
    GITHUB_WORKFLOW: 'build',
    GITHUB_JOB: 'image',
  };
});
afterEach(async () => github.close());

/** The settings, and the step's images (they name the sticky comment). */
type PublishOptions = Partial<GitHubPublishSettings> & { images?: readonly ImageSource[] };

function settings(overrides: Partial<GitHubPublishSettings> = {}): GitHubPublishSettings {
  return { comment: 'on-failure', checkRun: true, uploadSarif: true, uploadWaitMs: 0, token: TOKEN, ...overrides };
}

function publish(outcomes: ImageOutcome[], overrides: PublishOptions = {}, redact = KEEP): ReturnType<typeof publishToGitHub> {
  const { images = SOURCES, ...rest } = overrides;
  const github = githubContext(env);
  // As the Action does: the step's outcomes are redacted once, before anything is built from them, and rendered for GitHub.
  const publication = githubPublication(redactValues(outcomes, redact), { images, github, workspace });
  return publishToGitHub(publication, settings(rest), github, workspace, silentLogger);
}

const bodies = (): string[] => github.comments.filter((comment) => comment.issue_number === PULL_REQUEST).map((comment) => comment.body ?? '');

describe('publishToGitHub when an input errors', () => {
  it('never turns an earlier FAIL comment green: A errors, B passes, the comment says ERROR for A', async () => {
    expect(await publish([failingA(), passingB()])).toEqual([]);
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain('### ❌ FAIL: ghcr.io/acme/a');

    // on-failure: an error is a failure, so the comment is rewritten with the error, not with B's pass alone.
    await publish([erroredA(), passingB()]);
    const [body] = bodies();
    expect(bodies()).toHaveLength(1);
    expect(body).toContain('ERROR · 2 images: 1 passed, 0 failed, 1 could not be judged');
    expect(body).toContain('### ⛔ ERROR: ghcr.io/acme/a:1.0');
    expect(body).toContain('the registry answered HTTP 500');
    expect(body).not.toContain('❌ FAIL: ghcr.io/acme/a');
  });

  it('on-failure with errors only: a new comment when there is none, and a stale one is brought up to date', async () => {
    await publish([erroredA()], { images: SOURCES.slice(0, 1) });
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain('### ⛔ ERROR: ghcr.io/acme/a:1.0');

    const singleA = { images: SOURCES.slice(0, 1) };
    await publish([failingA()], singleA);
    expect(bodies()[0]).toContain('### ❌ FAIL: ghcr.io/acme/a');
    await publish([erroredA('the registry answered HTTP 404')], singleA);
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain('the registry answered HTTP 404');
  });

  it('gives the errored input a failing check run named like the others, and uploads SARIF for the judged one only', async () => {
    await publish([erroredA(), passingB()]);
    const runs = github.checkRuns.map((run) => [run.create.name, run.create.conclusion, run.create.output?.title]);
    expect(runs).toEqual(
      expect.arrayContaining([
        ['image-gate: ghcr.io/acme/a', 'failure', 'ERROR · ghcr.io/acme/a'],
        ['image-gate: ghcr.io/acme/b', 'success', expect.stringContaining('PASS')],
      ]),
    );
    expect(runs).toHaveLength(2);
    const [upload] = github.sarifs;
    const sarif = JSON.parse(upload?.sarif ?? '{}') as { runs: { automationDetails: { id: string } }[] };
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual(['image-gate/ghcr.io/acme/b/']);
  });

  it('uploads no SARIF at all when no input got a verdict', async () => {
    await publish([erroredA()], { images: SOURCES.slice(0, 1) });
    expect(github.sarifs).toHaveLength(0);
    expect(github.checkRuns.map((run) => run.create.conclusion)).toEqual(['failure']);
  });

  it('uploads the same categories as the SARIF file: the image after an errored one of its repository keeps #2', async () => {
    const sources: ImageSource[] = [
      { kind: 'registry', image: namedImage('ghcr.io/acme/app:amd64') },
      { kind: 'registry', image: namedImage('ghcr.io/acme/app:arm64') },
    ];
    const outcomes: ImageOutcome[] = [
      { input: 'ghcr.io/acme/app:amd64', error: 'unreachable', repository: 'ghcr.io/acme/app' },
      { input: 'ghcr.io/acme/app:arm64', result: gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/app' }) },
    ];
    await publish(outcomes, { images: sources });
    const sarifFile = join(workspace, 'out.sarif');
    await writeReportFiles(renderReportFiles(redactValues(outcomes, KEEP), { sarifFile }, 'test'));
    const ids = (text: string): string[] =>
      (JSON.parse(text) as { runs: { automationDetails: { id: string } }[] }).runs.map((run) => run.automationDetails.id);
    expect(ids(github.sarifs[0]?.sarif ?? '{}')).toEqual(['image-gate/ghcr.io/acme/app#2/']);
    expect(ids(readFileSync(sarifFile, 'utf8'))).toEqual(ids(github.sarifs[0]?.sarif ?? '{}'));
  });
});

describe('publishToGitHub for an index gated per platform', () => {
  it('one comment section and one check run for the image, annotations once, a SARIF category per judged platform', async () => {
    const dockerfile = { path: 'Dockerfile', finalFromLine: 3 };
    const buster = scanOf('debian-buster');
    const distroless = scanOf('distroless-base');
    const arm = scanWithFindings(distroless, findingsWithIds(buster, 'CVE-2019-18224'), distroless.findings);
    const outcomes = platformOutcomes(
      { name: 'linux/amd64', scan: buster, options: { dockerfile } },
      { name: 'linux/arm64', scan: arm, options: { dockerfile } },
      { name: 'linux/arm/v7', error: 'Trivy could not scan this platform' },
    );
    await publish(outcomes, { images: [{ kind: 'registry', image: namedImage('ghcr.io/acme/app:1.0') }], comment: 'always' });

    const [body] = bodies();
    expect(body).toContain('### ⛔ ERROR: ghcr.io/acme/app · 3 platforms: 2 failed, 1 could not be judged');
    expect(body).toContain('**linux/arm/v7** could not be judged, so the step fails: Trivy could not scan this platform');

    expect(github.checkRuns).toHaveLength(1);
    const [run] = github.checkRuns;
    expect(run?.create.name).toBe('image-gate: ghcr.io/acme/app');
    expect(run?.create.conclusion).toBe('failure');
    expect(run?.create.output?.title).toBe('ERROR · ghcr.io/acme/app · 3 platforms: 2 failed, 1 could not be judged');
    // The CRITICAL libidn2-0 finding both platforms have is one annotation; arm64's two MEDIUM ones say where they are.
    const annotations = run?.annotations ?? [];
    expect(annotations.filter((a) => a.title?.includes('CVE-2019-18224'))).toHaveLength(1);
    expect(annotations.filter((a) => a.message.endsWith('Only on linux/arm64.'))).toHaveLength(2);

    // The errored platform keeps its category without a run, so its alerts are not closed; the file says the same.
    const ids = (text: string): string[] =>
      (JSON.parse(text) as { runs: { automationDetails: { id: string } }[] }).runs.map((r) => r.automationDetails.id);
    expect(ids(github.sarifs[0]?.sarif ?? '{}')).toEqual(['image-gate/ghcr.io/acme/app/linux-amd64/', 'image-gate/ghcr.io/acme/app/linux-arm64/']);
    const sarifFile = join(workspace, 'out.sarif');
    await writeReportFiles(renderReportFiles(redactValues(outcomes, KEEP), { sarifFile }, 'test'));
    expect(ids(readFileSync(sarifFile, 'utf8'))).toEqual(ids(github.sarifs[0]?.sarif ?? '{}'));
  });
});

describe('publishToGitHub redaction', () => {
  it('sends no secret in the comment, the check runs or the SARIF, not even escaped for Markdown or JSON', async () => {
    const secret = 'pa"ss\\w_rd*42';
    const redactor = new Redactor();
    redactor.addBasicAuth('ci', secret);
    const scan = scanOf('debian-buster');
    scan.findings = scan.findings.map((finding) => (finding.kind === 'vulnerability' ? { ...finding, title: `leaked ${secret}` } : finding));
    const outcomes: ImageOutcome[] = [
      {
        input: 'ghcr.io/acme/a:1.0',
        result: gateResult(scan, { repository: 'ghcr.io/acme/a', dockerfile: { path: 'Dockerfile', finalFromLine: 1 } }),
      },
      {
        input: 'ghcr.io/acme/b:1.0',
        error: `the registry answered 401: {"message":"bad password ${JSON.stringify(secret).slice(1, -1)}"}`,
        repository: 'ghcr.io/acme/b',
      },
    ];
    // Every form the secret could travel in: as it is, Markdown-escaped, JSON-escaped, and its tell-tale middle.
    const forms = [secret, 'w\\_rd\\*42', JSON.stringify(secret).slice(1, -1), 'w_rd*42'];
    const sent = (): string => github.requests.map((request) => request.body).join('\n') + github.sarifs.map((upload) => upload.sarif).join('\n');

    // The premise: published without redaction, the requests carry the secret.
    await publish(outcomes, { comment: 'always' });
    expect(sent()).toContain('w_rd*42');
    expect(bodies()[0]).toContain('w\\_rd\\*42');

    github.requests.length = 0;
    github.sarifs.length = 0;
    await publish(outcomes, { comment: 'always' }, (text) => redactor.redact(text));
    expect(github.requests.map((request) => request.route)).toEqual(expect.arrayContaining(['updateComment', 'createCheckRun', 'uploadSarif']));
    for (const form of forms) expect(sent()).not.toContain(form);
    expect(bodies()[0]).toContain('bad password \\*\\*\\*');
    const erroredRun = github.checkRuns.filter((run) => run.create.name === 'image-gate: ghcr.io/acme/b').at(-1);
    expect(erroredRun?.create.output?.summary).toContain('bad password \\*\\*\\*');
    expect(github.sarifs[0]?.sarif).toContain('leaked ***');
  });
});

describe('publishToGitHub check-run refusals', () => {
  it('stops after the first check run GitHub refuses for the token, and says so once', async () => {
    github.fail('createCheckRun', { status: 403 });
    const sources: ImageSource[] = [...SOURCES, { kind: 'registry', image: namedImage('ghcr.io/acme/c:1.0') }];
    const passingC: ImageOutcome = { input: 'ghcr.io/acme/c:1.0', result: gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/c' }) };
    const notices = await publish([failingA(), passingB(), passingC], { images: sources, comment: 'never', uploadSarif: false });
    expect(github.requests.filter((request) => request.route === 'createCheckRun')).toHaveLength(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.actionable).toBe(true);
    expect(notices[0]?.message).toMatch(/HTTP 403.*"checks: write".*\(and the same for 2 more check runs, not tried\)$/s);
  });

  it('stops after the first check run when GitHub does not answer at all', async () => {
    env.GITHUB_API_URL = 'http://127.0.0.1:9';
    const notices = await publish([failingA(), passingB()], { comment: 'never', uploadSarif: false });
    expect(notices.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/did not answer.*\(and the same for 1 more check run, not tried\)$/s),
    ]);
  });

  it('says failures with the same HTTP status once, counting the runs', async () => {
    github.fail('createCheckRun', { status: 502 });
    const sources: ImageSource[] = [...SOURCES, { kind: 'registry', image: namedImage('ghcr.io/acme/c:1.0') }];
    const passingC: ImageOutcome = { input: 'ghcr.io/acme/c:1.0', result: gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/c' }) };
    const notices = await publish([failingA(), passingB(), passingC], { images: sources, comment: 'never', uploadSarif: false });
    // A server error may be the one request's: every run is tried.
    expect(github.requests.filter((request) => request.route === 'createCheckRun')).toHaveLength(3);
    expect(notices.map((notice) => notice.message)).toEqual([expect.stringMatching(/HTTP 502.*\(and the same for 2 more check runs\)$/s)]);
  });

  it('still tries every check run after a refusal that may concern one run only (HTTP 422)', async () => {
    github.fail('createCheckRun', { status: 422, times: 1 });
    const notices = await publish([failingA(), passingB()], { comment: 'never', uploadSarif: false });
    expect(github.requests.filter((request) => request.route === 'createCheckRun')).toHaveLength(2);
    expect(github.checkRuns).toHaveLength(1);
    expect(notices.map((notice) => notice.message)).toEqual([expect.stringMatching(/HTTP 422/)]);
  });
});
