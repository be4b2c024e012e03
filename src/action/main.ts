import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/parse.js';
import type { GateConfig } from '../config/types.js';
import { describeError } from '../core/model/errors.js';
import type { GateResult, ImageOutcome } from '../core/model/result.js';
import { describeSource } from '../app/check/describe-source.js';
import { gateImages } from '../app/check/gate-images.js';
import { createRunContext, toolCacheVariables } from '../app/context.js';
import { writeReportFiles, type WrittenFiles } from '../app/publish/write-files.js';
import type { ArtifactLink } from '../report/artifact-line.js';
import type { GitHubContext } from '../app/context.js';
import { renderReportFiles } from '../report/report-files.js';
import { imageAnnotations, mistakeAnnotations, platformsAnnotations } from '../report/annotations/annotations.js';
import { imageEntries } from '../report/platforms/image-entries.js';
import { judgedImage } from '../report/text/subject-text.js';
import { redactValues, type Redacted } from '../report/neutralise/redact-values.js';
import { redactorForInputs } from '../report/neutralise/redaction.js';
import { erroredLine, judgedResults, stepVerdict, type StepVerdict } from '../report/step-outcome.js';
import { stepOutputs } from '../report/step-outputs.js';
import { renderSummary } from '../report/summary/summary.js';
import { renderLogTable } from '../report/summary/table.js';
import { IMAGE_GATE_VERSION } from '../core/model/version.js';
import { actionsLogger } from './logger.js';
import { ActionOutput } from './output.js';
import { reportArtifactName } from './artifact-name.js';
import { commentKey } from './comment-key.js';

/**
 * The Action: inputs and the environment are read once here, into the typed config and the run's context;
 * everything below works on those.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Secrets are known to the runner's masker and to the log seam before anything can fail and print.
  const redactor = redactorForInputs((name) => core.getInput(name) || undefined);
  const output = new ActionOutput(redactor);
  output.maskSecrets();
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const tempDir = join(env.RUNNER_TEMP ?? tmpdir(), 'image-gate');
    const parsed = parseConfig((name) => core.getInput(name), { workspace, tempDir });
    // The artifact keeps Trivy's own reports: without a trivy-reports folder of the user's, they are kept in one
    // of this step's own, removed once uploaded.
    const ownReportsDir =
      parsed.github.uploadArtifact && parsed.trivyReportsDir === undefined ? join(tempDir, `trivy-reports-${randomUUID()}`) : undefined;
    const config = ownReportsDir === undefined ? parsed : { ...parsed, trivyReportsDir: ownReportsDir };
    const images = config.sources.map(describeSource);
    output.info(`Gating ${images.join(', ')}`);

    const logger = actionsLogger(output);
    const context = createRunContext({ config, env, logger, workspace, tempDir, actionsCache: true });
    // @actions/tool-cache reads its folders from process.env only (see toolCacheVariables): the gate's one write to it.
    Object.assign(process.env, toolCacheVariables(context));
    // Redacted once, before anything is rendered: a secret escaped for Markdown (`ghs\_…`), JSON-escaped or cut
    // in a table cell would no longer match in the finished text. Every report below is built from these.
    // The redactor proves most parts clean without copying them (see redactValues).
    const outcomes = redactValues(await gateImages(config, context), output.redact, redactor);
    const step = stepReport(outcomes);
    const artifactService = Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
    const artifact = await publish(step, config, output, { github: context.github, workspace, tempDir, artifactService });
    if (ownReportsDir !== undefined) await rm(ownReportsDir, { recursive: true, force: true });
    // The GitHub API clients, and the renderings only GitHub shows, load only now, after the verdict: not part of the cold start.
    const [{ publishToGitHub }, { githubPublication }] = await Promise.all([
      import('../app/publish/github-publish.js'),
      import('./github-publication.js'),
    ]);
    const publication = githubPublication(outcomes, {
      images: config.sources,
      github: context.github,
      workspace,
      ...(artifact !== undefined && { artifact }),
    });
    const settings = { ...config.github, token: config.githubToken };
    // A step with no input has nothing to tell GitHub.
    const notices = outcomes.length === 0 ? [] : await publishToGitHub(publication, settings, context.github, workspace, logger);
    // Held with the failure in one budget: what the user must act on leads the annotations (src/action/output.ts).
    for (const notice of notices) output.warning(notice.message, notice.actionable ? 'actionable' : 'step');

    if (step.verdict.failsStep) {
      const failing = step.results.filter((result) => result.verdict.failsStep);
      output.fail([...step.errors, ...failing.map(failureMessage)].join('\n'));
    } else if (step.verdict.outcome === 'fail') {
      // Like the failure, one message for the step however many images breach the policy.
      const breached = step.results.filter((item) => item.verdict.outcome === 'fail');
      output.warning(`${breached.map(failureMessage).join('\n')}\n(audit mode: the step does not fail)`, 'actionable');
    }
  } catch (error) {
    const message = describeError(error);
    output.fail(message);
    core.setOutput('verdict', 'error');
    await writeErrorSummary([message], output);
  } finally {
    await output.flush();
  }
}

/** The step's inputs and what follows from them, computed once for every report and the exit. */
interface StepReport {
  outcomes: Redacted<readonly ImageOutcome[]>;
  verdict: StepVerdict;
  /** The images that got a verdict, in input order. */
  results: GateResult[];
  /** One line per input that got none: the input and why. */
  errors: string[];
}

function stepReport(outcomes: Redacted<readonly ImageOutcome[]>): StepReport {
  return {
    outcomes,
    verdict: stepVerdict(outcomes),
    results: judgedResults(outcomes),
    errors: outcomes.flatMap((outcome) => (outcome.result === undefined ? [erroredLine(outcome)] : [])),
  };
}

interface PublishPlace {
  github: GitHubContext;
  workspace: string;
  tempDir: string;
  /** The runner gave the step an artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL). */
  artifactService: boolean;
}

/** Logs, annotates, writes the files and the summary; says where the full report was kept, when it was. */
async function publish(step: StepReport, config: GateConfig, output: ActionOutput, place: PublishPlace): Promise<ArtifactLink | undefined> {
  const { outcomes, results, errors } = step;
  // The tables quote the image, the registry and Trivy: printed with the runner's commands switched off.
  if (results.length > 0) output.untrusted(results.map(renderLogTable).join('\n\n'));
  for (const mistake of mistakeAnnotations(outcomes)) output.mistake(mistake);
  // The platforms of an index are one image: a finding they share is annotated once.
  for (const entry of imageEntries(outcomes)) {
    if (entry.kind === 'platforms') output.image(platformsAnnotations(entry.group.judged));
    else if (entry.outcome.result !== undefined) output.image(imageAnnotations(entry.outcome.result));
  }
  // Every input keeps its entry, in input order, errors included.
  const written = await writeReportFiles(
    renderReportFiles(outcomes, { sarifFile: config.sarifFile, resultFile: config.resultFile }, IMAGE_GATE_VERSION),
  );
  // Before the summary and the comment, which link it.
  const artifact = await keepFullReport(step, config, written, output, place);
  if (process.env.GITHUB_STEP_SUMMARY) {
    // Given the outcomes, the summary shows an index's errored platform within its image.
    if (results.length > 0) {
      await core.summary.addRaw(output.redact(renderSummary(outcomes, { ...(artifact !== undefined && { artifact }) }))).write();
    }
    if (errors.length > 0) await writeErrorSummary(errors, output);
  }
  for (const [name, value] of Object.entries(stepOutputs(outcomes, written))) core.setOutput(name, value);
  return artifact;
}

/**
 * The result file, the SARIF and Trivy's reports uploaded as the step's one artifact. Outside a runner there is
 * no artifact service to ask: said once in the log, not warned about. A failed upload is a warning; the verdict
 * stands and is reported in full everywhere else.
 */
async function keepFullReport(
  step: StepReport,
  config: GateConfig,
  written: WrittenFiles,
  output: ActionOutput,
  place: PublishPlace,
): Promise<ArtifactLink | undefined> {
  if (!config.github.uploadArtifact || step.outcomes.length === 0) return undefined;
  if (!place.artifactService) {
    output.info('The full report is not uploaded: this runner gives the step no artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL).');
    return undefined;
  }
  // Loaded only when used: the artifact client and its storage library are not part of the cold start.
  const { reportFilesToKeep, uploadReportArtifact } = await import('../app/publish/report-artifact.js');
  const { github, workspace, tempDir } = place;
  const key = commentKey(config.sources, { workflow: github.workflow ?? '', job: github.job ?? '', workspace });
  const name = reportArtifactName(key, github.job, github.runAttempt);
  const files = await reportFilesToKeep(written, config.trivyReportsDir);
  const uploaded = await uploadReportArtifact(name, files, { tempDir, github });
  if (uploaded.notice !== undefined) output.warning(uploaded.notice.message, 'actionable');
  return uploaded.artifact;
}

/** Registry and Trivy text in the job summary: as it is, in a <pre> block, HTML-escaped and redacted. */
async function writeErrorSummary(messages: string[], output: ActionOutput): Promise<void> {
  await core.summary
    .addHeading('Image gate: error', 2)
    .addRaw(`The gate could not reach a verdict, so the step fails:\n\n`)
    .addRaw(output.preformatted(messages.join('\n')))
    .write()
    .catch(() => undefined);
}

function failureMessage(result: GateResult): string {
  const reasons = result.verdict.violations.map((violation) => violation.message);
  return `Image gate failed for ${judgedImage(result.subject)}: ${reasons.join('; ')}`;
}
