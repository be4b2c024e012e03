import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  checkSlsa
} from "./chunk-MULAURLS.js";
import {
  errorMessage
} from "./chunk-YQNRIA6J.js";

// src/core/judge/signature-gate.ts
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
  let allowed = new Set(policy.sources), usable = results.filter((result) => allowed.has(result.source)), lookedIn = policy.sources.length === 0 ? "the policy allows no signature sources" : `looked in ${policy.sources.join(", ")}`, whileLooking = problemsNote(problems), signed = signatureRequirement(usable, lookedIn, whileLooking);
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
function isSignature(result) {
  return result.kind === "signature" || result.predicateType === COSIGN_SIGN_PREDICATE_TYPE;
}
function isTrusted(result) {
  return result.verified && result.signer !== void 0 && result.rejection === void 0;
}
function anchoredRegExp(pattern) {
  return new RegExp(pattern, "u"), new RegExp(`^(?:${pattern})$`, "u");
}
function compileAnchored(pattern) {
  try {
    return { regexp: anchoredRegExp(pattern) };
  } catch (error) {
    let message = errorMessage(error), prefix = `Invalid regular expression: /${pattern}/u: `;
    return { problem: message.startsWith(prefix) ? message.slice(prefix.length) : "it does not compile" };
  }
}
function patternProblem(pattern) {
  let compiled = compileAnchored(pattern);
  return "problem" in compiled ? compiled.problem : void 0;
}
function signatureRequirement(results, lookedIn, whileLooking) {
  let signatures = results.filter(isSignature), verified = signatures.find(isTrusted);
  if (verified)
    return { kind: "signature", description: SIGNED_REQUIREMENT, required: !0, satisfied: !0, satisfiedBy: verified.location };
  let reason = signatures.length === 0 ? `no signature was found (${lookedIn})${whileLooking}` : `${count(signatures.length, "signature")} found, none verified: ${rejections(signatures)}${whileLooking}`;
  return { kind: "signature", description: SIGNED_REQUIREMENT, required: !0, satisfied: !1, reason };
}
function attestationRequirement(results, requirement, lookedIn, whileLooking) {
  let base = { kind: "attestation", description: describeAttestationRequirement(requirement), required: requirement.required }, candidates = results.filter((r) => r.kind === "attestation" && r.predicateType === requirement.predicateType), verified = candidates.filter(isTrusted);
  if (candidates.length === 0)
    return { ...base, satisfied: !1, reason: `no attestation of this type was found (${lookedIn})${whileLooking}` };
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
  evaluateSignatures,
  isTrusted,
  compileAnchored,
  patternProblem
};
