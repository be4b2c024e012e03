/**
 * Pinning a reference to digests: the manifest (or index) the tag points to now, the platform manifests chosen
 * under it, and, when a check needs it, each one's config. Everything is fetched by digest through a
 * RegistryClient, which verifies every byte; RegistryClient.pin / pinManifests / readPlatformImage call these.
 */
import { configError, infrastructureError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import {
  formatPlatform,
  parsePlatform,
  platformMatches,
  type Descriptor,
  type ImageConfig,
  type ImageManifest,
  type ParsedManifest,
  type Platform,
} from './manifest.js';
import { formatReference, repositoryName, type ImageReference } from '../../core/model/image-reference.js';

export interface PlatformImage {
  /** "linux/amd64", "linux/arm/v7". */
  platform: string;
  /** Digest of this platform's image manifest. */
  digest: string;
  mediaType: string;
  configDigest: string;
  config: ImageConfig;
  layers: Descriptor[];
}

/** One image manifest under a pinned digest, its config not read yet. */
export interface PlatformManifest {
  /** Digest of this image manifest. */
  digest: string;
  mediaType: string;
  manifest: ImageManifest;
  /** The platform its index lists it under; absent for an image pinned directly. */
  declared?: Platform;
  /** The platforms asked for, when only the config can tell (an image pinned directly): it must be each of them. */
  requiredPlatforms?: Platform[];
}

/** A pinned reference and its chosen image manifests, no config read (see pinManifests). */
export interface PinnedManifests {
  /** The reference with `digest` set to the top-level digest. */
  reference: ImageReference;
  /** The digest the user's tag pointed to: an index for multi-platform images, else the image manifest. */
  digest: string;
  mediaType: string;
  platforms: PlatformManifest[];
}

/** A pinned reference and its chosen platform images, configs read (see pin). */
export interface PinnedImage extends Omit<PinnedManifests, 'platforms'> {
  platforms: PlatformImage[];
}

export interface PinOptions {
  /** A requirement: an image without it is an error. */
  platform?: string;
  /** Requirements, each like `platform`: the entries of an index for them, in the index's order. */
  platforms?: readonly string[];
  /** Only picks which entry of an index to follow when no platform is required. */
  defaultPlatform?: string;
}

/**
 * What pinning needs of a client: RegistryClient's own methods, which call the functions below. Declared here
 * rather than picked from client.ts, which imports this file: the two would depend on each other.
 */
interface PinClient {
  resolve(ref: ImageReference): Promise<{ digest: string }>;
  getManifest(ref: ImageReference, digestOrTag: string): Promise<PinManifest>;
  getReferencedManifest(ref: ImageReference, digest: string): Promise<PinManifest>;
  imageEntries(ref: ImageReference, manifests: Descriptor[]): Descriptor[];
  getImageConfig(ref: ImageReference, manifest: ImageManifest): Promise<ImageConfig>;
}

/** A manifest fetched by digest and verified against it. */
interface PinManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  manifest: ParsedManifest;
}

/**
 * Pins a reference: one digest for what the tag points to now, then every platform image under it
 * (or the one asked for) with its config, all fetched by digest.
 *
 * `platform` (or each of `platforms`) is a requirement: an image without it is an error. `defaultPlatform`
 * only picks which entry of an index to follow when no platform is required (a single-platform image is
 * taken as it is); without either, every platform of an index is followed.
 */
export async function pin(client: PinClient, logger: Logger, ref: ImageReference, options: PinOptions = {}): Promise<PinnedImage> {
  const pinned = await pinManifests(client, ref, options);
  const platforms: PlatformImage[] = [];
  for (const entry of pinned.platforms) platforms.push(await readPlatformImage(client, logger, ref, entry));
  return { reference: pinned.reference, digest: pinned.digest, mediaType: pinned.mediaType, platforms };
}

/**
 * Pins like `pin`, but reads manifests only, never a config: what signatures need (they are bound to the
 * manifest digest), and all an artifact that is no container image has (a Helm chart, a WASM module, an
 * SBOM with the empty config). Read a platform's config with readPlatformImage when a check needs it.
 */
export async function pinManifests(client: PinClient, ref: ImageReference, options: PinOptions = {}): Promise<PinnedManifests> {
  const required = [...(options.platform === undefined ? [] : [options.platform]), ...(options.platforms ?? [])];
  const wanted = required.length === 0 ? undefined : required.map(parsePlatform);
  const preferred = options.defaultPlatform === undefined ? undefined : parsePlatform(options.defaultPlatform);
  const resolved = await client.resolve(ref);
  const top = await client.getManifest(ref, resolved.digest);
  const reference: ImageReference = { ...ref, digest: top.digest };
  if (top.manifest.kind === 'manifest') {
    // Only its config says which platform a single-platform image is for: checked when the config is read.
    const direct = { digest: top.digest, mediaType: top.mediaType, manifest: top.manifest, ...(wanted && { requiredPlatforms: wanted }) };
    return { reference, digest: top.digest, mediaType: top.mediaType, platforms: [direct] };
  }
  const entries = client.imageEntries(ref, top.manifest.manifests);
  const target = wanted ?? (entries.length > 1 && preferred ? [preferred] : undefined);
  const selected = target ? selectPlatforms(ref, entries, target) : entries;
  const platforms: PlatformManifest[] = [];
  for (const entry of selected) {
    const child = await client.getReferencedManifest(ref, entry.digest);
    if (child.manifest.kind !== 'manifest') {
      throw infrastructureError(`${repositoryName(ref)}@${entry.digest} is an index nested in an index; that is not supported`);
    }
    if (child.bytes.length !== entry.size) {
      throw infrastructureError(`Manifest ${repositoryName(ref)}@${entry.digest} is ${child.bytes.length} bytes but the index says ${entry.size}`);
    }
    platforms.push({
      digest: child.digest,
      mediaType: child.mediaType,
      manifest: child.manifest,
      ...(entry.platform && { declared: entry.platform }),
    });
  }
  return { reference, digest: top.digest, mediaType: top.mediaType, platforms };
}

/**
 * A platform manifest with its config: the config blob is fetched, checked against the manifest's digest
 * and size, and must be a container image config. A single-platform image pinned with a platform
 * requirement is checked against it here.
 */
export async function readPlatformImage(client: PinClient, logger: Logger, ref: ImageReference, entry: PlatformManifest): Promise<PlatformImage> {
  const config = await client.getImageConfig(ref, entry.manifest);
  const fromConfig = configPlatform(config);
  const missing = entry.requiredPlatforms?.find((required) => !platformMatches(required, fromConfig));
  if (missing) {
    throw configError(`Image ${formatReference(ref)} is for ${formatPlatform(fromConfig)}, not ${formatPlatform(missing)}`);
  }
  const declared = entry.declared;
  if (declared && (declared.os !== fromConfig.os || declared.architecture !== fromConfig.architecture)) {
    // Old multi-arch images often carry a wrong config architecture; the index is what pulls select by.
    logger.warning(
      `${repositoryName(ref)}@${entry.digest} is listed as ${formatPlatform(declared)} but its config says ${formatPlatform(fromConfig)}`,
    );
  }
  return {
    platform: formatPlatform(declared ?? fromConfig),
    digest: entry.digest,
    mediaType: entry.mediaType,
    configDigest: entry.manifest.config.digest,
    config,
    layers: entry.manifest.layers,
  };
}

function configPlatform(config: ImageConfig): Platform {
  return config.variant
    ? { os: config.os, architecture: config.architecture, variant: config.variant }
    : { os: config.os, architecture: config.architecture };
}

/** The entries for the wanted platforms, each once (two names may select the same entry), in the index's order. */
function selectPlatforms(ref: ImageReference, entries: Descriptor[], wanted: Platform[]): Descriptor[] {
  const selected = new Set(wanted.map((platform) => selectPlatform(ref, entries, platform)));
  return entries.filter((entry) => selected.has(entry));
}

/**
 * The one entry for the wanted platform. Without a variant, an entry without one wins; several
 * candidates otherwise is ambiguous and an error rather than a guess.
 */
function selectPlatform(ref: ImageReference, entries: Descriptor[], wanted: Platform): Descriptor {
  const candidates = entries.filter((entry) => entry.platform && platformMatches(wanted, entry.platform));
  const available = entries.map((entry) => (entry.platform ? formatPlatform(entry.platform) : entry.digest)).join(', ');
  if (candidates.length === 0) {
    throw configError(`Image ${formatReference(ref)} has no ${formatPlatform(wanted)} variant (it has: ${available})`);
  }
  if (candidates.length === 1 || wanted.variant) return candidates[0] as Descriptor;
  const plain = candidates.filter((entry) => !entry.platform?.variant);
  if (plain.length === 1) return plain[0] as Descriptor;
  throw configError(
    `Image ${formatReference(ref)} has several ${formatPlatform(wanted)} variants (${candidates
      .map((entry) => formatPlatform(entry.platform as Platform))
      .join(', ')}); name one, e.g. ${formatPlatform(candidates[0]?.platform as Platform)}`,
  );
}
