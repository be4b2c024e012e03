import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/parse.js';
import type { GateConfig } from '../config/types.js';
import { describeError } from '../core/errors.js';
import type { GateResult } from '../core/result.js';
import { describeSource } from '../gate/describe-source.js';
import { gateImages, type ImageOutcome } from '../gate/gate-images.js';
import type { GateEnvironment } from '../gate/gate-image.js';
import { writeReportFiles } from '../publish/write-files.js';
import { imageAnnotations } from '../report/annotations.js';
import { redactorForInputs } from '../report/redaction.js';
import { stepOutputs } from '../report/step-outputs.js';
import { renderSummary } from '../report/summary.js';
import { renderLogTable } from '../report/table.js';
import { DEFAULT_TRIVY_VERSION } from '../trivy/release.js';
import { IMAGE_GATE_VERSION } from '../version.js';
import { actionsLogger } from './logger.js';
import { ActionOutput } from './output.js';

/** The Action: inputs are read once here, everything below works on the typed config. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Secrets are known to the runner's masker and to the log seam before anything can fail and print.
  const output = new ActionOutput(redactorForInputs((name) => core.getInput(name) || undefined));
  output.maskSecrets();
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const tempDir = join(env.RUNNER_TEMP ?? tmpdir(), 'image-gate');
    const config = parseConfig((name) => core.getInput(name), { workspace, tempDir, defaultTrivyVersion: DEFAULT_TRIVY_VERSION });
    const images = config.sources.map((source) => describeSource({ ...config, source }));
    output.info(`Gating ${images.join(', ')}`);

    const logger = actionsLogger(output);
    const environment: GateEnvironment = { logger, now: () => new Date(), workspace, env, actionsCache: true };
    const outcomes = await gateImages(config, environment);
    const results = judgedResults(outcomes);
    const errors = errorMessages(outcomes);
    await publish(outcomes, config, output);
    // The GitHub API clients (and zod with them) load only now, after the verdict: not part of the cold start.
    const { publishToGitHub } = await import('./github-publish.js');
    const notices = await publishToGitHub(results, { ...config.github, token: config.githubToken, images: config.sources }, env, workspace, logger);
    // Held with the failure in one budget: what the user must act on leads the annotations (src/action/output.ts).
    for (const notice of notices) output.warning(notice.message, notice.actionable ? 'actionable' : 'step');

    const failing = results.filter((result) => result.verdict.failsStep);
    if (errors.length > 0 || failing.length > 0) {
      output.fail([...errors, ...failing.map(failureMessage)].join('\n'));
    } else {
      // Like the failure, one message for the step however many images breach the policy.
      const breached = results.filter((item) => item.verdict.outcome === 'fail');
      if (breached.length > 0) output.warning(`${breached.map(failureMessage).join('\n')}\n(audit mode: the step does not fail)`, 'actionable');
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

async function publish(outcomes: ImageOutcome[], config: GateConfig, output: ActionOutput): Promise<void> {
  const results = judgedResults(outcomes);
  const errors = errorMessages(outcomes);
  // The tables quote the image, the registry and Trivy: printed with the runner's commands switched off.
  if (results.length > 0) output.untrusted(results.map(renderLogTable).join('\n\n'));
  for (const result of results) output.image(imageAnnotations(result));
  // Every input keeps its entry, in input order, errors included; an error's text may quote a registry or Trivy.
  const entries = outcomes.map((outcome) => (outcome.error === undefined ? outcome : { ...outcome, error: output.redact(outcome.error) }));
  const written = await writeReportFiles(entries, { sarifFile: config.sarifFile, resultFile: config.resultFile }, IMAGE_GATE_VERSION);
  if (process.env.GITHUB_STEP_SUMMARY) {
    if (results.length > 0) await core.summary.addRaw(output.redact(renderSummary(results))).write();
    if (errors.length > 0) await writeErrorSummary(errors, output);
  }
  for (const [name, value] of Object.entries(stepOutputs(entries, written))) core.setOutput(name, value);
}

function judgedResults(outcomes: readonly ImageOutcome[]): GateResult[] {
  return outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
}

function errorMessages(outcomes: readonly ImageOutcome[]): string[] {
  return outcomes.flatMap((outcome) => (outcome.error === undefined ? [] : [`${outcome.input}: ${outcome.error}`]));
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
  return `Image gate failed for ${result.subject.pinned}: ${reasons.join('; ')}`;
}
