import type { paths } from '@octokit/openapi-types';
import { describe, expect, it } from 'vitest';
import type { BaseCheck } from '../../../src/core/model/base-image.js';
import { DEFAULT_POLICY } from '../../../src/core/model/policy.js';
import type { GateResult } from '../../../src/core/model/result.js';
import {
  CHECK_OUTPUT_MAX_CHARS,
  checkRunAnnotations,
  checkRunOutput,
  erroredCheckRunOutput,
  type CheckAnnotation,
} from '../../../src/report/check-run.js';
import { gateResult, scanOf, syntheticScan } from '../../helpers/gate-result.js';

type ApiAnnotation = NonNullable<
  NonNullable<paths['/repos/{owner}/{repo}/check-runs']['post']['requestBody']>['content']['application/json']['output']
>['annotations'];

const DOCKERFILE = { path: 'build/Dockerfile', finalFromLine: 7 };
const RUN_URL = 'https://github.example.com/acme/app/actions/runs/42';
const FAIL_ON_LOW = { vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, failOnSeverity: 'LOW' as const, onlyFixed: false } };

describe('erroredCheckRunOutput', () => {
  it('an input that got no verdict is a failing check run that says why, escaped, even where a breach would be neutral', () => {
    const output = erroredCheckRunOutput('ghcr.io/acme/app:1.0', 'the registry said <b>no</b> @octocat', 'ghcr.io/acme/app', { runUrl: RUN_URL });
    expect(output.conclusion).toBe('failure');
    expect(output.title).toBe('ERROR · ghcr.io/acme/app');
    expect(output.summary).toContain('### ⛔ ERROR: ghcr.io/acme/app:1.0');
    expect(output.summary).toContain('so the step fails: the registry said &lt;b&gt;no&lt;/b&gt; \\@octocat');
    expect(output.summary).toContain(`[this workflow run](${RUN_URL})`);
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARS);
  });
});

describe('checkRunOutput', () => {
  it('conclusion from the verdict: pass success, fail failure, audit-mode fail neutral', () => {
    expect(checkRunOutput(gateResult(scanOf('alpine-39-skip-files-no-results'))).conclusion).toBe('success');
    expect(checkRunOutput(gateResult(scanOf('debian-buster'))).conclusion).toBe('failure');
    expect(checkRunOutput(gateResult(scanOf('debian-buster'), { policy: { mode: 'audit' } })).conclusion).toBe('neutral');
  });

  it('title names the outcome and the image; summary has the verdict, the annotation count and the run link', () => {
    const output = checkRunOutput(gateResult(scanOf('debian-buster'), { dockerfile: DOCKERFILE }), { runUrl: RUN_URL });
    expect(output.title).toBe('FAIL: 1 violation · ghcr.io/acme/app');
    expect(output.summary).toContain('### ❌ FAIL: ghcr.io/acme/app');
    expect(output.summary).toContain('**Violations (1)**');
    expect(output.summary).toContain('1 annotation on build/Dockerfile.');
    expect(output.summary).toContain(`[this workflow run](${RUN_URL})`);
    expect(output.text).toBeUndefined();
    expect(checkRunOutput(gateResult(scanOf('debian-buster'), { policy: { mode: 'audit' } })).title).toBe(
      'FAIL (audit mode): 1 violation · ghcr.io/acme/app',
    );
  });

  it('without a Dockerfile: no annotations; the findings are listed in the text instead, within the limit', () => {
    const result = gateResult(syntheticScan(5_000), { policy: FAIL_ON_LOW });
    expect(checkRunAnnotations(result)).toEqual([]);
    const output = checkRunOutput(result, { runUrl: RUN_URL });
    expect(output.summary).toContain('No Dockerfile was given, so the findings are listed in the details below');
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARS);
    expect(output.text).toBeDefined();
    const text = output.text ?? '';
    expect(text.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARS);
    expect(text).toMatch(/^\*\*Findings \(4,000\):\*\* no Dockerfile was given/);
    expect(text).toMatch(/^- ❌ \*\*CRITICAL CVE-2099-/m);
    expect(text).toMatch(
      /…and [\d,]+ more\. Details were left out to fit GitHub's 65,535-character limit: full details in the job summary of \[this workflow run\]/,
    );
  });

  it('a huge verdict: the summary stays within 65,535 characters', () => {
    const results = gateResult(syntheticScan(50_000), { policy: FAIL_ON_LOW, dockerfile: DOCKERFILE });
    const output = checkRunOutput(results);
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARS);
    expect(output.summary).toContain('40,000 annotations on build/Dockerfile.');
  });
});

describe('checkRunAnnotations', () => {
  it('every violating and warning finding, not capped at 10, on the final FROM line, in the API shape', () => {
    const result = gateResult(syntheticScan(100), { policy: FAIL_ON_LOW, dockerfile: DOCKERFILE });
    const annotations = checkRunAnnotations(result);
    // 80 of the 100 are LOW or above and violate; the 20 UNKNOWN are allowed and below MEDIUM.
    expect(annotations).toHaveLength(80);
    expect(annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(annotations.every((a) => a.path === 'build/Dockerfile' && a.start_line === 7 && a.end_line === 7)).toBe(true);
    expect(annotations[0]?.title).toMatch(/^CRITICAL CVE-2099-\d+ in /);
    expect(annotations.at(-1)?.title).toMatch(/^LOW CVE-2099-\d+ in /);
    expect(annotations.every((a) => a.title.length <= 255 && a.message.length > 0)).toBe(true);
    const api: ApiAnnotation = annotations;
    expect(api).toBe(annotations);
  });

  it('allowed findings of MEDIUM and above are warnings, expired and unused ignores warn and notify', () => {
    const policy = {
      vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, failOnSeverity: 'CRITICAL' as const },
      ignore: [
        { id: 'CVE-2019-1549', reason: 'old', expires: '2020-01-01', origin: 'policy.yml' },
        { id: 'CVE-1999-0001', reason: 'unused', origin: 'policy.yml' },
      ],
    };
    const annotations = checkRunAnnotations(gateResult(scanOf('alpine-310'), { policy, dockerfile: DOCKERFILE }));
    const levels = annotations.map((a) => [a.annotation_level, a.title]);
    expect(levels.filter(([level]) => level === 'warning').length).toBe(5);
    expect(levels).toContainEqual(['warning', 'Ignore rule expired on 2020-01-01']);
    expect(levels).toContainEqual(['notice', 'Unused ignore rule']);
    expect(levels.filter(([level]) => level === 'failure')).toEqual([]);
  });

  it('base-image checks go on the line of their own FROM; passing ones are not annotated', () => {
    const checks: BaseCheck[] = [
      { rule: 'pinned', status: 'fail', line: 1, image: 'golang:1.22', message: 'golang:1.22 names no digest', suggestion: 'golang:1.22@sha256:abc' },
      { rule: 'current', status: 'unknown', line: 7, image: 'ubuntu:18.04', message: 'the registry did not answer' },
      { rule: 'proven', status: 'pass', line: 7, image: 'ubuntu:18.04', message: 'fine' },
    ];
    const baseImage = { ...DEFAULT_POLICY.baseImage, pinned: 'fail' as const, unknown: 'warn' as const };
    const result: GateResult = gateResult(scanOf('alpine-39-skip-files-no-results'), {
      dockerfile: DOCKERFILE,
      policy: { baseImage },
      baseImage: { checks },
    });
    const annotations: CheckAnnotation[] = checkRunAnnotations(result);
    expect(annotations).toEqual([
      {
        path: 'build/Dockerfile',
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        title: 'Base image pinned to a digest: not met',
        message: 'golang:1.22: golang:1.22 names no digest. Suggestion: golang:1.22@sha256:abc',
      },
      {
        path: 'build/Dockerfile',
        start_line: 7,
        end_line: 7,
        annotation_level: 'warning',
        title: 'Base image current (its tag has not moved on): could not be checked (reported only)',
        message: 'ubuntu:18.04: the registry did not answer.',
      },
    ]);
    expect(checkRunOutput(result).conclusion).toBe('failure');
  });
});
