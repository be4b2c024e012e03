import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/parse.js';
import type { GateConfig } from '../config/types.js';
import { describeError } from '../core/errors.js';
import type { GateResult } from '../core/result.js';
import { describeSource } from '../gate/describe-source.js';
import { gateImages } from '../gate/gate-images.js';
import type { GateEnvironment } from '../gate/gate-image.js';
import { writeReportFiles } from '../publish/write-files.js';
import { ANNOTATIONS_PER_LEVEL, buildAnnotations, type Annotation } from '../report/annotations.js';
import { renderSummary } from '../report/summary.js';
import { renderLogTable } from '../report/table.js';
import { DEFAULT_TRIVY_VERSION } from '../trivy/release.js';
import { IMAGE_GATE_VERSION } from '../version.js';
import { actionsLogger } from './logger.js';

/** The Action: inputs are read once here, everything below works on the typed config. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const tempDir = join(env.RUNNER_TEMP ?? tmpdir(), 'image-gate');
    const config = parseConfig((name) => core.getInput(name), { workspace, tempDir, defaultTrivyVersion: DEFAULT_TRIVY_VERSION });
    for (const credential of config.registry.credentials) core.setSecret(credential.password);
    if (config.trivy.serverToken) core.setSecret(config.trivy.serverToken);
    if (config.githubToken) core.setSecret(config.githubToken);
    core.info(`Gating ${config.sources.map((source) => describeSource({ ...config, source })).join(', ')}`);

    const environment: GateEnvironment = { logger: actionsLogger, now: () => new Date(), workspace, env, actionsCache: true };
    const outcomes = await gateImages(config, environment);
    const results = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
    const errors = outcomes.flatMap((outcome) => (outcome.error === undefined ? [] : [`${outcome.input}: ${outcome.error}`]));
    await publish(results, errors, config);
    // The GitHub API clients (and zod with them) load only now, after the verdict: not part of the cold start.
    const { publishToGitHub } = await import('./github-publish.js');
    await publishToGitHub(
      results,
      { ...config.github, token: config.githubToken, images: config.sources },
      env,
      workspace,
      actionsLogger,
    );

    const failing = results.filter((result) => result.verdict.failsStep);
    if (errors.length > 0 || failing.length > 0) {
      core.setFailed([...errors, ...failing.map(failureMessage)].join('\n'));
    } else {
      for (const result of results.filter((item) => item.verdict.outcome === 'fail')) {
        core.warning(`${failureMessage(result)} (audit mode: the step does not fail)`);
      }
    }
  } catch (error) {
    const message = describeError(error);
    core.setOutput('verdict', 'error');
    await writeErrorSummary([message]);
    core.setFailed(message);
  }
}

async function publish(results: GateResult[], errors: string[], config: GateConfig): Promise<void> {
  for (const result of results) core.info(renderLogTable(result));
  emitAnnotations(results, errors.length);
  if (results.length > 0) {
    await writeReportFiles(results, { sarifFile: config.sarifFile, resultFile: config.resultFile }, IMAGE_GATE_VERSION);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    if (results.length > 0) await core.summary.addRaw(renderSummary(results)).write();
    if (errors.length > 0) await writeErrorSummary(errors);
  }
  const verdict = errors.length > 0 ? 'error' : results.some((result) => result.verdict.outcome === 'fail') ? 'fail' : 'pass';
  core.setOutput('verdict', verdict);
  core.setOutput('digest', results.map((result) => result.subject.digest ?? '').join('\n'));
  if (results.length > 0) {
    core.setOutput('sarif-file', config.sarifFile);
    core.setOutput('result-file', config.resultFile);
  }
  const [only] = results;
  core.setOutput('counts', JSON.stringify(results.length === 1 && only ? only.verdict.counts : results.map((result) => result.verdict.counts)));
  core.setOutput('violations', String(results.reduce((sum, result) => sum + result.verdict.violations.length, 0)));
}

/**
 * GitHub shows 10 annotations of each level per step, for all images together: each image gets an
 * equal share, and one error (or warning) is kept for the step's own failure message.
 */
function emitAnnotations(results: GateResult[], errorCount: number): void {
  const failing = errorCount > 0 || results.some((result) => result.verdict.failsStep);
  const auditWarnings = failing ? 0 : results.filter((result) => result.verdict.outcome === 'fail').length;
  const share = (own: number): number => Math.max(1, Math.floor((ANNOTATIONS_PER_LEVEL - own) / Math.max(1, results.length)));
  for (const result of results) {
    const reserved: Record<Annotation['level'], number> = {
      error: ANNOTATIONS_PER_LEVEL - share(failing ? 1 : 0),
      warning: ANNOTATIONS_PER_LEVEL - share(auditWarnings),
      notice: ANNOTATIONS_PER_LEVEL - share(0),
    };
    for (const annotation of buildAnnotations(result, { reserved })) {
      const properties: core.AnnotationProperties = {
        title: annotation.title,
        ...(annotation.file && { file: annotation.file }),
        ...(annotation.startLine && { startLine: annotation.startLine }),
      };
      if (annotation.level === 'error') core.error(annotation.message, properties);
      else if (annotation.level === 'warning') core.warning(annotation.message, properties);
      else core.notice(annotation.message, properties);
    }
  }
}

async function writeErrorSummary(messages: string[]): Promise<void> {
  await core.summary
    .addHeading('Image gate: error', 2)
    .addRaw(`The gate could not reach a verdict, so the step fails:\n\n`)
    .addCodeBlock(messages.join('\n'))
    .write()
    .catch(() => undefined);
}

function failureMessage(result: GateResult): string {
  const reasons = result.verdict.violations.map((violation) => violation.message);
  return `Image gate failed for ${result.subject.pinned}: ${reasons.join('; ')}`;
}
