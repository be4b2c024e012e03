/**
 * A multi-platform index as a platform team's build pushes it, for the tests of gating every platform: one image per
 * platform (a variant among them) and BuildKit's attestation manifest, in the OCI or the Docker format, pushed to the
 * test registry; and the recorded Trivy report the stand-in replays for each platform (TRIVY_STANDIN_REPORTS).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pushArtifact } from './artifact-push.js';
import { OCI, pushImage, pushIndex, sha256, type ImageFormat, type PushedImage, type PushedIndex } from './oci-push.js';

const TRIVY_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'trivy');

/** A recorded Trivy report (test/fixtures/trivy) by its name. */
export const recordedReport = (name: string): string => join(TRIVY_FIXTURES, `${name}.json`);

/**
 * The platforms, in index order, and the recorded report each one's scan gives: only linux/arm64's (debian-buster)
 * has a CRITICAL vulnerability, so with the default policy it alone fails. `os` is the report's OS family.
 */
export const PLATFORMS = [
  { name: 'linux/amd64', report: 'ubuntu-1804', os: 'ubuntu' },
  { name: 'linux/arm64', report: 'debian-buster', os: 'debian' },
  { name: 'linux/arm/v7', report: 'alpine-310', os: 'alpine' },
  { name: 'linux/ppc64le', report: 'distroless-base', os: 'debian' },
] as const;

export interface BuiltIndex {
  repository: string;
  index: PushedIndex;
  /** One per platform, in PLATFORMS' (and the index's) order. */
  images: PushedImage[];
  /** The attestation manifest's digest. */
  attestation: string;
}

/**
 * An index of the first `count` PLATFORMS in `format`, in a repository of its own, and a BuildKit attestation
 * manifest for its first image, listed last as BuildKit lists it: platform unknown/unknown and the
 * attestation-manifest annotation, with an image config of os "unknown" and an in-toto layer (so only its listing
 * tells it from an image).
 */
export async function pushPlatformIndex(host: string, format: ImageFormat, count: number): Promise<BuiltIndex> {
  const repository = `platforms-${randomUUID().slice(0, 8)}/app`;
  const images: PushedImage[] = [];
  for (const platform of PLATFORMS.slice(0, count)) {
    images.push(await pushImage(host, repository, platform.name.replaceAll('/', '-'), { user: '1000', platform: platform.name, format }));
  }
  const first = images[0];
  if (first === undefined) throw new Error('an index needs a platform');
  const statement = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: 'https://slsa.dev/provenance/v0.2',
      subject: [{ name: 'app', digest: { sha256: first.digest.replace('sha256:', '') } }],
      predicate: {},
    }),
  );
  const attestation = await pushArtifact(host, repository, 'attestation', {
    config: {
      mediaType: OCI.config,
      bytes: Buffer.from(
        JSON.stringify({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [sha256(statement)] } }),
      ),
    },
    layers: [{ mediaType: 'application/vnd.in-toto+json', bytes: statement }],
  });
  const index = await pushIndex(host, repository, `${format}-${String(count)}`, images, {
    format,
    extra: [
      {
        mediaType: attestation.mediaType,
        digest: attestation.digest,
        size: attestation.size,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': first.digest },
      },
    ],
  });
  return { repository, index, images, attestation: attestation.digest };
}

/** TRIVY_STANDIN_REPORTS for the index: each platform manifest's digest → its platform's recorded report. */
export function reportsByDigest(built: BuiltIndex): string {
  return JSON.stringify(Object.fromEntries(built.images.map((image, i) => [image.digest, recordedReport(PLATFORMS[i]?.report ?? '')])));
}
