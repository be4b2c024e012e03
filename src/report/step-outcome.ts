/**
 * The step's overall outcome, defined once for every report that states it (the result file, the step's
 * outputs, the pull request comment, the Action's exit), so they can never disagree.
 */
import type { GateResult, ImageOutcome } from '../core/model/result.js';

export interface StepVerdict {
  /**
   * error when any input got no verdict (or there was no input at all: nothing judged is never a pass), else
   * fail when any image breached the policy (in audit mode too), else pass.
   */
  outcome: 'pass' | 'fail' | 'error';
  /** Any input errored (in audit mode too), or any image failed in enforce mode. */
  failsStep: boolean;
}

export function stepVerdict(outcomes: readonly ImageOutcome[]): StepVerdict {
  const errored = outcomes.length === 0 || outcomes.some((outcome) => outcome.result === undefined);
  const results = judgedResults(outcomes);
  return {
    outcome: errored ? 'error' : results.some((result) => result.verdict.outcome === 'fail') ? 'fail' : 'pass',
    failsStep: errored || results.some((result) => result.verdict.failsStep),
  };
}

/** The images that got a verdict, in input order. */
export function judgedResults(outcomes: readonly ImageOutcome[]): GateResult[] {
  return outcomes.flatMap((outcome) => (outcome.result === undefined ? [] : [outcome.result]));
}

/**
 * An input that got no verdict, as the log and the error section say it: the input (when several could be meant),
 * the platform of an index that errored, and why. "ghcr.io/acme/app:1.0 (linux/arm64): …".
 */
export function erroredLine(outcome: Extract<ImageOutcome, { error: string }>, nameInput = true): string {
  const { input, platform, error } = outcome;
  if (!nameInput) return platform === undefined ? error : `${platform}: ${error}`;
  return `${input}${platform === undefined ? '' : ` (${platform})`}: ${error}`;
}
