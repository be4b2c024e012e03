/**
 * OCI / Docker v2 manifests, indexes and image configs: media types, and parsers that check the
 * shape at the border so the rest of the code can trust the types.
 */
import { z } from 'zod';
import { configError, infrastructureError } from '../../core/model/errors.js';
import { isDigest } from '../../core/model/image-reference.js';

export const MEDIA_TYPE = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
} as const;

const INDEX_TYPES = new Set<string>([MEDIA_TYPE.ociIndex, MEDIA_TYPE.dockerManifestList]);
const MANIFEST_TYPES = new Set<string>([MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifest]);
const CONFIG_TYPES = new Set<string>([MEDIA_TYPE.ociConfig, MEDIA_TYPE.dockerConfig]);

/** All four: distribution answers 404 to a request that does not accept the stored manifest's type. */
export const MANIFEST_ACCEPT = [MEDIA_TYPE.ociIndex, MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifestList, MEDIA_TYPE.dockerManifest].join(', ');

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_TYPES.has(mediaType);
}

export function isManifestMediaType(mediaType: string): boolean {
  return MANIFEST_TYPES.has(mediaType);
}

export function isImageConfigMediaType(mediaType: string): boolean {
  return CONFIG_TYPES.has(mediaType);
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
  artifactType?: string;
}

export interface ImageIndex {
  kind: 'index';
  mediaType: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  kind: 'manifest';
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export type ParsedManifest = ImageIndex | ImageManifest;

export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  created?: string;
  /** The config's User as written; "" (or absent) runs as root. */
  user?: string;
  /** rootfs.diff_ids: the uncompressed layer digests, base first. */
  diffIds: string[];
  labels: Record<string, string>;
}

const digestSchema = z.string().refine(isDigest, { error: 'not a valid digest' });
const annotationsSchema = z.record(z.string(), z.string());
const platformSchema = z.looseObject({
  os: z.string(),
  architecture: z.string(),
  variant: z.string().optional(),
  'os.version': z.string().optional(),
});
const descriptorSchema = z.looseObject({
  mediaType: z.string().min(1),
  digest: digestSchema,
  size: z.number().int().nonnegative(),
  platform: platformSchema.optional(),
  annotations: annotationsSchema.optional(),
  artifactType: z.string().optional(),
});
const indexSchema = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  manifests: z.array(descriptorSchema),
  annotations: annotationsSchema.optional(),
});
const manifestSchema = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  config: descriptorSchema,
  layers: z.array(descriptorSchema),
  subject: descriptorSchema.optional(),
  artifactType: z.string().optional(),
  annotations: annotationsSchema.optional(),
});
const configSchema = z.looseObject({
  architecture: z.string().min(1),
  os: z.string().min(1),
  variant: z.string().optional(),
  created: z.string().optional(),
  config: z
    .looseObject({
      User: z.string().nullish(),
      Labels: z.record(z.string(), z.string()).nullish(),
    })
    .nullish(),
  rootfs: z.looseObject({ type: z.string(), diff_ids: z.array(digestSchema) }),
});

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}

function parseJson(bytes: Buffer, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw infrastructureError(`${what} is not valid JSON`);
  }
}

function descriptor(value: z.infer<typeof descriptorSchema>): Descriptor {
  const result: Descriptor = { mediaType: value.mediaType, digest: value.digest, size: value.size };
  if (value.platform) {
    const platform: Platform = { os: value.platform.os, architecture: value.platform.architecture };
    if (value.platform.variant) platform.variant = value.platform.variant;
    if (value.platform['os.version']) platform['os.version'] = value.platform['os.version'];
    result.platform = platform;
  }
  if (value.annotations) result.annotations = value.annotations;
  if (value.artifactType) result.artifactType = value.artifactType;
  return result;
}

/**
 * Parses a manifest or index. The body's own mediaType wins over Content-Type because the digest
 * covers the body, not the header. `what` names the registry and reference for errors.
 */
export function parseManifest(bytes: Buffer, contentType: string | undefined, what: string): ParsedManifest {
  const json = parseJson(bytes, what);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw infrastructureError(`${what} is not a JSON object`);
  }
  const declared = 'mediaType' in json && typeof json.mediaType === 'string' ? json.mediaType : undefined;
  const header = contentType?.split(';')[0]?.trim();
  let mediaType = declared ?? (header && (INDEX_TYPES.has(header) || MANIFEST_TYPES.has(header)) ? header : undefined);
  // OCI lets mediaType be omitted from the body; then the shape decides.
  mediaType ??= 'manifests' in json ? MEDIA_TYPE.ociIndex : MEDIA_TYPE.ociManifest;

  if (INDEX_TYPES.has(mediaType)) {
    const parsed = indexSchema.safeParse(json);
    if (!parsed.success) throw infrastructureError(`${what} is not a valid image index (${firstIssue(parsed.error)})`);
    const index: ImageIndex = { kind: 'index', mediaType, manifests: parsed.data.manifests.map(descriptor) };
    if (parsed.data.annotations) index.annotations = parsed.data.annotations;
    return index;
  }
  if (MANIFEST_TYPES.has(mediaType)) {
    const parsed = manifestSchema.safeParse(json);
    if (!parsed.success) throw infrastructureError(`${what} is not a valid image manifest (${firstIssue(parsed.error)})`);
    const manifest: ImageManifest = {
      kind: 'manifest',
      mediaType,
      config: descriptor(parsed.data.config),
      layers: parsed.data.layers.map(descriptor),
    };
    if (parsed.data.subject) manifest.subject = descriptor(parsed.data.subject);
    if (parsed.data.artifactType) manifest.artifactType = parsed.data.artifactType;
    if (parsed.data.annotations) manifest.annotations = parsed.data.annotations;
    return manifest;
  }
  throw infrastructureError(`${what} has unsupported media type "${mediaType}" (expected an OCI or Docker v2 manifest or index)`);
}

export function parseImageConfig(bytes: Buffer, what: string): ImageConfig {
  const parsed = configSchema.safeParse(parseJson(bytes, what));
  if (!parsed.success) throw infrastructureError(`${what} is not a valid image config (${firstIssue(parsed.error)})`);
  const data = parsed.data;
  const config: ImageConfig = {
    architecture: data.architecture,
    os: data.os,
    diffIds: data.rootfs.diff_ids,
    labels: data.config?.Labels ?? {},
  };
  if (data.variant) config.variant = data.variant;
  if (data.created) config.created = data.created;
  if (typeof data.config?.User === 'string') config.user = data.config.User;
  return config;
}

/** "linux/amd64", "linux/arm/v7". */
export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/');
  const [os, architecture, variant] = parts;
  if (parts.length < 2 || parts.length > 3 || !os || !architecture || parts.some((part) => !/^[a-z0-9._-]+$/.test(part))) {
    throw configError(`Invalid platform "${text}": expected os/architecture[/variant], e.g. linux/amd64`);
  }
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** arm64's only variant is v8, so "linux/arm64" and "linux/arm64/v8" are the same platform. */
function normalVariant(platform: Platform): string | undefined {
  if (platform.architecture === 'arm64' && platform.variant === 'v8') return undefined;
  return platform.variant || undefined;
}

/** Does `candidate` satisfy `wanted`? A wanted platform without variant accepts any variant. */
export function platformMatches(wanted: Platform, candidate: Platform): boolean {
  if (wanted.os !== candidate.os || wanted.architecture !== candidate.architecture) return false;
  const variant = normalVariant(wanted);
  return variant === undefined || variant === normalVariant(candidate);
}

/** BuildKit's attestation manifests sit in the index as platform unknown/unknown. */
export function isAttestation(entry: Descriptor): boolean {
  return (
    entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (entry.platform?.os === 'unknown' && entry.platform.architecture === 'unknown')
  );
}
