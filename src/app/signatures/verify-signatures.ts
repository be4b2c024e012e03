import { join } from 'node:path';
import type { GateConfig } from '../../config/types.js';
import type { RunContext } from '../context.js';
import type { EvidenceResult, SignaturePolicy } from '../../core/model/signatures.js';
import { evaluateSignatures } from '../../core/judge/signature-gate.js';
import { describeError } from '../../core/model/errors.js';
import type { SignatureVerdict } from '../../core/model/verdict.js';
import { formatPlatform, type Descriptor, type RegistryClient } from '../../adapters/registry/index.js';
import type { ImageReference } from '../../core/model/image-reference.js';

/** What is needed to look for an image's signatures: where it is, and its pinned digest. (The run's one registry client reads it.) */
export interface RegistryImage {
  reference: ImageReference;
  digest: string;
}

/** One platform manifest of an index, judged on its own evidence. */
export interface PlatformVerdict {
  /** e.g. "linux/arm64"; unique among the platforms merged. */
  platform: string;
  verdict: SignatureVerdict;
}

/** Stands for the platforms when the index could not be read: it cannot be satisfied. */
const EVERY_PLATFORM = 'every platform';

/**
 * Finds every signature and attestation of the pinned digest that the policy allows, verifies each
 * offline against the trusted root, and judges them. (Images that are not in a registry are judged without
 * coming here: see gateImage.)
 *
 * With perPlatform, an index's platform manifests are judged the same way, each against its own
 * digest (a signature of the index says nothing about a manifest pulled by digest).
 */
export async function verifySignatures(
  image: RegistryImage,
  policy: SignaturePolicy,
  config: GateConfig,
  context: RunContext,
): Promise<SignatureVerdict> {
  const judge = await signatureJudge(image, policy, config, context);
  const top = await judge(image.digest, '');
  if (policy.perPlatform !== true) return top;
  const platforms = await platformDigests(await context.registry(), image, context);
  if ('problem' in platforms) {
    return mergePlatformVerdicts(top, [{ platform: EVERY_PLATFORM, verdict: evaluateSignatures([], [platforms.problem], policy) }]);
  }
  const judged: PlatformVerdict[] = [];
  // One at a time: each platform's log lines stay together, and an index of many platforms does not start all its discoveries at once.
  for (const { platform, digest } of platforms.list) {
    judged.push({ platform, verdict: await judge(digest, ` (${platform} ${digest})`) });
  }
  return mergePlatformVerdicts(top, judged);
}

/** The signature verdicts of one pinned image, for each of its platforms gated on its own: see imageSignatures. */
export interface ImageSignatures {
  /** The verdict for one platform of an index (its name and manifest digest), or for the image itself when `platform` is absent. */
  forPlatform(platform?: { name: string; digest: string }): Promise<SignatureVerdict>;
}

/**
 * The signatures of an image whose platforms are gated each on its own. The pinned digest's (the index's, which
 * is what cosign signs) are found and verified once, on the first call, and stand for every platform unless the
 * policy says perPlatform: then each platform's verdict adds its own manifest's, judged against its own digest
 * and named after it, as verifySignatures does for all of them at once.
 */
export function imageSignatures(image: RegistryImage, policy: SignaturePolicy, config: GateConfig, context: RunContext): ImageSignatures {
  let pinned: Promise<{ judge: DigestJudge; top: SignatureVerdict }> | undefined;
  const once = () =>
    (pinned ??= (async () => {
      const judge = await signatureJudge(image, policy, config, context);
      return { judge, top: await judge(image.digest, '') };
    })());
  return {
    async forPlatform(platform) {
      const { judge, top } = await once();
      if (platform === undefined || policy.perPlatform !== true) return top;
      const verdict = await judge(platform.digest, ` (${platform.name} ${platform.digest})`);
      return mergePlatformVerdicts(top, [{ platform: platform.name, verdict }]);
    },
  };
}

/** Finds, verifies and judges the evidence of one digest of the image; `label` ends its log line. */
type DigestJudge = (digest: string, label: string) => Promise<SignatureVerdict>;

async function signatureJudge(image: RegistryImage, policy: SignaturePolicy, config: GateConfig, context: RunContext): Promise<DigestJudge> {
  // Sigstore's code loads only when signatures are checked.
  const [{ discoverEvidence }, { loadTrustedRootFresh, verifyEvidence }, client] = await Promise.all([
    import('./discover.js'),
    import('../../adapters/sigstore/index.js'),
    context.registry(),
  ]);
  const { tufMirrorUrl } = context.environment;
  const trust = await loadTrustedRootFresh(policy.trustedRootPath, {
    logger: context.logger,
    cacheDir: join(context.paths.tempDir, 'sigstore-tuf'),
    // A private TUF mirror (air-gapped runners); tests point it at a closed port so nothing leaves the machine.
    ...(tufMirrorUrl && { mirrorUrl: tufMirrorUrl }),
  });
  const repository = context.github.repository;
  const github = repository ? { apiUrl: context.github.apiUrl, token: config.githubToken, repository } : undefined;

  return async (digest: string, label: string): Promise<SignatureVerdict> => {
    const discovery = await discoverEvidence(client, image.reference, digest, {
      sources: policy.sources,
      github,
      logger: context.logger,
    });
    const results = await Promise.all(
      discovery.evidence.map((evidence) =>
        verifyEvidence(evidence, digest, trust, {
          identities: policy.identities,
          keys: policy.keys,
          ...(policy.certificateAuthorities !== undefined && { certificateAuthorities: policy.certificateAuthorities }),
          ...(policy.ignoreSct === true && { ignoreSct: true }),
          ...(policy.ignoreTlog === true && { ignoreTlog: true }),
        }),
      ),
    );
    context.logger.info(
      `Signatures${label}: ${results.filter((result) => result.verified).length} of ${results.length} verified (${discovery.requests} requests)`,
    );
    return evaluateSignatures(results, discovery.problems, policy);
  };
}

/**
 * The platform manifests of the pinned image, labelled; an empty list for a single-platform image.
 * Never throws: an index that cannot be read is a problem, which fails the platforms' requirements.
 */
async function platformDigests(
  client: RegistryClient,
  image: RegistryImage,
  context: RunContext,
): Promise<{ list: { platform: string; digest: string }[] } | { problem: string }> {
  try {
    const top = await client.getManifest(image.reference, image.digest);
    if (top.manifest.kind === 'manifest') return { list: [] };
    const entries = client.imageEntries(image.reference, top.manifest.manifests);
    context.logger.info(`Signatures: checking ${entries.length} platform manifests of ${image.digest} as well`);
    return { list: platformLabels(entries) };
  } catch (error) {
    return { problem: `Could not list the platforms of ${image.digest} to check each one: ${describeError(error)}` };
  }
}

/** "linux/arm64"; entries without a platform, or sharing one (e.g. Windows versions), add their digest. */
export function platformLabels(entries: Descriptor[]): { platform: string; digest: string }[] {
  const named = entries.map((entry) => ({
    name: entry.platform ? formatPlatform(entry.platform) : undefined,
    digest: entry.digest,
  }));
  const counts = new Map<string, number>();
  for (const { name } of named) if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  return named.map(({ name, digest }) => ({
    platform: name === undefined ? digest : counts.get(name) === 1 ? name : `${name} ${digest}`,
    digest,
  }));
}

/**
 * One verdict from the pinned digest's and each platform's: every requirement, result, problem and
 * violation is kept, those of a platform naming it, so "signed by a trusted signer (linux/arm64)"
 * fails on its own. Pure.
 */
export function mergePlatformVerdicts(top: SignatureVerdict, platforms: PlatformVerdict[]): SignatureVerdict {
  const merged: SignatureVerdict = {
    mode: top.mode,
    results: [...top.results],
    problems: [...top.problems],
    requirements: [...top.requirements],
    violations: [...top.violations],
  };
  for (const { platform, verdict } of platforms) {
    const named = (text: string): string => `${text} (${platform})`;
    merged.results.push(...verdict.results.map((result): EvidenceResult => ({ ...result, location: named(result.location) })));
    merged.problems.push(...verdict.problems.map((problem) => `${platform}: ${problem}`));
    merged.requirements.push(
      ...verdict.requirements.map((requirement) => ({
        ...requirement,
        platform,
        description: named(requirement.description),
        ...(requirement.satisfiedBy !== undefined && { satisfiedBy: named(requirement.satisfiedBy) }),
      })),
    );
    merged.violations.push(...verdict.violations.map((violation) => ({ ...violation, message: `${platform}: ${violation.message}` })));
  }
  return merged;
}
