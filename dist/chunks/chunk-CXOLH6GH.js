import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  external_exports
} from "./chunk-VF2KQCP3.js";
import {
  isDigest
} from "./chunk-LUCZD3HT.js";
import {
  configError,
  infrastructureError
} from "./chunk-QTDHMDYW.js";

// src/registry/manifest.ts
var MEDIA_TYPE = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json"
}, INDEX_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPE.ociIndex, MEDIA_TYPE.dockerManifestList]), MANIFEST_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifest]), CONFIG_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPE.ociConfig, MEDIA_TYPE.dockerConfig]), MANIFEST_ACCEPT = [MEDIA_TYPE.ociIndex, MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifestList, MEDIA_TYPE.dockerManifest].join(", ");
function isIndexMediaType(mediaType) {
  return INDEX_TYPES.has(mediaType);
}
function isManifestMediaType(mediaType) {
  return MANIFEST_TYPES.has(mediaType);
}
function isImageConfigMediaType(mediaType) {
  return CONFIG_TYPES.has(mediaType);
}
var digestSchema = external_exports.string().refine(isDigest, { error: "not a valid digest" }), annotationsSchema = external_exports.record(external_exports.string(), external_exports.string()), platformSchema = external_exports.looseObject({
  os: external_exports.string(),
  architecture: external_exports.string(),
  variant: external_exports.string().optional(),
  "os.version": external_exports.string().optional()
}), descriptorSchema = external_exports.looseObject({
  mediaType: external_exports.string().min(1),
  digest: digestSchema,
  size: external_exports.number().int().nonnegative(),
  platform: platformSchema.optional(),
  annotations: annotationsSchema.optional(),
  artifactType: external_exports.string().optional()
}), indexSchema = external_exports.looseObject({
  schemaVersion: external_exports.literal(2),
  mediaType: external_exports.string().optional(),
  manifests: external_exports.array(descriptorSchema),
  annotations: annotationsSchema.optional()
}), manifestSchema = external_exports.looseObject({
  schemaVersion: external_exports.literal(2),
  mediaType: external_exports.string().optional(),
  config: descriptorSchema,
  layers: external_exports.array(descriptorSchema),
  subject: descriptorSchema.optional(),
  artifactType: external_exports.string().optional(),
  annotations: annotationsSchema.optional()
}), configSchema = external_exports.looseObject({
  architecture: external_exports.string().min(1),
  os: external_exports.string().min(1),
  variant: external_exports.string().optional(),
  created: external_exports.string().optional(),
  config: external_exports.looseObject({
    User: external_exports.string().nullish(),
    Labels: external_exports.record(external_exports.string(), external_exports.string()).nullish()
  }).nullish(),
  rootfs: external_exports.looseObject({ type: external_exports.string(), diff_ids: external_exports.array(digestSchema) })
});
function firstIssue(error) {
  let issue = error.issues[0];
  return issue ? `${issue.path.length ? issue.path.map(String).join(".") : "(top level)"}: ${issue.message}` : "invalid";
}
function parseJson(bytes, what) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw infrastructureError(`${what} is not valid JSON`);
  }
}
function descriptor(value) {
  let result = { mediaType: value.mediaType, digest: value.digest, size: value.size };
  if (value.platform) {
    let platform = { os: value.platform.os, architecture: value.platform.architecture };
    value.platform.variant && (platform.variant = value.platform.variant), value.platform["os.version"] && (platform["os.version"] = value.platform["os.version"]), result.platform = platform;
  }
  return value.annotations && (result.annotations = value.annotations), value.artifactType && (result.artifactType = value.artifactType), result;
}
function parseManifest(bytes, contentType, what) {
  let json = parseJson(bytes, what);
  if (typeof json != "object" || json === null || Array.isArray(json))
    throw infrastructureError(`${what} is not a JSON object`);
  let declared = "mediaType" in json && typeof json.mediaType == "string" ? json.mediaType : void 0, header = contentType?.split(";")[0]?.trim(), mediaType = declared ?? (header && (INDEX_TYPES.has(header) || MANIFEST_TYPES.has(header)) ? header : void 0);
  if (mediaType ??= "manifests" in json ? MEDIA_TYPE.ociIndex : MEDIA_TYPE.ociManifest, INDEX_TYPES.has(mediaType)) {
    let parsed = indexSchema.safeParse(json);
    if (!parsed.success) throw infrastructureError(`${what} is not a valid image index (${firstIssue(parsed.error)})`);
    let index = { kind: "index", mediaType, manifests: parsed.data.manifests.map(descriptor) };
    return parsed.data.annotations && (index.annotations = parsed.data.annotations), index;
  }
  if (MANIFEST_TYPES.has(mediaType)) {
    let parsed = manifestSchema.safeParse(json);
    if (!parsed.success) throw infrastructureError(`${what} is not a valid image manifest (${firstIssue(parsed.error)})`);
    let manifest = {
      kind: "manifest",
      mediaType,
      config: descriptor(parsed.data.config),
      layers: parsed.data.layers.map(descriptor)
    };
    return parsed.data.subject && (manifest.subject = descriptor(parsed.data.subject)), parsed.data.artifactType && (manifest.artifactType = parsed.data.artifactType), parsed.data.annotations && (manifest.annotations = parsed.data.annotations), manifest;
  }
  throw infrastructureError(`${what} has unsupported media type "${mediaType}" (expected an OCI or Docker v2 manifest or index)`);
}
function parseImageConfig(bytes, what) {
  let parsed = configSchema.safeParse(parseJson(bytes, what));
  if (!parsed.success) throw infrastructureError(`${what} is not a valid image config (${firstIssue(parsed.error)})`);
  let data = parsed.data, config = {
    architecture: data.architecture,
    os: data.os,
    diffIds: data.rootfs.diff_ids,
    labels: data.config?.Labels ?? {}
  };
  return data.variant && (config.variant = data.variant), data.created && (config.created = data.created), typeof data.config?.User == "string" && (config.user = data.config.User), config;
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function parsePlatform(text) {
  let parts = text.trim().split("/"), [os, architecture, variant] = parts;
  if (parts.length < 2 || parts.length > 3 || !os || !architecture || parts.some((part) => !/^[a-z0-9._-]+$/.test(part)))
    throw configError(`Invalid platform "${text}": expected os/architecture[/variant], e.g. linux/amd64`);
  return variant ? { os, architecture, variant } : { os, architecture };
}
function normalVariant(platform) {
  if (!(platform.architecture === "arm64" && platform.variant === "v8"))
    return platform.variant || void 0;
}
function platformMatches(wanted, candidate) {
  if (wanted.os !== candidate.os || wanted.architecture !== candidate.architecture) return !1;
  let variant = normalVariant(wanted);
  return variant === void 0 || variant === normalVariant(candidate);
}
function isAttestation(entry) {
  return entry.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || entry.platform?.os === "unknown" && entry.platform.architecture === "unknown";
}

export {
  MEDIA_TYPE,
  MANIFEST_ACCEPT,
  isIndexMediaType,
  isManifestMediaType,
  isImageConfigMediaType,
  parseManifest,
  parseImageConfig,
  formatPlatform,
  parsePlatform,
  platformMatches,
  isAttestation
};
