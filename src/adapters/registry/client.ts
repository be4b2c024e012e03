/**
 * A read-only OCI registry client: resolves tags to digests and fetches manifests, indexes, configs
 * and blobs, verifying every byte against its digest. It only ever asks for `pull` access.
 */
import { countRequestSent } from './request-count.js';
import { configError, infrastructureError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import { nextLink } from '../http/index.js';
import { IMAGE_GATE_VERSION } from '../../core/model/version.js';
import { RegistryAuthenticator } from './auth.js';
import { CredentialStore, type DockerConfigLocation, type RegistryCredentials } from './credentials.js';
import type { ProcessEnvironment } from '../process/index.js';
import { describeStatus, readBody, Transport, type HttpRequest } from './http.js';
import type { RequestLimiter } from './request-limit.js';
import {
  isAttestation,
  isImageConfigMediaType,
  isIndexMediaType,
  isManifestMediaType,
  MANIFEST_ACCEPT,
  MEDIA_TYPE,
  parseImageConfig,
  parseManifest,
  type Descriptor,
  type ImageConfig,
  type ImageManifest,
  type ParsedManifest,
} from './manifest.js';
import {
  pin,
  pinManifests,
  readPlatformImage,
  type PinnedImage,
  type PinnedManifests,
  type PinOptions,
  type PlatformImage,
  type PlatformManifest,
} from './pin.js';
import { apiHost, digestProblem, formatReference, isDigest, repositoryName, type ImageReference } from '../../core/model/image-reference.js';

export type { PinnedImage, PinnedManifests, PinOptions, PlatformImage, PlatformManifest } from './pin.js';

export interface RegistryClientOptions {
  credentials?: RegistryCredentials[];
  /**
   * The Docker config to read credentials from (`auths`, credential helpers); none is read without it. A run
   * passes Docker's own location ($DOCKER_CONFIG/config.json or ~/.docker/config.json, see RunContext).
   */
  dockerConfig?: DockerConfigLocation;
  /** The environment Docker credential helpers run in: the run's. Without it a helper starts with an empty one. */
  helperEnv?: ProcessEnvironment;
  /** Registries (host or host:port) that may be reached over plain http besides loopback ones. */
  insecureRegistries?: string[];
  logger: Logger;
  userAgent?: string;
  /** Per request, body included. */
  timeoutMs?: number;
  /** Waits before retrying 429/5xx answers and network failures; one retry per entry. */
  retryDelaysMs?: number[];
  /** Bounds requests in flight; by default the one limiter every client in the process shares. */
  requestLimiter?: RequestLimiter;
}

export interface ResolvedManifest {
  digest: string;
  mediaType: string;
  size: number;
}

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  manifest: ParsedManifest;
}

export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
export const CONFIG_MAX_BYTES = 8 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY_DELAYS_MS = [250, 1000];
const DEFAULT_USER_AGENT = `image-gate/${IMAGE_GATE_VERSION}`;

/** `referenced`: named by another manifest, so its absence is the registry's fault, not the user's. */
type Target =
  | { kind: 'manifest'; reference: string; referenced?: boolean }
  | { kind: 'blob'; digest: string }
  | { kind: 'referrers'; digest: string }
  | { kind: 'tags' };

/** Counts every HTTP exchange (token requests included), so callers can report and bound their cost. */
class CountingTransport extends Transport {
  sent = 0;

  override async send(request: HttpRequest): Promise<Response> {
    this.sent++;
    countRequestSent();
    return super.send(request);
  }
}

export interface Referrers {
  /** The referrers' descriptors, as the registry listed them (all pages read, up to the cap). */
  manifests: Descriptor[];
  /** True when the registry offered more than `maxEntries` (or more pages than the cap). */
  truncated: boolean;
}

export interface TagList {
  /** The tags as the registry listed them, up to the limit asked for. */
  tags: string[];
  /** True when the registry had more than the limit (or more pages than the cap). */
  truncated: boolean;
}

/** A tags/list page is a plain JSON list of names; generous, but bounded. */
export const TAGS_MAX_BYTES = 4 * 1024 * 1024;
const TAGS_MAX_PAGES = 20;

/** An OCI 1.1 referrers answer is an index generated on the fly: small, but it has no digest to check. */
export const REFERRERS_MAX_BYTES = 4 * 1024 * 1024;
const REFERRERS_MAX_PAGES = 5;
/** How many skipped index entries are named in the debug log. */
const SKIPPED_ENTRIES_LOGGED = 10;

function algorithmOf(digest: string): string {
  return digest.slice(0, digest.indexOf(':'));
}

export class RegistryClient {
  private readonly transport: CountingTransport;
  private readonly auth: RegistryAuthenticator;
  private readonly logger: Logger;
  /** Verified manifests by registry/repository@digest, so resolving then fetching costs one GET. */
  private readonly manifests = new Map<string, { bytes: Buffer; mediaType: string }>();

  constructor(options: RegistryClientOptions) {
    this.logger = options.logger;
    this.transport = new CountingTransport({
      logger: options.logger,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      insecureRegistries: options.insecureRegistries ?? [],
      ...(options.requestLimiter && { limiter: options.requestLimiter }),
    });
    const store = new CredentialStore(options.credentials ?? [], options.dockerConfig, options.logger, options.helperEnv ?? {});
    this.auth = new RegistryAuthenticator(this.transport, store, options.logger);
  }

  /** Whether this registry is reached over plain HTTP (loopback or listed insecure); Trivy must then be told so too. */
  isPlainHttp(registry: string): boolean {
    return this.transport.baseUrl(apiHost({ registry, repository: 'x' })).protocol === 'http:';
  }

  /** The tag's (or given digest's) manifest digest, without trusting anything but the registry's answer for a tag. */
  async resolve(ref: ImageReference): Promise<ResolvedManifest> {
    const reference = ref.digest ?? ref.tag ?? 'latest';
    const response = await this.request(ref, 'HEAD', { kind: 'manifest', reference }, { accept: MANIFEST_ACCEPT });
    if (response.status === 405 || response.status === 501) {
      // Some registries do not implement HEAD on manifests.
      await response.body?.cancel();
      const fetched = await this.getManifest(ref, reference);
      return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
    }
    await this.expectOk(ref, response, { kind: 'manifest', reference });
    const header = response.headers.get('docker-content-digest')?.trim();
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    const size = Number(response.headers.get('content-length') ?? Number.NaN);
    if (ref.digest) {
      if (header && header !== ref.digest) {
        throw this.mismatch(ref, ref.digest);
      }
      return { digest: ref.digest, mediaType, size: Number.isFinite(size) ? size : -1 };
    }
    if (header && isDigest(header) && mediaType && Number.isFinite(size)) return { digest: header, mediaType, size };
    // No usable Docker-Content-Digest: the digest is the hash of what a GET serves.
    const fetched = await this.getManifest(ref, reference);
    return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
  }

  /**
   * Fetches a manifest or index by digest (verified against it) or by tag (hashed, and checked against
   * Docker-Content-Digest when the registry sends one).
   */
  async getManifest(ref: ImageReference, digestOrTag: string): Promise<FetchedManifest> {
    return this.fetchManifest(ref, digestOrTag, false);
  }

  /**
   * Like getManifest, but a manifest the registry does not have (404) is `undefined` rather than an
   * error: for tags whose absence is normal, such as cosign's `sha256-<hex>.sig`.
   */
  async getManifestIfPresent(ref: ImageReference, digestOrTag: string): Promise<FetchedManifest | undefined> {
    return this.fetchManifest(ref, digestOrTag, false, true);
  }

  /** HTTP requests this client has sent so far, token requests included (for a run's client: the whole run's). */
  get requestCount(): number {
    return this.transport.sent;
  }

  /**
   * The OCI 1.1 referrers of `digest` (GET /v2/<name>/referrers/<digest>), following the registry's
   * Link pages up to a cap. `undefined` when the registry answers 404: it has no referrers API, and
   * the caller should fall back to the `sha256-<hex>` tag. Every entry still needs its `subject` checked.
   */
  async getReferrers(ref: ImageReference, digest: string, maxEntries: number): Promise<Referrers | undefined> {
    const problem = digestProblem(digest);
    if (problem) throw configError(`Invalid digest "${digest}" for ${repositoryName(ref)}: ${problem}`);
    const target: Target = { kind: 'referrers', digest };
    const what = describeTarget(ref, target);
    const manifests: Descriptor[] = [];
    let url: URL | undefined;
    for (let page = 1; ; page++) {
      const response = await this.request(ref, 'GET', target, { accept: MEDIA_TYPE.ociIndex, url });
      if (page === 1 && response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      await this.expectOk(ref, response, target);
      const body = await readBody(response, {
        maxBytes: REFERRERS_MAX_BYTES,
        algorithm: 'sha256',
        what,
        registry: ref.registry,
        timeoutMs: this.transport.options.timeoutMs,
      });
      const parsed = parseManifest(body.bytes, response.headers.get('content-type') ?? MEDIA_TYPE.ociIndex, what);
      if (parsed.kind !== 'index') throw infrastructureError(`Registry ${ref.registry} answered with an image manifest, not an index, for ${what}`);
      manifests.push(...parsed.manifests);
      if (manifests.length > maxEntries) return { manifests: manifests.slice(0, maxEntries), truncated: true };
      const pageUrl = url ?? new URL(this.path(ref, target), this.transport.baseUrl(apiHost(ref)));
      const next = nextLink(response.headers.get('link'), pageUrl);
      if (!next) return { manifests, truncated: false };
      if (page >= REFERRERS_MAX_PAGES) return { manifests, truncated: true };
      if (next.origin !== pageUrl.origin) {
        throw infrastructureError(`Registry ${ref.registry} sent the next page of ${what} to another host (${next.host}); not following it`);
      }
      url = next;
    }
  }

  /**
   * The repository's tags (GET /v2/<name>/tags/list), following Link pages up to `limit` tags or a
   * page cap, whichever comes first. The registry's order is kept (distribution sorts lexically).
   */
  async listTags(ref: ImageReference, limit: number): Promise<TagList> {
    const target: Target = { kind: 'tags' };
    const what = describeTarget(ref, target);
    const tags: string[] = [];
    let url: URL | undefined;
    for (let page = 1; ; page++) {
      const response = await this.request(ref, 'GET', target, { accept: 'application/json', url });
      await this.expectOk(ref, response, target);
      const body = await readBody(response, {
        maxBytes: TAGS_MAX_BYTES,
        algorithm: 'sha256',
        what,
        registry: ref.registry,
        timeoutMs: this.transport.options.timeoutMs,
      });
      tags.push(...parseTagList(body.bytes, what));
      if (tags.length > limit) return { tags: tags.slice(0, limit), truncated: true };
      const pageUrl = url ?? new URL(this.path(ref, target), this.transport.baseUrl(apiHost(ref)));
      const next = nextLink(response.headers.get('link'), pageUrl);
      if (!next) return { tags, truncated: false };
      if (page >= TAGS_MAX_PAGES) return { tags, truncated: true };
      if (next.origin !== pageUrl.origin) {
        throw infrastructureError(`Registry ${ref.registry} sent the next page of ${what} to another host (${next.host}); not following it`);
      }
      url = next;
    }
  }

  /** Like getManifest, for a digest another manifest names: the registry not having it is the registry's fault. */
  async getReferencedManifest(ref: ImageReference, digest: string): Promise<FetchedManifest> {
    return this.fetchManifest(ref, digest, true);
  }

  private async fetchManifest(ref: ImageReference, digestOrTag: string, referenced: boolean): Promise<FetchedManifest>;
  private async fetchManifest(ref: ImageReference, digestOrTag: string, referenced: boolean, optional: true): Promise<FetchedManifest | undefined>;
  private async fetchManifest(ref: ImageReference, digestOrTag: string, referenced: boolean, optional = false): Promise<FetchedManifest | undefined> {
    const byDigest = digestOrTag.includes(':');
    if (byDigest) {
      const problem = digestProblem(digestOrTag);
      if (problem) throw configError(`Invalid digest "${digestOrTag}" for ${repositoryName(ref)}: ${problem}`);
    }
    const what = `manifest ${repositoryName(ref)}${byDigest ? '@' : ':'}${digestOrTag} on registry ${ref.registry}`;
    const cacheKey = `${repositoryName(ref)}@${digestOrTag}`;
    const cached = byDigest ? this.manifests.get(cacheKey) : undefined;
    let bytes: Buffer;
    let digest: string;
    let contentType: string | undefined;
    if (cached) {
      ({ bytes } = cached);
      digest = digestOrTag;
      contentType = cached.mediaType;
    } else {
      const target: Target = { kind: 'manifest', reference: digestOrTag, referenced };
      const response = await this.request(ref, 'GET', target, { accept: MANIFEST_ACCEPT });
      if (optional && response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      await this.expectOk(ref, response, target);
      contentType = response.headers.get('content-type') ?? undefined;
      const body = await readBody(response, {
        maxBytes: MANIFEST_MAX_BYTES,
        algorithm: byDigest ? algorithmOf(digestOrTag) : 'sha256',
        what,
        registry: ref.registry,
        timeoutMs: this.transport.options.timeoutMs,
      });
      bytes = body.bytes;
      digest = body.digest;
      if (byDigest && digest !== digestOrTag) throw this.mismatch(ref, digestOrTag);
      const header = response.headers.get('docker-content-digest')?.trim();
      if (!byDigest && header && header.startsWith('sha256:') && header !== digest) throw this.mismatch(ref, header);
    }
    const manifest = parseManifest(bytes, contentType, what);
    this.manifests.set(`${repositoryName(ref)}@${digest}`, { bytes, mediaType: manifest.mediaType });
    return { digest, mediaType: manifest.mediaType, bytes, manifest };
  }

  /** Downloads a blob into memory, capped at maxBytes, and verifies it against its digest. */
  async getBlob(ref: ImageReference, digest: string, maxBytes: number): Promise<Buffer> {
    const problem = digestProblem(digest);
    if (problem) throw configError(`Invalid blob digest "${digest}" for ${repositoryName(ref)}: ${problem}`);
    const target: Target = { kind: 'blob', digest };
    const response = await this.request(ref, 'GET', target, {});
    await this.expectOk(ref, response, target);
    const body = await readBody(response, {
      maxBytes,
      algorithm: algorithmOf(digest),
      what: `blob ${digest} of ${repositoryName(ref)}`,
      registry: ref.registry,
      timeoutMs: this.transport.options.timeoutMs,
    });
    if (body.digest !== digest) throw this.mismatch(ref, digest);
    return body.bytes;
  }

  async getImageConfig(ref: ImageReference, manifest: ImageManifest): Promise<ImageConfig> {
    const descriptor = manifest.config;
    if (!isImageConfigMediaType(descriptor.mediaType)) {
      throw infrastructureError(`${repositoryName(ref)} is not a container image: its config has media type "${descriptor.mediaType}"`);
    }
    if (descriptor.size > CONFIG_MAX_BYTES) {
      throw infrastructureError(`The config of ${repositoryName(ref)} is ${descriptor.size} bytes; the limit is ${CONFIG_MAX_BYTES}`);
    }
    const bytes = await this.getBlob(ref, descriptor.digest, CONFIG_MAX_BYTES);
    if (bytes.length !== descriptor.size) {
      throw infrastructureError(
        `The config blob ${descriptor.digest} of ${repositoryName(ref)} is ${bytes.length} bytes but its manifest says ${descriptor.size}`,
      );
    }
    return parseImageConfig(bytes, `image config ${descriptor.digest} of ${repositoryName(ref)}`);
  }

  /** Pins a reference, configs read: see pin.ts. */
  pin(ref: ImageReference, options: PinOptions = {}): Promise<PinnedImage> {
    return pin(this, this.logger, ref, options);
  }

  /** Pins a reference's manifests only, never a config: see pin.ts. */
  pinManifests(ref: ImageReference, options: PinOptions = {}): Promise<PinnedManifests> {
    return pinManifests(this, ref, options);
  }

  /** A pinned platform manifest with its config: see pin.ts. */
  readPlatformImage(ref: ImageReference, entry: PlatformManifest): Promise<PlatformImage> {
    return readPlatformImage(this, this.logger, ref, entry);
  }

  /**
   * The index entries that are platform images: attestations and other artifacts are not scanned.
   * Throws when there are none. Public so that signature checks visit the same platforms as pins.
   */
  imageEntries(ref: ImageReference, manifests: Descriptor[]): Descriptor[] {
    let skipped = 0;
    const entries = manifests.filter((entry) => {
      if (isAttestation(entry)) return false;
      if (isManifestMediaType(entry.mediaType) || isIndexMediaType(entry.mediaType)) return true;
      // The index is the registry's word: one line per entry would let it flood the log.
      if (++skipped <= SKIPPED_ENTRIES_LOGGED) {
        this.logger.debug(`Skipping ${entry.digest} in ${repositoryName(ref)}: media type ${entry.mediaType} is not an image`);
      }
      return false;
    });
    if (skipped > SKIPPED_ENTRIES_LOGGED) {
      this.logger.debug(`… and ${String(skipped - SKIPPED_ENTRIES_LOGGED)} more entries of ${repositoryName(ref)} that are not images skipped`);
    }
    if (entries.length === 0) {
      throw infrastructureError(`The index ${formatReference(ref)} lists no image manifests`);
    }
    return entries;
  }

  private path(ref: ImageReference, target: Target): string {
    switch (target.kind) {
      case 'manifest':
        return `/v2/${ref.repository}/manifests/${target.reference}`;
      case 'blob':
        return `/v2/${ref.repository}/blobs/${target.digest}`;
      case 'referrers':
        return `/v2/${ref.repository}/referrers/${target.digest}`;
      case 'tags':
        return `/v2/${ref.repository}/tags/list`;
    }
  }

  /** Sends with whatever authorization is known, and answers one 401 by authenticating and retrying. */
  private async request(
    ref: ImageReference,
    method: 'GET' | 'HEAD',
    target: Target,
    extra: { accept?: string; url?: URL | undefined },
  ): Promise<Response> {
    const host = apiHost(ref);
    const url = extra.url ?? new URL(this.path(ref, target), this.transport.baseUrl(host));
    const what = describeTarget(ref, target);
    const headers: Record<string, string> = {};
    if (extra.accept) headers.accept = extra.accept;
    const known = await this.auth.current(ref.registry, ref.repository);
    if (known) headers.authorization = known;
    let response = await this.transport.send({ method, url, headers, what, registry: ref.registry });
    if (response.status !== 401) return response;
    await response.body?.cancel();
    if (known) this.auth.invalidate(ref.registry, ref.repository);
    headers.authorization = await this.auth.authorize(ref.registry, ref.repository, response.headers.get('www-authenticate'));
    response = await this.transport.send({ method, url, headers, what, registry: ref.registry });
    return response;
  }

  private async expectOk(ref: ImageReference, response: Response, target: Target): Promise<void> {
    if (response.status === 200) return;
    const status = await describeStatus(response);
    await response.body?.cancel().catch(() => {
      // The status is the error to report; a body that will not cancel changes nothing.
    });
    const what = describeTarget(ref, target);
    if (response.status === 401 || response.status === 403) {
      const identity = await this.auth.describeIdentity(ref.registry);
      if (identity === 'anonymously') {
        throw configError(`Registry ${ref.registry} denied anonymous access to ${what} (${status}): it may not exist, or it needs credentials`);
      }
      throw configError(
        `Authentication to registry ${ref.registry} failed ${identity} for ${what} (${status}): check the credentials and that they may pull ${ref.repository}`,
      );
    }
    if (response.status === 404) {
      if (target.kind === 'manifest' && !target.referenced) {
        throw configError(
          `Image ${repositoryName(ref)}${target.reference.includes(':') ? '@' : ':'}${target.reference} not found on registry ${ref.registry} (${status})`,
        );
      }
      if (target.kind === 'referrers') throw infrastructureError(`Registry ${ref.registry} lost a page of ${what} (${status})`);
      if (target.kind === 'tags') throw configError(`Repository ${repositoryName(ref)} not found on registry ${ref.registry} (${status})`);
      throw infrastructureError(`Registry ${ref.registry} has no ${what} (${status}) although a manifest refers to it`);
    }
    throw infrastructureError(`Registry ${ref.registry} answered ${status} for ${what}`);
  }

  private mismatch(ref: ImageReference, digest: string): Error {
    return infrastructureError(`Registry ${ref.registry} served content that does not match its digest for ${repositoryName(ref)}@${digest}`);
  }
}

function describeTarget(ref: ImageReference, target: Target): string {
  if (target.kind === 'blob') return `blob ${target.digest} of ${repositoryName(ref)}`;
  if (target.kind === 'referrers') return `referrers of ${repositoryName(ref)}@${target.digest}`;
  if (target.kind === 'tags') return `tag list of ${repositoryName(ref)}`;
  const separator = target.reference.includes(':') ? '@' : ':';
  return `manifest ${repositoryName(ref)}${separator}${target.reference}`;
}

function parseTagList(bytes: Buffer, what: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw infrastructureError(`${what} is not valid JSON`);
  }
  // distribution answers `"tags": null` for a repository whose tags were all deleted.
  const tags = typeof json === 'object' && json !== null && 'tags' in json ? json.tags : undefined;
  if (tags === null) return [];
  if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === 'string')) {
    throw infrastructureError(`${what} has no "tags" list of strings`);
  }
  return tags;
}
