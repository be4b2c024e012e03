import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  evaluateSignatures
} from "./chunk-4ENMLC6D.js";
import {
  formatPlatform
} from "./chunk-BJR5CI72.js";
import {
  describeError
} from "./chunk-YQNRIA6J.js";

// src/app/signatures/verify-signatures.ts
import { join } from "node:path";
var EVERY_PLATFORM = "every platform";
async function verifySignatures(image, policy, config, context) {
  let judge = await signatureJudge(image, policy, config, context), top = await judge(image.digest, "");
  if (policy.perPlatform !== !0) return top;
  let platforms = await platformDigests(await context.registry(), image, context);
  if ("problem" in platforms)
    return mergePlatformVerdicts(top, [{ platform: EVERY_PLATFORM, verdict: evaluateSignatures([], [platforms.problem], policy) }]);
  let judged = [];
  for (let { platform, digest } of platforms.list)
    judged.push({ platform, verdict: await judge(digest, ` (${platform} ${digest})`) });
  return mergePlatformVerdicts(top, judged);
}
function imageSignatures(image, policy, config, context) {
  let pinned, once = () => pinned ??= (async () => {
    let judge = await signatureJudge(image, policy, config, context);
    return { judge, top: await judge(image.digest, "") };
  })();
  return {
    async forPlatform(platform) {
      let { judge, top } = await once();
      if (platform === void 0 || policy.perPlatform !== !0) return top;
      let verdict = await judge(platform.digest, ` (${platform.name} ${platform.digest})`);
      return mergePlatformVerdicts(top, [{ platform: platform.name, verdict }]);
    }
  };
}
async function signatureJudge(image, policy, config, context) {
  let [{ discoverEvidence }, { loadTrustedRootFresh, verifyEvidence }, client] = await Promise.all([
    import("./discover-5XX7MRKY.js"),
    import("./sigstore-AHSSTPQ6.js"),
    context.registry()
  ]), { tufMirrorUrl } = context.environment, trust = await loadTrustedRootFresh(policy.trustedRootPath, {
    logger: context.logger,
    cacheDir: join(context.paths.tempDir, "sigstore-tuf"),
    // A private TUF mirror (air-gapped runners); tests point it at a closed port so nothing leaves the machine.
    ...tufMirrorUrl && { mirrorUrl: tufMirrorUrl }
  }), repository = context.github.repository, github = repository ? { apiUrl: context.github.apiUrl, token: config.githubToken, repository } : void 0;
  return async (digest, label) => {
    let discovery = await discoverEvidence(client, image.reference, digest, {
      sources: policy.sources,
      github,
      logger: context.logger
    }), results = await Promise.all(
      discovery.evidence.map(
        (evidence) => verifyEvidence(evidence, digest, trust, {
          identities: policy.identities,
          keys: policy.keys,
          ...policy.certificateAuthorities !== void 0 && { certificateAuthorities: policy.certificateAuthorities },
          ...policy.ignoreSct === !0 && { ignoreSct: !0 },
          ...policy.ignoreTlog === !0 && { ignoreTlog: !0 }
        })
      )
    );
    return context.logger.info(
      `Signatures${label}: ${results.filter((result) => result.verified).length} of ${results.length} verified (${discovery.requests} requests)`
    ), evaluateSignatures(results, discovery.problems, policy);
  };
}
async function platformDigests(client, image, context) {
  try {
    let top = await client.getManifest(image.reference, image.digest);
    if (top.manifest.kind === "manifest") return { list: [] };
    let entries = client.imageEntries(image.reference, top.manifest.manifests);
    return context.logger.info(`Signatures: checking ${entries.length} platform manifests of ${image.digest} as well`), { list: platformLabels(entries) };
  } catch (error) {
    return { problem: `Could not list the platforms of ${image.digest} to check each one: ${describeError(error)}` };
  }
}
function platformLabels(entries) {
  let named = entries.map((entry) => ({
    name: entry.platform ? formatPlatform(entry.platform) : void 0,
    digest: entry.digest
  })), counts = /* @__PURE__ */ new Map();
  for (let { name } of named) name !== void 0 && counts.set(name, (counts.get(name) ?? 0) + 1);
  return named.map(({ name, digest }) => ({
    platform: name === void 0 ? digest : counts.get(name) === 1 ? name : `${name} ${digest}`,
    digest
  }));
}
function mergePlatformVerdicts(top, platforms) {
  let merged = {
    mode: top.mode,
    results: [...top.results],
    problems: [...top.problems],
    requirements: [...top.requirements],
    violations: [...top.violations]
  };
  for (let { platform, verdict } of platforms) {
    let named = (text) => `${text} (${platform})`;
    merged.results.push(...verdict.results.map((result) => ({ ...result, location: named(result.location) }))), merged.problems.push(...verdict.problems.map((problem) => `${platform}: ${problem}`)), merged.requirements.push(
      ...verdict.requirements.map((requirement) => ({
        ...requirement,
        platform,
        description: named(requirement.description),
        ...requirement.satisfiedBy !== void 0 && { satisfiedBy: named(requirement.satisfiedBy) }
      }))
    ), merged.violations.push(...verdict.violations.map((violation) => ({ ...violation, message: `${platform}: ${violation.message}` })));
  }
  return merged;
}

export {
  verifySignatures,
  imageSignatures,
  platformLabels,
  mergePlatformVerdicts
};
