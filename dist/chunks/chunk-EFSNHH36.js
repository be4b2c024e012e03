import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  evaluateSignatures
} from "./chunk-WI36ZLEQ.js";

// src/gate/verify-signatures.ts
import { join } from "node:path";
async function verifySignatures(image, policy, config, environment) {
  if (!image)
    return evaluateSignatures([], [`signatures are looked up in a registry, and the ${config.source.kind} image source has none`], policy);
  let [{ discoverEvidence }, { loadTrustedRootFresh, verifyEvidence }] = await Promise.all([
    import("./discover-75WTDZ5W.js"),
    import("./sigstore-TTALAJWD.js")
  ]), trust = await loadTrustedRootFresh(policy.trustedRootPath, {
    logger: environment.logger,
    cacheDir: join(config.tempDir, "sigstore-tuf"),
    // A private TUF mirror (air-gapped runners); tests point it at a closed port so nothing leaves the machine.
    ...environment.env.IMAGE_GATE_TUF_MIRROR_URL && { mirrorUrl: environment.env.IMAGE_GATE_TUF_MIRROR_URL }
  }), repository = environment.env.GITHUB_REPOSITORY, discovery = await discoverEvidence(image.client, image.reference, image.digest, {
    sources: policy.sources,
    github: repository ? { apiUrl: environment.env.GITHUB_API_URL ?? "https://api.github.com", token: config.githubToken, repository } : void 0,
    logger: environment.logger
  }), results = await Promise.all(
    discovery.evidence.map(
      (evidence) => verifyEvidence(evidence, image.digest, trust, { identities: policy.identities, keys: policy.keys })
    )
  );
  return environment.logger.info(
    `Signatures: ${results.filter((result) => result.verified).length} of ${results.length} verified (${discovery.requests} requests)`
  ), evaluateSignatures(results, discovery.problems, policy);
}

export {
  verifySignatures
};
