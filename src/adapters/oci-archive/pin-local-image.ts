/**
 * Pins an image given as files (the `input` input) to one digest before Trivy reads it, as registry
 * and daemon images are: an OCI layout folder or OCI archive is pinned to the manifest its index.json
 * names, a docker-archive to its config digest (the image ID). Every blob read is hashed and checked.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { INPUT_LIMITS, InputFileError, readInputFile } from '../files/index.js';
import { configError, describeError, errorMessage } from '../../core/model/errors.js';
import { TarIndex } from './tar-index.js';

export interface PinnedLocalImage {
  format: 'oci-layout' | 'oci-archive' | 'docker-archive';
  /** sha256:… of the image manifest (OCI) or of the image config (docker-archive). */
  digest: string;
  /** sha256:… of the image config that was read and hashed: the image ID Trivy must report for this image. */
  configDigest: string;
  /** The image config's User, read from the config blob that was hashed and checked; '' is root. */
  user: string;
}

const SMALL_FILE_MAX_BYTES = INPUT_LIMITS.layoutFile;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Reads one small file of the image, wherever it lives (folder or tar). */
type ReadFile = (name: string) => Promise<Buffer>;

export async function pinLocalImage(path: string): Promise<PinnedLocalImage> {
  const info = await stat(path).catch((error: unknown) => {
    throw configError(`Input ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  });
  if (info.isDirectory()) {
    const read: ReadFile = async (name) =>
      readInputFile(join(path, name), { what: `OCI layout file`, maxBytes: SMALL_FILE_MAX_BYTES }).catch((error: unknown) => {
        if (error instanceof InputFileError && error.problem === 'missing')
          throw configError(`Input ${path} is not an OCI layout: ${name} is missing`);
        throw configError(`Input ${path}: ${describeError(error)}`, error);
      });
    return { format: 'oci-layout', ...(await pinOciIndex(path, read)) };
  }
  // An archive is read by offset: a FIFO would hang the reader, a device would never end.
  if (!info.isFile()) throw configError(`Input ${path} is neither a folder nor a regular file`);
  let tar: TarIndex;
  try {
    tar = await TarIndex.read(path);
  } catch (error) {
    throw configError(`Input ${path} is neither an OCI layout folder nor a docker or OCI archive: ${errorMessage(error)}`);
  }
  if (tar.names().length === 0) {
    throw configError(`Input ${path} is neither an OCI layout folder nor a docker or OCI archive: it holds no tar entries`);
  }
  const read: ReadFile = async (name) => {
    try {
      return await tar.file(name, SMALL_FILE_MAX_BYTES);
    } catch (error) {
      throw configError(`Input ${path}: ${errorMessage(error)}`);
    }
  };
  // `docker save` from Docker 25 on writes both; the OCI index names the manifest, which is the stronger pin.
  if (tar.has('index.json') && tar.has('oci-layout')) return { format: 'oci-archive', ...(await pinOciIndex(path, read)) };
  if (tar.has('manifest.json')) return { format: 'docker-archive', ...(await pinDockerArchive(path, read)) };
  throw configError(`Input ${path} is a tar file but holds neither index.json (OCI) nor manifest.json (docker-archive)`);
}

type Pin = Omit<PinnedLocalImage, 'format'>;

async function pinOciIndex(path: string, read: ReadFile): Promise<Pin> {
  const index = parseJson(await read('index.json'), path, 'index.json') as { manifests?: unknown };
  const manifests = Array.isArray(index.manifests) ? (index.manifests as { digest?: unknown }[]) : undefined;
  if (!manifests) throw configError(`Input ${path}: index.json has no manifests list`);
  if (manifests.length !== 1) {
    throw configError(`Input ${path} holds ${manifests.length} images in index.json; the gate judges exactly one`);
  }
  const digest = manifests[0]?.digest;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) {
    throw configError(`Input ${path}: index.json names no sha256 manifest digest`);
  }
  const manifest = parseJson(await readBlob(read, digest, path), path, `manifest ${digest}`) as { config?: { digest?: unknown } };
  const configDigest = manifest.config?.digest;
  if (typeof configDigest !== 'string' || !DIGEST.test(configDigest)) {
    throw configError(
      `Input ${path}: manifest ${digest} is not an image manifest with a sha256 config (an index of several images is not supported)`,
    );
  }
  return { digest, configDigest, user: userOf(await readBlob(read, configDigest, path), path) };
}

function readBlob(read: ReadFile, digest: string, path: string): Promise<Buffer> {
  return readVerified(read, `blobs/sha256/${digest.slice('sha256:'.length)}`, digest, path);
}

function userOf(configBytes: Buffer, path: string): string {
  const config = parseJson(configBytes, path, 'the image config') as { config?: { User?: unknown } | null };
  const user = config.config?.User;
  return typeof user === 'string' ? user : '';
}

async function pinDockerArchive(path: string, read: ReadFile): Promise<Pin> {
  const manifest = parseJson(await read('manifest.json'), path, 'manifest.json');
  if (!Array.isArray(manifest) || manifest.length !== 1) {
    throw configError(`Input ${path}: manifest.json must list exactly one image`);
  }
  const config = (manifest[0] as { Config?: unknown }).Config;
  if (typeof config !== 'string') throw configError(`Input ${path}: manifest.json names no Config`);
  // The config's file name is its hex digest (`<hex>.json`, or `blobs/sha256/<hex>` since Docker 25).
  const hex = /([a-f0-9]{64})(\.json)?$/.exec(config)?.[1];
  if (!hex) throw configError(`Input ${path}: the config file name "${config}" carries no sha256 digest`);
  const digest = `sha256:${hex}`;
  return { digest, configDigest: digest, user: userOf(await readVerified(read, config, digest, path), path) };
}

async function readVerified(read: ReadFile, name: string, digest: string, path: string): Promise<Buffer> {
  const bytes = await read(name);
  const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (actual !== digest) throw configError(`Input ${path}: ${name} does not match its digest ${digest} (it hashes to ${actual})`);
  return bytes;
}

function parseJson(bytes: Buffer, path: string, name: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw configError(`Input ${path}: ${name} is not valid JSON`);
  }
}
