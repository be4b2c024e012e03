/**
 * The Action's outputs, computed once from every input's entry. `digest` must line up with the `image`
 * input, line for line, whatever errored: a workflow that reads `digest` line 2 must get image 2's
 * digest or nothing, never image 3's. An index gated per platform is one line of `image` and one digest
 * (the index's), and one `counts` entry per platform.
 */
import type { ImageOutcome } from '../core/model/result.js';
import type { ImageSubject } from '../core/model/subject.js';
import type { VerdictCounts } from '../core/model/verdict.js';
import { imageEntries } from './platforms/image-entries.js';
import { judgedResults, stepVerdict } from './step-outcome.js';

/** One `counts` entry: the verdict's counts, with the platform they are about when the input is an index. */
export type CountsEntry = VerdictCounts & { platform?: NonNullable<ImageSubject['platform']> };

/** The outputs action.yml declares, by their names there, as the strings `core.setOutput` takes. */
export interface StepOutputs {
  /** error when any image got no verdict, else fail when any image failed (audit mode too), else pass. */
  verdict: 'pass' | 'fail' | 'error';
  /**
   * One line per input, in input order: the digest judged (an index's own digest, for an index gated per
   * platform of which any platform got a verdict), or an empty line for an image that errored.
   */
  digest: string;
  /**
   * JSON. One outcome: its counts object (null when it errored). Several: always an array with one element
   * per outcome in input order, each platform of an index its own (with `platform`: name and digest), null
   * for one that errored.
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
  const counts = outcomes.map((outcome): CountsEntry | null => {
    if (outcome.result === undefined) return null;
    const { platform } = outcome.result.subject;
    return platform === undefined
      ? outcome.result.verdict.counts
      : { ...outcome.result.verdict.counts, platform: { name: platform.name, digest: platform.digest } };
  });
  const digests = imageEntries(outcomes).map((entry) =>
    entry.kind === 'platforms' ? (entry.group.digest ?? '') : (entry.outcome.result?.subject.digest ?? ''),
  );
  return {
    verdict: stepVerdict(outcomes).outcome,
    digest: digests.join('\n'),
    counts: JSON.stringify(counts.length === 1 ? counts[0] : counts),
    violations: String(judgedResults(outcomes).reduce((sum, result) => sum + result.verdict.violations.length, 0)),
    ...(files.sarifFile && { 'sarif-file': files.sarifFile }),
    ...(files.resultFile && { 'result-file': files.resultFile }),
  };
}
