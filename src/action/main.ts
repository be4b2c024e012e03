import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/parse.js';
import type { GateConfig } from '../config/types.js';
import { describeError } from '../core/errors.js';
import type { GateResult } from '../core/result.js';
import { describeSource } from '../gate/describe-source.js';
import { gateImage } from '../gate/gate-image.js';
import { writeReportFiles } from '../publish/write-files.js';
import { buildAnnotations } from '../report/annotations.js';
import { renderSummary } from '../report/summary.js';
import { renderLogTable } from '../report/table.js';
import { DEFAULT_TRIVY_VERSION } from '../trivy/release.js';
import { IMAGE_GATE_VERSION } from '../version.js';
import { actionsLogger } from './logger.js';

/** The Action: inputs are read once here, everything below works on the typed config. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: GateConfig | undefined;
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const tempDir = join(env.RUNNER_TEMP ?? tmpdir(), 'image-gate');
    config = parseConfig((name) => core.getInput(name), { workspace, tempDir, defaultTrivyVersion: DEFAULT_TRIVY_VERSION });
    for (const credential of config.registry.credentials) core.setSecret(credential.password);
    if (config.trivy.serverToken) core.setSecret(config.trivy.serverToken);
    if (config.githubToken) core.setSecret(config.githubToken);
    core.info(`image-gate ${IMAGE_GATE_VERSION}: gating ${describeSource(config)}`);

    const result = await gateImage(config, { logger: actionsLogger, now: () => new Date(), workspace, env, actionsCache: true });
    await publish(result, config);
    if (result.verdict.failsStep) {
      core.setFailed(failureMessage(result));
    } else if (result.verdict.outcome === 'fail') {
      core.warning(`${failureMessage(result)} (audit mode: the step does not fail)`);
    }
  } catch (error) {
    const message = describeError(error);
    core.setOutput('verdict', 'error');
    await core.summary
      .addHeading('Image gate: error', 2)
      .addRaw(`The gate could not reach a verdict, so the step fails:\n\n`)
      .addCodeBlock(message)
      .write()
      .catch(() => undefined);
    core.setFailed(message);
  }
}

async function publish(result: GateResult, config: GateConfig): Promise<void> {
  core.info(renderLogTable(result));
  // setFailed (enforce) or the audit-mode warning adds one annotation of its own.
  const reserved = result.verdict.outcome === 'fail' ? { [result.verdict.failsStep ? 'error' : 'warning']: 1 } : {};
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
  await writeReportFiles([result], { sarifFile: config.sarifFile, resultFile: config.resultFile }, IMAGE_GATE_VERSION);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderSummary([result])).write();
  }
  core.setOutput('verdict', result.verdict.outcome);
  core.setOutput('digest', result.subject.digest ?? '');
  core.setOutput('sarif-file', config.sarifFile);
  core.setOutput('result-file', config.resultFile);
  core.setOutput('counts', JSON.stringify(result.verdict.counts));
  core.setOutput('violations', String(result.verdict.violations.length));
}

function failureMessage(result: GateResult): string {
  const reasons = result.verdict.violations.map((violation) => violation.message);
  return `Image gate failed for ${result.subject.pinned}: ${reasons.join('; ')}`;
}
