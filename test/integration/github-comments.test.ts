import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findComment, upsertComment } from '../../src/github/comments.js';
import { GitHubRest } from '../../src/github/rest.js';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';

const TOKEN = 'ghs_fakeTokenValue0123456789';
const REPO = { owner: 'acme', repo: 'shop' };
const MARKER = '<!-- image-gate: build/app -->';

let fake: GitHubApiFake;
let rest: GitHubRest;

beforeEach(async () => {
  fake = await startGitHubApiFake({ ...REPO, token: TOKEN });
  rest = new GitHubRest({ apiUrl: fake.apiUrl, token: TOKEN });
});
afterEach(async () => fake.close());

describe('upsertComment', () => {
  it('creates the comment, then updates it in place on the next run instead of adding another', async () => {
    fake.addComment(7, 'Looks good to me');
    const first = await upsertComment(rest, REPO, 7, MARKER, `${MARKER}\n## image-gate: failed`);
    expect(first).toMatchObject({ action: 'created' });
    const second = await upsertComment(rest, REPO, 7, MARKER, `${MARKER}\n## image-gate: passed`);
    expect(second).toEqual({ action: 'updated', id: 'id' in first ? first.id : -1 });

    const ours = fake.comments.filter((comment) => comment.body?.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${MARKER}\n## image-gate: passed`);
    expect(fake.requests.map((request) => `${request.method} ${request.route ?? '?'}`)).toEqual([
      'GET listComments',
      'POST createComment',
      'GET listComments',
      'PATCH updateComment',
    ]);
    const patch = fake.requests[3]!;
    expect(patch.url.pathname).toBe(`/repos/acme/shop/issues/comments/${String(ours[0]!.id)}`);
    expect(patch.json).toEqual({ body: `${MARKER}\n## image-gate: passed` });
    for (const request of fake.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    }
  });

  it('leaves an identical comment alone', async () => {
    const existing = fake.addComment(7, `${MARKER}\nsame`);
    expect(await upsertComment(rest, REPO, 7, MARKER, `${MARKER}\nsame`)).toEqual({ action: 'unchanged', id: existing.id });
    expect(fake.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it('adds the marker when the body lacks it, so the next run finds the comment', async () => {
    await upsertComment(rest, REPO, 7, MARKER, 'no marker here');
    expect(fake.comments[0]!.body).toBe(`${MARKER}\nno marker here`);
    expect(await upsertComment(rest, REPO, 7, MARKER, 'again')).toMatchObject({ action: 'updated' });
    expect(fake.comments).toHaveLength(1);
  });

  it('follows the Link header and finds the marker on page 2', async () => {
    for (let index = 0; index < 130; index++) fake.addComment(7, `chatter ${index}`);
    const ours = fake.addComment(7, `${MARKER}\nold report`);
    for (let index = 0; index < 10; index++) fake.addComment(7, `more ${index}`);

    expect(await findComment(rest, REPO, 7, MARKER)).toEqual({ comment: { id: ours.id, body: `${MARKER}\nold report` } });
    expect(await upsertComment(rest, REPO, 7, MARKER, `${MARKER}\nnew report`)).toEqual({ action: 'updated', id: ours.id });
    expect(fake.requests.filter((request) => request.route === 'listComments').map((request) => request.url.search)).toEqual([
      '?per_page=100',
      '?per_page=100&page=2',
      '?per_page=100',
      '?per_page=100&page=2',
    ]);
    expect(fake.requests.filter((request) => request.route === 'createComment')).toHaveLength(0);
  });

  it('does not find comments of another issue', async () => {
    fake.addComment(8, `${MARKER}\nother pull request`);
    expect(await findComment(rest, REPO, 7, MARKER)).toEqual({ comment: undefined });
  });

  it('warns naming pull-requests: write on 403 (a fork pull request), never leaking the token', async () => {
    fake.fail('createComment', { status: 403 });
    const result = await upsertComment(rest, REPO, 7, MARKER, `${MARKER}\nreport`);
    expect(result).toEqual({ warning: expect.stringContaining('"pull-requests: write"') as unknown });
    const warning = 'warning' in result ? result.warning : '';
    expect(warning).toContain('Could not create the pull request comment on acme/shop#7');
    expect(warning).toContain('HTTP 403');
    expect(warning).toContain('Resource not accessible by integration');
    expect(warning).not.toContain(TOKEN);
  });

  it('warns when it cannot even list the comments', async () => {
    fake.fail('listComments', { status: 404 });
    const result = await upsertComment(rest, REPO, 7, MARKER, 'x');
    expect(result).toEqual({ warning: expect.stringMatching(/find the pull request comment.*HTTP 404.*acme\/shop#7 was not found/) as unknown });
    expect(fake.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
  });

  it.each([
    [422, /refused the request as invalid \(HTTP 422\).*Validation Failed: invalid \(body\)/],
    [500, /GitHub failed \(HTTP 500\); try again later/],
    [503, /GitHub failed \(HTTP 503\)/],
  ])('turns HTTP %i into a clear warning', async (status, text) => {
    fake.fail('updateComment', { status });
    fake.addComment(7, `${MARKER}\nold`);
    const result = await upsertComment(rest, REPO, 7, MARKER, `${MARKER}\nnew`);
    expect('warning' in result && result.warning).toMatch(text);
  });

  it('reports a rejected token as such, and a rate limit as a rate limit', async () => {
    const wrong = new GitHubRest({ apiUrl: fake.apiUrl, token: 'ghs_wrongToken' });
    const rejected = await findComment(wrong, REPO, 7, MARKER);
    expect('warning' in rejected && rejected.warning).toMatch(/rejected the token \(HTTP 401\)/);
    expect(JSON.stringify(rejected)).not.toContain('ghs_wrongToken');

    fake.fail('listComments', { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0' } });
    const limited = await findComment(rest, REPO, 7, MARKER);
    expect('warning' in limited && limited.warning).toMatch(/rate limit exceeded \(HTTP 403\)/);
  });

  it('warns instead of sending a body GitHub would refuse, and refuses a marker that is not hidden', async () => {
    const long = await upsertComment(rest, REPO, 7, MARKER, `${MARKER}${'x'.repeat(70_000)}`);
    expect('warning' in long && long.warning).toMatch(/at most 65536/);
    const visible = await upsertComment(rest, REPO, 7, 'image-gate', 'body');
    expect('warning' in visible && visible.warning).toMatch(/hidden HTML comment/);
    expect(fake.requests).toHaveLength(0);
  });

  it('warns when GitHub cannot be reached', async () => {
    await fake.close();
    const result = await upsertComment(rest, REPO, 7, MARKER, 'x');
    expect('warning' in result && result.warning).toMatch(/^Could not find the pull request comment on acme\/shop#7: GitHub API .* did not answer/);
  });
});
