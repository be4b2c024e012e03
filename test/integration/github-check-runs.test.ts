import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUT_MAX_CHARS, publishCheckRun, type CheckAnnotation, type CheckRunInput } from '../../src/adapters/github/check-runs.js';
import { GitHubRest } from '../../src/adapters/github/rest.js';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';

const TOKEN = 'ghs_checkRunToken987654321';
const REPO = { owner: 'acme', repo: 'shop' };
const SHA = 'a'.repeat(40);

let fake: GitHubApiFake;
let rest: GitHubRest;

beforeEach(async () => {
  fake = await startGitHubApiFake({ ...REPO, token: TOKEN });
  rest = new GitHubRest({ apiUrl: fake.apiUrl, token: TOKEN });
});
afterEach(async () => fake.close());

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, index) => ({
    path: 'Dockerfile',
    start_line: 1 + (index % 5),
    end_line: 1 + (index % 5),
    annotation_level: index % 2 ? 'failure' : 'warning',
    title: `CVE-2024-${String(index).padStart(4, '0')}`,
    message: `finding ${index}`,
  }));
}

function input(overrides: Partial<CheckRunInput> = {}): CheckRunInput {
  return {
    name: 'image-gate: ghcr.io/acme/shop',
    headSha: SHA,
    conclusion: 'failure',
    title: '3 violations',
    summary: '## Failed',
    annotations: [],
    ...overrides,
  };
}

describe('publishCheckRun', () => {
  it('sends 137 annotations as a POST of 50 then PATCHes of 50 and 37, all of them in order', async () => {
    const all = annotations(137);
    const result = await publishCheckRun(rest, REPO, input({ annotations: all, text: 'details' }));
    expect(result).toEqual({ id: fake.checkRuns[0]!.id, annotationsSent: 137 });

    const sent = fake.requests.map((request) => `${request.method} ${request.url.pathname}`);
    const id = String(fake.checkRuns[0]!.id);
    expect(sent).toEqual(['POST /repos/acme/shop/check-runs', `PATCH /repos/acme/shop/check-runs/${id}`, `PATCH /repos/acme/shop/check-runs/${id}`]);
    const sizes = fake.requests.map((request) => (request.json as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 37]);
    expect(fake.checkRuns[0]!.annotations).toEqual(all);
    for (const update of fake.checkRuns[0]!.updates) {
      expect(update.output).toMatchObject({ title: '3 violations', summary: '## Failed', text: 'details' });
    }
    expect(fake.requests.every((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('creates a completed run with the conclusion and the exact request shape', async () => {
    await publishCheckRun(rest, REPO, input({ conclusion: 'success', annotations: annotations(2), detailsUrl: 'https://ci.example/run/1' }));
    const create = fake.checkRuns[0]!.create;
    expect(create).toMatchObject({
      name: 'image-gate: ghcr.io/acme/shop',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'success',
      details_url: 'https://ci.example/run/1',
      output: { title: '3 violations', summary: '## Failed' },
    });
    expect(Date.parse(create.completed_at ?? '')).not.toBeNaN();
    expect(fake.requests).toHaveLength(1);
  });

  it('sends exactly one request for 0 and for 50 annotations', async () => {
    expect(await publishCheckRun(rest, REPO, input())).toMatchObject({ annotationsSent: 0 });
    expect(await publishCheckRun(rest, REPO, input({ annotations: annotations(50) }))).toMatchObject({ annotationsSent: 50 });
    expect(fake.requests).toHaveLength(2);
    expect((fake.requests[0]!.json as { output: object }).output).not.toHaveProperty('annotations');
  });

  it('truncates summary and text to 65,535 characters with a note, and oversized annotation fields', async () => {
    const huge = 'y'.repeat(100_000);
    const result = await publishCheckRun(
      rest,
      REPO,
      input({
        summary: huge,
        text: huge,
        annotations: [
          {
            path: 'Dockerfile',
            start_line: 0,
            end_line: -1,
            annotation_level: 'notice',
            title: 't'.repeat(300),
            message: 'm'.repeat(70 * 1024),
            start_column: 1,
            end_column: 2,
          },
        ],
      }),
    );
    expect(result).toMatchObject({ annotationsSent: 1 });
    const output = fake.checkRuns[0]!.create.output!;
    expect(output.summary).toHaveLength(OUTPUT_MAX_CHARS);
    expect(output.summary).toMatch(/truncated \(the job summary has all of it\)$/);
    expect(output.text).toHaveLength(OUTPUT_MAX_CHARS);
    const annotation = output.annotations![0]!;
    expect(annotation).toMatchObject({ start_line: 1, end_line: 1, start_column: 1, end_column: 2 });
    expect(annotation.title).toHaveLength(255);
    expect(Buffer.byteLength(annotation.message)).toBeLessThanOrEqual(64 * 1024);
  });

  it('warns naming checks: write on 403 and sends nothing more', async () => {
    fake.fail('createCheckRun', { status: 403 });
    const result = await publishCheckRun(rest, REPO, input({ annotations: annotations(120) }));
    expect('warning' in result && result.warning).toMatch(/publish the check run .*HTTP 403.*"checks: write"/);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    [404, /HTTP 404\): acme\/shop or commit a{40} was not found/],
    [422, /invalid \(HTTP 422\)/],
    [502, /GitHub failed \(HTTP 502\)/],
  ])('turns HTTP %i on create into a clear warning', async (status, text) => {
    fake.fail('createCheckRun', { status });
    const result = await publishCheckRun(rest, REPO, input());
    expect('warning' in result && result.warning).toMatch(text);
  });

  it('keeps the run and says how many annotations got through when a later batch fails', async () => {
    fake.fail('updateCheckRun', { status: 500 });
    const result = await publishCheckRun(rest, REPO, input({ annotations: annotations(137) }));
    expect(result).toMatchObject({ id: fake.checkRuns[0]!.id, annotationsSent: 50 });
    expect('warning' in result && result.warning).toMatch(/add annotations to the check run .*\(50 of 137 sent\).*HTTP 500/);
  });

  it('refuses a head SHA that is not one', async () => {
    const result = await publishCheckRun(rest, REPO, input({ headSha: 'main' }));
    expect('warning' in result && result.warning).toMatch(/"main" is not a commit SHA/);
    expect(fake.requests).toHaveLength(0);
  });
});
