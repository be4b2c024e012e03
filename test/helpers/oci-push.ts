/**
 * Pushes images and indexes to the test registry through the distribution HTTP API (monolithic blob
 * uploads, manifest PUTs), so tests get real digests from a real registry without Docker or network.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BasicAuth {
  username: string;
  password: string;
}

export type ImageFormat = 'oci' | 'docker';

/** A layer: files to put in a tar (path -> content), or a ready uncompressed tar. */
export type LayerInput = Record<string, string | Buffer> | Buffer;

export interface PushImageOptions {
  /** The config's User; omitted means the key is absent (root). */
  user?: string;
  /** Default: one layer with /etc/image-gate-test. */
  layers?: LayerInput[];
  /** os/arch[/variant], default linux/amd64. */
  platform?: string;
  auth?: BasicAuth;
  format?: ImageFormat;
  labels?: Record<string, string>;
  created?: string;
  /** Gzip the layers (default true, as Docker pushes them). */
  gzip?: boolean;
}

export interface PushedImage {
  repository: string;
  tag: string;
  /** Digest of the image manifest. */
  digest: string;
  mediaType: string;
  size: number;
  manifestBytes: Buffer;
  configDigest: string;
  configBytes: Buffer;
  diffIds: string[];
  layerDigests: string[];
  platform: { os: string; architecture: string; variant?: string };
}

export interface PushedIndex {
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
  size: number;
  bytes: Buffer;
}

export const OCI = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  layer: 'application/vnd.oci.image.layer.v1.tar',
} as const;

export const DOCKER = {
  index: 'application/vnd.docker.distribution.manifest.list.v2+json',
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  layer: 'application/vnd.docker.image.rootfs.diff.tar',
} as const;

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function authHeaders(auth: BasicAuth | undefined): Record<string, string> {
  return auth ? { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` } : {};
}

/** A minimal ustar archive of regular files, deterministic (mtime 0, root-owned). */
export function tarLayer(files: Record<string, string | Buffer>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    const path = name.replace(/^\/+/, '');
    if (Buffer.byteLength(path) > 100) throw new Error(`tarLayer: name too long: ${path}`);
    const header = Buffer.alloc(512);
    header.write(path, 0, 100, 'utf8');
    header.write('0000644\0', 100, 8, 'ascii');
    header.write('0000000\0', 108, 8, 'ascii');
    header.write('0000000\0', 116, 8, 'ascii');
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
    header.write('00000000000\0', 136, 12, 'ascii');
    header.write('        ', 148, 8, 'ascii');
    header.write('0', 156, 1, 'ascii');
    header.write('ustar\0', 257, 6, 'ascii');
    header.write('00', 263, 2, 'ascii');
    let checksum = 0;
    for (const byte of header) checksum += byte;
    header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** Monolithic upload: POST an upload session, then PUT the bytes with ?digest=. Returns the digest. */
export async function pushBlob(host: string, repository: string, bytes: Buffer, auth?: BasicAuth): Promise<string> {
  const digest = sha256(bytes);
  const start = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers: authHeaders(auth) });
  if (start.status !== 202) throw new Error(`starting a blob upload to ${host}/${repository} answered ${start.status}: ${await start.text()}`);
  await start.body?.cancel();
  const location = start.headers.get('location');
  if (!location) throw new Error('blob upload without a Location');
  const url = new URL(location, `http://${host}/`);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, {
    method: 'PUT',
    headers: { ...authHeaders(auth), 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
    body: bytes,
  });
  if (put.status !== 201) throw new Error(`uploading blob ${digest} answered ${put.status}: ${await put.text()}`);
  await put.body?.cancel();
  return digest;
}

export async function pushManifest(
  host: string,
  repository: string,
  reference: string,
  bytes: Buffer,
  mediaType: string,
  auth?: BasicAuth,
): Promise<string> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { ...authHeaders(auth), 'content-type': mediaType },
    body: bytes,
  });
  if (response.status !== 201) {
    throw new Error(`pushing manifest ${repository}:${reference} answered ${response.status}: ${await response.text()}`);
  }
  await response.body?.cancel();
  return sha256(bytes);
}

function splitPlatform(platform: string): PushedImage['platform'] {
  const [os, architecture, variant] = platform.split('/');
  if (!os || !architecture) throw new Error(`bad platform ${platform}`);
  return variant ? { os, architecture, variant } : { os, architecture };
}

export async function pushImage(host: string, repository: string, tag: string, options: PushImageOptions = {}): Promise<PushedImage> {
  const types = options.format === 'docker' ? DOCKER : OCI;
  const gzip = options.gzip ?? true;
  const platform = splitPlatform(options.platform ?? 'linux/amd64');
  const layerInputs = options.layers ?? [{ 'etc/image-gate-test': `${repository}:${tag} ${options.platform ?? 'linux/amd64'}\n` }];
  const diffIds: string[] = [];
  const layers: { mediaType: string; digest: string; size: number }[] = [];
  for (const input of layerInputs) {
    const tar = Buffer.isBuffer(input) ? input : tarLayer(input);
    diffIds.push(sha256(tar));
    const blob = gzip ? gzipSync(tar) : tar;
    const digest = await pushBlob(host, repository, blob, options.auth);
    layers.push({ mediaType: gzip ? types.layerGzip : types.layer, digest, size: blob.length });
  }
  const imageConfig: Record<string, unknown> = { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] };
  if (options.user !== undefined) imageConfig.User = options.user;
  if (options.labels) imageConfig.Labels = options.labels;
  const config = {
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant && { variant: platform.variant }),
    created: options.created ?? '2024-01-01T00:00:00Z',
    config: imageConfig,
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: diffIds.map(() => ({ created: options.created ?? '2024-01-01T00:00:00Z', created_by: 'oci-push test helper' })),
  };
  const configBytes = Buffer.from(JSON.stringify(config));
  const configDigest = await pushBlob(host, repository, configBytes, options.auth);
  const manifest = {
    schemaVersion: 2,
    mediaType: types.manifest,
    config: { mediaType: types.config, digest: configDigest, size: configBytes.length },
    layers,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const digest = await pushManifest(host, repository, tag, manifestBytes, types.manifest, options.auth);
  return {
    repository,
    tag,
    digest,
    mediaType: types.manifest,
    size: manifestBytes.length,
    manifestBytes,
    configDigest,
    configBytes,
    diffIds,
    layerDigests: layers.map((layer) => layer.digest),
    platform,
  };
}

export interface IndexEntry {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

/**
 * Pushes an index over already-pushed images (same repository). `extra` entries go in as given,
 * e.g. a BuildKit-style attestation manifest with platform unknown/unknown.
 */
export async function pushIndex(
  host: string,
  repository: string,
  tag: string,
  images: PushedImage[],
  options: { auth?: BasicAuth; format?: ImageFormat; extra?: IndexEntry[] } = {},
): Promise<PushedIndex> {
  const mediaType = options.format === 'docker' ? DOCKER.index : OCI.index;
  const manifests: IndexEntry[] = images.map((image) => ({
    mediaType: image.mediaType,
    digest: image.digest,
    size: image.size,
    platform: image.platform,
  }));
  manifests.push(...(options.extra ?? []));
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, manifests }));
  const digest = await pushManifest(host, repository, tag, bytes, mediaType, options.auth);
  return { repository, tag, digest, mediaType, size: bytes.length, bytes };
}

/** Where docker-registry's filesystem driver keeps a blob's bytes, so a test can corrupt them. */
export function registryBlobPath(dataDir: string, digest: string): string {
  const hex = digest.replace(/^sha256:/, '');
  return join(dataDir, 'docker', 'registry', 'v2', 'blobs', 'sha256', hex.slice(0, 2), hex, 'data');
}
