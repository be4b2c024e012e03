import { describe, expect, it } from 'vitest';
import { reportArtifactName } from '../../../src/action/artifact-name.js';
import { fullReportLine } from '../../../src/report/artifact-line.js';
import { PR_COMMENT_MAX_CHARS, renderPrComment } from '../../../src/report/pr-comment.js';
import { renderSummary } from '../../../src/report/summary/summary.js';
import { asInputs, gateResult, scanOf, syntheticScan } from '../../helpers/gate-result.js';

const URL = 'https://github.com/acme/app/actions/runs/77/artifacts/42';
const artifact = { name: 'image-gate-build-1a2b3c4d', url: URL };
const buster = gateResult(scanOf('debian-buster'));
const ubuntu = gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/web' });
const many = gateResult(syntheticScan(1_234), { repository: 'ghcr.io/acme/many' });

describe('fullReportLine', () => {
  it('counts every finding of every judged image and links the artifact', () => {
    const outcomes = [...asInputs(buster, many), { input: 'ghcr.io/acme/broken:1', error: 'unreachable' }];
    const count = buster.verdict.findings.length + many.verdict.findings.length;
    // The premise: enough findings that the count needs its thousands separator, as the "1,234".
    expect(count).toBeGreaterThan(999);
    const line = fullReportLine(outcomes, artifact);
    expect(line).toContain(`[all ${new Intl.NumberFormat('en-US').format(count)} findings](${URL})`);
    expect(line).toContain('`image-gate-build-1a2b3c4d`');
  });

  it('without a URL, or with one that is not http(s), names the artifact and links nothing', () => {
    expect(fullReportLine(asInputs(buster), { name: 'image-gate-x' })).not.toContain('](');
    expect(fullReportLine(asInputs(buster), { name: 'image-gate-x', url: 'javascript:alert(1)' })).not.toContain('javascript');
  });
});

describe('the summary and the comment link the artifact', () => {
  it('the summary links it under its title; without an artifact it says nothing of one', () => {
    const outcomes = asInputs(buster);
    expect(renderSummary(outcomes, { artifact })).toContain(`](${URL})`);
    expect(renderSummary(outcomes)).not.toContain('workflow artifact');
  });

  it('the comment links it, also when the comment is cut to fit', () => {
    const outcomes = asInputs(buster, ubuntu, many);
    expect(renderPrComment(outcomes, { marker: 'k', artifact })).toContain(`](${URL})`);
    expect(renderPrComment(outcomes, { marker: 'k' })).not.toContain('workflow artifact');
    const cut = renderPrComment(outcomes, { marker: 'k', artifact, maxChars: 2_000 });
    expect(cut.length).toBeLessThanOrEqual(2_000);
    expect(cut).toContain(`](${URL})`);
    expect(renderPrComment(outcomes, { marker: 'k', artifact }).length).toBeLessThanOrEqual(PR_COMMENT_MAX_CHARS);
  });
});

describe('reportArtifactName', () => {
  it('is the same for the same step, apart for other images, jobs and re-runs, and only uses safe characters', () => {
    const name = reportArtifactName('image-gate workflow=ci job=build repositories=abc', 'build', '1');
    expect(name).toMatch(/^image-gate-build-[0-9a-f]{8}$/);
    expect(reportArtifactName('image-gate workflow=ci job=build repositories=abc', 'build', undefined)).toBe(name);
    expect(reportArtifactName('image-gate workflow=ci job=build repositories=def', 'build', '1')).not.toBe(name);
    expect(reportArtifactName('image-gate workflow=ci job=build repositories=abc', 'build', '2')).toBe(`${name}-attempt-2`);
    expect(reportArtifactName('k', 'a/b:c*"d', undefined)).toMatch(/^image-gate-a-b-c-d-[0-9a-f]{8}$/);
  });
});
