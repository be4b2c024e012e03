import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../../../../src/core/model/findings.js';
import { judge } from '../../../../src/core/judge/judge.js';
import type { BaseCheck } from '../../../../src/core/model/base-image.js';
import { DEFAULT_POLICY, type Policy } from '../../../../src/core/model/policy.js';
import { emptySeverityCounts } from '../../../../src/core/model/severity.js';
import type { JudgedFinding, Verdict } from '../../../../src/core/model/verdict.js';
import { scanOf } from '../../../helpers/gate-result.js';

const NOW = new Date('2025-06-01T00:00:00Z');

function policy(vulnerabilities: Partial<Policy['vulnerabilities']> = {}, rest: Partial<Policy> = {}): Policy {
  const p = structuredClone(DEFAULT_POLICY);
  return { ...p, ...rest, vulnerabilities: { ...p.vulnerabilities, ...vulnerabilities } };
}

/** The report's first `n` diff_ids, declared as the base's. */
function base(scan: ScanReport, n: number): string[] {
  expect(scan.diffIds.length).toBeGreaterThanOrEqual(n);
  return scan.diffIds.slice(0, n);
}

/** The scan judged over a base whose layers are `diffIds`, its proven check passed, as the gate hands them to judge. */
function overBase(scan: ScanReport, judgingPolicy: Policy, diffIds: string[]): Verdict {
  const proven: BaseCheck = { rule: 'proven', status: 'pass', line: 1, image: 'base:1', message: "the image's layers begin with the base's" };
  const facts = { written: 'base:1', line: 1, diffIds, newerTags: [] };
  return judge({ scan, baseImage: { checks: [proven], facts } }, judgingPolicy, NOW);
}

const vulnerabilities = (findings: JudgedFinding[]) => findings.filter((j) => j.finding.kind === 'vulnerability');

describe('attribution on recorded Trivy reports', () => {
  it('spring4shell-jre11 (9 layers): the CRITICAL in the 9th layer is introduced over an 8-layer base', () => {
    const scan = scanOf('spring4shell-jre11');
    expect(scan.diffIds).toHaveLength(9);
    const verdict = overBase(scan, policy({ scope: 'introduced' }), base(scan, 8));
    expect(verdict.attribution).toEqual({
      scope: 'introduced',
      baseLayers: 8,
      inherited: emptySeverityCounts(),
      introduced: { ...emptySeverityCounts(), CRITICAL: 1 },
      unknown: emptySeverityCounts(),
      inheritedFixable: 0,
    });
    expect(vulnerabilities(verdict.findings).map((j) => [j.origin, j.status])).toEqual([['introduced', 'violation']]);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.violations[0]?.message).toBe('1 CRITICAL vulnerability not inherited from the base image (policy: fail on HIGH or above)');
  });

  it('spring4shell-jre11: over all 9 layers as the base, scope introduced excludes it and passes, still reporting it', () => {
    const scan = scanOf('spring4shell-jre11');
    const verdict = overBase(scan, policy({ scope: 'introduced' }), base(scan, 9));
    const [only] = vulnerabilities(verdict.findings);
    expect(only).toMatchObject({ origin: 'inherited', status: 'excluded', excluded: 'inherited' });
    expect(verdict.outcome).toBe('pass');
    expect(verdict.counts.vulnerabilities.CRITICAL).toBe(1);
    expect(verdict.attribution?.inheritedFixable).toBe(1);
  });

  it('spring4shell-jre11: scope all still fails on an inherited CRITICAL, but marks where it came from', () => {
    const scan = scanOf('spring4shell-jre11');
    const verdict = overBase(scan, policy(), base(scan, 9));
    expect(vulnerabilities(verdict.findings).map((j) => [j.origin, j.status])).toEqual([['inherited', 'violation']]);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.attribution?.scope).toBe('all');
  });

  it('distroless-base (2 layers): the 4 vulnerabilities sit in layer 2, introduced over 1 layer and inherited over 2', () => {
    const scan = scanOf('distroless-base');
    expect(scan.diffIds).toHaveLength(2);
    const over1 = overBase(scan, policy(), base(scan, 1));
    expect(over1.attribution?.introduced).toEqual({ ...emptySeverityCounts(), MEDIUM: 2, LOW: 2 });
    expect(over1.attribution?.inheritedFixable).toBe(0);
    const over2 = overBase(scan, policy(), base(scan, 2));
    expect(over2.attribution?.inherited).toEqual({ ...emptySeverityCounts(), MEDIUM: 2, LOW: 2 });
    expect(over2.attribution?.introduced).toEqual(emptySeverityCounts());
    expect(over2.attribution?.inheritedFixable).toBe(2);
  });

  it('ubuntu-1804 (4 layers): everything comes from the first layer; scope introduced passes what scope all fails', () => {
    const scan = scanOf('ubuntu-1804');
    expect(scan.diffIds).toHaveLength(4);
    const all = overBase(scan, policy({ failOnSeverity: 'MEDIUM' }), base(scan, 1));
    expect(all.outcome).toBe('fail');
    expect(all.attribution?.inherited).toEqual({ ...emptySeverityCounts(), MEDIUM: 4, LOW: 1 });
    const introduced = overBase(scan, policy({ failOnSeverity: 'MEDIUM', scope: 'introduced' }), base(scan, 1));
    expect(introduced.outcome).toBe('pass');
    expect(vulnerabilities(introduced.findings).every((j) => j.status === 'excluded' && j.origin === 'inherited')).toBe(true);
    // A base of the last 3 layers only does not contain the first: the same findings are introduced.
    const other = overBase(scan, policy({ failOnSeverity: 'MEDIUM', scope: 'introduced' }), scan.diffIds.slice(1));
    expect(other.outcome).toBe('fail');
    expect(other.attribution?.introduced).toEqual({ ...emptySeverityCounts(), MEDIUM: 4, LOW: 1 });
  });
});

describe('attribution fails closed', () => {
  it('a vulnerability without layer information is unknown and counts under scope introduced', () => {
    const scan = scanOf('ubuntu-1804');
    const findings = scan.findings.map((f, i) => (i === 0 ? { ...f, layerDiffId: undefined } : f));
    const stripped = findings[0];
    const verdict = overBase({ ...scan, findings }, policy({ failOnSeverity: 'LOW', scope: 'introduced' }), base(scan, 1));
    const judged = verdict.findings.find((j) => j.finding === stripped);
    expect(judged).toMatchObject({ origin: 'unknown', status: 'violation' });
    expect(verdict.outcome).toBe('fail');
    const unknown = Object.values(verdict.attribution?.unknown ?? {}).reduce((a, b) => a + b, 0);
    expect(unknown).toBe(1);
  });

  it('scope introduced without a known base: every origin is unknown, and everything counts', () => {
    const scan = scanOf('ubuntu-1804');
    const verdict = judge({ scan }, policy({ failOnSeverity: 'MEDIUM', scope: 'introduced' }), NOW);
    expect(verdict.attribution?.baseLayers).toBe(0);
    expect(verdict.attribution?.unknown).toEqual({ ...emptySeverityCounts(), MEDIUM: 4, LOW: 1 });
    expect(vulnerabilities(verdict.findings).every((j) => j.origin === 'unknown')).toBe(true);
    expect(verdict.outcome).toBe('fail');
  });

  it('an empty base (FROM scratch) makes every layered finding unknown, not inherited', () => {
    const scan = scanOf('ubuntu-1804');
    const verdict = overBase(scan, policy({ failOnSeverity: 'MEDIUM', scope: 'introduced' }), []);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.attribution?.inherited).toEqual(emptySeverityCounts());
  });

  it('ignore rules apply before the scope: an ignored inherited finding is ignored, not excluded', () => {
    const scan = scanOf('ubuntu-1804');
    const first = vulnerabilities(judge({ scan }, policy(), NOW).findings)[0]!;
    const id = first.finding.kind === 'vulnerability' ? first.finding.id : '';
    const verdict = overBase(scan, policy({ scope: 'introduced' }, { ignore: [{ id, reason: 'not reachable', origin: 'test' }] }), base(scan, 1));
    const judged = verdict.findings.filter((j) => j.finding.kind === 'vulnerability' && j.finding.id === id);
    expect(judged.length).toBeGreaterThan(0);
    for (const j of judged) expect(j).toMatchObject({ status: 'ignored', origin: 'inherited' });
    expect(verdict.unusedIgnores).toEqual([]);
  });

  it('without a base and with scope all, nothing is attributed (the verdict is as before)', () => {
    const verdict = judge({ scan: scanOf('ubuntu-1804') }, policy(), NOW);
    expect(verdict.attribution).toBeUndefined();
    expect(verdict.findings.some((j) => 'origin' in j)).toBe(false);
  });
});
