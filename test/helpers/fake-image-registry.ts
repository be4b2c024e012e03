/**
 * A fake registry that serves one small linux/amd64 image under every repository and tag it is asked
 * for, slowly enough that concurrent requests overlap, so a test can read how many were in flight.
 */
import { OCI, sha256 } from './oci-push.js';
import { send, sendManifest, startFakeServer, type FakeServer } from './registry-fake.js';

export const FAKE_CONFIG = Buffer.from(
  JSON.stringify({ architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z', rootfs: { type: 'layers', diff_ids: [] }, config: {} }),
);
export const FAKE_MANIFEST = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI.manifest,
    config: { mediaType: OCI.config, digest: sha256(FAKE_CONFIG), size: FAKE_CONFIG.length },
    layers: [],
  }),
);
export const FAKE_MANIFEST_DIGEST = sha256(FAKE_MANIFEST);

export async function startSlowImageRegistry(delayMs: number): Promise<FakeServer> {
  return startFakeServer(async (request, response) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const path = request.url.pathname;
    if (/^\/v2\/.+\/manifests\/[^/]+$/.test(path)) {
      sendManifest(request, response, FAKE_MANIFEST, { 'content-type': OCI.manifest, 'docker-content-digest': FAKE_MANIFEST_DIGEST });
    } else if (/^\/v2\/.+\/tags\/list$/.test(path)) {
      send(response, 200, JSON.stringify({ name: 'x', tags: ['1.0'] }), { 'content-type': 'application/json' });
    } else if (path.endsWith(`/blobs/${sha256(FAKE_CONFIG)}`)) {
      send(response, 200, FAKE_CONFIG);
    } else {
      send(response, 404, '{"errors":[{"code":"NOT_FOUND"}]}', { 'content-type': 'application/json' });
    }
  });
}
