import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  baseOfFinalStage
} from "./chunk-W4O3NVFX.js";
import {
  parseImageReference
} from "./chunk-WX6WFRWC.js";
import {
  describeError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/core/judge/base-image/dockerfile-rules.ts
function externalFroms(analysis) {
  let result = [];
  for (let stage of analysis.stages)
    (stage.from.kind === "image" || stage.from.kind === "unresolved") && result.push({ stage, from: stage.from });
  return result;
}
function pinnedChecks(analysis, policy) {
  return policy.pinned === "off" ? [] : externalFroms(analysis).map(({ stage, from }) => {
    let base = { rule: "pinned", line: stage.line, image: from.written };
    return from.kind === "unresolved" ? { ...base, status: "unknown", message: `Cannot tell whether the FROM on line ${String(stage.line)} is pinned: ${from.reason}` } : from.digest !== void 0 ? { ...base, status: "pass", message: `${from.written} is pinned to ${from.digest}` } : {
      ...base,
      status: "fail",
      message: `${from.written} (line ${String(stage.line)}) is not pinned: pin it to the digest of the image you tested (${from.written}@sha256:\u2026) so every build uses the same base`
    };
  });
}
function approvedChecks(analysis, policy) {
  return policy.allow.length === 0 && policy.deny.length === 0 ? [] : externalFroms(analysis).map(({ stage, from }) => {
    let base = { rule: "approved", line: stage.line, image: from.written };
    if (from.kind === "unresolved")
      return { ...base, status: "unknown", message: `Cannot tell whether the FROM on line ${String(stage.line)} is approved: ${from.reason}` };
    let subject = approvalSubject(from), latest = from.tag === void 0 && from.digest === void 0 ? "no tag: latest" : void 0, named = latest === void 0 ? from.written : `${from.written} (${latest})`, namedAt = `${from.written} (line ${String(stage.line)}${latest === void 0 ? "" : `, ${latest}`})`, denied = policy.deny.find((pattern) => matchesImagePattern(pattern, subject));
    if (denied !== void 0) return { ...base, status: "fail", message: `${namedAt} is denied by the pattern "${denied}"` };
    if (policy.allow.length === 0) return { ...base, status: "pass", message: `${named} is not denied` };
    let allowed = policy.allow.find((pattern) => matchesImagePattern(pattern, subject));
    return allowed !== void 0 ? { ...base, status: "pass", message: `${named} is allowed by the pattern "${allowed}"` } : {
      ...base,
      status: "fail",
      message: `${namedAt} is not approved: it matches none of the allowed patterns (${policy.allow.map((p) => `"${p}"`).join(", ")})`
    };
  });
}
function approvalSubject(from) {
  let repository = repositoryOf(from.reference);
  return from.tag !== void 0 ? `${repository}:${from.tag}` : from.digest !== void 0 ? `${repository}@${from.digest}` : `${repository}:latest`;
}
function repositoryOf(reference) {
  let at = reference.indexOf("@"), withoutDigest = at === -1 ? reference : reference.slice(0, at), colon = withoutDigest.lastIndexOf(":");
  return colon > withoutDigest.lastIndexOf("/") ? withoutDigest.slice(0, colon) : withoutDigest;
}
function matchesImagePattern(pattern, subject) {
  let regex = globToRegExp(pattern), lastSlash = subject.lastIndexOf("/"), target = pattern.includes("/") ? subject : subject.slice(lastSlash + 1);
  if (regex.test(target)) return !0;
  let patternTail = pattern.slice(pattern.lastIndexOf("/") + 1);
  return patternTail.includes(":") || patternTail.includes("@") ? !1 : regex.test(repositoryOf(target));
}
function globToRegExp(pattern) {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    let ch = pattern.charAt(index);
    ch === "*" && pattern[index + 1] === "*" ? (source += ".*", index++) : ch === "*" ? source += "[^/]*" : ch === "?" ? source += "[^/]" : source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

// src/app/base-image/check-base-image.ts
var MAX_PIN_SUGGESTIONS = 20;
async function checkBaseImage(analysis, policy, signatures, image, config, context) {
  return baseImageCheck(analysis, policy, signatures, config, context).forPlatform(image);
}
function baseImageCheck(analysis, policy, signatures, config, context) {
  let shared;
  return {
    async forPlatform(image) {
      let { checks, base } = await (shared ??= sharedBase(analysis, policy, signatures, config, context)), own = checks.map((check) => ({ ...check }));
      if (base === void 0) return { checks: own };
      let [client, { resolveBasePlatform }, { currentCheck }, { provenCheck }, { provenanceCheck }] = await Promise.all([
        context.registry(),
        import("./resolve-CSRP52AB.js"),
        import("./current-check-PFJM5DPL.js"),
        import("./proven-check-E32FOW4Q.js"),
        import("./provenance-check-D6QFHYTI.js")
      ]), facts = await resolveBasePlatform(client, base.line, image.platform);
      if (own.push(currentCheck(facts, policy.maxAgeDays, context.now())), policy.proven !== "off") {
        own.push(provenCheck(facts, image.diffIds));
        let unsigned = await buildKitProvenance(image, context);
        own.push(
          provenanceCheck(facts, {
            attestations: image.attestations,
            ...image.labels && { labels: image.labels },
            ...unsigned.length > 0 && { unsigned }
          })
        );
      }
      return base.signed && own.push({ ...base.signed }), { checks: own, facts };
    }
  };
}
async function sharedBase(analysis, policy, signatures, config, context) {
  let checks = [...pinnedChecks(analysis, policy), ...approvedChecks(analysis, policy)], base = baseOfFinalStage(analysis);
  if (base?.from.kind !== "image") return { checks };
  let [client, { resolveBaseLine }, { pinSuggestion }] = await Promise.all([
    context.registry(),
    import("./resolve-CSRP52AB.js"),
    import("./pin-suggestion-3KNDSXXE.js")
  ]), facts = await resolveBaseLine(client, base.from.written, { line: base.line });
  context.logger.info(`Base image: ${base.from.written} (Dockerfile line ${base.line})${facts.digest ? ` is ${facts.digest}` : ""}`);
  let pending = /* @__PURE__ */ new Map(), stageAt = new Map(analysis.stages.map((stage) => [stage.line, stage])), unsuggested = 0;
  for (let check of checks) {
    if (check.rule !== "pinned" || check.status !== "fail") continue;
    if (check.line === base.line) {
      let suggestion = pinSuggestion(facts);
      suggestion !== void 0 && (check.suggestion = `pin it: FROM ${suggestion}`);
      continue;
    }
    let from = stageAt.get(check.line)?.from;
    if (from?.kind !== "image") continue;
    let same = pending.get(from.written);
    same ? same.checks.push(check) : pending.size < MAX_PIN_SUGGESTIONS ? pending.set(from.written, { reference: from.reference, checks: [check] }) : unsuggested++;
  }
  unsuggested > 0 && context.logger.debug(
    `No digest is looked up for ${String(unsuggested)} more unpinned FROM lines (at most ${String(MAX_PIN_SUGGESTIONS)} images are)`
  ), await Promise.all(
    [...pending].map(async ([written, { reference, checks: same }]) => {
      try {
        let { digest } = await client.resolve(parseImageReference(reference)), suggestion = `pin it: FROM ${pinSuggestion({ written, currentDigest: digest }) ?? ""}`;
        for (let check of same) check.suggestion = suggestion;
      } catch (error) {
        context.logger.debug(`Could not resolve ${written} (line ${String(same[0]?.line)}) to suggest a digest: ${describeError(error)}`);
      }
    })
  );
  let signed = policy.signed.mode !== "off" ? await signedCheck(facts, policy, signatures, config, context) : void 0;
  return { checks, base: { line: facts, ...signed && { signed } } };
}
async function buildKitProvenance(image, context) {
  let registry = image.registry;
  if (registry === void 0) return [];
  let [{ loadBuildKitProvenance }, client] = await Promise.all([import("./buildkit-provenance-H57RS3MT.js"), context.registry()]);
  return loadBuildKitProvenance(
    {
      client,
      parsed: registry.parsed,
      indexDigest: registry.pinned.digest,
      platformDigest: registry.platformManifest.digest
    },
    context.logger
  );
}
async function signedCheck(facts, policy, signatures, config, context) {
  let at = { rule: "signed", line: facts.line, image: facts.written };
  if (facts.digest === void 0)
    return { ...at, status: "unknown", message: facts.unknown.reference ?? "the base image could not be resolved to a digest" };
  let { verifySignatures } = await import("./verify-signatures-QQYEOURC.js"), reference = { ...parseImageReference(facts.written), digest: facts.digest }, basePolicy = {
    mode: "required",
    sources: signatures.sources,
    identities: policy.signed.identities,
    keys: policy.signed.keys,
    ...signatures.trustedRootPath !== void 0 && { trustedRootPath: signatures.trustedRootPath },
    attestations: []
  }, verdict = await verifySignatures({ reference, digest: facts.digest }, basePolicy, config, context);
  if (verdict.requirements.every((requirement) => requirement.satisfied)) {
    let by = verdict.requirements[0]?.satisfiedBy, unlogged = verdict.results.some((result) => result.verified && result.transparencyLog === "not-checked");
    return {
      ...at,
      status: "pass",
      message: `signed by a trusted signer${by ? ` (${by})` : ""}${unlogged ? "; transparency log not checked (insecure-ignore-tlog)" : ""}`
    };
  }
  let reasons = [
    ...verdict.requirements.filter((requirement) => !requirement.satisfied).map((requirement) => requirement.reason ?? requirement.description),
    ...verdict.problems
  ];
  return { ...at, status: "fail", message: `not signed by a trusted signer: ${reasons.join("; ")}` };
}
export {
  MAX_PIN_SUGGESTIONS,
  baseImageCheck,
  checkBaseImage
};
