import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findComment, upsertComment, type AuthorLookup } from '../../src/adapters/github/comments.js';
import { GitHubRest } from '../../src/adapters/github/rest.js';
import { graphqlUrl, tokenIdentity } from '../../src/adapters/github/token-identity.js';
import { GITHUB_ACTIONS_BOT, startGitHubApiFake, type FakeAccount, type GitHubApiFake } from '../helpers/github-api-fake.js';

const TOKEN = 'ghs_fakeTokenValue0123456789';
const REPO = { owner: 'acme', repo: 'shop' };
const MARKER = '<!-- image-gate: build/app -->';

let fake: GitHubApiFake;
let rest: GitHubRest;
let author: AuthorLookup;

async function start(identity?: FakeAccount): Promise<void> {
  fake = await startGitHubApiFake({ ...REPO, token: TOKEN, ...(identity && { identity }) });
  rest = new GitHubRest({ apiUrl: fake.apiUrl, token: TOKEN });
  author = () => tokenIdentity(rest, graphqlUrl(rest.base, undefined));
}

beforeEach(() => start());
afterEach(async () => fake.close());

const routes = (): string[] => fake.requests.map((request) => `${request.method} ${request.route ?? '?'}`);
const upsert = (body: string, marker = MARKER): ReturnType<typeof upsertComment> => upsertComment(rest, REPO, 7, marker, body, author);

describe('upsertComment', () => {
  it('creates the comment, then updates it in place on the next run instead of adding another', async () => {
    fake.addComment(7, 'Looks good to me');
    const first = await upsert(`${MARKER}\n## image-gate: failed`);
    expect(first).toMatchObject({ action: 'created' });
    const second = await upsert(`${MARKER}\n## image-gate: passed`);
    expect(second).toEqual({ action: 'updated', id: 'id' in first ? first.id : -1 });

    const ours = fake.comments.filter((comment) => comment.body?.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${MARKER}\n## image-gate: passed`);
    // Who the token is gets asked only once a comment carries the marker.
    expect(routes()).toEqual(['GET listComments', 'POST createComment', 'GET listComments', 'POST graphql', 'PATCH updateComment']);
    const patch = fake.requests[4]!;
    expect(patch.url.pathname).toBe(`/repos/acme/shop/issues/comments/${String(ours[0]!.id)}`);
    expect(patch.json).toEqual({ body: `${MARKER}\n## image-gate: passed` });
    for (const request of fake.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    }
  });

  it('leaves an identical comment alone', async () => {
    const existing = fake.addComment(7, `${MARKER}\nsame`, GITHUB_ACTIONS_BOT);
    expect(await upsert(`${MARKER}\nsame`)).toEqual({ action: 'unchanged', id: existing.id });
    expect(routes()).toEqual(['GET listComments', 'POST graphql']);
  });

  it('puts the marker first when the body does not start with it, so the next run finds the comment', async () => {
    await upsert('no marker here');
    expect(fake.comments[0]!.body).toBe(`${MARKER}\nno marker here`);
    await upsert(`quoting ${MARKER} mid-line`);
    expect(fake.comments[0]!.body).toBe(`${MARKER}\nquoting ${MARKER} mid-line`);
    expect(fake.comments).toHaveLength(1);
  });

  it('follows the Link header and finds the marker on page 2', async () => {
    for (let index = 0; index < 130; index++) fake.addComment(7, `chatter ${index}`);
    const ours = fake.addComment(7, `${MARKER}\nold report`, GITHUB_ACTIONS_BOT);
    for (let index = 0; index < 10; index++) fake.addComment(7, `more ${index}`);

    expect(await findComment(rest, REPO, 7, MARKER, author)).toEqual({ comment: { id: ours.id, body: `${MARKER}\nold report` } });
    expect(await upsert(`${MARKER}\nnew report`)).toEqual({ action: 'updated', id: ours.id });
    expect(fake.requests.filter((request) => request.route === 'listComments').map((request) => request.url.search)).toEqual([
      '?per_page=100',
      '?per_page=100&page=2',
      '?per_page=100',
      '?per_page=100&page=2',
    ]);
    expect(fake.requests.filter((request) => request.route === 'createComment')).toHaveLength(0);
  });

  it('does not find comments of another issue', async () => {
    fake.addComment(8, `${MARKER}\nother pull request`, GITHUB_ACTIONS_BOT);
    expect(await findComment(rest, REPO, 7, MARKER, author)).toEqual({ comment: undefined });
  });

  it('warns naming pull-requests: write on 403 (a fork pull request), never leaking the token', async () => {
    fake.fail('createComment', { status: 403 });
    const result = await upsert(`${MARKER}\nreport`);
    expect(result).toEqual({ warning: expect.stringContaining('"pull-requests: write"') as unknown });
    const warning = 'warning' in result ? result.warning : '';
    expect(warning).toContain('Could not create the pull request comment on acme/shop#7');
    expect(warning).toContain('HTTP 403');
    expect(warning).toContain('Resource not accessible by integration');
    expect(warning).not.toContain(TOKEN);
  });

  it('warns when it cannot even list the comments', async () => {
    fake.fail('listComments', { status: 404 });
    const result = await upsert('x');
    expect(result).toEqual({ warning: expect.stringMatching(/find the pull request comment.*HTTP 404.*acme\/shop#7 was not found/) as unknown });
    expect(fake.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
  });

  it.each([
    [422, /refused the request as invalid \(HTTP 422\).*Validation Failed: invalid \(body\)/],
    [500, /GitHub failed \(HTTP 500\); try again later/],
    [503, /GitHub failed \(HTTP 503\)/],
  ])('turns HTTP %i into a clear warning', async (status, text) => {
    fake.fail('updateComment', { status });
    fake.addComment(7, `${MARKER}\nold`, GITHUB_ACTIONS_BOT);
    const result = await upsert(`${MARKER}\nnew`);
    expect('warning' in result && result.warning).toMatch(text);
  });

  it('reports a rejected token as such, and a rate limit as a rate limit', async () => {
    const wrong = new GitHubRest({ apiUrl: fake.apiUrl, token: 'ghs_wrongToken' });
    const rejected = await findComment(wrong, REPO, 7, MARKER, author);
    expect('warning' in rejected && rejected.warning).toMatch(/rejected the token \(HTTP 401\)/);
    expect(JSON.stringify(rejected)).not.toContain('ghs_wrongToken');

    fake.fail('listComments', { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0' } });
    const limited = await findComment(rest, REPO, 7, MARKER, author);
    expect('warning' in limited && limited.warning).toMatch(/rate limit exceeded \(HTTP 403\)/);
  });

  it('warns instead of sending a body GitHub would refuse, and refuses a marker that is not hidden', async () => {
    const long = await upsert(`${MARKER}${'x'.repeat(70_000)}`);
    expect('warning' in long && long.warning).toMatch(/at most 65536/);
    const visible = await upsert('body', 'image-gate');
    expect('warning' in visible && visible.warning).toMatch(/hidden HTML comment/);
    expect(fake.requests).toHaveLength(0);
  });

  it('warns when GitHub cannot be reached', async () => {
    await fake.close();
    const result = await upsert('x');
    expect('warning' in result && result.warning).toMatch(/^Could not find the pull request comment on acme\/shop#7: GitHub API .* did not answer/);
  });
});

describe('adopting only our own comment', () => {
  it('leaves a comment by someone else that carries our marker alone, and makes its own', async () => {
    const planted = fake.addComment(7, `${MARKER}\n## image-gate: passed ✅ (written by mallory)`, 'mallory');
    const result = await upsert(`${MARKER}\n## image-gate: failed`);
    expect(result).toMatchObject({ action: 'created' });
    // The premise: the planted comment is exactly what the old marker search adopted.
    expect(planted.body?.startsWith(`${MARKER}\n`)).toBe(true);
    expect(fake.comments.find((comment) => comment.id === planted.id)?.body).toBe(`${MARKER}\n## image-gate: passed ✅ (written by mallory)`);
    expect(fake.requests.filter((request) => request.route === 'updateComment')).toHaveLength(0);
    const ours = fake.comments.filter((comment) => comment.user?.login === 'github-actions[bot]');
    expect(ours.map((comment) => comment.body)).toEqual([`${MARKER}\n## image-gate: failed`]);

    // The next run finds its own comment, still past the planted one.
    expect(await upsert(`${MARKER}\n## image-gate: passed`)).toEqual({ action: 'updated', id: ours[0]!.id });
    expect(fake.comments).toHaveLength(2);
  });

  it('matches the type as well as the login, and the marker only as the first line', async () => {
    fake.addComment(7, `${MARKER}\nnot a bot`, { login: 'github-actions[bot]', type: 'User' });
    fake.addComment(7, `Quoting the gate:\n${MARKER}\nold`, GITHUB_ACTIONS_BOT);
    fake.addComment(7, ` ${MARKER}\nindented`, GITHUB_ACTIONS_BOT);
    expect(await findComment(rest, REPO, 7, MARKER, author)).toEqual({ comment: undefined });
    const crlf = fake.addComment(7, `${MARKER}\r\nedited in the browser`, GITHUB_ACTIONS_BOT);
    expect(await findComment(rest, REPO, 7, MARKER, author)).toEqual({ comment: { id: crlf.id, body: `${MARKER}\r\nedited in the browser` } });
  });

  it('an app installation token adopts its own bot comments, not github-actions[bot]’s', async () => {
    await fake.close();
    await start({ login: 'acme-gate[bot]', type: 'Bot' });
    fake.addComment(7, `${MARKER}\nby the workflow token`, GITHUB_ACTIONS_BOT);
    const own = fake.addComment(7, `${MARKER}\nby the app`, { login: 'acme-gate[bot]', type: 'Bot' });
    expect(await findComment(rest, REPO, 7, MARKER, author)).toEqual({ comment: { id: own.id, body: `${MARKER}\nby the app` } });
    expect(routes()).toEqual(['GET listComments', 'POST graphql']);
  });

  it('a personal token is its user; GET /user tells when GraphQL will not', async () => {
    await fake.close();
    await start({ login: 'octo', type: 'User' });
    fake.addComment(7, `${MARKER}\nby the bot`, GITHUB_ACTIONS_BOT);
    const own = fake.addComment(7, `${MARKER}\nby octo`, 'octo');
    fake.fail('graphql', { status: 502, body: { message: 'Bad Gateway' } });
    expect(await findComment(rest, REPO, 7, MARKER, author)).toEqual({ comment: { id: own.id, body: `${MARKER}\nby octo` } });
    expect(routes()).toEqual(['GET listComments', 'POST graphql', 'GET getUser']);
  });

  it('adopts nothing when the token will not say who it is, never guessing github-actions[bot], and says so', async () => {
    const earlier = fake.addComment(7, `${MARKER}\nearlier`, GITHUB_ACTIONS_BOT);
    fake.fail('graphql', { status: 502, body: { message: 'Bad Gateway' } });
    const result = await upsert(`${MARKER}\nnow`);
    expect(result).toMatchObject({ action: 'created' });
    const note = 'note' in result ? (result.note ?? '') : '';
    expect(note).toMatch(
      /^Could not learn which account the token acts as from GraphQL \(viewer\): GitHub failed \(HTTP 502\); try again later; GitHub said: "Bad Gateway"\. Could not learn it from GET \/user either: GitHub denied it \(HTTP 403\); GitHub said: "Resource not accessible by integration", /,
    );
    expect(note).toMatch(/no comment carrying the marker can be proven the gate's own; a new one was added$/);
    expect(note).not.toContain(TOKEN);
    expect(fake.comments.find((comment) => comment.id === earlier.id)?.body).toBe(`${MARKER}\nearlier`);
    expect(fake.comments).toHaveLength(2);
  });

  it("keeps GraphQL's own error (sent with HTTP 200) in the warning, with the token blanked out", async () => {
    fake.fail('graphql', { status: 200, body: { errors: [{ message: `Something went wrong for ${TOKEN}` }] } });
    fake.fail('getUser', { status: 401, body: { message: 'Bad credentials' } });
    const identity = await tokenIdentity(rest, graphqlUrl(rest.base, undefined));
    expect('warning' in identity && identity.warning).toBe(
      'Could not learn which account the token acts as from GraphQL (viewer): GitHub answered in an unexpected shape; GitHub said: "Something went wrong for ***". ' +
        'Could not learn it from GET /user either: GitHub rejected the token (HTTP 401): it is invalid or expired; GitHub said: "Bad credentials"',
    );
  });

  it('refuses a login of the wrong shape from GraphQL as no answer', async () => {
    await fake.close();
    await start({ login: 'evil\nlogin', type: 'User' });
    fake.fail('getUser', { status: 500 });
    const identity = await tokenIdentity(rest, graphqlUrl(rest.base, undefined));
    expect(identity).toEqual({
      warning: expect.stringContaining(
        'from GraphQL (viewer): GitHub answered in an unexpected shape. Could not learn it from GET /user either: GitHub failed (HTTP 500)',
      ) as unknown,
    });
  });
});
