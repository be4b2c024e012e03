import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/core/judge/slsa.ts
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1", SLSA_PROVENANCE_V0_2 = "https://slsa.dev/provenance/v0.2", SLSA_PROVENANCE_TYPES = [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V0_2];
function isSlsaProvenance(predicateType) {
  return predicateType !== void 0 && SLSA_PROVENANCE_TYPES.includes(predicateType);
}
function readSlsaProvenance(predicateType, predicate) {
  if (predicateType === SLSA_PROVENANCE_V1) return readV1(predicate);
  if (predicateType === SLSA_PROVENANCE_V0_2) return readV02(predicate);
}
function checkSlsa(predicateType, predicate, conditions) {
  let wanted = conditions ?? {};
  if (wanted.builderId === void 0 && wanted.sourceRepository === void 0 && wanted.sourceRef === void 0)
    return { ok: !0 };
  let provenance = readSlsaProvenance(predicateType, predicate);
  if (provenance === void 0)
    return { ok: !1, reason: `predicate type ${predicateType ?? "(none)"} is not SLSA provenance v1 or v0.2` };
  let failures = [];
  return wanted.builderId !== void 0 && !builderMatches(provenance.builderId, wanted.builderId) && failures.push(mismatch("builder id", provenance.builderId, wanted.builderId)), wanted.sourceRepository !== void 0 && (provenance.sourceRepository === void 0 || normaliseRepository(provenance.sourceRepository) !== normaliseRepository(wanted.sourceRepository)) && failures.push(mismatch("source repository", provenance.sourceRepository, wanted.sourceRepository)), wanted.sourceRef !== void 0 && provenance.sourceRef !== wanted.sourceRef && failures.push(mismatch("source ref", provenance.sourceRef, wanted.sourceRef)), failures.length === 0 ? { ok: !0 } : { ok: !1, reason: failures.join("; ") };
}
function mismatch(what, actual, wanted) {
  return actual === void 0 ? `the provenance names no ${what} (the policy wants ${JSON.stringify(wanted)})` : `${what} is ${JSON.stringify(actual)}, the policy wants ${JSON.stringify(wanted)}`;
}
function builderMatches(actual, wanted) {
  if (actual === void 0) return !1;
  if (actual === wanted) return !0;
  if (wanted.includes("@")) return !1;
  let at = actual.indexOf("@");
  return at >= 0 && actual.slice(0, at) === wanted;
}
function normaliseRepository(uri) {
  return uri.replace(/^git\+/, "").replace(/\/+$/, "").replace(/\.git$/, "");
}
function readV1(predicate) {
  let buildDefinition = field(predicate, "buildDefinition"), workflow = field(field(buildDefinition, "externalParameters"), "workflow"), repository = text(field(workflow, "repository")), ref = text(field(workflow, "ref"));
  return {
    version: "v1",
    ...optional("builderId", text(field(field(field(predicate, "runDetails"), "builder"), "id"))),
    ...optional("sourceRepository", repository === void 0 ? void 0 : normaliseRepository(repository)),
    ...optional("sourceRef", ref),
    dependencies: dependencies(field(buildDefinition, "resolvedDependencies"))
  };
}
function readV02(predicate) {
  let configSource = field(field(predicate, "invocation"), "configSource"), uri = text(field(configSource, "uri")), source = uri === void 0 ? void 0 : splitSourceUri(uri), sourceDigest = digestSet(field(configSource, "digest"));
  return {
    version: "v0.2",
    ...optional("builderId", text(field(field(predicate, "builder"), "id"))),
    ...optional("sourceRepository", source?.repository),
    ...optional("sourceRef", source?.ref),
    ...sourceDigest !== void 0 && { sourceDigest },
    dependencies: dependencies(field(predicate, "materials"))
  };
}
function splitSourceUri(uri) {
  let bare = uri.replace(/^git\+/, ""), url;
  try {
    url = new URL(bare);
  } catch {
    return { repository: normaliseRepository(bare) };
  }
  let at = url.pathname.indexOf("@");
  if (at < 0) return { repository: normaliseRepository(bare) };
  let ref = decodeURIComponentSafe(url.pathname.slice(at + 1));
  return url.pathname = url.pathname.slice(0, at), url.search = "", url.hash = "", { repository: normaliseRepository(url.href), ...ref !== "" && { ref } };
}
function decodeURIComponentSafe(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function dependencies(value) {
  if (!Array.isArray(value)) return [];
  let out = [];
  for (let item of value) {
    let uri = text(field(item, "uri"));
    uri !== void 0 && out.push({ uri, digest: digestSet(field(item, "digest")) ?? {} });
  }
  return out;
}
function digestSet(value) {
  if (!isRecord(value)) return;
  let out = {};
  for (let [algorithm, digest] of Object.entries(value))
    typeof digest == "string" && (out[algorithm] = digest);
  return out;
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function field(value, key) {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : void 0;
}
function text(value) {
  return typeof value == "string" && value !== "" ? value : void 0;
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

export {
  SLSA_PROVENANCE_TYPES,
  isSlsaProvenance,
  readSlsaProvenance,
  checkSlsa
};
