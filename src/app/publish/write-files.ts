import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A rendered file: where it goes and its whole text. */
export interface TextFile {
  path: string;
  text: string;
}

/** The files both shells leave behind, as report/report-files.ts renders them: each is written when present. */
export interface StepFiles {
  sarif?: TextFile;
  result?: TextFile;
}

/** The files that were written, as the step's `sarif-file` and `result-file` outputs name them. */
export interface WrittenFiles {
  sarifFile?: string;
  resultFile?: string;
}

/**
 * Writes the step's rendered files (folders created as needed) and says which were written. What goes into
 * them, and whether a file is written at all, is decided where they are rendered (report/report-files.ts).
 */
export async function writeReportFiles(files: StepFiles): Promise<WrittenFiles> {
  const written: WrittenFiles = {};
  if (files.sarif !== undefined) {
    await writeText(files.sarif.path, files.sarif.text);
    written.sarifFile = files.sarif.path;
  }
  if (files.result !== undefined) {
    await writeText(files.result.path, files.result.text);
    written.resultFile = files.result.path;
  }
  return written;
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
