import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  require_semver
} from "./chunk-OCHOTNP6.js";
import {
  formatReference,
  parseImageReference
} from "./chunk-WX6WFRWC.js";
import {
  GateError,
  describeError
} from "./chunk-YQNRIA6J.js";
import {
  __toESM
} from "./chunk-AWIWLHBC.js";

// src/core/judge/base-image/newer-tags.ts
var import_semver = __toESM(require_semver(), 1), VERSION_TAG = /^(v?)(\d{1,15})(?:\.(\d{1,15}))?(?:\.(\d{1,15}))?((?:[-_+].*)?)$/;
function readTag(tag) {
  let match = VERSION_TAG.exec(tag);
  if (!match) return;
  let [, prefix = "", major = "", minor, patch, suffix = ""] = match, version = import_semver.default.parse(`${String(Number(major))}.${String(Number(minor ?? 0))}.${String(Number(patch ?? 0))}`);
  return version ? { prefix, parts: patch !== void 0 ? 3 : minor !== void 0 ? 2 : 1, version, suffix } : void 0;
}
function newerTags(current, tags, cap) {
  let base = readTag(current);
  if (!base) return [];
  let newer = [];
  for (let tag of new Set(tags)) {
    let candidate = readTag(tag);
    candidate?.prefix === base.prefix && candidate.suffix === base.suffix && candidate.parts === base.parts && candidate.version.major === base.version.major && import_semver.default.gt(candidate.version, base.version) && newer.push({ tag, version: candidate.version });
  }
  return newer.sort((a, b) => import_semver.default.rcompare(a.version, b.version)), newer.slice(0, Math.max(0, cap)).map((entry) => entry.tag);
}

// src/app/base-image/resolve.ts
var DEFAULT_MAX_NEWER_TAGS = 5, DEFAULT_TAG_LIMIT = 2e3;
async function resolveBaseFacts(client, written, platform, options) {
  return resolveBasePlatform(client, await resolveBaseLine(client, written, options), platform);
}
async function resolveBaseLine(client, written, options) {
  let facts = { written, line: options.line, newerTags: [], unknown: {} }, where = whereOf(facts), reason = (error) => `${where}: ${describeError(error)}`, ref;
  try {
    ref = parseImageReference(written);
  } catch (error) {
    rethrowUnexpected(error);
    let message = reason(error);
    return facts.unknown = { reference: message, diffIds: message, current: message, newerTags: message }, facts;
  }
  facts.normalized = formatReference(ref);
  let name = { registry: ref.registry, repository: ref.repository }, tag = ref.tag ?? (ref.digest === void 0 ? "latest" : void 0);
  ref.digest !== void 0 && (facts.pinnedDigest = ref.digest);
  let [current, tags] = await Promise.all([
    tag === void 0 ? void 0 : settle(client.resolve({ ...name, tag }).then((resolved) => resolved.digest)),
    tag === void 0 ? void 0 : settle(client.listTags(name, options.tagLimit ?? DEFAULT_TAG_LIMIT))
  ]);
  current === void 0 ? facts.unknown.current = `${where} names no tag, so there is nothing to compare its digest with; write name:tag@digest` : current.ok ? facts.currentDigest = current.value : facts.unknown.current = reason(current.error), tags === void 0 ? facts.unknown.newerTags = `${where} names no tag, so it has no version line` : tags.ok ? (facts.newerTags = newerTags(tag ?? "", tags.value.tags, options.maxNewerTags ?? DEFAULT_MAX_NEWER_TAGS), tags.value.truncated && (facts.tagsTruncated = !0)) : facts.unknown.newerTags = reason(tags.error);
  let digest = facts.pinnedDigest ?? facts.currentDigest;
  return digest !== void 0 && (facts.digest = digest), facts;
}
async function resolveBasePlatform(client, line, platform) {
  let facts = { ...line, newerTags: [...line.newerTags], unknown: { ...line.unknown } };
  if (facts.unknown.reference !== void 0) return facts;
  let where = whereOf(facts), reason = (error) => `${where}: ${describeError(error)}`, ref = parseImageReference(facts.written), name = { registry: ref.registry, repository: ref.repository }, digest = facts.digest, [image, created] = await Promise.all([
    // The tag stays in the reference only so that messages show the FROM as written; the digest decides.
    digest === void 0 ? void 0 : settle(client.pin({ ...ref, digest }, { platform })),
    facts.pinnedDigest !== void 0 && facts.currentDigest !== void 0 && facts.pinnedDigest !== facts.currentDigest ? settle(client.pin({ ...name, digest: facts.currentDigest }, { defaultPlatform: platform })) : void 0
  ]);
  if (image === void 0)
    facts.unknown.diffIds = facts.unknown.current ?? `${where}: it resolved to no digest`;
  else if (image.ok) {
    let [selected] = image.value.platforms;
    selected ? (facts.diffIds = selected.config.diffIds, facts.platformDigest = selected.digest) : facts.unknown.diffIds = `${where}: the registry listed no ${platform} image`;
  } else
    facts.unknown.diffIds = reason(image.error);
  if (created?.ok === !0) {
    let createdAt = created.value.platforms[0]?.config.created;
    createdAt === void 0 ? facts.unknown.current = `${where}: the image its tag now points to (${facts.currentDigest ?? ""}) has no "created" date in its config` : facts.createdOfCurrent = createdAt;
  } else created?.ok === !1 && (facts.unknown.current = reason(created.error));
  return facts;
}
function whereOf(facts) {
  return `Base image ${facts.written} (line ${String(facts.line)})`;
}
async function settle(promise) {
  try {
    return { ok: !0, value: await promise };
  } catch (error) {
    return rethrowUnexpected(error), { ok: !1, error };
  }
}
function rethrowUnexpected(error) {
  if (!(error instanceof GateError)) throw error;
}
export {
  resolveBaseFacts,
  resolveBaseLine,
  resolveBasePlatform
};
