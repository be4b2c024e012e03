import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { GateResult } from '../core/result.js';
import { buildResultDocument } from '../report/result-json.js';
import { buildSarif, serializeSarif } from '../report/sarif.js';

export const TOOL_INFORMATION_URI = 'https://github.com/image-gate/image-gate';

/** The files both shells leave behind: SARIF for code scanning and the machine-readable result. */
export async function writeReportFiles(
  results: GateResult[],
  paths: { sarifFile?: string; resultFile?: string },
  toolVersion: string,
): Promise<void> {
  if (paths.sarifFile) {
    const sarif = buildSarif(results, { toolVersion, informationUri: TOOL_INFORMATION_URI });
    await writeText(paths.sarifFile, serializeSarif(sarif));
  }
  if (paths.resultFile) {
    await writeText(paths.resultFile, `${JSON.stringify(buildResultDocument(results), null, 2)}\n`);
  }
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
