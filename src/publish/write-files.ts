import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { GateResult } from '../core/result.js';
import { judgedEntry, type ImageEntry } from '../report/image-entry.js';
import { buildResultDocument } from '../report/result-json.js';
import { buildSarif, serializeSarif } from '../report/sarif.js';

export const TOOL_INFORMATION_URI = 'https://github.com/image-gate/image-gate';

/** The files that were written, as the step's `sarif-file` and `result-file` outputs name them. */
export interface WrittenFiles {
  sarifFile?: string;
  resultFile?: string;
}

/**
 * The files both shells leave behind: SARIF for code scanning and the machine-readable result.
 * Given the step's entries (the gate's ImageOutcome[]), the result file has every input, errors
 * included, while the SARIF holds only the images that got a verdict. With none, no SARIF is written
 * at all: an empty upload for a category tells code scanning its alerts are fixed, which an image
 * that could not be judged must never do.
 */
export async function writeReportFiles(
  images: readonly GateResult[] | readonly ImageEntry[],
  paths: { sarifFile?: string; resultFile?: string },
  toolVersion: string,
): Promise<WrittenFiles> {
  const entries: ImageEntry[] = images.map((item) => ('input' in item ? item : { input: item.subject.input, result: item }));
  const results = entries.flatMap((entry) => {
    const judged = judgedEntry(entry);
    return 'result' in judged ? [judged.result] : [];
  });
  const written: WrittenFiles = {};
  if (paths.sarifFile && results.length > 0) {
    const sarif = buildSarif(results, { toolVersion, informationUri: TOOL_INFORMATION_URI });
    await writeText(paths.sarifFile, serializeSarif(sarif));
    written.sarifFile = paths.sarifFile;
  }
  if (paths.resultFile && entries.length > 0) {
    await writeText(paths.resultFile, `${JSON.stringify(buildResultDocument(entries), null, 2)}\n`);
    written.resultFile = paths.resultFile;
  }
  return written;
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
