/**
 * What the step tells GitHub, rendered from the step's redacted outcomes for app/publish/github-publish.ts, which
 * sends it: the sticky comment (its marker from comment-key.ts), one check run per input (an index gated per
 * platform is one input, its check run covering every platform), and the step's SARIF
 * fitted to code scanning's limits (the same log as the SARIF file). Each part is rendered only when it is sent.
 */
import type { ImageSource } from '../config/types.js';
import type { ImageOutcome } from '../core/model/result.js';
import { IMAGE_GATE_VERSION } from '../core/model/version.js';
import type { GitHubPublication, RenderedCheckRun } from '../app/publish/github-publish.js';
import { checkRunAnnotations, checkRunOutput, erroredCheckRunOutput } from '../report/check-run.js';
import { platformsCheckRunAnnotations, platformsCheckRunOutput } from '../report/check-run-platforms.js';
import { imageEntries, type PlatformGroup } from '../report/platforms/image-entries.js';
import type { Redacted } from '../report/neutralise/redact-values.js';
import { prCommentMarker, renderPrComment } from '../report/pr-comment.js';
import type { ArtifactLink } from '../report/artifact-line.js';
import { serializeSarif } from '../report/sarif/sarif.js';
import { fitSarifForUpload } from '../report/sarif/sarif-limits.js';
import { stepSarif } from '../report/sarif/step-sarif.js';
import { stepVerdict } from '../report/step-outcome.js';
import type { GitHubContext } from '../app/context.js';
import { commentKey } from './comment-key.js';

export interface PublicationContext {
  /** The step's images: their repositories, with the workflow and job, name the sticky comment. */
  images: readonly ImageSource[];
  github: Pick<GitHubContext, 'workflow' | 'job'>;
  workspace: string;
  /** The workflow artifact that keeps the full report, linked from the comment. */
  artifact?: ArtifactLink;
}

/** `redacted`: every input of the step, in input order, errored ones included: all of it can quote a registry. */
export function githubPublication(redacted: Redacted<readonly ImageOutcome[]>, context: PublicationContext): GitHubPublication {
  const { github, workspace } = context;
  const marker = prCommentMarker(commentKey(context.images, { workflow: github.workflow ?? '', job: github.job ?? '', workspace }));
  return {
    comment: {
      marker,
      // An input that could not be judged fails the step: for `on-failure` it is a failure like a breach.
      passing: stepVerdict(redacted).outcome === 'pass',
      body: (runUrl) =>
        renderPrComment(redacted, { marker, ...(runUrl && { runUrl }), ...(context.artifact !== undefined && { artifact: context.artifact }) }),
    },
    checkRuns: (runUrl) =>
      imageEntries(redacted).map((entry) =>
        entry.kind === 'image' ? renderedCheckRun(entry.outcome, runUrl) : renderedPlatformsCheckRun(entry.group, runUrl),
      ),
    sarif: () => {
      const sarif = stepSarif(redacted, IMAGE_GATE_VERSION);
      if (sarif === undefined) return undefined;
      const fitted = fitSarifForUpload(sarif);
      return { payloads: fitted.payloads.map(serializeSarif), notes: fitted.notes };
    },
  };
}

/** The check run of one input: a failure with the reason when the input errored. */
function renderedCheckRun(outcome: ImageOutcome, runUrl: string | undefined): RenderedCheckRun {
  if (outcome.result === undefined) {
    const repository = outcome.repository ?? outcome.input;
    const output = erroredCheckRunOutput(outcome.input, outcome.error, repository, { ...(runUrl && { runUrl }) });
    return { repository, conclusion: output.conclusion, title: output.title, summary: output.summary, annotations: [] };
  }
  const { result } = outcome;
  const output = checkRunOutput(result, { ...(runUrl && { runUrl }) });
  return {
    repository: result.subject.repository,
    conclusion: output.conclusion,
    title: output.title,
    summary: output.summary,
    ...(output.text !== undefined && { text: output.text }),
    annotations: checkRunAnnotations(result),
  };
}

/** The one check run of an index's platforms: the worst outcome, each platform's, and their annotations each once. */
function renderedPlatformsCheckRun(group: PlatformGroup, runUrl: string | undefined): RenderedCheckRun {
  const output = platformsCheckRunOutput(group, { ...(runUrl && { runUrl }) });
  return {
    repository: group.repository ?? group.input,
    conclusion: output.conclusion,
    title: output.title,
    summary: output.summary,
    ...(output.text !== undefined && { text: output.text }),
    annotations: platformsCheckRunAnnotations(group),
  };
}
