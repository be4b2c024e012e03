import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { RegistryClient, type RegistryClientOptions } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { gateError } from '../helpers/gate-error.js';
import { OCI, sha256 } from '../helpers/oci-push.js';
import { send, sendManifest, SMALL_IMAGE, startFakeServer, type FakeHandler, type FakeServer } from '../helpers/registry-fake.js';

/** One small OCI image, served by the fake servers below. */
const { configBytes, configDigest, manifestBytes, manifestDigest } = SMALL_IMAGE;

/** No credentials from the machine's own ~/.docker may leak into these tests. */
const emptyDockerConfig = join(mkdtempSync(join(tmpdir(), 'gate-fake-')), 'config.json');
writeFileSync(emptyDockerConfig, '{}');

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: FakeHandler): Promise<FakeServer> {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

/** A registry that serves the image above honestly, unless `override` answers first. */
function honest(override?: FakeHandler): FakeHandler {
  return async (request, response) => {
    if (override) {
      await override(request, response);
      if (response.headersSent) return;
    }
    const path = request.url.pathname;
    if (path === '/v2/team/app/manifests/1.0' || path === `/v2/team/app/manifests/${manifestDigest}`) {
      sendManifest(request, response, manifestBytes, { 'content-type': OCI.manifest, 'docker-content-digest': manifestDigest });
    } else if (path === `/v2/team/app/blobs/${configDigest}`) {
      send(response, 200, configBytes);
    } else {
      send(response, 404, '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}', { 'content-type': 'application/json' });
    }
  };
}

function client(options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    logger: recordingLogger(),
    retryDelaysMs: [1, 1],
    dockerConfig: { path: emptyDockerConfig, required: true },
    ...options,
  });
}

describe('RegistryClient against a registry that lies', () => {
  it('serves the honest image (the baseline the other cases bend)', async () => {
    const server = await serve(honest());
    const pinned = await client().pin(parseImageReference(`${server.host}/team/app:1.0`));
    expect(pinned.digest).toBe(manifestDigest);
    expect(pinned.platforms[0]?.config.user).toBe('app');
    expect(server.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'HEAD /v2/team/app/manifests/1.0',
      `GET /v2/team/app/manifests/${manifestDigest}`,
      `GET /v2/team/app/blobs/${configDigest}`,
    ]);
    expect(server.requests[0]?.headers['user-agent']).toMatch(/^image-gate\/\d+\.\d+\.\d+/);
    expect(server.requests[0]?.headers.accept).toBe(
      'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json',
    );
  });

  it('refuses a manifest whose body does not hash to the digest asked for', async () => {
    const other = Buffer.from(manifestBytes.toString('utf8').replace('"size":2', '"size":3'));
    const server = await serve(
      honest((request, response) => {
        if (request.url.pathname.endsWith(`/manifests/${manifestDigest}`)) {
          sendManifest(request, response, other, { 'content-type': OCI.manifest, 'docker-content-digest': manifestDigest });
        }
      }),
    );
    const error = await gateError(client().pin(parseImageReference(`${server.host}/team/app:1.0`)));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(`Registry ${server.host} served content that does not match its digest for ${server.host}/team/app@${manifestDigest}`);
  });

  it('hashes the body when there is no Docker-Content-Digest, and catches a header that disagrees with it', async () => {
    const quiet = await serve(
      honest((request, response) => {
        if (request.url.pathname.endsWith('/manifests/1.0')) sendManifest(request, response, manifestBytes, { 'content-type': OCI.manifest });
      }),
    );
    expect((await client().resolve(parseImageReference(`${quiet.host}/team/app:1.0`))).digest).toBe(manifestDigest);
    expect(quiet.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);

    const lying = `sha256:${'e'.repeat(64)}`;
    const liar = await serve(
      honest((request, response) => {
        if (request.url.pathname.endsWith('/manifests/1.0')) {
          const headers: Record<string, string> = { 'content-type': OCI.manifest };
          if (request.method === 'GET') headers['docker-content-digest'] = lying;
          sendManifest(request, response, manifestBytes, headers);
        }
      }),
    );
    const error = await gateError(client().resolve(parseImageReference(`${liar.host}/team/app:1.0`)));
    expect(error.message).toBe(`Registry ${liar.host} served content that does not match its digest for ${liar.host}/team/app@${lying}`);
  });

  it('names the registry and reference when the manifest is not JSON, not a manifest, or of an unknown type', async () => {
    const bodies = {
      notJson: Buffer.from('{"schemaVersion": 2, oops'),
      badShape: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI.manifest, config: {}, layers: 'none' })),
      schema1: Buffer.from(JSON.stringify({ schemaVersion: 1, mediaType: 'application/vnd.docker.distribution.manifest.v1+prettyjws' })),
    };
    const server = await serve((request, response) => {
      const body = Object.values(bodies).find((candidate) => request.url.pathname.endsWith(sha256(candidate)));
      if (body) sendManifest(request, response, body, { 'content-type': OCI.manifest });
      else send(response, 404, '');
    });
    const ref = parseImageReference(`${server.host}/team/app`);
    const where = (body: Buffer): string => `manifest ${server.host}/team/app@${sha256(body)} on registry ${server.host}`;
    const notJson = await gateError(client().getManifest(ref, sha256(bodies.notJson)));
    expect(notJson.kind).toBe('infrastructure');
    expect(notJson.message).toBe(`${where(bodies.notJson)} is not valid JSON`);
    expect((await gateError(client().getManifest(ref, sha256(bodies.badShape)))).message).toBe(
      `${where(bodies.badShape)} is not a valid image manifest (config.mediaType: Invalid input: expected string, received undefined)`,
    );
    expect((await gateError(client().getManifest(ref, sha256(bodies.schema1)))).message).toBe(
      `${where(bodies.schema1)} has unsupported media type "application/vnd.docker.distribution.manifest.v1+prettyjws" (expected an OCI or Docker v2 manifest or index)`,
    );
  });

  it('blames the registry when an index names a manifest it does not have', async () => {
    const missing = `sha256:${'d'.repeat(64)}`;
    const indexBytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI.index,
        manifests: [{ mediaType: OCI.manifest, digest: missing, size: 10, platform: { os: 'linux', architecture: 'amd64' } }],
      }),
    );
    const server = await serve(
      honest((request, response) => {
        if (request.url.pathname.endsWith('/manifests/multi') || request.url.pathname.endsWith(`/manifests/${sha256(indexBytes)}`)) {
          sendManifest(request, response, indexBytes, { 'content-type': OCI.index, 'docker-content-digest': sha256(indexBytes) });
        }
      }),
    );
    const error = await gateError(client().pin(parseImageReference(`${server.host}/team/app:multi`)));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(
      `Registry ${server.host} has no manifest ${server.host}/team/app@${missing} (HTTP 404, MANIFEST_UNKNOWN) although a manifest refers to it`,
    );
  });

  it('retries 5xx and 429 a couple of times, then gives up naming the status', async () => {
    let failures = 2;
    const flaky = await serve(
      honest((_request, response) => {
        if (failures > 0) {
          failures--;
          send(response, failures === 1 ? 503 : 429, '');
        }
      }),
    );
    expect((await client().resolve(parseImageReference(`${flaky.host}/team/app:1.0`))).digest).toBe(manifestDigest);
    expect(flaky.requests).toHaveLength(3);

    const broken = await serve((_request, response) =>
      send(response, 500, '{"errors":[{"code":"UNKNOWN","message":"boom <script>"}]}', { 'content-type': 'application/json' }),
    );
    const error = await gateError(client().getManifest(parseImageReference(`${broken.host}/team/app`), '1.0'));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(`Registry ${broken.host} answered HTTP 500, UNKNOWN for manifest ${broken.host}/team/app:1.0 (3 attempts)`);
    expect(broken.requests).toHaveLength(3);
  });

  it('times out a registry that never answers', async () => {
    const silent = await serve(() => {
      /* never answers */
    });
    const error = await gateError(client({ timeoutMs: 200 }).resolve(parseImageReference(`${silent.host}/team/app:1.0`)));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(`Registry ${silent.host} did not answer within 200 ms for manifest ${silent.host}/team/app:1.0`);
  });

  it('says when a registry cannot be reached', async () => {
    const gone = await serve(() => {
      // Closed before anyone asks.
    });
    const host = gone.host;
    await gone.close();
    servers.splice(servers.indexOf(gone), 1);
    const error = await gateError(client().resolve(parseImageReference(`${host}/team/app:1.0`)));
    expect(error.message).toBe(`Could not reach registry ${host} for manifest ${host}/team/app:1.0: ECONNREFUSED`);
  });

  it('refuses manifests over the size cap, declared or streamed', async () => {
    const huge = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
    const declared = await serve((request, response) => sendManifest(request, response, huge, { 'content-type': OCI.manifest }));
    const tooBig = await gateError(client().getManifest(parseImageReference(`${declared.host}/team/app`), sha256(huge)));
    expect(tooBig.message).toBe(
      `Registry ${declared.host} served more than 4194304 bytes for manifest ${declared.host}/team/app@${sha256(huge)} on registry ${declared.host}; refusing it`,
    );
    const streamed = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': OCI.manifest });
      response.end(huge);
    });
    expect((await gateError(client().getManifest(parseImageReference(`${streamed.host}/team/app`), '1.0'))).message).toMatch(
      /served more than 4194304 bytes/,
    );
  });
});

describe('RegistryClient Bearer token flow', () => {
  /** A registry that wants a token for exactly repository:team/app:pull, and the token server that issues it. */
  async function tokenRegistry(options: { user?: string; password?: string; field: 'token' | 'access_token' }) {
    const tokenServer = await serve((request, response) => {
      const authorization = request.headers.authorization;
      const expected = options.user && `Basic ${Buffer.from(`${options.user}:${options.password ?? ''}`).toString('base64')}`;
      if (expected && authorization !== expected) {
        send(response, 401, '{"errors":[{"code":"UNAUTHORIZED"}]}');
      } else if (
        request.url.searchParams.get('scope') !== 'repository:team/app:pull' ||
        request.url.searchParams.get('service') !== 'fake-registry'
      ) {
        send(response, 400, 'bad scope');
      } else {
        send(response, 200, JSON.stringify({ [options.field]: 'tok-123', expires_in: 300 }));
      }
    });
    const registry = await serve(
      honest((request, response) => {
        if (request.headers.authorization !== 'Bearer tok-123') {
          send(response, 401, '{"errors":[{"code":"UNAUTHORIZED"}]}', {
            'www-authenticate': `Bearer realm="http://${tokenServer.host}/token",service="fake-registry",scope="repository:team/app:pull,push"`,
          });
        }
      }),
    );
    return { tokenServer, registry };
  }

  it('gets an anonymous pull token once and reuses it', async () => {
    const { tokenServer, registry } = await tokenRegistry({ field: 'token' });
    const pinned = await client().pin(parseImageReference(`${registry.host}/team/app:1.0`));
    expect(pinned.digest).toBe(manifestDigest);
    expect(tokenServer.requests).toHaveLength(1);
    expect(tokenServer.requests[0]?.headers.authorization).toBeUndefined();
    expect(tokenServer.requests[0]?.url.searchParams.get('scope')).toBe('repository:team/app:pull');
    // One 401, then every request carries the token.
    expect(registry.requests.map((r) => r.headers.authorization ?? '-')).toEqual(['-', 'Bearer tok-123', 'Bearer tok-123', 'Bearer tok-123']);
  });

  it('asks the token server with Basic credentials and accepts access_token', async () => {
    const { tokenServer, registry } = await tokenRegistry({ user: 'robot', password: 's3cret', field: 'access_token' });
    const logger = recordingLogger();
    const pinned = await client({ credentials: [{ registry: registry.host, username: 'robot', password: 's3cret' }], logger }).pin(
      parseImageReference(`${registry.host}/team/app:1.0`),
    );
    expect(pinned.platforms).toHaveLength(1);
    expect(tokenServer.requests).toHaveLength(1);
    expect(JSON.stringify(logger.lines)).not.toContain('s3cret');
  });

  it('fails clearly when the token server rejects the credentials, without the password', async () => {
    const { registry } = await tokenRegistry({ user: 'robot', password: 'right', field: 'token' });
    const error = await gateError(
      client({ credentials: [{ registry: registry.host, username: 'robot', password: 'wrong-pw-99' }] }).resolve(
        parseImageReference(`${registry.host}/team/app:1.0`),
      ),
    );
    expect(error.kind).toBe('config');
    expect(error.message).toBe(
      `Authentication to registry ${registry.host} failed as "robot" (from the given credentials) (HTTP 401, UNAUTHORIZED): check the username and password or token`,
    );
    expect(error.message).not.toContain('wrong-pw-99');
    const anonymous = await gateError(client().resolve(parseImageReference(`${registry.host}/team/app:1.0`)));
    expect(anonymous.message).toBe(
      `Registry ${registry.host} refused an anonymous pull token for team/app (HTTP 401, UNAUTHORIZED): it needs credentials (set registry credentials or run docker login)`,
    );
  });

  it('will not send anything to a plain-http token realm off this machine', async () => {
    const registry = await serve((_request, response) =>
      send(response, 401, '', { 'www-authenticate': 'Bearer realm="http://auth.example.invalid/token",service="x"' }),
    );
    const error = await gateError(
      client({ credentials: [{ registry: registry.host, username: 'u', password: 'p' }] }).resolve(
        parseImageReference(`${registry.host}/team/app:1.0`),
      ),
    );
    expect(error.message).toBe(
      'Refusing http://auth.example.invalid/token for a pull token for team/app from http://auth.example.invalid/token: only https is allowed for auth.example.invalid (plain http is for loopback hosts and insecure registries the user lists)',
    );
  });
});

describe('RegistryClient redirects', () => {
  it('follows a blob redirect to storage without the Authorization header or logging the signed URL', async () => {
    const storage = await serve((request, response) => {
      if (request.url.pathname === `/storage/${configDigest}`) send(response, 200, configBytes);
      else send(response, 404, '');
    });
    const registry = await serve(
      honest((request, response) => {
        if (request.headers.authorization !== `Basic ${Buffer.from('u:pw').toString('base64')}`) {
          send(response, 401, '', { 'www-authenticate': 'Basic realm="fake"' });
        } else if (request.url.pathname.includes('/blobs/')) {
          send(response, 307, '', { location: `http://${storage.host}/storage/${configDigest}?X-Amz-Signature=secret-signature` });
        }
      }),
    );
    const logger = recordingLogger();
    const pinned = await client({ credentials: [{ registry: registry.host, username: 'u', password: 'pw' }], logger }).pin(
      parseImageReference(`${registry.host}/team/app:1.0`),
    );
    expect(pinned.platforms[0]?.configDigest).toBe(configDigest);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
    expect(storage.requests[0]?.url.searchParams.get('X-Amz-Signature')).toBe('secret-signature');
    expect(JSON.stringify(logger.lines)).not.toContain('secret-signature');
    expect(logger.lines.map((line) => line.message)).toContain(`GET http://${storage.host}/storage/${configDigest} -> 200`);
  });

  it('refuses a redirect to plain http off this machine', async () => {
    const registry = await serve(
      honest((request, response) => {
        if (request.url.pathname.includes('/blobs/')) send(response, 302, '', { location: 'http://storage.example.invalid/blob' });
      }),
    );
    const error = await gateError(client().pin(parseImageReference(`${registry.host}/team/app:1.0`)));
    expect(error.message).toMatch(/^Refusing http:\/\/storage\.example\.invalid\/blob for blob sha256:[0-9a-f]{64} of .*: only https is allowed/);
  });
});
