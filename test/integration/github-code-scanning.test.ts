import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadSarif, type SarifUpload } from '../../src/adapters/github/code-scanning.js';
import { GitHubRest } from '../../src/adapters/github/rest.js';
import { startGitHubApiFake, type GitHubApiFake } from '../helpers/github-api-fake.js';

const TOKEN = 'ghs_sarifToken0000000000abc';
const REPO = { owner: 'acme', repo: 'shop' };
const SHA = 'b'.repeat(40);
const SARIF = JSON.stringify({
  version: '2.1.0',
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  runs: [{ tool: { driver: { name: 'image-gate', rules: [] } }, results: [], automationDetails: { id: 'image-gate/ghcr.io/acme/shop/' } }],
});

let fake: GitHubApiFake;
let rest: GitHubRest;

beforeEach(async () => {
  fake = await startGitHubApiFake({ ...REPO, token: TOKEN });
  rest = new GitHubRest({ apiUrl: fake.apiUrl, token: TOKEN });
});
afterEach(async () => fake.close());

function upload(overrides: Partial<SarifUpload> = {}): SarifUpload {
  return { sarif: SARIF, commitSha: SHA, ref: 'refs/pull/7/merge', ...overrides };
}

describe('uploadSarif', () => {
  it('posts the SARIF gzipped and base64-encoded with commit_sha, ref and checkout_uri', async () => {
    const result = await uploadSarif(rest, REPO, upload({ checkoutUri: 'file:///home/runner/work/shop/shop' }));
    expect(result).toEqual({ id: fake.sarifs[0]!.id });
    const request = fake.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.url.pathname).toBe('/repos/acme/shop/code-scanning/sarifs');
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const body = request.json as { commit_sha: string; ref: string; sarif: string; checkout_uri: string };
    expect(body).toMatchObject({ commit_sha: SHA, ref: 'refs/pull/7/merge', checkout_uri: 'file:///home/runner/work/shop/shop' });
    expect(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8')).toBe(SARIF);
    expect(JSON.parse(fake.sarifs[0]!.sarif)).toEqual(JSON.parse(SARIF));
  });

  it('waits for processing to complete', async () => {
    fake.sarifStatuses = [{ processing_status: 'pending' }, { processing_status: 'pending' }, { processing_status: 'complete' }];
    const result = await uploadSarif(rest, REPO, upload({ wait: { timeoutMs: 5_000, intervalMs: 5 } }));
    expect(result).toEqual({ id: fake.sarifs[0]!.id, status: 'complete' });
    expect(fake.requests.filter((request) => request.route === 'getSarif')).toHaveLength(3);
  });

  it('reports processing errors', async () => {
    fake.sarifStatuses = [{ processing_status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] }];
    const result = await uploadSarif(rest, REPO, upload({ wait: { timeoutMs: 5_000, intervalMs: 5 } }));
    expect(result).toMatchObject({ status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] });
    expect('warning' in result && result.warning).toMatch(/failed to process SARIF upload .*expected artifact location/);
  });

  it('stops polling at its bound and says so', async () => {
    fake.sarifStatuses = [{ processing_status: 'pending' }];
    const result = await uploadSarif(rest, REPO, upload({ wait: { timeoutMs: 100, intervalMs: 20 } }));
    expect(result).toMatchObject({ status: 'pending', warning: expect.stringMatching(/had not processed .* after 100 ms/) as unknown });
    const polls = fake.requests.filter((request) => request.route === 'getSarif').length;
    expect(polls).toBeGreaterThanOrEqual(1);
    expect(polls).toBeLessThanOrEqual(5);
  });

  it('keeps polling through a 404 right after the upload', async () => {
    fake.fail('getSarif', { status: 404, times: 2 });
    const result = await uploadSarif(rest, REPO, upload({ wait: { timeoutMs: 5_000, intervalMs: 5 } }));
    expect(result).toMatchObject({ status: 'complete' });
  });

  it('warns naming security-events: write on 403', async () => {
    fake.fail('uploadSarif', { status: 403 });
    const result = await uploadSarif(rest, REPO, upload());
    expect('warning' in result && result.warning).toMatch(
      /upload SARIF to code scanning of acme\/shop: GitHub denied it \(HTTP 403\).*"security-events: write"/,
    );
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('says code scanning is not enabled on 404, and on the 403 GitHub gives without Advanced Security', async () => {
    fake.fail('uploadSarif', { status: 404 });
    const missing = await uploadSarif(rest, REPO, upload());
    expect('warning' in missing && missing.warning).toMatch(/HTTP 404\): code scanning is not enabled or not available/);
    fake.fail('uploadSarif', { status: 403, body: { message: 'Advanced Security must be enabled for this repository to use code scanning.' } });
    const off = await uploadSarif(rest, REPO, upload());
    expect('warning' in off && off.warning).toMatch(/HTTP 403\): code scanning is not enabled/);
    expect('warning' in off && off.warning).not.toMatch(/security-events/);
  });

  it.each([
    [422, /invalid \(HTTP 422\)/],
    [413, /too large \(HTTP 413\)/],
    [500, /GitHub failed \(HTTP 500\)/],
    [503, /GitHub failed \(HTTP 503\)/],
  ])('turns HTTP %i into a clear warning', async (status, text) => {
    fake.fail('uploadSarif', { status });
    const result = await uploadSarif(rest, REPO, upload());
    expect('warning' in result && result.warning).toMatch(text);
  });

  it('warns when a status poll fails', async () => {
    fake.fail('getSarif', { status: 403 });
    const result = await uploadSarif(rest, REPO, upload({ wait: { timeoutMs: 1_000, intervalMs: 5 } }));
    expect(result).toMatchObject({
      id: fake.sarifs[0]!.id,
      warning: expect.stringMatching(/processing status .*"security-events: write"/) as unknown,
    });
  });

  it('refuses a payload over 10 MB gzipped without sending it', async () => {
    // Random bytes barely compress: their base64 gzips to about 3/4 of its length, well over 10 MB here.
    const noise = randomBytes(12_000_000);
    const sarif = JSON.stringify({ version: '2.1.0', runs: [], noise: noise.toString('base64') });
    const result = await uploadSarif(rest, REPO, upload({ sarif }));
    expect('warning' in result && result.warning).toMatch(/bytes gzipped, over GitHub's limit of 10000000/);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses bad input without sending it', async () => {
    for (const bad of [upload({ commitSha: 'HEAD' }), upload({ ref: 'main' }), upload({ sarif: '{not json' })]) {
      expect(await uploadSarif(rest, REPO, bad)).toHaveProperty('warning');
    }
    expect(fake.requests).toHaveLength(0);
  });
});
