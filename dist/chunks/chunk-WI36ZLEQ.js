import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/core/slsa.ts
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1", SLSA_PROVENANCE_V0_2 = "https://slsa.dev/provenance/v0.2", SLSA_PROVENANCE_TYPES = [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V0_2];
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

// src/core/signature-gate.ts
var COSIGN_SIGN_PREDICATE_TYPE = "https://sigstore.dev/cosign/sign/v1", SIGNED_REQUIREMENT = "signed by a trusted signer", NAMED_IN_REASON = 3;
function evaluateSignatures(results, problems, policy) {
  let verdict = {
    mode: policy.mode,
    results: [...results],
    problems: [...problems],
    requirements: [],
    violations: []
  };
  if (policy.mode === "off") return verdict;
  let allowed = new Set(policy.sources), usable = results.filter((result) => allowed.has(result.source)), lookedIn = policy.sources.length === 0 ? "nowhere (no sources allowed)" : policy.sources.join(", "), whileLooking = problemsNote(problems), signed = signatureRequirement(usable, lookedIn, whileLooking);
  verdict.requirements.push(signed);
  let attestations = policy.attestations.map((requirement) => ({
    requirement,
    judged: attestationRequirement(usable, requirement, lookedIn, whileLooking)
  }));
  if (verdict.requirements.push(...attestations.map(({ judged }) => judged)), policy.mode === "required") {
    signed.satisfied || verdict.violations.push({
      rule: "signature",
      message: `The image is not ${SIGNED_REQUIREMENT}: ${signed.reason ?? "no verified signature"}`,
      count: 0
    });
    for (let { requirement, judged } of attestations)
      !requirement.required || judged.satisfied || verdict.violations.push({
        rule: "attestation",
        message: `Required ${judged.description} is not satisfied: ${judged.reason ?? "no verified attestation"}`,
        count: 0
      });
  }
  return verdict;
}
function withSignatures(verdict, signatures) {
  let violations = [...verdict.violations.filter((v) => v.rule !== "signature" && v.rule !== "attestation"), ...signatures.violations], outcome = violations.length > 0 ? "fail" : "pass";
  return { ...verdict, violations, outcome, failsStep: outcome === "fail" && verdict.mode === "enforce", signatures };
}
function isSignature(result) {
  return result.kind === "signature" || result.predicateType === COSIGN_SIGN_PREDICATE_TYPE;
}
function isTrusted(result) {
  return result.verified && result.signer !== void 0 && result.rejection === void 0;
}
function anchoredRegExp(pattern) {
  return new RegExp(`^(?:${pattern})$`, "u");
}
function signatureRequirement(results, lookedIn, whileLooking) {
  let signatures = results.filter(isSignature), verified = signatures.find(isTrusted);
  if (verified)
    return { description: SIGNED_REQUIREMENT, required: !0, satisfied: !0, satisfiedBy: verified.location };
  let reason = signatures.length === 0 ? `no signature was found (looked in ${lookedIn})${whileLooking}` : `${count(signatures.length, "signature")} found, none verified: ${rejections(signatures)}${whileLooking}`;
  return { description: SIGNED_REQUIREMENT, required: !0, satisfied: !1, reason };
}
function attestationRequirement(results, requirement, lookedIn, whileLooking) {
  let base = { description: describeAttestationRequirement(requirement), required: requirement.required }, candidates = results.filter((r) => r.kind === "attestation" && r.predicateType === requirement.predicateType), verified = candidates.filter(isTrusted);
  if (candidates.length === 0)
    return { ...base, satisfied: !1, reason: `no attestation of this type was found (looked in ${lookedIn})${whileLooking}` };
  if (verified.length === 0) {
    let found = count(candidates.length, "attestation");
    return { ...base, satisfied: !1, reason: `${found} found, none verified: ${rejections(candidates)}${whileLooking}` };
  }
  let mismatches = [];
  for (let result of verified) {
    let slsa = checkSlsa(result.predicateType, result.predicate, requirement.slsa);
    if (slsa.ok) return { ...base, satisfied: !0, satisfiedBy: result.location };
    mismatches.push(`${result.location}: ${slsa.reason ?? "provenance does not match"}`);
  }
  let reason = `${count(verified.length, "verified attestation")} found, none meets the provenance conditions: ${named(mismatches)}`;
  return { ...base, satisfied: !1, reason };
}
function describeAttestationRequirement(requirement) {
  let conditions = [], slsa = requirement.slsa ?? {};
  return slsa.builderId !== void 0 && conditions.push(`builder id ${slsa.builderId}`), slsa.sourceRepository !== void 0 && conditions.push(`source repository ${slsa.sourceRepository}`), slsa.sourceRef !== void 0 && conditions.push(`source ref ${slsa.sourceRef}`), `attestation ${requirement.predicateType}${conditions.length > 0 ? ` (${conditions.join(", ")})` : ""}`;
}
function rejections(results) {
  return named(
    results.map((r) => {
      let why = r.rejection !== void 0 ? `${r.rejection.code}: ${r.rejection.message}` : r.verified ? "reported verified, but names no signer" : "rejected";
      return `${r.location} (${why})`;
    })
  );
}
function named(items) {
  let shown = items.slice(0, NAMED_IN_REASON).join("; "), more = items.length - NAMED_IN_REASON;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}
function problemsNote(problems) {
  return problems.length === 0 ? "" : `; ${count(problems.length, "problem")} while looking: ${named(problems)}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export {
  SLSA_PROVENANCE_TYPES,
  evaluateSignatures,
  withSignatures,
  isTrusted,
  anchoredRegExp
};
