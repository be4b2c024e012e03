/**
 * The local Docker daemon as an image source: inspect the image, `docker save` it to a docker-archive
 * that Trivy scans with `--input`, and check the archive holds the image that was inspected.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Docker from 'dockerode';
import { INPUT_LIMITS, readInputFile } from '../files/index.js';
import { configError, describeError, errorMessage, GateError, infrastructureError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import { parseImageConfig } from '../registry/index.js';
import { TarIndex } from '../oci-archive/index.js';

export interface ExportOptions {
  /**
   * unix:///path/to/docker.sock or tcp://host:port: the docker-host input, else DOCKER_HOST (both resolved by
   * the caller, see RunContext); the default socket when absent.
   */
  dockerHost?: string;
  /** TLS for a tcp:// host; none when absent. */
  tls?: DockerTls;
  logger: Logger;
}

/** TLS to a tcp:// daemon, as the docker CLI takes it from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH. */
export interface DockerTls {
  /** DOCKER_TLS_VERIFY is set (and not "0"). */
  verify: boolean;
  /** DOCKER_CERT_PATH: the folder holding ca.pem, cert.pem and key.pem. */
  certPath?: string;
}

export interface DaemonImage {
  /** The daemon's image ID: the config digest with the classic image store, which is what the image is pinned to. */
  imageId: string;
  /** sha256 of the config in the exported archive (equals imageId with the classic store). */
  configDigest: string;
  repoDigests: string[];
  archivePath: string;
  /** The config's User as written; "" or absent runs as root. */
  user?: string;
  diffIds: string[];
}

const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
const CONFIG_MAX_BYTES = 8 * 1024 * 1024;

/** Turns a Docker host URL into dockerode options; TLS as the docker CLI does with DOCKER_TLS_VERIFY. */
export async function dockerConnection(dockerHost: string, tls: DockerTls = { verify: false }): Promise<Docker.DockerOptions> {
  const invalid = (why: string): GateError =>
    configError(`Invalid Docker host "${dockerHost}": ${why} (expected unix:///path/to/docker.sock or tcp://host:port)`);
  if (dockerHost.startsWith('unix://')) {
    const socketPath = dockerHost.slice('unix://'.length);
    if (!socketPath.startsWith('/')) throw invalid('the socket path must be absolute');
    return { socketPath };
  }
  if (dockerHost.startsWith('npipe://')) {
    return { socketPath: dockerHost.slice('npipe://'.length) || '//./pipe/docker_engine' };
  }
  if (!dockerHost.startsWith('tcp://')) throw invalid('unsupported scheme');
  let url: URL;
  try {
    url = new URL(dockerHost);
  } catch {
    throw invalid('not a URL');
  }
  if (!url.hostname || !url.port) throw invalid('host and port are required');
  if (!tls.verify) return { host: url.hostname, port: Number(url.port), protocol: 'http' };
  const certDir = tls.certPath;
  if (!certDir) throw configError('DOCKER_TLS_VERIFY is set but DOCKER_CERT_PATH is not');
  try {
    const [ca, cert, key] = await Promise.all(
      ['ca.pem', 'cert.pem', 'key.pem'].map((file) => readInputFile(join(certDir, file), { what: 'Docker TLS file', maxBytes: INPUT_LIMITS.tlsPem })),
    );
    return { host: url.hostname, port: Number(url.port), protocol: 'https', ca, cert, key };
  } catch (error) {
    throw configError(`Cannot read the Docker TLS certificates in ${certDir}: ${describeError(error)}`, error);
  }
}

interface DockerodeError {
  statusCode?: number;
  code?: string;
  json?: { message?: unknown } | null;
}

function daemonFailure(error: unknown, host: string, action: string): GateError {
  if (error instanceof GateError) return error;
  const details = (error ?? {}) as DockerodeError;
  if (typeof details.code === 'string') {
    return infrastructureError(`Cannot reach the Docker daemon at ${host} (${details.code})`, error);
  }
  const message = typeof details.json?.message === 'string' ? `: ${details.json.message}` : '';
  const status = details.statusCode ? `HTTP ${details.statusCode}` : errorMessage(error);
  return infrastructureError(`The Docker daemon at ${host} failed to ${action} (${status}${message})`, error);
}

interface ArchiveManifestEntry {
  Config: string;
  Layers: string[];
}

/** The one image in a `docker save` of one image: manifest.json's entry, its config, and the config's digest. */
async function readArchive(path: string): Promise<{ configDigest: string; configBytes: Buffer; layers: number }> {
  const tar = await TarIndex.read(path);
  if (!tar.has('manifest.json')) throw new Error('manifest.json is missing');
  const manifest: unknown = JSON.parse((await tar.file('manifest.json', MANIFEST_MAX_BYTES)).toString('utf8'));
  if (!Array.isArray(manifest) || manifest.length !== 1) throw new Error('manifest.json must list exactly one image');
  const entry = manifest[0] as Partial<ArchiveManifestEntry>;
  if (typeof entry.Config !== 'string' || !Array.isArray(entry.Layers)) throw new Error('manifest.json has no Config or Layers');
  const configBytes = await tar.file(entry.Config, CONFIG_MAX_BYTES);
  const configDigest = `sha256:${createHash('sha256').update(configBytes).digest('hex')}`;
  return { configDigest, configBytes, layers: entry.Layers.length };
}

/**
 * What we read of `docker image inspect`. Go writes an empty slice as null and daemons differ in what they
 * include, so the lists may be missing whatever @types/dockerode says.
 */
type InspectedImage = Pick<Docker.ImageInspectInfo, 'Id'> & {
  RootFS?: { Layers?: string[] | null };
  RepoDigests?: string[] | null;
};

/**
 * Saves a daemon image to destPath as a docker-archive. The image is exported by the ID inspect
 * returned, so a tag moved in between cannot swap the image; the archive is then checked against it.
 */
export async function exportDaemonImage(name: string, destPath: string, options: ExportOptions): Promise<DaemonImage> {
  const host = options.dockerHost ?? DEFAULT_DOCKER_HOST;
  const docker = new Docker(await dockerConnection(host, options.tls));
  let info: InspectedImage;
  try {
    info = await docker.getImage(name).inspect();
  } catch (error) {
    if ((error as DockerodeError).statusCode === 404) {
      throw configError(`Image "${name}" is not in the Docker daemon at ${host} (build or pull it first)`);
    }
    throw daemonFailure(error, host, `inspect image "${name}"`);
  }
  const imageId = info.Id;
  options.logger.debug(`Image "${name}" is ${imageId} in the Docker daemon at ${host}; exporting it to ${destPath}`);
  try {
    const stream = await docker.getImage(imageId).get();
    await pipeline(stream, createWriteStream(destPath));
  } catch (error) {
    throw daemonFailure(error, host, `export image "${name}"`);
  }

  let archive: Awaited<ReturnType<typeof readArchive>>;
  try {
    archive = await readArchive(destPath);
  } catch (error) {
    throw infrastructureError(
      `The Docker daemon at ${host} exported "${name}" as an archive that is not a valid docker-archive: ${errorMessage(error)}`,
      error,
    );
  }
  const config = parseImageConfig(archive.configBytes, `the config of "${name}" exported from the Docker daemon`);
  const inspectedDiffIds = info.RootFS?.Layers ?? [];
  if (config.diffIds.join(',') !== inspectedDiffIds.join(',') || archive.layers !== config.diffIds.length) {
    throw infrastructureError(`The Docker daemon at ${host} exported layers of "${name}" that differ from the image it inspected`);
  }
  if (archive.configDigest !== imageId) {
    // With the containerd image store the ID is the manifest digest; the layers above still tie the two together.
    options.logger.debug(`Image ID ${imageId} of "${name}" is not its config digest ${archive.configDigest}`);
  }
  const result: DaemonImage = {
    imageId,
    configDigest: archive.configDigest,
    repoDigests: info.RepoDigests ?? [],
    archivePath: destPath,
    diffIds: config.diffIds,
  };
  if (config.user !== undefined) result.user = config.user;
  return result;
}
