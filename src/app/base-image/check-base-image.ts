/**
 * The base-image checks of one image: the Dockerfile's FROM lines (pinned, approved) and what the
 * registry says about the final base (current, proven, provenance, signed). Each rule that cannot
 * be checked is `unknown`, which the pure evaluateBase fails unless the policy says otherwise.
 */
import type { GateConfig } from '../../config/types.js';
import { describeError } from '../../core/model/errors.js';
import { parseImageReference } from '../../core/model/image-reference.js';
import type { BaseCheck, BaseImagePolicy, DockerfileAnalysis, ResolvedBaseFacts } from '../../core/model/base-image.js';
import { approvedChecks, pinnedChecks } from '../../core/judge/base-image/dockerfile-rules.js';
import type { SignaturePolicy } from '../../core/model/signatures.js';
import type { EvidenceResult } from '../../core/model/signatures.js';
import { baseOfFinalStage } from '../../adapters/dockerfile/index.js';
import type { UnsignedProvenance } from './buildkit-provenance.js';
import type { PinnedRegistryImage } from '../check/acquire-scan.js';
import type { RunContext } from '../context.js';

/**
 * How many distinct images of unpinned FROM lines (other than the final base) get their digest looked
 * up for the suggestion. A Dockerfile may have thousands of FROM lines; each look-up is a registry request.
 */
export const MAX_PIN_SUGGESTIONS = 20;

/** What is known about the image itself that the base is checked against. */
export interface ImageSide {
  /** The platform the image was built for, e.g. linux/amd64. */
  platform: string;
  /** The image's rootfs diff_ids, from the config the gate verified (or Trivy's, for reports). */
  diffIds?: string[];
  labels?: Record<string, string>;
  /** Verified attestations of the image (SLSA provenance names its base). */
  attestations: readonly EvidenceResult[];
  /**
   * Where the image was pinned, for BuildKit's unsigned provenance in its index (read only when the
   * provenance rule runs). Absent for images not pinned through a registry.
   */
  registry?: Pick<PinnedRegistryImage, 'parsed' | 'pinned' | 'platformManifest'>;
}

export interface BaseImageResult {
  checks: BaseCheck[];
  facts?: ResolvedBaseFacts;
}

export async function checkBaseImage(
  analysis: DockerfileAnalysis,
  policy: BaseImagePolicy,
  signatures: SignaturePolicy,
  image: ImageSide,
  config: GateConfig,
  context: RunContext,
): Promise<BaseImageResult> {
  return baseImageCheck(analysis, policy, signatures, config, context).forPlatform(image);
}

/** The base-image checks of one image, for each of its platforms: see baseImageCheck. */
export interface BaseImageCheck {
  forPlatform(image: ImageSide): Promise<BaseImageResult>;
}

/** What every platform of an image shares: the Dockerfile's checks, the base's line and whether it is signed. */
interface SharedBase {
  checks: BaseCheck[];
  base?: { line: ResolvedBaseFacts; signed?: BaseCheck };
}

/**
 * The base-image checks of one image, platform by platform: what does not depend on the platform (the FROM lines,
 * the base's digest and tags, its signature) is read once, on the first platform's call, and each platform's
 * `proven` and `provenance` rules are judged against its own layers and the base's manifest for the same platform.
 */
export function baseImageCheck(
  analysis: DockerfileAnalysis,
  policy: BaseImagePolicy,
  signatures: SignaturePolicy,
  config: GateConfig,
  context: RunContext,
): BaseImageCheck {
  let shared: Promise<SharedBase> | undefined;
  return {
    async forPlatform(image: ImageSide): Promise<BaseImageResult> {
      const { checks, base } = await (shared ??= sharedBase(analysis, policy, signatures, config, context));
      // Each platform's result is its own: a report may add to one platform's checks without touching another's.
      const own = checks.map((check) => ({ ...check }));
      if (base === undefined) return { checks: own };
      const [client, { resolveBasePlatform }, { currentCheck }, { provenCheck }, { provenanceCheck }] = await Promise.all([
        context.registry(),
        import('./resolve.js'),
        import('../../core/judge/base-image/current-check.js'),
        import('../../core/judge/base-image/proven-check.js'),
        import('../../core/judge/base-image/provenance-check.js'),
      ]);
      const facts = await resolveBasePlatform(client, base.line, image.platform);
      own.push(currentCheck(facts, policy.maxAgeDays, context.now()));
      if (policy.proven !== 'off') {
        own.push(provenCheck(facts, image.diffIds));
        const unsigned = await buildKitProvenance(image, context);
        own.push(
          provenanceCheck(facts, {
            attestations: image.attestations,
            ...(image.labels && { labels: image.labels }),
            ...(unsigned.length > 0 && { unsigned }),
          }),
        );
      }
      if (base.signed) own.push({ ...base.signed });
      return { checks: own, facts };
    },
  };
}

async function sharedBase(
  analysis: DockerfileAnalysis,
  policy: BaseImagePolicy,
  signatures: SignaturePolicy,
  config: GateConfig,
  context: RunContext,
): Promise<SharedBase> {
  const checks = [...pinnedChecks(analysis, policy), ...approvedChecks(analysis, policy)];
  const base = baseOfFinalStage(analysis);
  if (base?.from.kind !== 'image') return { checks };

  // The run's one client: the image was pinned through it, and its signatures read, with the same token cache.
  const [client, { resolveBaseLine }, { pinSuggestion }] = await Promise.all([
    context.registry(),
    import('./resolve.js'),
    import('../../core/judge/base-image/pin-suggestion.js'),
  ]);
  // As written, not normalised: every check names the base in the Dockerfile's spelling (the pinned and approved
  // checks above already do), and the reports add the normalised reference once.
  const facts = await resolveBaseLine(client, base.from.written, { line: base.line });
  context.logger.info(`Base image: ${base.from.written} (Dockerfile line ${base.line})${facts.digest ? ` is ${facts.digest}` : ''}`);

  // The pinned rule's message says to pin; the registry knows exactly what to pin to: the final base's
  // digest is in its facts, the other stages' FROMs are resolved here (one HEAD per distinct image,
  // for the first few only: the Dockerfile decides how many FROMs there are).
  /** By the FROM as written: its normalised reference, and the failing checks that want its digest. */
  const pending = new Map<string, { reference: string; checks: BaseCheck[] }>();
  const stageAt = new Map(analysis.stages.map((stage) => [stage.line, stage]));
  let unsuggested = 0;
  for (const check of checks) {
    if (check.rule !== 'pinned' || check.status !== 'fail') continue;
    if (check.line === base.line) {
      const suggestion = pinSuggestion(facts);
      if (suggestion !== undefined) check.suggestion = `pin it: FROM ${suggestion}`;
      continue;
    }
    const from = stageAt.get(check.line)?.from;
    if (from?.kind !== 'image') continue;
    const same = pending.get(from.written);
    if (same) same.checks.push(check);
    else if (pending.size < MAX_PIN_SUGGESTIONS) pending.set(from.written, { reference: from.reference, checks: [check] });
    else unsuggested++;
  }
  if (unsuggested > 0) {
    context.logger.debug(
      `No digest is looked up for ${String(unsuggested)} more unpinned FROM lines (at most ${String(MAX_PIN_SUGGESTIONS)} images are)`,
    );
  }
  await Promise.all(
    [...pending].map(async ([written, { reference, checks: same }]) => {
      try {
        const { digest } = await client.resolve(parseImageReference(reference));
        const suggestion = `pin it: FROM ${pinSuggestion({ written, currentDigest: digest }) ?? ''}`;
        for (const check of same) check.suggestion = suggestion;
      } catch (error) {
        context.logger.debug(`Could not resolve ${written} (line ${String(same[0]?.line)}) to suggest a digest: ${describeError(error)}`);
      }
    }),
  );
  const signed = policy.signed.mode !== 'off' ? await signedCheck(facts, policy, signatures, config, context) : undefined;
  return { checks, base: { line: facts, ...(signed && { signed }) } };
}

/** BuildKit's SLSA provenance from the pinned index, for the platform judged; [] whenever there is none to read. */
async function buildKitProvenance(image: ImageSide, context: RunContext): Promise<UnsignedProvenance[]> {
  const registry = image.registry;
  if (registry === undefined) return [];
  const [{ loadBuildKitProvenance }, client] = await Promise.all([import('./buildkit-provenance.js'), context.registry()]);
  return loadBuildKitProvenance(
    {
      client,
      parsed: registry.parsed,
      indexDigest: registry.pinned.digest,
      platformDigest: registry.platformManifest.digest,
    },
    context.logger,
  );
}

/** The base carries a valid signature from a signer the base-image policy trusts (e.g. Chainguard's). */
async function signedCheck(
  facts: ResolvedBaseFacts,
  policy: BaseImagePolicy,
  signatures: SignaturePolicy,
  config: GateConfig,
  context: RunContext,
): Promise<BaseCheck> {
  const at = { rule: 'signed' as const, line: facts.line, image: facts.written };
  if (facts.digest === undefined) {
    return { ...at, status: 'unknown', message: facts.unknown.reference ?? 'the base image could not be resolved to a digest' };
  }
  const { verifySignatures } = await import('../signatures/verify-signatures.js');
  const reference = { ...parseImageReference(facts.written), digest: facts.digest };
  const basePolicy: SignaturePolicy = {
    mode: 'required',
    sources: signatures.sources,
    identities: policy.signed.identities,
    keys: policy.signed.keys,
    ...(signatures.trustedRootPath !== undefined && { trustedRootPath: signatures.trustedRootPath }),
    attestations: [],
  };
  const verdict = await verifySignatures({ reference, digest: facts.digest }, basePolicy, config, context);
  const signed = verdict.requirements.every((requirement) => requirement.satisfied);
  if (signed) {
    const by = verdict.requirements[0]?.satisfiedBy;
    const unlogged = verdict.results.some((result) => result.verified && result.transparencyLog === 'not-checked');
    return {
      ...at,
      status: 'pass',
      message: `signed by a trusted signer${by ? ` (${by})` : ''}${unlogged ? '; transparency log not checked (insecure-ignore-tlog)' : ''}`,
    };
  }
  const reasons = [
    ...verdict.requirements.filter((requirement) => !requirement.satisfied).map((requirement) => requirement.reason ?? requirement.description),
    ...verdict.problems,
  ];
  return { ...at, status: 'fail', message: `not signed by a trusted signer: ${reasons.join('; ')}` };
}
