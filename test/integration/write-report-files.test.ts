/** The files the shells leave behind, written to a temporary folder. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../src/publish/write-files.js';
import { gateResult, scanOf } from '../helpers/gate-result.js';

describe('writeReportFiles', () => {
  it('writes every input into the result file and only the judged images into the SARIF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-files-'));
    const paths = { sarifFile: join(dir, 'out.sarif'), resultFile: join(dir, 'result.json') };
    const a = gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/a' });
    const written = await writeReportFiles(
      [
        { input: 'ghcr.io/acme/a:1.0', result: a },
        { input: 'ghcr.io/acme/b:1.0', error: 'unreachable' },
      ],
      paths,
      '1.2.3',
    );
    expect(written).toEqual(paths);
    const result = JSON.parse(readFileSync(paths.resultFile, 'utf8')) as { outcome: string; images: { outcome: string }[] };
    expect(result.outcome).toBe('error');
    expect(result.images.map((image) => image.outcome)).toEqual(['fail', 'error']);
    const sarif = JSON.parse(readFileSync(paths.sarifFile, 'utf8')) as { runs: unknown[] };
    expect(sarif.runs).toHaveLength(1);
  });

  it('writes no SARIF when no image got a verdict, so an upload cannot mark alerts fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-files-'));
    const paths = { sarifFile: join(dir, 'out.sarif'), resultFile: join(dir, 'result.json') };
    const written = await writeReportFiles([{ input: 'ghcr.io/acme/b:1.0', error: 'unreachable' }], paths, '1.2.3');
    expect(written).toEqual({ resultFile: paths.resultFile });
    expect(existsSync(paths.sarifFile)).toBe(false);
    expect(JSON.parse(readFileSync(paths.resultFile, 'utf8'))).toMatchObject({ outcome: 'error', failsStep: true });
  });
});
