import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pinLocalImage } from '../../src/adapters/oci-archive/pin-local-image.js';
import { docker, importBusyboxBase } from '../helpers/docker-images.js';
import { gateError } from '../helpers/gate-error.js';
import { sha256 } from '../helpers/oci-push.js';

const work = mkdtempSync(join(tmpdir(), 'gate-local-image-'));

/** A minimal OCI layout: one image manifest and its config, which runs as `app`; no layers. */
function ociLayout(name: string, options: { manifests?: number; tamper?: boolean } = {}): { dir: string; digest: string; configDigest: string } {
  const dir = join(work, name);
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', config: { User: 'app' }, rootfs: { type: 'layers', diff_ids: [] } }),
  );
  writeFileSync(join(dir, 'blobs', 'sha256', sha256(config).slice('sha256:'.length)), config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [],
    }),
  );
  const digest = sha256(manifest);
  const hex = digest.slice('sha256:'.length);
  writeFileSync(join(dir, 'blobs', 'sha256', hex), options.tamper ? Buffer.concat([manifest, Buffer.from(' ')]) : manifest);
  const entry = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: manifest.length };
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: Array(options.manifests ?? 1).fill(entry) }));
  return { dir, digest, configDigest: sha256(config) };
}

function tarOf(dir: string, name: string): string {
  const path = join(work, name);
  const made = spawnSync('tar', ['-C', dir, '-cf', path, '.'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  return path;
}

describe('pinLocalImage', () => {
  it('pins an OCI layout folder to the manifest its index names', async () => {
    const { dir, digest, configDigest } = ociLayout('layout');
    expect(await pinLocalImage(dir)).toEqual({ format: 'oci-layout', digest, configDigest, user: 'app' });
  });

  it('pins an OCI archive the same way', async () => {
    const { dir, digest, configDigest } = ociLayout('for-archive');
    expect(await pinLocalImage(tarOf(dir, 'oci.tar'))).toEqual({ format: 'oci-archive', digest, configDigest, user: 'app' });
  });

  it('refuses a manifest blob that does not match its digest', async () => {
    const { dir, digest } = ociLayout('tampered', { tamper: true });
    const error = await gateError(pinLocalImage(dir));
    expect(error.message).toContain(`does not match its digest ${digest}`);
  });

  it('refuses a layout that holds several images', async () => {
    const { dir } = ociLayout('two', { manifests: 2 });
    expect((await gateError(pinLocalImage(dir))).message).toContain('holds 2 images in index.json; the gate judges exactly one');
  });

  it('refuses what is neither a layout nor an archive, and a path that does not exist', async () => {
    const text = join(work, 'not-an-image.txt');
    writeFileSync(text, 'hello');
    expect((await gateError(pinLocalImage(text))).message).toContain(`Input ${text} is neither an OCI layout folder nor a docker or OCI archive`);
    expect((await gateError(pinLocalImage(join(work, 'missing.tar')))).message).toContain('cannot be read: ENOENT');
  });

  describe('a docker-archive from `docker save`', () => {
    let archive: string;
    let imageId: string;
    beforeAll(() => {
      const dockerHost = inject('dockerHost');
      importBusyboxBase(dockerHost, 'gate-local/busybox:base');
      imageId = docker(dockerHost, ['image', 'inspect', '-f', '{{.Id}}', 'gate-local/busybox:base']);
      archive = join(work, 'saved.tar');
      docker(dockerHost, ['save', '-o', archive, 'gate-local/busybox:base']);
    }, 120_000);

    it('is pinned to its config digest, the image ID', async () => {
      // The busybox base has no USER: it runs as root.
      expect(await pinLocalImage(archive)).toEqual({ format: 'docker-archive', digest: imageId, configDigest: imageId, user: '' });
    });
  });
});
