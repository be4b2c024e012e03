import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ImageOutcome } from '../../core/model/result.js';
import type { Redacted } from '../../report/neutralise/redact-values.js';
import { buildResultDocument } from '../../report/result-file/result-json.js';
import { buildSarif, serializeSarif, type SarifLog } from '../../report/sarif/sarif.js';

export const TOOL_INFORMATION_URI = 'https://github.com/image-gate/image-gate';

/** The files that were written, as the step's `sarif-file` and `result-file` outputs name them. */
export interface WrittenFiles {
  sarifFile?: string;
  resultFile?: string;
}

/**
 * The files both shells leave behind: SARIF for code scanning and the machine-readable result, from the
 * step's inputs in input order (the CLI's one image is `[{ input, result }]`). The result file has every
 * input, errors included; the SARIF only the images that got a verdict (see stepSarif). Everything written
 * comes from redacted outcomes: a check's or finding's message can quote a registry's answer.
 */
export async function writeReportFiles(
  redacted: Redacted<readonly ImageOutcome[]>,
  paths: { sarifFile?: string | undefined; resultFile?: string | undefined },
  toolVersion: string,
): Promise<WrittenFiles> {
  const written: WrittenFiles = {};
  const sarif = paths.sarifFile ? stepSarif(redacted, toolVersion) : undefined;
  if (paths.sarifFile && sarif !== undefined) {
    await writeText(paths.sarifFile, serializeSarif(sarif));
    written.sarifFile = paths.sarifFile;
  }
  if (paths.resultFile && redacted.length > 0) {
    await writeText(paths.resultFile, `${JSON.stringify(buildResultDocument(redacted), null, 2)}\n`);
    written.resultFile = paths.resultFile;
  }
  return written;
}

/**
 * The step's SARIF, the same for the file and the upload (so their categories agree): one run per image
 * that got a verdict, categories numbered over all inputs. Undefined when no image got one: an empty
 * upload for a category tells code scanning its alerts are fixed, which an image that could not be
 * judged must never do. The caller redacts the outcomes.
 */
export function stepSarif(outcomes: readonly ImageOutcome[], toolVersion: string): SarifLog | undefined {
  if (outcomes.every((outcome) => outcome.result === undefined)) return undefined;
  return buildSarif(outcomes, { toolVersion, informationUri: TOOL_INFORMATION_URI });
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
