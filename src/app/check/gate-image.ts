import { relative } from 'node:path';
import type { GateConfig, ImageSource } from '../../config/types.js';
import { INPUT_LIMITS, readInputText } from '../../adapters/files/index.js';
import { judge } from '../../core/judge/judge.js';
import { evaluateSignatures } from '../../core/judge/signature-gate.js';
import type { DockerfileAnalysis } from '../../core/model/base-image.js';
import type { ScanReport } from '../../core/model/findings.js';
import type { Policy } from '../../core/model/policy.js';
import type { DockerfileLocation, GateResult, PolicyOrigin } from '../../core/model/result.js';
import type { ImageSubject } from '../../core/model/subject.js';
import type { SignatureVerdict } from '../../core/model/verdict.js';
import type { VexImage } from '../../core/model/vex.js';
import type { BaseImageResult } from '../base-image/check-base-image.js';
import type { RunContext } from '../context.js';
import { acquireScan, listedPlatform, pinRegistryImage, scanRegistryPlatform } from './acquire-scan.js';
import type { PolicyContext } from '../policy/policy-source.js';

/** What gating one input gave: one per platform of an index (its `platform` set), else one. */
export type GatedPlatform = { platform?: string } & ({ result: GateResult; error?: undefined } | { error: unknown; result?: undefined });

/**
 * One image of the run (one of config.sources) through the whole gate: the policy and the Dockerfile
 * first (bad input fails before anything slow), then the pinned scan, its signatures and its base image,
 * then one pure verdict judged from all three. A registry image that is an index is pinned once and each of
 * its platforms gated on its own, concurrently (Trivy's share bounded by the run's TrivyRun): one platform's
 * error is that platform's, and the others keep their verdicts. It throws only when nothing could be gated
 * (the policy, the Dockerfile, pinning). With several images, the Dockerfile (if any) is read as the one they
 * were all built from.
 */
export async function gateImage(config: GateConfig, source: ImageSource, context: RunContext): Promise<GatedPlatform[]> {
  const { policy, origin, vex: vexFiles } = await judgingPolicy(config, context);
  // Read before anything slow, as the policy is: a malformed VEX document fails the run before a scan.
  const statements = vexFiles.length === 0 ? [] : await (await import('../../adapters/vex/index.js')).readVexStatements(vexFiles);
  const analysis = config.dockerfile ? await readDockerfile(config.dockerfile, config.buildArgs, context.paths.workspace) : undefined;
  const finalStage = analysis?.stages[analysis.finalStage];
  const dockerfile: DockerfileLocation | undefined = analysis && finalStage ? { path: analysis.path, finalFromLine: finalStage.line } : undefined;
  const baseImage = analysis
    ? (await import('../base-image/check-base-image.js')).baseImageCheck(analysis, policy.baseImage, policy.signatures, config, context)
    : undefined;
  const verdictOf = (subject: ImageSubject, scan: ScanReport, signatures?: SignatureVerdict, base?: BaseImageResult): GateResult => {
    const vex = statements.length === 0 ? undefined : { statements, image: vexImage(subject) };
    const verdict = judge({ scan, ...(signatures && { signatures }), ...(base && { baseImage: base }), ...(vex && { vex }) }, policy, context.now());
    return { subject, scan, verdict, ...(dockerfile && { dockerfile }), policy: origin };
  };

  if (source.kind !== 'registry') {
    const { subject, scan } = await acquireScan(source, config, context);
    // Images that are not in a registry have nowhere to carry signatures: with signatures required, a failed requirement.
    const signatures =
      policy.signatures.mode === 'off'
        ? undefined
        : evaluateSignatures([], [`signatures are looked up in a registry, and the ${source.kind} image source has none`], policy.signatures);
    const base = await baseImage?.forPlatform({ platform: platformOf(scan), diffIds: scan.diffIds, attestations: signatures?.results ?? [] });
    return [{ result: verdictOf(subject, scan, signatures, base) }];
  }

  const platforms = await pinRegistryImage(source.image.reference, config, context);
  const [first] = platforms;
  const signatures =
    policy.signatures.mode === 'off' || first === undefined
      ? undefined
      : (await import('../signatures/verify-signatures.js')).imageSignatures(first, policy.signatures, config, context);
  const settled = await Promise.allSettled(
    platforms.map(async (image): Promise<GateResult> => {
      // Read once (the scan reads it first: who the image runs as); the platform's name and the base-image proof use it too.
      const platformImage = await image.platformImage();
      const platform = image.fromIndex ? { name: platformImage.platform, digest: platformImage.digest } : undefined;
      // Both to the end, even when one fails: nothing of a platform is left running once its outcome is known.
      const [scanned, signed] = await Promise.allSettled([
        scanRegistryPlatform(image, source.image, config, context),
        signatures?.forPlatform(platform),
      ]);
      if (scanned.status === 'rejected') throw scanned.reason;
      if (signed.status === 'rejected') throw signed.reason;
      const { subject, scan } = scanned.value;
      const verdict = signed.value;
      const base = await baseImage?.forPlatform({
        platform: platformImage.platform,
        diffIds: platformImage.config.diffIds,
        labels: platformImage.config.labels,
        registry: image,
        attestations: verdict?.results ?? [],
      });
      return verdictOf(subject, scan, verdict, base);
    }),
  );
  return settled.map((outcome, index): GatedPlatform => {
    const image = platforms[index];
    const platform = image?.fromIndex ? { platform: listedPlatform(image) } : {};
    return outcome.status === 'fulfilled' ? { ...platform, result: outcome.value } : { ...platform, error: outcome.reason };
  });
}

/** The image as VEX image products (pkg:oci/NAME@DIGEST) name it: by the pinned digest, or its platform's. */
function vexImage(subject: ImageSubject): VexImage {
  const digests = [subject.digest, subject.platform?.digest].filter((digest): digest is string => digest !== undefined);
  return { repository: subject.repository, digests };
}

/** The platform Trivy saw, for images the gate did not pin through a registry. */
function platformOf(scan: ScanReport): string {
  const config = scan.imageConfig;
  return config?.os && config.architecture ? `${config.os}/${config.architecture}` : 'linux/amd64';
}

/** The policy file (if any) merged with the inputs, which win. */
export async function loadPolicy(config: GateConfig, context: PolicyContext): Promise<Policy> {
  return (await judgingPolicy(config, context)).policy;
}

/**
 * The policy and where it came from: on a pull request the base branch's file (see policy-source), read
 * once for all images of the run.
 */
async function judgingPolicy(config: GateConfig, context: PolicyContext): Promise<{ policy: Policy; origin: PolicyOrigin; vex: GateConfig['vex'] }> {
  // The policy file's reader (yaml, the file's schema) and the Dockerfile parser load on first use, keeping the cold start short.
  const [{ buildPolicy }, { loadJudgingPolicy }] = await Promise.all([import('../../config/policy/load.js'), import('../policy/policy-source.js')]);
  // The overrides come with the policy: the key and trusted-root inputs' files are read where it came from.
  const { file, source, origin, overrides, vex } = await loadJudgingPolicy(config, context);
  // The VEX documents too: on a pull request, the base branch's copies.
  return { policy: buildPolicy(file, overrides, source), origin, vex: vex ?? config.vex };
}

async function readDockerfile(path: string, buildArgs: Record<string, string>, workspace: string): Promise<DockerfileAnalysis> {
  const text = await readInputText(path.startsWith('/') ? path : `${workspace}/${path}`, { what: 'Dockerfile', maxBytes: INPUT_LIMITS.dockerfile });
  const { analyzeDockerfile } = await import('../../adapters/dockerfile/index.js');
  return analyzeDockerfile(text, displayPath(path, workspace), buildArgs);
}

function displayPath(path: string, workspace: string): string {
  if (!path.startsWith('/')) return path;
  const inside = relative(workspace, path);
  return inside.startsWith('..') ? path : inside;
}
