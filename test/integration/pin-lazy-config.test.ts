/**
 * Pinning reads manifests only; a platform's config is fetched when a check asks for it, once, and is still
 * checked against the manifest's digest then. Against a recording fake registry (to count requests) and a
 * config that does not hash to its digest.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { recordingLogger } from '../../src/core/model/logger.js';
import { pinRegistryImage } from '../../src/app/check/acquire-scan.js';
import { createRunContext } from '../../src/app/context.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { gateError } from '../helpers/gate-error.js';
import { OCI } from '../helpers/oci-push.js';
import { send, sendManifest, SMALL_IMAGE, startFakeServer, type FakeServer } from '../helpers/registry-fake.js';

const { configBytes, configDigest, manifestBytes, manifestDigest } = SMALL_IMAGE;

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Serves the image above; `served` is what the config blob's URL answers with. */
async function registry(served: Buffer = configBytes): Promise<FakeServer> {
  const server = await startFakeServer((request, response) => {
    const path = request.url.pathname;
    if (path === '/v2/team/app/manifests/1.0' || path === `/v2/team/app/manifests/${manifestDigest}`) {
      sendManifest(request, response, manifestBytes, { 'content-type': OCI.manifest, 'docker-content-digest': manifestDigest });
    } else if (path === `/v2/team/app/blobs/${configDigest}`) {
      send(response, 200, served);
    } else {
      send(response, 404, '{"errors":[{"code":"NOT_FOUND"}]}', { 'content-type': 'application/json' });
    }
  });
  servers.push(server);
  return server;
}

async function pin(server: FakeServer, platform = '') {
  const image = `${server.host}/team/app:1.0`;
  const config = parseConfig((name) => (name === 'image' ? image : name === 'platform' ? platform : ''), {
    workspace: '/ws',
    tempDir: '/tmp/gate',
  });
  const environment = createRunContext({ config, env: {}, logger: recordingLogger(), workspace: '/ws', tempDir: '/tmp/gate' });
  const platforms = await pinRegistryImage(parseImageReference(image), config, environment);
  // A single-manifest image is its own one platform.
  expect(platforms).toHaveLength(1);
  const [only] = platforms;
  if (!only) throw new Error('no platform pinned');
  return only;
}

const blobRequests = (server: FakeServer): string[] =>
  server.requests.filter((request) => request.url.pathname.includes('/blobs/')).map((request) => `${request.method} ${request.url.pathname}`);

describe('pinRegistryImage reads the config lazily', () => {
  it('pins by manifests alone, then fetches the config on the first call only', async () => {
    const server = await registry();
    const pinned = await pin(server);
    expect(pinned.digest).toBe(manifestDigest);
    expect(pinned.platformManifest.digest).toBe(manifestDigest);
    expect(blobRequests(server)).toEqual([]);
    const [first, second] = await Promise.all([pinned.platformImage(), pinned.platformImage()]);
    expect(first.config.user).toBe('app');
    expect(first.configDigest).toBe(configDigest);
    expect(second).toBe(first);
    expect(await pinned.platformImage()).toBe(first);
    expect(blobRequests(server)).toEqual([`GET /v2/team/app/blobs/${configDigest}`]);
  });

  it('still refuses a config that does not hash to the digest its manifest names, when it is read', async () => {
    const server = await registry(Buffer.from(configBytes.toString('utf8').replace('"app"', '"0"')));
    const pinned = await pin(server);
    const error = await gateError(pinned.platformImage());
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(`Registry ${server.host} served content that does not match its digest for ${server.host}/team/app@${configDigest}`);
    // Once: the failed read is not retried behind the caller's back.
    expect((await gateError(pinned.platformImage())).message).toBe(error.message);
    expect(blobRequests(server)).toHaveLength(1);
  });

  it("checks a required platform against a single-platform image's config when the config is read", async () => {
    const server = await registry();
    const pinned = await pin(server, 'linux/arm64');
    expect(blobRequests(server)).toEqual([]);
    const error = await gateError(pinned.platformImage());
    expect(error.kind).toBe('config');
    expect(error.message).toBe(`Image ${server.host}/team/app:1.0 is for linux/amd64, not linux/arm64`);
  });
});
