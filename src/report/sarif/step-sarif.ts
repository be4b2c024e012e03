import type { ImageOutcome } from '../../core/model/result.js';
import { buildSarif, type SarifLog } from './sarif.js';

export const TOOL_INFORMATION_URI = 'https://github.com/image-gate/image-gate';

/**
 * The step's SARIF, the same for the file and the upload (so their categories agree): one run per image
 * (per platform of an index) that got a verdict, categories numbered over all outcomes. Undefined when no image got one: an empty
 * upload for a category tells code scanning its alerts are fixed, which an image that could not be
 * judged must never do. The caller redacts the outcomes.
 */
export function stepSarif(outcomes: readonly ImageOutcome[], toolVersion: string): SarifLog | undefined {
  if (outcomes.every((outcome) => outcome.result === undefined)) return undefined;
  return buildSarif(outcomes, { toolVersion, informationUri: TOOL_INFORMATION_URI });
}
