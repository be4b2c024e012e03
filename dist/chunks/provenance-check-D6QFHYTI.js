import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  readSlsaProvenance
} from "./chunk-MULAURLS.js";
import {
  isDigest,
  parseImageReference,
  repositoryName
} from "./chunk-WX6WFRWC.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/core/judge/base-image/provenance-check.ts
var BASE_NAME_KEY = "org.opencontainers.image.base.name", BASE_DIGEST_KEY = "org.opencontainers.image.base.digest";
function provenanceCheck(facts, witnesses) {
  let at = { rule: "provenance", line: facts.line, image: facts.written }, declaredName = nameOf(facts.written), declaredDigests = new Set([facts.digest, facts.pinnedDigest, facts.platformDigest].filter((digest) => digest !== void 0)), declared = `${facts.written}${facts.digest !== void 0 && !facts.written.includes("@") ? ` (${facts.digest})` : ""}`, contradictions = [], unknowns = [], agreeing = [], signed = witnesses.attestations.filter((attestation) => attestation.verified);
  for (let [witness, statements] of [
    ["the provenance", signed],
    ["the BuildKit provenance (unsigned)", witnesses.unsigned ?? []]
  ]) {
    let dependencies = statements.flatMap((statement) => readSlsaProvenance(statement.predicateType, statement.predicate)?.dependencies ?? []).map(imageDependency).filter((dependency) => dependency !== void 0);
    if (dependencies.length === 0) continue;
    let sameDigest = dependencies.filter((dependency) => dependency.digests.some((digest) => declaredDigests.has(digest))), sameName = dependencies.filter((dependency) => declaredName !== void 0 && dependency.name === declaredName);
    sameDigest.length > 0 ? agreeing.push(`${witness} names it (${sameDigest[0]?.uri ?? ""})`) : declaredDigests.size === 0 ? unknowns.push(`${witness} names ${list(dependencies)}, but the base's digest is not known to compare`) : sameName.length > 0 ? contradictions.push(`${witness} names ${list(sameName)}, another digest of that image`) : contradictions.push(`${witness} names ${list(dependencies)}, not this base`);
  }
  for (let [source, values] of [
    ["label", witnesses.labels],
    ["annotation", witnesses.annotations]
  ]) {
    let baseDigest = values?.[BASE_DIGEST_KEY];
    if (baseDigest !== void 0) {
      let where = `its ${source} ${BASE_DIGEST_KEY}=${baseDigest}`;
      declaredDigests.size === 0 ? unknowns.push(`${where} cannot be compared: the base's digest is not known`) : declaredDigests.has(baseDigest) ? agreeing.push(where) : contradictions.push(`${where} names another base`);
    }
    let baseName = values?.[BASE_NAME_KEY];
    if (baseName !== void 0) {
      let where = `its ${source} ${BASE_NAME_KEY}=${baseName}`, named = nameOf(baseName);
      named === void 0 ? unknowns.push(`${where} is not an image reference`) : declaredName === void 0 ? unknowns.push(`${where} cannot be compared: ${facts.written} is not an image reference`) : named === declaredName ? agreeing.push(where) : contradictions.push(`${where} names another base`);
    }
  }
  return contradictions.length > 0 ? { ...at, status: "fail", message: `The Dockerfile's base is ${declared}, but ${contradictions.join("; ")}` } : unknowns.length > 0 ? { ...at, status: "unknown", message: `Whether ${declared} is the image's base cannot be cross-checked: ${unknowns.join("; ")}` } : agreeing.length > 0 ? { ...at, status: "pass", message: `${declared} agrees with ${agreeing.join(" and ")}` } : {
    ...at,
    status: "pass",
    message: `Nothing to cross-check ${declared} with: no verified (or BuildKit) SLSA provenance names images, and there are no base labels or annotations`
  };
}
function nameOf(reference) {
  let parsed = parse(reference);
  return parsed === void 0 ? void 0 : repositoryName(parsed);
}
function parse(reference) {
  try {
    return parseImageReference(reference);
  } catch {
    return;
  }
}
function imageDependency(dependency) {
  let digests = Object.entries(dependency.digest).map(([algorithm, hex]) => `${algorithm}:${hex.toLowerCase()}`), scheme = /^(pkg:docker\/|docker-image:\/\/|docker:\/\/|oci:\/\/)(.*)$/i.exec(dependency.uri);
  if (!scheme) return;
  let [, prefix = "", rest = ""] = scheme, reference = rest;
  if (prefix.toLowerCase() === "pkg:docker/") {
    let [path = "", query = ""] = rest.split("#")[0]?.split("?") ?? [], at = path.lastIndexOf("@"), name = decode(at === -1 ? path : path.slice(0, at)), version = at === -1 ? "" : decode(path.slice(at + 1));
    isDigest(version) && digests.push(version);
    let registry = new URLSearchParams(query).get("repository_url");
    reference = registry ? `${registry.replace(/\/+$/, "")}/${name}` : name;
  }
  let parsed = parse(reference.replace(/\?.*$/, ""));
  return parsed?.digest !== void 0 && digests.push(parsed.digest), { uri: dependency.uri, digests, ...parsed !== void 0 && { name: repositoryName(parsed) } };
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function list(dependencies) {
  return `${dependencies.slice(0, 3).map((dependency) => `${dependency.uri}${dependency.digests[0] ? ` (${dependency.digests[0]})` : ""}`).join(", ")}${dependencies.length > 3 ? ` and ${String(dependencies.length - 3)} more` : ""}`;
}
export {
  BASE_DIGEST_KEY,
  BASE_NAME_KEY,
  provenanceCheck
};
