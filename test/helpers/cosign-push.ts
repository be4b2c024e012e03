/**
 * Attaches signatures to images in the test registry the way cosign and GitHub's attest actions do:
 * OCI referrer artifacts (listed in the `sha256-<hex>` fallback tag index, since docker-registry 2.8
 * has no referrers API) and cosign's legacy `sha256-<hex>.sig` / `.att` tags.
 */
import { OCI, pushBlob, pushManifest, sha256, type BasicAuth } from './oci-push.js';

export const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const OCI_EMPTY = { mediaType: 'application/vnd.oci.empty.v1+json', bytes: Buffer.from('{}') } as const;
export const COSIGN_SIG = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const DSSE_ENVELOPE = 'application/vnd.dsse.envelope.v1+json';

export interface Subject {
  digest: string;
  size: number;
  mediaType: string;
}

export interface PushedArtifact {
  /** The descriptor to list in a referrers index. */
  descriptor: { mediaType: string; digest: string; size: number; artifactType: string; annotations?: Record<string, string> };
  manifestBytes: Buffer;
  layerDigest: string;
}

export interface ReferrerOptions {
  artifactType?: string;
  layerMediaType?: string;
  /** What the artifact's manifest claims to be about; the true subject by default. */
  claimedSubject?: Subject;
  /** Leave `subject` out of the manifest. */
  noSubject?: boolean;
  annotations?: Record<string, string>;
  auth?: BasicAuth;
}

/** An artifact manifest (empty config, one layer with `content`) pushed by digest, as `cosign attest` v3 does. */
export async function pushReferrer(
  host: string,
  repository: string,
  subject: Subject,
  content: Buffer,
  options: ReferrerOptions = {},
): Promise<PushedArtifact> {
  const artifactType = options.artifactType ?? SIGSTORE_BUNDLE_V03;
  await pushBlob(host, repository, OCI_EMPTY.bytes, options.auth);
  const layerDigest = await pushBlob(host, repository, content, options.auth);
  const claimed = options.claimedSubject ?? subject;
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI.manifest,
    artifactType,
    config: { mediaType: OCI_EMPTY.mediaType, digest: sha256(OCI_EMPTY.bytes), size: OCI_EMPTY.bytes.length },
    layers: [{ mediaType: options.layerMediaType ?? artifactType, digest: layerDigest, size: content.length }],
    ...(options.noSubject ? {} : { subject: { mediaType: claimed.mediaType, digest: claimed.digest, size: claimed.size } }),
    annotations: options.annotations ?? { 'dev.sigstore.bundle.content': 'dsse-envelope' },
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const digest = await pushManifest(host, repository, sha256(manifestBytes), manifestBytes, OCI.manifest, options.auth);
  return {
    descriptor: { mediaType: OCI.manifest, digest, size: manifestBytes.length, artifactType, annotations: manifest.annotations },
    manifestBytes,
    layerDigest,
  };
}

/** The OCI 1.1 fallback: an index under the tag `sha256-<hex>` listing the referrers of `subjectDigest`. */
export async function pushReferrersTag(
  host: string,
  repository: string,
  subjectDigest: string,
  referrers: PushedArtifact['descriptor'][],
  auth?: BasicAuth,
): Promise<string> {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: referrers }));
  return pushManifest(host, repository, subjectDigest.replace(':', '-'), bytes, OCI.index, auth);
}

export interface CosignLayer {
  mediaType: string;
  bytes: Buffer;
  annotations?: Record<string, string>;
  /** The size to declare in the manifest, when a test wants it to differ from the bytes. */
  declaredSize?: number;
}

/** cosign's legacy `sha256-<hex>.sig` / `.att` tag: an image manifest whose layers are the signed payloads. */
export async function pushCosignTag(
  host: string,
  repository: string,
  subjectDigest: string,
  suffix: 'sig' | 'att',
  layers: CosignLayer[],
  auth?: BasicAuth,
): Promise<{ tag: string; digest: string; layerDigests: string[] }> {
  // cosign writes a small config; its content does not matter to readers.
  const config = Buffer.from(JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: [] } }));
  const configDigest = await pushBlob(host, repository, config, auth);
  const descriptors = [];
  for (const layer of layers) {
    const digest = await pushBlob(host, repository, layer.bytes, auth);
    descriptors.push({
      mediaType: layer.mediaType,
      digest,
      size: layer.declaredSize ?? layer.bytes.length,
      ...(layer.annotations ? { annotations: layer.annotations } : {}),
    });
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI.manifest,
    config: { mediaType: OCI.config, digest: configDigest, size: config.length },
    layers: descriptors,
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const tag = `${subjectDigest.replace(':', '-')}.${suffix}`;
  const digest = await pushManifest(host, repository, tag, bytes, OCI.manifest, auth);
  return { tag, digest, layerDigests: descriptors.map((descriptor) => descriptor.digest) };
}

/** A simple-signing payload as cosign signs it. */
export function simpleSigningPayload(repository: string, digest: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': repository },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}
