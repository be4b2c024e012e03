import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  isSlsaProvenance
} from "./chunk-MULAURLS.js";
import {
  repositoryName
} from "./chunk-WX6WFRWC.js";
import {
  errorMessage
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/app/base-image/buildkit-provenance.ts
var REFERENCE_TYPE_KEY = "vnd.docker.reference.type", REFERENCE_DIGEST_KEY = "vnd.docker.reference.digest", PREDICATE_TYPE_KEY = "in-toto.io/predicate-type", IN_TOTO_MEDIA_TYPE = "application/vnd.in-toto+json", STATEMENT_MAX_BYTES = 4 * 1024 * 1024;
function attestationManifestFor(entries, platformDigest) {
  return entries.find(
    (entry) => entry.annotations?.[REFERENCE_TYPE_KEY] === "attestation-manifest" && entry.annotations[REFERENCE_DIGEST_KEY] === platformDigest
  );
}
function provenanceLayers(layers) {
  return layers.filter((layer) => layer.mediaType === IN_TOTO_MEDIA_TYPE && isSlsaProvenance(layer.annotations?.[PREDICATE_TYPE_KEY]));
}
function parseProvenanceStatement(bytes, platformDigest) {
  let statement;
  try {
    statement = JSON.parse(bytes.toString("utf8"));
  } catch {
    return { problem: "is not JSON" };
  }
  if (!isRecord(statement)) return { problem: "is not an in-toto statement" };
  let predicateType = statement.predicateType;
  if (typeof predicateType != "string" || !isSlsaProvenance(predicateType))
    return { problem: `has predicate type ${typeof predicateType == "string" ? predicateType : "(none)"}, not SLSA provenance v1 or v0.2` };
  if (!Object.hasOwn(statement, "predicate") || !isRecord(statement.predicate)) return { problem: "has no predicate" };
  let [algorithm = "", hex = ""] = platformDigest.split(":");
  return (Array.isArray(statement.subject) ? statement.subject : []).some((subject) => {
    let digest = isRecord(subject) && isRecord(subject.digest) ? subject.digest : void 0, value = digest !== void 0 && Object.hasOwn(digest, algorithm) ? digest[algorithm] : void 0;
    return typeof value == "string" && value.toLowerCase() === hex;
  }) ? { predicateType, predicate: statement.predicate } : { problem: `does not name ${platformDigest} as its subject` };
}
async function loadBuildKitProvenance(image, logger) {
  if (image.indexDigest === image.platformDigest) return [];
  let where = `${repositoryName(image.parsed)}@${image.indexDigest}`, attestation;
  try {
    let index = await image.client.getManifest(image.parsed, image.indexDigest);
    if (index.manifest.kind !== "index") return [];
    if (attestation = attestationManifestFor(index.manifest.manifests, image.platformDigest), attestation === void 0)
      return logger.debug(`No BuildKit attestation manifest for ${image.platformDigest} in ${where}`), [];
    let fetched = await image.client.getManifest(image.parsed, attestation.digest);
    if (fetched.manifest.kind !== "manifest")
      return logger.info(`BuildKit's attestation manifest ${attestation.digest} in ${where} is an index, not a manifest; its provenance is not read`), [];
    let found = [];
    for (let layer of provenanceLayers(fetched.manifest.layers)) {
      let statement = await readStatement(image, layer, logger);
      statement !== void 0 && found.push(statement);
    }
    return logger.debug(`BuildKit attestation manifest ${attestation.digest} in ${where}: ${String(found.length)} SLSA provenance statement(s)`), found;
  } catch (error) {
    return logger.info(`BuildKit's provenance in ${where} could not be read: ${errorMessage(error)}`), [];
  }
}
async function readStatement(image, layer, logger) {
  let what = `BuildKit provenance ${layer.digest} of ${repositoryName(image.parsed)}`;
  if (layer.size > STATEMENT_MAX_BYTES) {
    logger.info(`${what} is ${String(layer.size)} bytes; the limit is ${String(STATEMENT_MAX_BYTES)}, so it is not read`);
    return;
  }
  let bytes = await image.client.getBlob(image.parsed, layer.digest, STATEMENT_MAX_BYTES), parsed = parseProvenanceStatement(bytes, image.platformDigest);
  if ("problem" in parsed) {
    logger.info(`${what} ${parsed.problem}; it is not used`);
    return;
  }
  return { ...parsed, source: layer.digest };
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
export {
  IN_TOTO_MEDIA_TYPE,
  PREDICATE_TYPE_KEY,
  REFERENCE_DIGEST_KEY,
  REFERENCE_TYPE_KEY,
  STATEMENT_MAX_BYTES,
  attestationManifestFor,
  loadBuildKitProvenance,
  parseProvenanceStatement,
  provenanceLayers
};
