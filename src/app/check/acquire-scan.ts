import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { INPUT_LIMITS, readInputFile } from '../../adapters/files/index.js';
import type { GateConfig, ImageSource, NamedImage } from '../../config/types.js';
import type { ScanReport } from '../../core/model/findings.js';
import type { ImageSubject, SubjectFile } from '../../core/model/subject.js';
import {
  formatPlatform,
  normalizeRegistryHost,
  type PinnedManifests,
  type PlatformImage,
  type PlatformManifest,
} from '../../adapters/registry/index.js';
import { formatReference, parseImageReference, pinnedReference, repositoryName, type ImageReference } from '../../core/model/image-reference.js';
import { judgeReportIdentity, parseTrivyReport, type JudgedIdentity, type TrivyTarget } from '../../adapters/trivy/index.js';
import type { RunContext } from '../context.js';
import { scanWithTrivy } from './trivy-scan.js';
import type { RegistryImage } from '../signatures/verify-signatures.js';

interface Acquired {
  subject: ImageSubject;
  scan: ScanReport;
}

/** The image sources that are scanned as one image; a registry image is pinned first (pinRegistryImage), then scanned per platform. */
export type UnpinnedSource = Exclude<ImageSource, { kind: 'registry' }>;

/**
 * Gets the one Trivy report of an image that is not in a registry: a report file as given, or the scan of the
 * archive, layout or daemon image, checked to be about the image pinned.
 */
export async function acquireScan(source: UnpinnedSource, config: GateConfig, context: RunContext): Promise<Acquired> {
  switch (source.kind) {
    case 'report':
      return fromReportFile(source, context);
    case 'docker':
      return fromDockerDaemon(source.image, config, context);
    case 'input':
      return fromInputPath(source, config, context);
  }
}

async function fromReportFile(source: Extract<ImageSource, { kind: 'report' }>, context: RunContext): Promise<Acquired> {
  const bytes = await readInputFile(source.path, { what: 'Trivy report', maxBytes: INPUT_LIMITS.trivyReport });
  const scan = parseTrivyReport(bytes, source.path);
  const subject = subjectOfUnpinned(scan, source.path, source.image, 'report');
  // Nobody here ran this scan: the report is only known to be about the image if it names the digest the image input names.
  const namedDigest = source.image?.reference.digest;
  const identity = judgeReportIdentity(scan, namedDigest, `The report ${source.path}`);
  if (identity === 'asserted') {
    const why =
      namedDigest === undefined
        ? 'the image input names no digest to check it against'
        : `it names no image digest that could confirm ${namedDigest} (no Metadata.RepoDigests)`;
    context.logger.warning(`The report ${source.path} is taken at its word, not verified: ${why}`);
  }
  return { subject: { ...subject, identity }, scan };
}

/**
 * One platform of a registry image pinned to one digest: of an index, one of the platforms gated; of a
 * single-manifest image, the image itself. Its config is read only when a check needs it (who the image runs as,
 * the base-image proof), through platformImage(): signatures are bound to the manifest digest, and an artifact that
 * is no container image (a Helm chart, an SBOM with the empty config) or whose config blob the registry lost still
 * has signatures to check.
 */
export interface PinnedRegistryImage extends RegistryImage {
  parsed: ImageReference;
  /** The digest the reference was pinned to (`digest`, an index's or the image manifest's) and its platforms chosen. */
  pinned: PinnedManifests;
  /** True when `digest` is an index, whose platforms are gated each on its own; false for a single-manifest image. */
  fromIndex: boolean;
  /** This platform's manifest, its config not read yet. */
  platformManifest: PlatformManifest;
  /** The platform with its config, fetched and checked against the manifest's digest on the first call only. */
  platformImage: () => Promise<PlatformImage>;
}

/**
 * Resolves the reference to one digest and chooses the platforms to gate: of an index, every platform (attestation
 * manifests are none), or those the platforms input names, each of which it must have; a single-manifest image is
 * its own one platform. One per platform, in the index's order.
 */
export async function pinRegistryImage(
  parsed: ImageReference,
  config: GateConfig,
  context: Pick<RunContext, 'logger' | 'registry'>,
): Promise<PinnedRegistryImage[]> {
  const client = await context.registry();
  const pinned = await client.pinManifests(parsed, config.platforms === 'all' ? {} : { platforms: config.platforms });
  const fromIndex = pinned.platforms.some((platform) => platform.digest !== pinned.digest);
  const chosen = fromIndex ? ` (an index: ${plural(pinned.platforms.length, 'platform')} to gate)` : '';
  context.logger.info(`Pinned ${formatReference(parsed)} to ${pinned.digest}${chosen}`);
  return pinned.platforms.map((platformManifest) => {
    let configRead: Promise<PlatformImage> | undefined;
    const platformImage = (): Promise<PlatformImage> => (configRead ??= client.readPlatformImage(parsed, platformManifest));
    return { reference: pinned.reference, digest: pinned.digest, parsed, pinned, fromIndex, platformManifest, platformImage };
  });
}

/**
 * The platform an index lists the manifest as, before its config is read: what an outcome that failed is named
 * after. An entry the index lists without one is named by its digest (once read, its config names it).
 */
export function listedPlatform(image: PinnedRegistryImage): string {
  const declared = image.platformManifest.declared;
  return declared ? formatPlatform(declared) : image.platformManifest.digest;
}

/**
 * Resolves the reference to the one digest its signatures are bound to, and reads that manifest (hashed against
 * the digest) and nothing else: no platform is picked and no config read, as `cosign verify` does. An index
 * with no linux/amd64 entry, a Helm chart or an SBOM is pinned like any image.
 */
export async function pinForSignatures(parsed: ImageReference, context: Pick<RunContext, 'logger' | 'registry'>): Promise<RegistryImage> {
  const client = await context.registry();
  const resolved = await client.resolve(parsed);
  const manifest = await client.getManifest(parsed, resolved.digest);
  context.logger.info(`Pinned ${formatReference(parsed)} to ${manifest.digest}`);
  return { reference: { ...parsed, digest: manifest.digest }, digest: manifest.digest };
}

/**
 * Scans one platform of a pinned registry image: Trivy is given `repository@<that platform's manifest digest>`,
 * never the index (it would pick an entry itself, see buildTrivyArgs), and its report must name that digest.
 */
export async function scanRegistryPlatform(
  image: PinnedRegistryImage,
  named: NamedImage,
  config: GateConfig,
  context: RunContext,
): Promise<Acquired> {
  const { parsed, pinned } = image;
  // Who the image runs as comes from its config: read (and hashed) before Trivy runs, so a bad one fails fast.
  const platformImage = await image.platformImage();
  const pinnedRef = pinnedReference(parsed, pinned.digest);
  const platform = image.fromIndex ? { name: platformImage.platform, digest: platformImage.digest } : undefined;
  // The one line per platform: an index of many platforms logs as many, and no more.
  context.logger.info(`Gating ${pinnedRef} for ${platformImage.platform}${platform ? ` (${platform.digest})` : ''}`);
  context.logger.debug(`${platformImage.platform} ${platformImage.digest} has config ${platformImage.configDigest}`);
  const scannedRef = pinnedReference(parsed, platformImage.digest);
  const credential = config.registry.credentials.find((item) => normalizeRegistryHost(item.registry) === parsed.registry);
  const judged: JudgedIdentity = { configDigest: platformImage.configDigest, manifestDigest: platformImage.digest, requireRepoDigest: true };
  const scanned = await scanWithTrivy({ kind: 'image', reference: scannedRef }, scannedRef, judged, config, context, {
    ...(credential && { credential }),
    insecure: (await context.registry()).isPlainHttp(parsed.registry),
  });
  // The config we fetched and hashed ourselves, not the one Trivy echoes, decides who the image runs as.
  const scan: ScanReport = {
    ...scanned,
    imageConfig: {
      ...scanned.imageConfig,
      user: platformImage.config.user ?? '',
      ...(platformImage.config.created && { created: platformImage.config.created }),
      architecture: platformImage.config.architecture,
      os: platformImage.config.os,
    },
  };
  return {
    subject: {
      input: named.written,
      repository: repositoryName(parsed),
      digest: pinned.digest,
      pinned: pinnedRef,
      identity: 'verified',
      ...(platform && { platform }),
    },
    scan,
  };
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

async function fromDockerDaemon(named: NamedImage, config: GateConfig, context: RunContext): Promise<Acquired> {
  const { exportDaemonImage } = await import('../../adapters/docker/index.js');
  // The daemon is asked for the name as written: it resolves its own names and image IDs.
  const { written: reference, reference: parsed } = named;
  await mkdir(context.paths.tempDir, { recursive: true });
  const archivePath = join(context.paths.tempDir, `image-gate-${randomUUID()}.tar`);
  try {
    const exported = await exportDaemonImage(reference, archivePath, {
      // DOCKER_HOST and its TLS settings, unless the docker-host input names the host.
      ...context.environment.docker,
      ...(config.dockerHost && { dockerHost: config.dockerHost }),
      logger: context.logger,
    });
    context.logger.info(`Exported ${reference} (image ${exported.imageId}) from the Docker daemon`);
    // The config hashed out of the archive Trivy reads, which is what Trivy names as the image ID.
    const judged: JudgedIdentity = { configDigest: exported.configDigest };
    const scanned = await scanWithTrivy({ kind: 'archive', path: archivePath }, reference, judged, config, context);
    const scan: ScanReport = { ...scanned, imageConfig: { ...scanned.imageConfig, user: exported.user ?? '' } };
    return {
      subject: {
        input: reference,
        repository: repositoryName(parsed),
        digest: exported.imageId,
        pinned: `${repositoryName(parsed)}@${exported.imageId}`,
        identity: 'verified',
      },
      scan,
    };
  } finally {
    await rm(archivePath, { force: true });
  }
}

async function fromInputPath(source: Extract<ImageSource, { kind: 'input' }>, config: GateConfig, context: RunContext): Promise<Acquired> {
  const { pinLocalImage } = await import('../../adapters/oci-archive/index.js');
  const pinned = await pinLocalImage(source.path);
  context.logger.info(`Pinned ${source.path} (${pinned.format}) to ${pinned.digest}`);
  const target: TrivyTarget = pinned.format === 'oci-layout' ? { kind: 'layout', path: source.path } : { kind: 'archive', path: source.path };
  const judged: JudgedIdentity = {
    configDigest: pinned.configDigest,
    ...(pinned.format !== 'docker-archive' && { manifestDigest: pinned.digest }),
  };
  const scanned = await scanWithTrivy(target, source.path, judged, config, context);
  const scan: ScanReport = { ...scanned, imageConfig: { ...scanned.imageConfig, user: pinned.user } };
  const named = subjectOfUnpinned(scan, source.path, source.image, pinned.format === 'oci-layout' ? 'layout' : 'archive');
  return { subject: { ...named, digest: pinned.digest, pinned: `${named.repository}@${pinned.digest}`, identity: 'verified' }, scan };
}

/**
 * A report or archive names its image loosely: prefer what the user said (parsed with the inputs), then the
 * digest Trivy recorded, then the artifact name when it is an image reference rather than a file path.
 */
function subjectOfUnpinned(
  scan: ScanReport,
  input: string,
  image: NamedImage | undefined,
  kind: SubjectFile['kind'],
): Omit<ImageSubject, 'identity'> {
  if (image !== undefined) return namedSubject(input, image, kind);
  // What Trivy recorded may be anything: parsed here, and passed over when it is no image reference.
  for (const written of [scan.repoDigests[0], looksLikeFile(scan.artifactName) ? undefined : scan.artifactName]) {
    if (written === undefined) continue;
    let reference: ImageReference;
    try {
      reference = parseImageReference(written);
    } catch {
      continue;
    }
    return namedSubject(input, { written, reference }, kind);
  }
  return { input, repository: scan.artifactName || input, pinned: scan.artifactName || input, file: { kind, path: input } };
}

function namedSubject(input: string, image: NamedImage, kind: SubjectFile['kind']): Omit<ImageSubject, 'identity'> {
  const parsed = image.reference;
  return {
    input,
    repository: repositoryName(parsed),
    ...(parsed.digest && { digest: parsed.digest }),
    pinned: parsed.digest ? pinnedReference(parsed, parsed.digest) : formatReference(parsed),
    file: { kind, path: input, image: image.written },
  };
}

function looksLikeFile(name: string): boolean {
  return /^(\.{0,2}\/|[A-Za-z]:\\)/.test(name) || /\.(tar|tgz|tar\.gz|json|sbom|cdx)$/i.test(name);
}
