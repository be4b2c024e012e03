import type { GateConfig, ImageSource } from '../config/types.js';
import { describeError } from '../core/errors.js';
import type { GateResult } from '../core/result.js';
import { gateImage, type GateEnvironment } from './gate-image.js';

export interface ImageOutcome {
  /** The image as the user gave it. */
  input: string;
  result?: GateResult;
  /** Why no verdict could be reached for this image. */
  error?: string;
}

/**
 * Every image of the step, concurrently: pinning, registry reads and signature checks overlap,
 * while Trivy runs one at a time (see acquire-scan). One image's error does not hide the others'
 * verdicts; it is reported with them and fails the step.
 */
export async function gateImages(config: GateConfig, environment: GateEnvironment): Promise<ImageOutcome[]> {
  const settled = await Promise.allSettled(config.sources.map((source) => gateImage({ ...config, source }, environment)));
  return settled.map((outcome, index) => {
    const input = describeInput(config.sources[index]);
    return outcome.status === 'fulfilled' ? { input, result: outcome.value } : { input, error: describeError(outcome.reason) };
  });
}

function describeInput(source: ImageSource | undefined): string {
  if (source === undefined) return '?';
  return source.kind === 'input' || source.kind === 'report' ? source.path : source.reference;
}
