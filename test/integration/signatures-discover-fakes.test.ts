import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { discoverEvidence } from '../../src/app/signatures/discover.js';
import { OCI_EMPTY, SIGSTORE_BUNDLE_V03 } from '../helpers/cosign-push.js';
import { fakeBundle, startGitHubFake, type GitHubFake, type GitHubRoutes } from '../helpers/github-fake.js';
import { OCI, sha256 } from '../helpers/oci-push.js';
import { send, sendManifest, startFakeServer, type FakeHandler, type FakeServer } from '../helpers/registry-fake.js';

const emptyDockerConfig = join(mkdtempSync(join(tmpdir(), 'gate-sig-fake-')), 'config.json');
writeFileSync(emptyDockerConfig, '{}');

const servers: (FakeServer | GitHubFake)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The image the fakes serve evidence for (its own bytes are never fetched by discovery). */
const imageDigest = sha256('the image manifest');
const otherDigest = sha256('another image manifest');

function artifact(
  subjectDigest: string,
  content: Buffer,
  layerSize = content.length,
): { bytes: Buffer; digest: string; layer: Buffer; layerDigest: string } {
  const layerDigest = sha256(content);
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI.manifest,
      artifactType: SIGSTORE_BUNDLE_V03,
      config: { mediaType: OCI_EMPTY.mediaType, digest: sha256(OCI_EMPTY.bytes), size: 2 },
      layers: [{ mediaType: SIGSTORE_BUNDLE_V03, digest: layerDigest, size: layerSize }],
      subject: { mediaType: OCI.manifest, digest: subjectDigest, size: 100 },
    }),
  );
  return { bytes, digest: sha256(bytes), layer: content, layerDigest };
}

function descriptor(entry: { bytes: Buffer; digest: string }): Record<string, unknown> {
  return { mediaType: OCI.manifest, digest: entry.digest, size: entry.bytes.length, artifactType: SIGSTORE_BUNDLE_V03 };
}

function referrersIndex(entries: { bytes: Buffer; digest: string }[]): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: entries.map(descriptor) });
}

/** An OCI 1.1 registry: the referrers API answers from `pages`, artifacts and blobs from `artifacts`. */
function registry(
  pages: ((host: string) => { body: string; link?: string })[],
  artifacts: ReturnType<typeof artifact>[],
  overrides: { blob?: (digest: string) => Buffer | undefined } = {},
): FakeHandler {
  return (request, response) => {
    const path = request.url.pathname;
    if (path === `/v2/team/app/referrers/${imageDigest}`) {
      const page = Number(request.url.searchParams.get('page') ?? '0');
      const answer = pages[page]?.(request.headers.host ?? '');
      if (!answer) {
        send(response, 404, '');
        return;
      }
      send(response, 200, answer.body, { 'content-type': OCI.index, ...(answer.link ? { link: answer.link } : {}) });
      return;
    }
    for (const entry of artifacts) {
      if (path === `/v2/team/app/manifests/${entry.digest}`) {
        sendManifest(request, response, entry.bytes, { 'content-type': OCI.manifest, 'docker-content-digest': entry.digest });
        return;
      }
      if (path === `/v2/team/app/blobs/${entry.layerDigest}`) {
        send(response, 200, overrides.blob?.(entry.layerDigest) ?? entry.layer);
        return;
      }
    }
    send(response, 404, '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}', { 'content-type': 'application/json' });
  };
}

async function serve(handler: FakeHandler): Promise<FakeServer> {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

async function github(routes: GitHubRoutes): Promise<GitHubFake> {
  const server = await startGitHubFake(routes);
  servers.push(server);
  return server;
}

function client(): RegistryClient {
  return new RegistryClient({ logger: recordingLogger(), retryDelaysMs: [], dockerConfig: { path: emptyDockerConfig, required: true } });
}

describe('discoverEvidence with an OCI 1.1 referrers API', () => {
  it('reads the referrers API, checks each subject, and never looks at the fallback tag', async () => {
    const good = artifact(imageDigest, Buffer.from('{"bundle":"good"}'));
    const lying = artifact(otherDigest, Buffer.from('{"bundle":"lying"}'));
    const server = await serve(registry([() => ({ body: referrersIndex([good, lying]) })], [good, lying]));
    const ref = parseImageReference(`${server.host}/team/app@${imageDigest}`);

    const result = await discoverEvidence(client(), ref, imageDigest, { sources: ['referrers'], logger: recordingLogger() });

    expect(result.evidence).toEqual([
      {
        source: 'referrers',
        location: `${server.host}/team/app@${good.digest} (referrer, OCI referrers API)`,
        subjectDigest: imageDigest,
        form: { kind: 'bundle', bytes: good.layer, mediaType: SIGSTORE_BUNDLE_V03 },
      },
    ]);
    expect(result.problems).toEqual([
      `referrer ${server.host}/team/app@${lying.digest} (OCI referrers API) is about ${otherDigest}, not ${imageDigest}; ignored`,
    ]);
    const paths = server.requests.map((request) => request.url.pathname);
    // The listing comes first; the referrers are then read concurrently, so their order is free.
    expect(paths[0]).toBe(`/v2/team/app/referrers/${imageDigest}`);
    expect(paths.slice(1).sort()).toEqual(
      [`/v2/team/app/manifests/${good.digest}`, `/v2/team/app/blobs/${good.layerDigest}`, `/v2/team/app/manifests/${lying.digest}`].sort(),
    );
    expect(server.requests[0]?.headers.accept).toBe(OCI.index);
    expect(result.requests).toBe(4);
  });

  it('follows Link pages of referrers, within the cap', async () => {
    const first = artifact(imageDigest, Buffer.from('{"bundle":1}'));
    const second = artifact(imageDigest, Buffer.from('{"bundle":2}'));
    const pages = [
      () => ({ body: referrersIndex([first]), link: `</v2/team/app/referrers/${imageDigest}?page=1>; rel="next"` }),
      () => ({ body: referrersIndex([second]) }),
    ];
    const server = await serve(registry(pages, [first, second]));
    const ref = parseImageReference(`${server.host}/team/app@${imageDigest}`);
    const result = await discoverEvidence(client(), ref, imageDigest, { sources: ['referrers'], logger: recordingLogger() });
    expect(result.problems).toEqual([]);
    expect(result.evidence.map((evidence) => (evidence.form.kind === 'bundle' ? evidence.form.bytes.toString() : ''))).toEqual([
      '{"bundle":1}',
      '{"bundle":2}',
    ]);
  });

  it('stops at the referrer cap and says so', async () => {
    const many = Array.from({ length: 4 }, (_, index) => artifact(imageDigest, Buffer.from(`{"n":${index}}`)));
    const server = await serve(registry([() => ({ body: referrersIndex(many) })], many));
    const ref = parseImageReference(`${server.host}/team/app@${imageDigest}`);
    const result = await discoverEvidence(client(), ref, imageDigest, {
      sources: ['referrers'],
      logger: recordingLogger(),
      limits: { maxReferrers: 2 },
    });
    expect(result.evidence).toHaveLength(2);
    expect(result.problems).toEqual([`${server.host}/team/app@${imageDigest} has more than 2 referrers; only the first 2 were looked at`]);
  });

  it('cuts off a blob that is longer than its manifest says', async () => {
    const entry = artifact(imageDigest, Buffer.from('{"short":true}'));
    const server = await serve(registry([() => ({ body: referrersIndex([entry]) })], [entry], { blob: () => Buffer.alloc(100_000, 0x41) }));
    const ref = parseImageReference(`${server.host}/team/app@${imageDigest}`);
    const result = await discoverEvidence(client(), ref, imageDigest, { sources: ['referrers'], logger: recordingLogger() });
    expect(result.evidence).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(`served more than ${entry.layer.length} bytes`);
  });

  it('turns a failing referrers API into a problem, not an exception', async () => {
    const server = await serve((_request, response) => {
      send(response, 500, 'boom');
    });
    const ref = parseImageReference(`${server.host}/team/app@${imageDigest}`);
    const result = await discoverEvidence(client(), ref, imageDigest, { sources: ['referrers', 'cosign-tags'], logger: recordingLogger() });
    expect(result.evidence).toEqual([]);
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toMatch(/^Could not list the referrers of .*answered HTTP 500/);
    expect(result.requests).toBe(3);
  });
});

describe('discoverEvidence with the GitHub attestations API', () => {
  const path = `/repos/acme/app/attestations/${imageDigest}`;
  const registryFake = (): Promise<FakeServer> => serve(registry([], []));

  it('reads every bundle of a 200 answer, with the API version, Accept and the token', async () => {
    const api = await github({
      [path]: {
        status: 200,
        body: {
          attestations: [
            { bundle: fakeBundle('one'), repository_id: 7 },
            { bundle: fakeBundle('two'), repository_id: 7, bundle_url: null },
          ],
        },
      },
    });
    const reg = await registryFake();
    const ref = parseImageReference(`${reg.host}/team/app@${imageDigest}`);
    const result = await discoverEvidence(client(), ref, imageDigest, {
      sources: ['github-attestations'],
      github: { apiUrl: api.apiUrl, token: 'ghs_test', repository: 'acme/app' },
      logger: recordingLogger(),
    });
    expect(result.problems).toEqual([]);
    expect(result.evidence).toEqual([
      {
        source: 'github-attestations',
        location: 'GitHub attestations API, acme/app, attestation 0, repository id 7',
        subjectDigest: imageDigest,
        form: { kind: 'bundle', bytes: Buffer.from(JSON.stringify(fakeBundle('one'))), mediaType: SIGSTORE_BUNDLE_V03 },
      },
      {
        source: 'github-attestations',
        location: 'GitHub attestations API, acme/app, attestation 1, repository id 7',
        subjectDigest: imageDigest,
        form: { kind: 'bundle', bytes: Buffer.from(JSON.stringify(fakeBundle('two'))), mediaType: SIGSTORE_BUNDLE_V03 },
      },
    ]);
    expect(api.requests).toHaveLength(1);
    const [request] = api.requests;
    expect(request?.url.pathname).toBe(path);
    expect(request?.url.searchParams.get('per_page')).toBe('100');
    expect(request?.headers.accept).toBe('application/vnd.github+json');
    expect(request?.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request?.headers.authorization).toBe('Bearer ghs_test');
    expect(reg.requests).toEqual([]);
    expect(result.requests).toBe(1);
  });

  it('treats 404 as no attestations, and sends no Authorization without a token', async () => {
    const api = await github({});
    const reg = await registryFake();
    const ref = parseImageReference(`${reg.host}/team/app@${imageDigest}`);
    const result = await discoverEvidence(client(), ref, imageDigest, {
      sources: ['github-attestations'],
      github: { apiUrl: api.apiUrl, repository: 'acme/app' },
      logger: recordingLogger(),
    });
    expect(result).toEqual({ evidence: [], problems: [], requests: 1 });
    expect(api.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('names the missing permission on 403 and a bad token on 401', async () => {
    const reg = await registryFake();
    const ref = parseImageReference(`${reg.host}/team/app@${imageDigest}`);
    for (const [status, expected] of [
      [
        403,
        'GitHub API denied reading the attestations of acme/app (HTTP 403): the token needs the "attestations: read" permission (in a workflow: permissions: attestations: read)',
      ],
      [401, 'GitHub API rejected the token for the attestations of acme/app (HTTP 401): it is invalid or expired'],
    ] as const) {
      const api = await github({ [path]: { status, body: { message: 'Resource not accessible by integration' } } });
      const result = await discoverEvidence(client(), ref, imageDigest, {
        sources: ['github-attestations'],
        github: { apiUrl: api.apiUrl, token: 'ghs_test', repository: 'acme/app' },
        logger: recordingLogger(),
      });
      expect(result.evidence).toEqual([]);
      expect(result.problems).toEqual([expected]);
    }
  });

  it('follows Link pages only up to the page cap, and never to another origin', async () => {
    let pages = 0;
    const api = await github({
      [path]: (request, apiUrl) => {
        pages++;
        const after = Number(request.url.searchParams.get('after') ?? '0');
        return {
          status: 200,
          body: { attestations: [{ bundle: fakeBundle(`page ${after}`), repository_id: 1 }] },
          headers: { link: `<${apiUrl}${path}?per_page=100&after=${after + 1}>; rel="next"` },
        };
      },
    });
    const reg = await registryFake();
    const ref = parseImageReference(`${reg.host}/team/app@${imageDigest}`);
    const options = { sources: ['github-attestations' as const], github: { apiUrl: api.apiUrl, repository: 'acme/app' }, logger: recordingLogger() };
    const result = await discoverEvidence(client(), ref, imageDigest, options);
    expect(pages).toBe(3);
    expect(result.evidence).toHaveLength(3);
    expect(result.problems).toEqual([`GitHub lists more attestations for ${imageDigest} in acme/app than the 50 (or 3 pages) looked at`]);

    const elsewhere = await github({});
    const redirecting = await github({
      [path]: { status: 200, body: { attestations: [] }, headers: { link: `<${elsewhere.apiUrl}${path}?after=1>; rel="next"` } },
    });
    const away = await discoverEvidence(client(), ref, imageDigest, {
      ...options,
      github: { apiUrl: redirecting.apiUrl, token: 'ghs_secret', repository: 'acme/app' },
    });
    expect(away.problems).toEqual([expect.stringContaining('sent the next page of attestations to another host')]);
    expect(elsewhere.requests).toEqual([]);
  });

  it('reports answers it cannot use: no bundle at all, not JSON, a wrong shape, a server error', async () => {
    const reg = await registryFake();
    const ref = parseImageReference(`${reg.host}/team/app@${imageDigest}`);
    const cases: [GitHubRoutes[string], string][] = [
      [
        { status: 200, body: { attestations: [{ bundle: null, bundle_url: null, repository_id: 3 }] } },
        'GitHub attestations API, acme/app, attestation 0, repository id 3 carries neither a bundle nor a bundle_url; not verified',
      ],
      [{ status: 200, body: 'not json' }, 'GitHub API answered the attestations of acme/app with something that is not JSON'],
      [{ status: 200, body: { attestations: 'nope' } }, 'GitHub API answered the attestations of acme/app in an unexpected shape'],
      [{ status: 502, body: {} }, 'GitHub API answered HTTP 502 for the attestations of acme/app'],
    ];
    for (const [answer, expected] of cases) {
      const api = await github({ [path]: answer });
      const result = await discoverEvidence(client(), ref, imageDigest, {
        sources: ['github-attestations'],
        github: { apiUrl: api.apiUrl, repository: 'acme/app' },
        logger: recordingLogger(),
      });
      expect(result.evidence).toEqual([]);
      expect(result.problems).toEqual([expected]);
    }
  });

  it('refuses a plain-http API URL that is not loopback and a malformed repository, without a request', async () => {
    const reg = await registryFake();
    const ref = parseImageReference(`${reg.host}/team/app@${imageDigest}`);
    const plain = await discoverEvidence(client(), ref, imageDigest, {
      sources: ['github-attestations'],
      github: { apiUrl: 'http://api.github.example', token: 'ghs_secret', repository: 'acme/app' },
      logger: recordingLogger(),
    });
    expect(plain).toEqual({
      evidence: [],
      problems: ['The GitHub API URL http://api.github.example must use https (plain http is for loopback hosts only)'],
      requests: 0,
    });
    const api = await github({});
    const badRepo = await discoverEvidence(client(), ref, imageDigest, {
      sources: ['github-attestations'],
      github: { apiUrl: api.apiUrl, repository: 'acme/app/../../x' },
      logger: recordingLogger(),
    });
    expect(badRepo.problems).toEqual(['"acme/app/../../x" is not a GitHub repository (expected owner/repo)']);
    expect(api.requests).toEqual([]);
  });
});
