import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { gateError } from '../helpers/gate-error.js';
import { DOCKER, OCI, pushBlob, pushImage, pushIndex, pushManifest, registryBlobPath, sha256 } from '../helpers/oci-push.js';

const host = inject('registryHost');
const dataDir = inject('registryDataDir');

function uniqueRepo(name: string): string {
  return `it-${randomBytes(4).toString('hex')}/${name}`;
}

function client(): RegistryClient {
  return new RegistryClient({ logger: recordingLogger(), retryDelaysMs: [] });
}

/** Flips every byte of a stored blob, keeping its length, so only the digest check can notice. */
function corrupt(digest: string): void {
  const path = registryBlobPath(dataDir, digest);
  const bytes = readFileSync(path);
  writeFileSync(path, Buffer.from(bytes.map((byte) => byte ^ 0x20)));
}

describe('RegistryClient against docker-registry', () => {
  it('resolves a tag to the digest of what was pushed', async () => {
    const repo = uniqueRepo('app');
    const image = await pushImage(host, repo, '1.0');
    const resolved = await client().resolve(parseImageReference(`${host}/${repo}:1.0`));
    expect(resolved).toEqual({ digest: image.digest, mediaType: OCI.manifest, size: image.size });
  });

  it('pins a single-platform image with its config facts', async () => {
    const repo = uniqueRepo('debian-buster');
    const image = await pushImage(host, repo, '1.0', {
      user: '1000:1000',
      labels: { 'org.opencontainers.image.source': 'https://example.test/app' },
      layers: [{ 'etc/os-release': 'ID=debian\nVERSION_ID="10"\n' }, { 'app/run.sh': '#!/bin/sh\n' }],
    });
    const pinned = await client().pin(parseImageReference(`${host}/${repo}:1.0`));
    expect(pinned.digest).toBe(image.digest);
    expect(pinned.reference).toEqual({ registry: host, repository: repo, tag: '1.0', digest: image.digest });
    expect(pinned.mediaType).toBe(OCI.manifest);
    expect(pinned.platforms).toHaveLength(1);
    const [only] = pinned.platforms;
    expect(only).toMatchObject({ platform: 'linux/amd64', digest: image.digest, configDigest: image.configDigest });
    expect(only?.config).toEqual({
      architecture: 'amd64',
      os: 'linux',
      created: '2024-01-01T00:00:00Z',
      user: '1000:1000',
      diffIds: image.diffIds,
      labels: { 'org.opencontainers.image.source': 'https://example.test/app' },
    });
    expect(only?.layers.map((layer) => layer.digest)).toEqual(image.layerDigests);
  });

  it('reads Docker v2 manifests and manifest lists too, and a config without User', async () => {
    const repo = uniqueRepo('docker-format');
    const amd64 = await pushImage(host, repo, 'amd64', { format: 'docker' });
    const list = await pushIndex(host, repo, 'multi', [amd64], { format: 'docker' });
    const pinned = await client().pin(parseImageReference(`${host}/${repo}:multi`));
    expect(pinned.mediaType).toBe(DOCKER.index);
    expect(pinned.digest).toBe(list.digest);
    expect(pinned.platforms.map((p) => [p.platform, p.digest, p.mediaType])).toEqual([['linux/amd64', amd64.digest, DOCKER.manifest]]);
    expect(pinned.platforms[0]?.config.user).toBeUndefined();
  });

  it('follows an index to both platforms, skipping the attestation manifest', async () => {
    const repo = uniqueRepo('multi');
    const amd64 = await pushImage(host, repo, 'amd64-only', { platform: 'linux/amd64', user: 'app' });
    const arm64 = await pushImage(host, repo, 'arm64-only', { platform: 'linux/arm64/v8', user: 'root' });
    // A BuildKit-style attestation: an artifact whose config is not an image config.
    const emptyConfig = Buffer.from('{}');
    const emptyDigest = await pushBlob(host, repo, emptyConfig);
    const attestationBytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI.manifest,
        config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: emptyDigest, size: emptyConfig.length },
        layers: [],
      }),
    );
    const attestation = await pushManifest(host, repo, sha256(attestationBytes), attestationBytes, OCI.manifest);
    const index = await pushIndex(host, repo, '2.0', [amd64, arm64], {
      extra: [
        {
          mediaType: OCI.manifest,
          digest: attestation,
          size: attestationBytes.length,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd64.digest },
        },
      ],
    });
    const ref = parseImageReference(`${host}/${repo}:2.0`);
    const pinned = await client().pin(ref);
    expect(pinned.digest).toBe(index.digest);
    expect(pinned.mediaType).toBe(OCI.index);
    expect(pinned.platforms.map((p) => ({ platform: p.platform, digest: p.digest, arch: p.config.architecture, user: p.config.user }))).toEqual([
      { platform: 'linux/amd64', digest: amd64.digest, arch: 'amd64', user: 'app' },
      { platform: 'linux/arm64/v8', digest: arm64.digest, arch: 'arm64', user: 'root' },
    ]);
    expect(pinned.platforms[1]?.config.diffIds).toEqual(arm64.diffIds);

    const arm = await client().pin(ref, { platform: 'linux/arm64' });
    expect(arm.digest).toBe(index.digest);
    expect(arm.platforms.map((p) => p.digest)).toEqual([arm64.digest]);
    expect((await client().pin(ref, { platform: 'linux/arm64/v8' })).platforms[0]?.digest).toBe(arm64.digest);
    expect((await client().pin(ref, { platform: 'linux/amd64' })).platforms[0]?.digest).toBe(amd64.digest);

    const missing = await gateError(client().pin(ref, { platform: 'linux/s390x' }));
    expect(missing.kind).toBe('config');
    expect(missing.message).toBe(`Image ${host}/${repo}:2.0 has no linux/s390x variant (it has: linux/amd64, linux/arm64/v8)`);
    expect((await gateError(client().pin(ref, { platform: 'linux' }))).message).toContain('Invalid platform "linux"');
  });

  it('checks that a single image matches the platform asked for', async () => {
    const repo = uniqueRepo('single');
    await pushImage(host, repo, '1', { platform: 'linux/arm64' });
    const ref = parseImageReference(`${host}/${repo}:1`);
    expect((await client().pin(ref, { platform: 'linux/arm64' })).platforms).toHaveLength(1);
    expect((await gateError(client().pin(ref, { platform: 'linux/amd64' }))).message).toBe(
      `Image ${host}/${repo}:1 is for linux/arm64, not linux/amd64`,
    );
  });

  it('pins a reference that already has a digest to that digest, after checking it exists', async () => {
    const repo = uniqueRepo('by-digest');
    const image = await pushImage(host, repo, 'x');
    await pushImage(host, repo, 'y', { user: 'moved' });
    // The tag says y's digest could be anything: the digest wins, as with docker pull.
    const pinned = await client().pin(parseImageReference(`${host}/${repo}:y@${image.digest}`));
    expect(pinned.digest).toBe(image.digest);
    expect(pinned.platforms[0]?.config.user).toBeUndefined();

    const absent = `sha256:${'0'.repeat(64)}`;
    const error = await gateError(client().resolve(parseImageReference(`${host}/${repo}@${absent}`)));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(`Image ${host}/${repo}@${absent} not found on registry ${host} (HTTP 404)`);
  });

  it('reports an unknown tag or repository as not found, naming it', async () => {
    const repo = uniqueRepo('known');
    await pushImage(host, repo, 'exists');
    const tag = await gateError(client().pin(parseImageReference(`${host}/${repo}:nope`)));
    expect(tag.kind).toBe('config');
    expect(tag.message).toBe(`Image ${host}/${repo}:nope not found on registry ${host} (HTTP 404)`);
    const manifest = await gateError(client().getManifest(parseImageReference(`${host}/${repo}`), 'nope'));
    expect(manifest.message).toBe(`Image ${host}/${repo}:nope not found on registry ${host} (HTTP 404, MANIFEST_UNKNOWN)`);
    const noRepo = await gateError(client().pin(parseImageReference(`${host}/never/pushed`)));
    expect(noRepo.message).toBe(`Image ${host}/never/pushed:latest not found on registry ${host} (HTTP 404)`);
  });

  it('refuses a config blob whose bytes on disk no longer match its digest', async () => {
    const repo = uniqueRepo('corrupt-config');
    const image = await pushImage(host, repo, '1.0', { user: 'app' });
    corrupt(image.configDigest);
    const error = await gateError(client().pin(parseImageReference(`${host}/${repo}:1.0`)));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(`Registry ${host} served content that does not match its digest for ${host}/${repo}@${image.configDigest}`);
  });

  it('refuses a manifest whose bytes on disk no longer match its digest', async () => {
    const repo = uniqueRepo('corrupt-manifest');
    const image = await pushImage(host, repo, '1.0');
    // Still a valid manifest (the registry parses it before serving), only no longer the pushed bytes.
    const path = registryBlobPath(dataDir, image.digest);
    const text = readFileSync(path, 'utf8');
    const last = image.configDigest.slice(-1);
    writeFileSync(path, text.replace(image.configDigest, image.configDigest.slice(0, -1) + (last === '0' ? '1' : '0')));
    const error = await gateError(client().pin(parseImageReference(`${host}/${repo}:1.0`)));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(`Registry ${host} served content that does not match its digest for ${host}/${repo}@${image.digest}`);
  });

  it('caps blob downloads and verifies them', async () => {
    const repo = uniqueRepo('blob');
    const bytes = randomBytes(4096);
    const digest = await pushBlob(host, repo, bytes);
    const ref = parseImageReference(`${host}/${repo}`);
    expect((await client().getBlob(ref, digest, 4096)).equals(bytes)).toBe(true);
    const tooBig = await gateError(client().getBlob(ref, digest, 4095));
    expect(tooBig.message).toBe(`Registry ${host} served more than 4095 bytes for blob ${digest} of ${host}/${repo}; refusing it`);
    const unknown = `sha256:${'1'.repeat(64)}`;
    const missing = await gateError(client().getBlob(ref, unknown, 10));
    expect(missing.kind).toBe('infrastructure');
    expect(missing.message).toBe(
      `Registry ${host} has no blob ${unknown} of ${host}/${repo} (HTTP 404, BLOB_UNKNOWN) although a manifest refers to it`,
    );
  });
});
