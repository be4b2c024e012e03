/**
 * GitHub attestations served through `bundle_url` (a snappy-compressed download, usually on blob storage) as
 * well as inline, against the GitHub fake: which one is read, who gets the token, and how every failure is a
 * problem naming the attestation, never evidence and never an exception.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { recordingLogger } from '../../src/core/model/logger.js';
import { GitHubRest } from '../../src/adapters/github/rest.js';
import { DEFAULT_LIMITS, type DiscoveryLimits } from '../../src/app/signatures/found.js';
import { discoverGithubAttestations } from '../../src/app/signatures/github-attestations.js';
import { loadTrustedRoot } from '../../src/adapters/sigstore/trusted-root.js';
import { verifyEvidence } from '../../src/adapters/sigstore/verify-evidence.js';
import { bundleDownload, fakeBundle, snappyLiterals, startGitHubFake, varint, type GitHubFake, type GitHubRoutes } from '../helpers/github-fake.js';
import { sha256 } from '../helpers/oci-push.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const imageDigest = sha256('the image manifest');
const listing = `/repos/acme/app/attestations/${imageDigest}`;
const TOKEN = 'ghs_attestations_token';
const SIGNED_QUERY = '?sv=2025-01-05&se=2099-01-01&sig=c2lnbmF0dXJl';

const fakes: GitHubFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function fake(routes: GitHubRoutes): Promise<GitHubFake> {
  const started = await startGitHubFake(routes);
  fakes.push(started);
  return started;
}

/** The GitHub API fake listing `attestations`, and what discovery makes of them with a token. */
async function discover(attestations: unknown[], limits: Partial<DiscoveryLimits> = {}) {
  const api = await fake({ [listing]: { status: 200, body: { attestations } } });
  const rest = new GitHubRest({ apiUrl: api.apiUrl, token: TOKEN });
  const found = await discoverGithubAttestations(rest, 'acme/app', imageDigest, true, { ...DEFAULT_LIMITS, ...limits }, recordingLogger());
  return { api, found, requests: rest.requestCount };
}

const location = (index: number) => `GitHub attestations API, acme/app, attestation ${index}, repository id 9`;

describe('GitHub attestations with bundle_url', () => {
  it('downloads a real GitHub attestation bundle from another origin, sends it no token, and it verifies', async () => {
    const original = readFileSync(join(fixtures, 'sigstore/gh-attestation-custom-issuer.sigstore.json'));
    // Compressed by Google's snappy, as GitHub stores it (test/fixtures/SOURCES.md).
    const storage = await fake({
      '/attestations/1': { status: 200, body: readFileSync(join(fixtures, 'snappy/gh-attestation-custom-issuer.sigstore.json.snappy')) },
    });
    const { api, found, requests } = await discover([{ bundle_url: `${storage.apiUrl}/attestations/1${SIGNED_QUERY}`, repository_id: 9 }]);

    expect(found.problems).toEqual([]);
    expect(found.evidence).toHaveLength(1);
    const [evidence] = found.evidence;
    expect(evidence).toMatchObject({
      source: 'github-attestations',
      location: location(0),
      subjectDigest: imageDigest,
      form: { kind: 'bundle', mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
    });
    expect(evidence?.form.kind === 'bundle' && evidence.form.bytes.equals(original)).toBe(true);
    // The API got the token; the storage (another origin: another port) got the pre-signed URL and nothing else.
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.url.search).toBe(SIGNED_QUERY);
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
    expect(storage.requests[0]?.headers['x-github-api-version']).toBeUndefined();
    expect(requests).toBe(2);

    if (evidence === undefined) throw new Error('no evidence');
    const verified = await verifyEvidence(evidence, 'sha256:afa27b44d43b02a9fea41d13cedc2e4016cfcf87c5dbf990e593669aa8ce286d', loadTrustedRoot(), {
      identities: [
        {
          issuer: 'https://token.actions.githubusercontent.com/hammer-time',
          identity: 'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main',
        },
      ],
      keys: [],
    });
    expect(verified.rejection).toBeUndefined();
    expect(verified.verified).toBe(true);
  });

  it('reads bundle_url when both shapes are given, as gh does, and the inline bundle when there is no bundle_url', async () => {
    const storage = await fake({ '/b': bundleDownload(fakeBundle('from bundle_url')) });
    const { found } = await discover([
      { bundle: fakeBundle('inline'), bundle_url: `${storage.apiUrl}/b`, repository_id: 9 },
      { bundle: fakeBundle('inline only'), bundle_url: null, repository_id: 9 },
      { bundle: fakeBundle('inline, empty url'), bundle_url: '', repository_id: 9 },
    ]);
    expect(found.problems).toEqual([]);
    expect(found.evidence.map((evidence) => (evidence.form.kind === 'bundle' ? evidence.form.bytes.toString() : ''))).toEqual([
      JSON.stringify(fakeBundle('from bundle_url')),
      JSON.stringify(fakeBundle('inline only')),
      JSON.stringify(fakeBundle('inline, empty url')),
    ]);
    expect(found.evidence.map((evidence) => evidence.location)).toEqual([location(0), location(1), location(2)]);
  });

  it("sends the token to a bundle_url on the API's own origin, and pins the API version there", async () => {
    const routes: GitHubRoutes = { '/download/1': bundleDownload(fakeBundle('same origin')) };
    const api = await fake(routes);
    routes[listing] = { status: 200, body: { attestations: [{ bundle_url: `${api.apiUrl}/download/1`, repository_id: 9 }] } };
    const rest = new GitHubRest({ apiUrl: api.apiUrl, token: TOKEN });
    const found = await discoverGithubAttestations(rest, 'acme/app', imageDigest, true, DEFAULT_LIMITS, recordingLogger());
    expect(found.problems).toEqual([]);
    expect(found.evidence).toHaveLength(1);
    const download = api.requests.find((request) => request.url.pathname === '/download/1');
    expect(download?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(download?.headers['x-github-api-version']).toBe('2022-11-28');
  });

  it('drops the token when a bundle_url on the API origin redirects to another origin', async () => {
    const storage = await fake({ '/blob': bundleDownload(fakeBundle('redirected')) });
    const routes: GitHubRoutes = {};
    const api = await fake(routes);
    routes[listing] = { status: 200, body: { attestations: [{ bundle_url: `${api.apiUrl}/download/1`, repository_id: 9 }] } };
    routes['/download/1'] = { status: 302, body: '', headers: { location: `${storage.apiUrl}/blob${SIGNED_QUERY}` } };
    const rest = new GitHubRest({ apiUrl: api.apiUrl, token: TOKEN });
    const found = await discoverGithubAttestations(rest, 'acme/app', imageDigest, true, DEFAULT_LIMITS, recordingLogger());
    expect(found.problems).toEqual([]);
    expect(found.evidence).toHaveLength(1);
    // The premise: the first hop did carry the token, so it was dropped at the origin change, not never set.
    expect(api.requests.find((request) => request.url.pathname === '/download/1')?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
    expect(rest.requestCount).toBe(3);
  });

  it('never sends the token again once a download has left the API origin, even when redirected back to it', async () => {
    const routes: GitHubRoutes = {};
    const api = await fake(routes);
    // The blob host picks a path on the API origin; fetch would not re-add credentials there, and neither do we.
    const storage = await fake({ '/bundle': { status: 302, body: '', headers: { location: `${api.apiUrl}/user/keys?chosen-by=blob-host` } } });
    routes[listing] = { status: 200, body: { attestations: [{ bundle_url: `${storage.apiUrl}/bundle${SIGNED_QUERY}`, repository_id: 9 }] } };
    routes['/user/keys'] = bundleDownload(fakeBundle('chosen by the blob host'));
    const rest = new GitHubRest({ apiUrl: api.apiUrl, token: TOKEN });
    await discoverGithubAttestations(rest, 'acme/app', imageDigest, true, DEFAULT_LIMITS, recordingLogger());
    // Premise: the listing on the API origin carried the token, and the redirect was followed back to the API origin.
    expect(api.requests.find((request) => request.url.pathname === listing)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(storage.requests).toHaveLength(1);
    const back = api.requests.find((request) => request.url.pathname === '/user/keys');
    expect(back?.url.search).toBe('?chosen-by=blob-host');
    expect(back?.headers.authorization).toBeUndefined();
    expect(back?.headers['x-github-api-version']).toBeUndefined();
  });

  it('keeps the token along a redirect chain that never leaves the API origin', async () => {
    const routes: GitHubRoutes = {
      '/download/1': { status: 302, body: '', headers: { location: '/download/2' } },
      '/download/2': { status: 307, body: '', headers: { location: '/download/3' } },
      '/download/3': bundleDownload(fakeBundle('same origin, redirected')),
    };
    const api = await fake(routes);
    routes[listing] = { status: 200, body: { attestations: [{ bundle_url: `${api.apiUrl}/download/1`, repository_id: 9 }] } };
    const rest = new GitHubRest({ apiUrl: api.apiUrl, token: TOKEN });
    const found = await discoverGithubAttestations(rest, 'acme/app', imageDigest, true, DEFAULT_LIMITS, recordingLogger());
    expect(found.problems).toEqual([]);
    expect(found.evidence).toHaveLength(1);
    const hops = api.requests.filter((request) => request.url.pathname.startsWith('/download/'));
    expect(hops.map((request) => request.url.pathname)).toEqual(['/download/1', '/download/2', '/download/3']);
    for (const hop of hops) {
      expect(hop.headers.authorization, hop.url.pathname).toBe(`Bearer ${TOKEN}`);
      expect(hop.headers['x-github-api-version'], hop.url.pathname).toBe('2022-11-28');
    }
  });

  it('rejects a download over the limit, compressed or declared, naming the attestation', async () => {
    const big = Buffer.from(JSON.stringify(fakeBundle('x'.repeat(5000))));
    const limit = 4096;
    const storage = await fake({
      // Over the compressed cap: more bytes than snappy can need for `limit` bytes.
      '/long': { status: 200, body: snappyLiterals(big) },
      // Small on the wire, but its preamble declares 4 GiB - 1.
      '/bomb': { status: 200, body: Buffer.concat([varint(2 ** 32 - 1), Buffer.from([0x00, 0x7b])]) },
    });
    const { found } = await discover(
      [
        { bundle_url: `${storage.apiUrl}/long`, repository_id: 9 },
        { bundle_url: `${storage.apiUrl}/bomb`, repository_id: 9 },
      ],
      { maxBlobBytes: limit },
    );
    expect(found.evidence).toEqual([]);
    expect(found.problems).toEqual([
      `${location(0)}: the bundle at bundle_url on ${storage.host} could not be downloaded: ${storage.host} sent more than 4810 bytes; not verified`,
      `${location(1)}: the bundle at bundle_url on ${storage.host} is too large: it declares 4294967295 bytes uncompressed, over the 4096-byte limit; not verified`,
    ]);
  });

  it('rejects corrupt snappy, a bundle that is not a JSON object, and a failing or unreachable download, with the reason', async () => {
    const closedPort = await unusedPort();
    const real = readFileSync(join(fixtures, 'snappy/gh-attestation-custom-issuer.sigstore.json.snappy'));
    const storage = await fake({
      // The real block, its preamble claiming one byte more than the block writes.
      '/short': { status: 200, body: Buffer.concat([varint(11_009), real.subarray(varint(11_008).length)]) },
      '/array': bundleDownload([1, 2]),
      '/text': { status: 200, body: snappyLiterals(Buffer.from('<html>expired</html>')) },
      '/expired': { status: 403, body: '<Error><Code>AuthenticationFailed</Code></Error>' },
    });
    const { found } = await discover([
      { bundle_url: `${storage.apiUrl}/short`, repository_id: 9 },
      { bundle_url: `${storage.apiUrl}/array`, repository_id: 9 },
      { bundle_url: `${storage.apiUrl}/text`, repository_id: 9 },
      { bundle_url: `${storage.apiUrl}/expired${SIGNED_QUERY}`, repository_id: 9 },
      { bundle_url: `http://127.0.0.1:${closedPort}/gone`, repository_id: 9 },
      { bundle_url: 'http://storage.example/blob', repository_id: 9 },
      { bundle_url: '/relative/blob', bundle: fakeBundle('not used'), repository_id: 9 },
    ]);
    expect(found.evidence).toEqual([]);
    const at = (index: number) => `${location(index)}: the bundle at bundle_url on`;
    expect(found.problems).toHaveLength(7);
    expect(found.problems.slice(0, 4)).toEqual([
      `${at(0)} ${storage.host} is not valid snappy: it ends after 11008 of the 11009 bytes it declares; not verified`,
      `${at(1)} ${storage.host} is not a JSON object; not verified`,
      `${at(2)} ${storage.host} is not JSON; not verified`,
      `${at(3)} ${storage.host} answered HTTP 403; not verified`,
    ]);
    expect(found.problems[4]).toMatch(
      new RegExp(
        `^${escape(at(4))} 127\\.0\\.0\\.1:${closedPort} could not be downloaded: 127\\.0\\.0\\.1:${closedPort} did not answer: .*ECONNREFUSED.*; not verified$`,
      ),
    );
    expect(found.problems[5]).toBe(
      `${at(5)} storage.example could not be downloaded: refusing http://storage.example: downloads must use https; not verified`,
    );
    expect(found.problems[6]).toBe(`${location(6)}: its bundle_url is not an absolute URL; not verified`);
    // The pre-signed query (the download's credential) is in no message.
    expect(found.problems.join('\n')).not.toContain('sig=');
  });

  it('refuses plain http to a loopback bundle_url when the API itself is https', async () => {
    const storage = await fake({ '/b': bundleDownload(fakeBundle('plain')) });
    const rest = new GitHubRest({ apiUrl: 'https://api.github.example', token: TOKEN });
    await expect(rest.download(new URL(`${storage.apiUrl}/b`), 1024)).rejects.toThrow(`refusing http://${storage.host}: downloads must use https`);
    expect(storage.requests).toEqual([]);
    expect(rest.requestCount).toBe(0);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A loopback port nothing listens on (bound, then closed). */
async function unusedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
