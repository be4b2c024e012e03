import { join } from 'node:path';
import type { GateConfig } from '../config/types.js';
import type { SignaturePolicy } from '../core/signatures.js';
import { evaluateSignatures } from '../core/signature-gate.js';
import type { SignatureVerdict } from '../core/verdict.js';
import type { RegistryClient } from '../registry/client.js';
import type { ImageReference } from '../registry/reference.js';
import type { GateEnvironment } from './gate-image.js';

/** What is needed to look for an image's signatures: its registry and its pinned digest. */
export interface RegistryImage {
  client: RegistryClient;
  reference: ImageReference;
  digest: string;
}

/**
 * Finds every signature and attestation of the pinned digest that the policy allows, verifies each
 * offline against the trusted root, and judges them. Images that are not in a registry have nowhere to
 * carry signatures: with signatures required, that is a failed requirement, not a pass.
 */
export async function verifySignatures(
  image: RegistryImage | undefined,
  policy: SignaturePolicy,
  config: GateConfig,
  environment: GateEnvironment,
): Promise<SignatureVerdict> {
  if (!image) {
    return evaluateSignatures([], [`signatures are looked up in a registry, and the ${config.source.kind} image source has none`], policy);
  }
  // Sigstore's code loads only when signatures are checked.
  const [{ discoverEvidence }, { loadTrustedRootFresh, verifyEvidence }] = await Promise.all([
    import('../signatures/discover.js'),
    import('../sigstore/index.js'),
  ]);
  const trust = await loadTrustedRootFresh(policy.trustedRootPath, {
    logger: environment.logger,
    cacheDir: join(config.tempDir, 'sigstore-tuf'),
    // A private TUF mirror (air-gapped runners); tests point it at a closed port so nothing leaves the machine.
    ...(environment.env.IMAGE_GATE_TUF_MIRROR_URL && { mirrorUrl: environment.env.IMAGE_GATE_TUF_MIRROR_URL }),
  });
  const repository = environment.env.GITHUB_REPOSITORY;
  const discovery = await discoverEvidence(image.client, image.reference, image.digest, {
    sources: policy.sources,
    github: repository
      ? { apiUrl: environment.env.GITHUB_API_URL ?? 'https://api.github.com', token: config.githubToken, repository }
      : undefined,
    logger: environment.logger,
  });
  const results = await Promise.all(
    discovery.evidence.map((evidence) =>
      verifyEvidence(evidence, image.digest, trust, { identities: policy.identities, keys: policy.keys }),
    ),
  );
  environment.logger.info(
    `Signatures: ${results.filter((result) => result.verified).length} of ${results.length} verified (${discovery.requests} requests)`,
  );
  return evaluateSignatures(results, discovery.problems, policy);
}
