import { describe, expect, it } from 'vitest';
import type { BaseCheck, BaseImageFacts } from '../../../src/core/model/base-image.js';
import { DEFAULT_POLICY } from '../../../src/core/model/policy.js';
import type { GateResult } from '../../../src/core/model/result.js';
import { imageAnnotations } from '../../../src/report/annotations/annotations.js';
import { buildResultDocument } from '../../../src/report/result-file/result-json.js';
import { buildSarif } from '../../../src/report/sarif/sarif.js';
import { renderSummary } from '../../../src/report/summary/summary.js';
import { renderLogTable } from '../../../src/report/summary/table.js';
import { asInputs, gateResult, judgedImages, scanOf } from '../../helpers/gate-result.js';
import { codeScanningProblems, sarifSchemaErrors } from '../../helpers/sarif-schema.js';

const PIN = `sha256:${'d'.repeat(64)}`;
const DOCKERFILE = { path: 'build/Dockerfile', finalFromLine: 7 };
const OPTIONS = { toolVersion: '1.2.3', informationUri: 'https://github.com/image-gate/image-gate' };

const FACTS: BaseImageFacts = { written: 'ubuntu:18.04', line: 7, digest: PIN, newerTags: ['20.04', '22.04'] };
const CHECKS: BaseCheck[] = [
  { rule: 'pinned', status: 'fail', line: 1, image: 'golang:1.22', message: 'golang:1.22 names no digest', suggestion: `golang:1.22@${PIN}` },
  { rule: 'pinned', status: 'fail', line: 7, image: 'ubuntu:18.04', message: 'ubuntu:18.04 names no digest', suggestion: `ubuntu:18.04@${PIN}` },
  { rule: 'current', status: 'fail', line: 7, image: 'ubuntu:18.04', message: 'the tag moved on 2025-05-01' },
  { rule: 'proven', status: 'pass', line: 7, image: 'ubuntu:18.04', message: "the image's layers begin with the base's 1 layer" },
];

/** ubuntu-1804 over its first layer as the base (all 5 vulnerabilities inherited), pinned: fail, scope introduced. */
function result(): GateResult {
  const scan = scanOf('ubuntu-1804');
  const policy = structuredClone(DEFAULT_POLICY);
  policy.vulnerabilities.scope = 'introduced';
  policy.vulnerabilities.failOnSeverity = 'MEDIUM';
  policy.baseImage.pinned = 'fail';
  const facts = { ...FACTS, diffIds: scan.diffIds.slice(0, 1) };
  return gateResult(scan, { dockerfile: DOCKERFILE, policy, baseImage: { checks: CHECKS, facts } });
}

describe('reports of the base image and of attribution', () => {
  it('the summary has a Base image section with the FROM, the checks, advice and the split; the counts table splits too', () => {
    const summary = renderSummary([result()]);
    expect(summary).toContain('**Base image**');
    expect(summary).toContain('- **FROM:** ubuntu:18.04 (build/Dockerfile line 7)');
    expect(summary).toContain(`- **Digest:** ${PIN}`);
    expect(summary).toContain('- **Newer tags of the same line:** 20.04, 22.04');
    expect(summary).toMatch(/\| 1 \| golang:1\.22 \| pinned to a digest \| ❌ fail \| golang:1\.22 names no digest \| golang:1\.22\\@sha256:d+ \|/);
    expect(summary).toMatch(/\| 7 \| ubuntu:18\.04 \| current \(its tag has not moved on\) \| ⚠️ fail \(reported only\) \|/);
    expect(summary).toContain(
      '💡 5 inherited vulnerabilities, 4 of them with a fix, come from the base image ubuntu:18.04; updating the base to 20.04',
    );
    expect(summary).toContain('| Severity | Inherited (base) | Introduced (own layers) | Unknown origin |');
    expect(summary).toContain('| MEDIUM | 4 | 0 | 0 |');
    expect(summary).toContain('| Severity | Found | Fixable | Ignored | Inherited | Introduced |');
    expect(summary).toContain('excluded (inherited from the base image)');
  });

  it('the log lists the base, each check with its mark, the advice, and inherited/introduced rows', () => {
    const log = renderLogTable(result());
    expect(log).toContain('  Base image:\n    FROM ubuntu:18.04  (build/Dockerfile line 7)');
    expect(log).toMatch(
      / {4}FAIL line 1 golang:1\.22: pinned to a digest: fail; golang:1\.22 names no digest\n {9}suggestion: golang:1\.22@sha256:d+/,
    );
    expect(log).toContain('    WARN line 7 ubuntu:18.04: current (its tag has not moved on): fail (reported only); the tag moved on 2025-05-01');
    expect(log).toContain('    OK   line 7 ubuntu:18.04: proven');
    expect(log).toMatch(/ {2}inherited +0 +0 +4 +1 +0 +5/);
    expect(log).toMatch(/ {2}introduced +0 +0 +0 +0 +0 +0/);
    expect(log).toContain(
      "vulnerabilities: 5 inherited from the base image (4 with a fix), 0 introduced by the image's own layers, 0 of unknown origin; scope introduced",
    );
    expect(log).toContain('[base-image] Dockerfile line 1: base image golang:1.22: pinned: golang:1.22 names no digest');
  });

  it("the result JSON carries attribution, the base image and each finding's origin", () => {
    const [image] = judgedImages(buildResultDocument(asInputs(result())));
    expect(image?.attribution).toMatchObject({ scope: 'introduced', baseLayers: 1, inheritedFixable: 4 });
    expect(image?.baseImage?.from).toEqual({ written: 'ubuntu:18.04', normalized: null, line: 7, digest: PIN, newerTags: ['20.04', '22.04'] });
    expect(image?.baseImage?.checks.map((c) => [c.rule, c.line, c.effect, c.suggestion !== null])).toEqual([
      ['pinned', 1, 'fail', true],
      ['pinned', 7, 'fail', true],
      ['current', 7, 'warn', false],
      ['proven', 7, 'pass', false],
    ]);
    expect(image?.findings.every((f) => f.origin === 'inherited')).toBe(true);
    expect(image?.violations.filter((v) => v.rule === 'base-image')).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(image))).toEqual(image);
    // Without base checks the fields are null, not missing.
    const [plain] = judgedImages(buildResultDocument(asInputs(gateResult(scanOf('ubuntu-1804')))));
    expect([plain?.attribution, plain?.baseImage]).toEqual([null, null]);
  });

  it('annotations put each failing or warning check on its own FROM line, and no second copy at the final FROM', () => {
    const annotations = imageAnnotations(result()).annotations;
    const base = annotations.filter((a) => a.title.startsWith('Base image'));
    expect(base.map((a) => [a.level, a.file, a.startLine, a.title])).toEqual([
      ['error', 'build/Dockerfile', 1, 'Base image pinned to a digest: not met'],
      ['error', 'build/Dockerfile', 7, 'Base image pinned to a digest: not met'],
      ['warning', 'build/Dockerfile', 7, 'Base image current (its tag has not moved on): not met (reported only)'],
    ]);
    expect(base[0]?.message).toBe(`golang:1.22: golang:1.22 names no digest. Suggestion: golang:1.22@${PIN}`);
    expect(annotations.filter((a) => a.title === 'Policy violation: base-image')).toEqual([]);
  });

  it('SARIF has one result per failing or warning base check at its FROM line, valid for both schemas', () => {
    const log = buildSarif(asInputs(result()), OPTIONS);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(codeScanningProblems(log)).toEqual([]);
    const run = log.runs[0]!;
    const base = run.results.filter((r) => r.properties.kind === 'base-image');
    expect(
      base.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.artifactLocation.uri, r.locations[0]?.physicalLocation.region.startLine]),
    ).toEqual([
      ['base-image/pinned', 'error', 'build/Dockerfile', 1],
      ['base-image/pinned', 'error', 'build/Dockerfile', 7],
      ['base-image/current', 'warning', 'build/Dockerfile', 7],
    ]);
    for (const r of base) expect(run.tool.driver.rules?.[r.ruleIndex]?.id).toBe(r.ruleId);
    const fingerprints = new Set(base.map((r) => Object.values(r.partialFingerprints)[0]));
    expect(fingerprints.size).toBe(3);
    // Findings keep the final FROM line.
    const finding = run.results.find((r) => r.properties.kind === 'vulnerability');
    expect(finding?.locations[0]?.physicalLocation.region.startLine).toBe(7);
    expect(finding?.message.text).toContain('excluded (inherited from the base image)');
  });

  it('without a Dockerfile, base results still have a location and stay valid', () => {
    const withoutDockerfile = result();
    delete withoutDockerfile.dockerfile;
    const log = buildSarif(asInputs(withoutDockerfile), OPTIONS);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(codeScanningProblems(log)).toEqual([]);
    const annotations = imageAnnotations(withoutDockerfile).annotations.filter((a) => a.title.startsWith('Base image'));
    expect(annotations.every((a) => a.file === undefined && a.startLine === undefined)).toBe(true);
  });
});
