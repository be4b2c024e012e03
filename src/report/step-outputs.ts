/**
 * The Action's outputs, computed once from every input's entry. They must line up with the `image`
 * input, line for line, whatever errored: a workflow that reads `digest` line 2 must get image 2's
 * digest or nothing, never image 3's.
 */
import type { ImageOutcome } from '../core/model/result.js';
import type { VerdictCounts } from '../core/model/verdict.js';
import { judgedResults, stepVerdict } from './step-outcome.js';

/** The outputs action.yml declares, by their names there, as the strings `core.setOutput` takes. */
export interface StepOutputs {
  /** error when any image got no verdict, else fail when any image failed (audit mode too), else pass. */
  verdict: 'pass' | 'fail' | 'error';
  /** One line per input, in input order: the digest judged, or an empty line for an image that errored. */
  digest: string;
  /**
   * JSON. One input: its counts object (null when it errored). Several inputs: always an array with one
   * element per input in input order, null for an image that errored.
   */
  counts: string;
  /** How many policy rules the judged images breach, all together. */
  violations: string;
  /** Present only when the file was written. */
  'sarif-file'?: string;
  'result-file'?: string;
}

export function stepOutputs(
  outcomes: readonly ImageOutcome[],
  files: { sarifFile?: string | undefined; resultFile?: string | undefined },
): StepOutputs {
  const counts = outcomes.map((outcome): VerdictCounts | null => outcome.result?.verdict.counts ?? null);
  return {
    verdict: stepVerdict(outcomes).outcome,
    digest: outcomes.map((outcome) => outcome.result?.subject.digest ?? '').join('\n'),
    counts: JSON.stringify(counts.length === 1 ? counts[0] : counts),
    violations: String(judgedResults(outcomes).reduce((sum, result) => sum + result.verdict.violations.length, 0)),
    ...(files.sarifFile && { 'sarif-file': files.sarifFile }),
    ...(files.resultFile && { 'result-file': files.resultFile }),
  };
}
