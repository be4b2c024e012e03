/** The files the shells leave behind, written to a temporary folder. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactValues } from '../../src/report/neutralise/redact-values.js';
import { writeReportFiles as writeFiles } from '../../src/app/publish/write-files.js';
import { renderReportFiles } from '../../src/report/report-files.js';
import { Redactor } from '../../src/report/neutralise/redaction.js';
import { asInputs, DIGEST, gateResult, scanOf } from '../helpers/gate-result.js';
import { platformDigest, platformOutcomes } from '../helpers/platform-results.js';

const KEEP = (text: string): string => text;

/** As both shells do: the step's files are rendered (report/report-files.ts), then written. */
const writeReportFiles = (...args: Parameters<typeof renderReportFiles>) => writeFiles(renderReportFiles(...args));

/** A registry password with what JSON and Markdown escape: `"`, `\`, `_`, `*`. */
const SECRET = 'pa"ss\\w_rd*42';

function redactSecret(): (text: string) => string {
  const redactor = new Redactor();
  redactor.addBasicAuth('ci', SECRET);
  return (text) => redactor.redact(text);
}

describe('writeReportFiles', () => {
  it('writes every input into the result file and only the judged images into the SARIF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-files-'));
    const paths = { sarifFile: join(dir, 'out.sarif'), resultFile: join(dir, 'result.json') };
    const a = gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/a' });
    const written = await writeReportFiles(
      redactValues(
        [
          { input: 'ghcr.io/acme/a:1.0', result: a },
          { input: 'ghcr.io/acme/b:1.0', error: 'unreachable' },
        ],
        KEEP,
      ),
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
    const written = await writeReportFiles(redactValues([{ input: 'ghcr.io/acme/b:1.0', error: 'unreachable' }], KEEP), paths, '1.2.3');
    expect(written).toEqual({ resultFile: paths.resultFile });
    expect(existsSync(paths.sarifFile)).toBe(false);
    expect(JSON.parse(readFileSync(paths.resultFile, 'utf8'))).toMatchObject({ outcome: 'error', failsStep: true });
  });

  it('numbers the SARIF categories over all inputs: the image after an errored one of its repository keeps its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-files-'));
    const paths = { sarifFile: join(dir, 'out.sarif') };
    const second = gateResult(scanOf('debian-buster'), { repository: 'ghcr.io/acme/app' });
    await writeReportFiles(
      redactValues(
        [
          { input: 'ghcr.io/acme/app:amd64', error: 'unreachable', repository: 'ghcr.io/acme/app' },
          { input: 'ghcr.io/acme/app:arm64', result: second },
        ],
        KEEP,
      ),
      paths,
      '1.2.3',
    );
    const sarif = JSON.parse(readFileSync(paths.sarifFile, 'utf8')) as { runs: { automationDetails: { id: string } }[] };
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual(['image-gate/ghcr.io/acme/app#2/']);
  });

  it('an index gated per platform: a result entry per platform with its digest, a SARIF run per judged platform', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-files-'));
    const paths = { sarifFile: join(dir, 'out.sarif'), resultFile: join(dir, 'result.json') };
    const outcomes = platformOutcomes(
      { name: 'linux/amd64', scan: scanOf('ubuntu-1804') },
      { name: 'linux/arm/v7', scan: scanOf('debian-buster') },
      { name: 'linux/s390x', error: 'Trivy failed' },
    );
    await writeReportFiles(redactValues(outcomes, KEEP), paths, '1.2.3');
    const result = JSON.parse(readFileSync(paths.resultFile, 'utf8')) as {
      outcome: string;
      images: { outcome: string; digest: string | null; platform?: { name: string; digest: string | null } }[];
    };
    expect(result.outcome).toBe('error');
    expect(result.images.map((image) => [image.outcome, image.digest, image.platform])).toEqual([
      ['pass', DIGEST, { name: 'linux/amd64', digest: platformDigest('linux/amd64') }],
      ['fail', DIGEST, { name: 'linux/arm/v7', digest: platformDigest('linux/arm/v7') }],
      ['error', null, { name: 'linux/s390x', digest: null }],
    ]);
    const sarif = JSON.parse(readFileSync(paths.sarifFile, 'utf8')) as { runs: { automationDetails: { id: string } }[] };
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual([
      'image-gate/ghcr.io/acme/app/linux-amd64/',
      'image-gate/ghcr.io/acme/app/linux-arm-v7/',
    ]);
  });

  it('redacts both files, the JSON-escaped forms included, however the registry or Trivy quoted the secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-files-'));
    const paths = { sarifFile: join(dir, 'out.sarif'), resultFile: join(dir, 'result.json') };
    const scan = scanOf('debian-buster');
    // Trivy's text quotes the secret as it is; a registry's JSON answer quotes it JSON-escaped.
    scan.findings = scan.findings.map((finding) => (finding.kind === 'vulnerability' ? { ...finding, title: `leaked ${SECRET}` } : finding));
    const answer = `{"errors":[{"message":"bad password ${JSON.stringify(SECRET).slice(1, -1)}"}]}`;
    const outcomes = [...asInputs(gateResult(scan)), { input: 'ghcr.io/acme/b:1.0', error: `the registry answered 401: ${answer}` }];
    const forms = [SECRET, JSON.stringify(SECRET).slice(1, -1), JSON.stringify(JSON.stringify(SECRET).slice(1, -1)).slice(1, -1)];

    // The premise: without redaction both files carry the secret, escaped once and (the registry's answer) twice.
    await writeReportFiles(redactValues(outcomes, KEEP), paths, '1.2.3');
    const plainResult = readFileSync(paths.resultFile, 'utf8');
    expect(plainResult).toContain(forms[1]);
    expect(plainResult).toContain(forms[2]);
    expect(readFileSync(paths.sarifFile, 'utf8')).toContain(forms[1]);

    await writeReportFiles(redactValues(outcomes, redactSecret()), paths, '1.2.3');
    for (const file of [paths.resultFile, paths.sarifFile]) {
      const text = readFileSync(file, 'utf8');
      for (const form of forms) expect(text).not.toContain(form);
      expect(text).not.toContain('w_rd*42');
      expect(text).toContain('leaked ***');
    }
    const result = JSON.parse(readFileSync(paths.resultFile, 'utf8')) as { images: { error?: string }[] };
    expect(result.images[1]?.error).toBe('the registry answered 401: {"errors":[{"message":"bad password ***"}]}');
  });
});
