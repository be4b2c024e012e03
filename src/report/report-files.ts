import type { ImageOutcome } from '../core/model/result.js';
import type { Redacted } from './neutralise/redact-values.js';
import { buildResultDocument } from './result-file/result-json.js';
import { serializeSarif } from './sarif/sarif.js';
import { stepSarif } from './sarif/step-sarif.js';

/** A file to leave behind, rendered: where it goes and its whole text. */
export interface RenderedFile {
  path: string;
  text: string;
}

/** The step's files, each present only when it is to be written (app/publish/write-files.ts writes them). */
export interface ReportFiles {
  sarif?: RenderedFile;
  result?: RenderedFile;
}

/**
 * The files both shells leave behind: SARIF for code scanning and the machine-readable result, from the
 * step's inputs in input order (the CLI's one image is `[{ input, result }]`). The one place that decides what
 * is written: the result file has every input, errors included; the SARIF only the images that got a verdict
 * (see stepSarif), and none at all when no image did. Rendered only from redacted outcomes: a check's or
 * finding's message can quote a registry's answer.
 */
export function renderReportFiles(
  redacted: Redacted<readonly ImageOutcome[]>,
  paths: { sarifFile?: string | undefined; resultFile?: string | undefined },
  toolVersion: string,
): ReportFiles {
  const files: ReportFiles = {};
  const sarif = paths.sarifFile ? stepSarif(redacted, toolVersion) : undefined;
  if (paths.sarifFile && sarif !== undefined) files.sarif = { path: paths.sarifFile, text: serializeSarif(sarif) };
  if (paths.resultFile && redacted.length > 0) {
    files.result = { path: paths.resultFile, text: `${JSON.stringify(buildResultDocument(redacted), null, 2)}\n` };
  }
  return files;
}
