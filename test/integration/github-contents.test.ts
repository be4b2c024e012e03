/**
 * The contents API reader against the GitHub fakes: a file at a commit, a 404 for the file told apart from
 * a 404 for the repository (GitHub's "no access"), every other failure an error naming what to fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GateError } from '../../src/core/model/errors.js';
import { encodeRepositoryPath, RepositoryAtCommit } from '../../src/adapters/github/contents.js';
import { GitHubRest } from '../../src/adapters/github/rest.js';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';
import { contentFile, startGitHubFake } from '../helpers/github-fake.js';

const TOKEN = 'ghs_fakeTokenForContents0123456789';
const REPO = { owner: 'acme', repo: 'app' };
const BASE = 'ba5e000000000000000000000000000000000001';
const POLICY = '.github/image-gate.yml';

let fake: GitHubApiFake;
let base: RepositoryAtCommit;

beforeEach(async () => {
  fake = await startGitHubApiFake({ ...REPO, token: TOKEN });
  base = new RepositoryAtCommit(new GitHubRest({ apiUrl: fake.apiUrl, token: TOKEN }), REPO, BASE);
});
afterEach(async () => fake.close());

async function failure(promise: Promise<unknown>): Promise<GateError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GateError)) throw new Error(`expected a GateError, got ${String(error)}`);
  return error;
}

describe('RepositoryAtCommit.read', () => {
  it('reads a file at the commit, decoding the base64 GitHub wraps every 60 characters', async () => {
    const text = `# policy ✓\n${'vulnerabilities:\n  fail-on-severity: high\n'.repeat(20)}`;
    fake.setFile(BASE, POLICY, text);
    fake.setFile('c0ffee0000000000000000000000000000000001', POLICY, 'vulnerabilities: { fail-on-severity: none }\n');
    await expect(base.read(POLICY)).resolves.toEqual({ found: true, text });
    const [request] = fake.requests;
    expect(request?.url.pathname).toBe('/repos/acme/app/contents/.github/image-gate.yml');
    expect(request?.url.searchParams.get('ref')).toBe(BASE);
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    // The premise: the fake really sends the content wrapped, as GitHub does.
    expect(contentFile(fake.apiUrl, 'acme', 'app', POLICY, BASE, text).content).toMatch(/^[A-Za-z0-9+/=]{60}\n/);
  });

  it('says "not found" for a missing file only after proving the token can read the repository at that commit', async () => {
    fake.addCommit(BASE);
    await expect(base.read(POLICY)).resolves.toEqual({ found: false });
    expect(fake.requests.map((request) => request.route)).toEqual(['getContent', 'getGitCommit']);
    // The answer is kept: a second missing file does not ask again.
    await expect(base.read('keys/cosign.pub')).resolves.toEqual({ found: false });
    expect(fake.requests.filter((request) => request.route === 'getGitCommit')).toHaveLength(1);
  });

  it('fails closed, naming contents: read, when the repository itself answers 404 (no access looks like no file)', async () => {
    // No commit known: the file and the commit both answer 404, as GitHub does for a token without access.
    const error = await failure(base.read(POLICY));
    expect(error.message).toContain('"contents: read"');
    expect(error.message).toContain('absence is unproven');
    expect(fake.requests.map((request) => request.route)).toEqual(['getContent', 'getGitCommit']);
  });

  it.each([
    [403, 'the token needs the "contents: read" permission'],
    [401, 'GitHub rejected the token (HTTP 401)'],
    [500, 'GitHub failed (HTTP 500)'],
    [503, 'GitHub failed (HTTP 503)'],
  ])('fails closed on HTTP %i', async (status, expected) => {
    fake.setFile(BASE, POLICY, 'mode: audit\n');
    fake.fail('getContent', { status });
    const error = await failure(base.read(POLICY));
    expect(error.message).toContain(expected);
    expect(error.message).toContain(`read ${POLICY} from acme/app at ${BASE.slice(0, 12)}`);
    if (status === 401) expect(error.message).toContain('contents: read');
    expect(error.kind).toBe(status >= 500 ? 'infrastructure' : 'config');
  });

  it('fails closed when GitHub cannot be reached, without leaking the token', async () => {
    const closed = new RepositoryAtCommit(new GitHubRest({ apiUrl: 'http://127.0.0.1:9', token: TOKEN, timeoutMs: 2000 }), REPO, BASE);
    const error = await failure(closed.read(POLICY));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toContain('did not answer');
    expect(error.message).not.toContain(TOKEN);
  });

  it('refuses a file over the limit (GitHub sends none of a file over 1 MB)', async () => {
    fake.setFile(BASE, POLICY, Buffer.alloc(1024 * 1024 + 1, 0x23));
    const error = await failure(base.read(POLICY));
    expect(error.message).toContain('is larger than 1000000 bytes');
    fake.setFile(BASE, 'small.yml', 'x'.repeat(200));
    expect((await failure(base.read('small.yml', 100))).message).toContain('is larger than 100 bytes (200)');
  });

  it('refuses a path that would leave the contents endpoint', () => {
    for (const path of ['../../../user', '.github/../x', '', '/etc/passwd', 'a//b', './a']) {
      expect(() => encodeRepositoryPath(path)).toThrow(/not a path inside the repository/);
    }
    expect(encodeRepositoryPath('dir with space/a#b?.yml')).toBe('dir%20with%20space/a%23b%3F.yml');
  });
});

describe('answers that are not a readable file', () => {
  const path = `/repos/acme/app/contents/${POLICY}`;
  const read = async (answer: { status: number; body?: unknown }): Promise<GateError> => {
    const server = await startGitHubFake({ [path]: answer });
    try {
      return await failure(new RepositoryAtCommit(new GitHubRest({ apiUrl: server.apiUrl, token: TOKEN }), REPO, BASE).read(POLICY));
    } finally {
      await server.close();
    }
  };
  const file = (overrides: Record<string, unknown>): Record<string, unknown> => ({
    ...contentFile('http://127.0.0.1', 'acme', 'app', POLICY, BASE, 'mode: audit\n'),
    ...overrides,
  });

  it.each([
    ['a directory', { status: 200, body: [{ type: 'file', name: 'a.yml' }] }, 'is a directory'],
    ['a symlink leading out of the repository', { status: 200, body: file({ type: 'symlink', target: '/etc/passwd' }) }, 'symbolic link'],
    ['a submodule', { status: 200, body: file({ type: 'submodule' }) }, 'is a submodule'],
    ['not JSON', { status: 200, body: '<html>proxy</html>' }, 'unexpected shape'],
    ['content that is not base64', { status: 200, body: file({ content: '%%%%' }) }, 'without its content in base64'],
    ['a size that does not match the content', { status: 200, body: file({ size: 3 }) }, '12 bytes of content for a file of 3'],
    ['bytes that are not UTF-8', { status: 200, body: file({ content: Buffer.from([0xff, 0xfe, 0x00]).toString('base64'), size: 3 }) }, 'not UTF-8'],
    ['a rate limit', { status: 429, body: { message: 'API rate limit exceeded' } }, 'rate limit'],
  ])('%s is an error', async (_name, answer, expected) => {
    expect((await read(answer)).message).toContain(expected);
  });
});
