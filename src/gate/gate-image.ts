import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { GateConfig } from '../config/types.js';
import { configError } from '../core/errors.js';
import { evaluate } from '../core/gate.js';
import { withSignatures } from '../core/signature-gate.js';
import type { Logger } from '../core/logger.js';
import type { Policy } from '../core/policy.js';
import type { DockerfileLocation, GateResult } from '../core/result.js';
import { acquireScan } from './acquire-scan.js';

export interface GateEnvironment {
  logger: Logger;
  now: () => Date;
  /** Relative paths in reports (Dockerfile, policy) are shown relative to this. */
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** Inside GitHub Actions: keep Trivy's DB in the Actions cache between runs. */
  actionsCache?: boolean;
}

/**
 * One image through the whole gate: policy first (a bad policy fails before anything slow),
 * then the pinned scan, then the pure verdict.
 */
export async function gateImage(config: GateConfig, environment: GateEnvironment): Promise<GateResult> {
  const policy = await loadPolicy(config, environment);
  const dockerfile = config.dockerfile ? await locateDockerfile(config.dockerfile, environment.workspace) : undefined;

  const { subject, scan, registryImage } = await acquireScan(config, environment);
  let verdict = evaluate(scan, policy, environment.now());
  if (policy.signatures.mode !== 'off') {
    const { verifySignatures } = await import('./verify-signatures.js');
    verdict = withSignatures(verdict, await verifySignatures(registryImage, policy.signatures, config, environment));
  }
  return { subject, scan, verdict, ...(dockerfile && { dockerfile }) };
}

/** The policy file (if any) merged with the inputs, which win. */
export async function loadPolicy(config: GateConfig, environment: GateEnvironment): Promise<Policy> {
  // The policy schema (zod, yaml) and the Dockerfile parser load on first use, keeping the cold start short.
  const { buildPolicy, loadPolicyFile } = await import('../policy/load.js');
  const policySource = displayPath(config.policy.path, environment.workspace);
  const policyFile = await loadPolicyFile(config.policy.path, { required: config.policy.required });
  if (policyFile) environment.logger.info(`Policy: ${policySource}`);
  return buildPolicy(policyFile, config.policy.overrides, policySource);
}

async function locateDockerfile(path: string, workspace: string): Promise<DockerfileLocation> {
  const text = await readFile(path.startsWith('/') ? path : `${workspace}/${path}`, 'utf8').catch((error: unknown) => {
    throw configError(`Cannot read the Dockerfile ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  });
  const { finalFromLine } = await import('../dockerfile/final-from.js');
  const repoPath = displayPath(path, workspace);
  return { path: repoPath, finalFromLine: finalFromLine(text, repoPath) };
}

function displayPath(path: string, workspace: string): string {
  if (!path.startsWith('/')) return path;
  const inside = relative(workspace, path);
  return inside.startsWith('..') ? path : inside;
}
