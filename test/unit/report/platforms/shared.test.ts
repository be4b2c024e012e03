import { describe, expect, it } from 'vitest';
import type { VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import type { JudgedFinding } from '../../../../src/core/model/verdict.js';
import type { JudgedPlatform } from '../../../../src/report/platforms/image-entries.js';
import { findingSections, sameOrEach, sharedLines, sharedRow, shareAcross } from '../../../../src/report/platforms/shared.js';
import { findingId } from '../../../../src/core/model/findings.js';
import { DEFAULT_POLICY } from '../../../../src/core/model/policy.js';
import { scanOf } from '../../../helpers/gate-result.js';
import { findingsWithIds, platformResult, scanWithFindings } from '../../../helpers/platform-results.js';

const buster = scanOf('debian-buster');
const distroless = scanOf('distroless-base');

function judged(name: string, scan = buster): JudgedPlatform {
  return { name, result: platformResult(name, scan) };
}

const ids = (findings: readonly { lead: JudgedFinding }[]): string[] =>
  findings.map(({ lead }) => `${findingId(lead.finding)} ${lead.finding.kind === 'vulnerability' ? lead.finding.packageName : ''}`);

describe('findingSections: what every platform has, then what only some have', () => {
  it('two platforms sharing one finding: it is listed once as on every platform, the rest only on theirs', () => {
    // arm64 has buster's CRITICAL libidn2-0 finding and distroless's four; amd64 is buster itself.
    const arm = scanWithFindings(distroless, findingsWithIds(buster, 'CVE-2019-18224'), distroless.findings);
    const sections = findingSections([judged('linux/amd64'), judged('linux/arm64', arm)]);
    expect(sections.map((s) => [s.platforms, s.everywhere])).toEqual([
      [['linux/amd64', 'linux/arm64'], true],
      [['linux/amd64'], false],
      [['linux/arm64'], false],
    ]);
    expect(ids(sections[0]!.findings)).toEqual(['CVE-2019-18224 libidn2-0']);
    expect(sections[0]!.findings[0]!.on.map((on) => on.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(ids(sections[1]!.findings)).toEqual(['CVE-2019-18276 bash']);
    expect(ids(sections[2]!.findings).sort()).toEqual([
      'CVE-2019-1551 libssl1.1',
      'CVE-2019-1551 openssl',
      'CVE-2019-1563 libssl1.1',
      'CVE-2019-1563 openssl',
    ]);
  });

  it('a finding on two of three platforms is its own section, after everywhere and before single platforms', () => {
    const onlyBash = scanWithFindings(buster, findingsWithIds(buster, 'CVE-2019-18276'));
    const sections = findingSections([judged('linux/amd64'), judged('linux/arm64'), judged('linux/arm/v7', onlyBash)]);
    expect(sections.map((s) => s.platforms)).toEqual([
      ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
      ['linux/amd64', 'linux/arm64'],
    ]);
    expect(ids(sections[1]!.findings)).toEqual(['CVE-2019-18224 libidn2-0']);
  });

  it('the same finding at another installed version is still the same finding (the SARIF identity)', () => {
    const bumped = scanWithFindings(
      buster,
      buster.findings.map((f) =>
        f.kind === 'vulnerability' && f.id === 'CVE-2019-18276' ? { ...f, installedVersion: '5.0-5', target: 'debian 10.2' } : f,
      ),
    );
    const sections = findingSections([judged('linux/amd64'), judged('linux/arm64', bumped)]);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.findings).toHaveLength(2);
  });

  it('the lead is the worst status on any platform, so a violation on one platform is shown as one', () => {
    const amd = judged('linux/amd64');
    const relaxed: JudgedPlatform = {
      name: 'linux/arm64',
      result: platformResult('linux/arm64', buster, { policy: { vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, failOnSeverity: 'NONE' } } }),
    };
    const libidn = (platform: JudgedPlatform): JudgedFinding | undefined =>
      platform.result.verdict.findings.find((j) => findingId(j.finding) === 'CVE-2019-18224');
    // The premise: the two platforms judged the finding differently.
    expect([libidn(amd)?.status, libidn(relaxed)?.status]).toEqual(['violation', 'allowed']);
    for (const order of [
      [amd, relaxed],
      [relaxed, amd],
    ]) {
      const shared = findingSections(order)[0]!.findings.find((f) => findingId(f.lead.finding) === 'CVE-2019-18224');
      expect(shared?.lead.status).toBe('violation');
    }
  });
});

describe('shareAcross numbers repeats on one platform', () => {
  it('two equal keys on one platform match the other platform one for one', () => {
    const shared = shareAcross(
      [
        { platform: 'a', items: ['x', 'x', 'y'] },
        { platform: 'b', items: ['x'] },
      ],
      (item) => item,
    );
    expect(shared.map((s) => [s.key, s.on.map((on) => on.platform)])).toEqual([
      ['x', ['a', 'b']],
      ['x#2', ['a']],
      ['y', ['a']],
    ]);
  });
});

describe('sharedRow, sharedLines, sameOrEach: once when the platforms agree', () => {
  const finding = buster.findings.find((f) => f.kind === 'vulnerability' && f.id === 'CVE-2019-18276') as VulnerabilityFinding;
  const row = (j: JudgedFinding): string[] => [findingId(j.finding), (j.finding as VulnerabilityFinding).installedVersion, j.status];
  const label = (platform: string): string => `<${platform}>`;

  it('cells every platform agrees on once; a cell that differs names each value with its platforms', () => {
    const shared = {
      key: 'k',
      on: [
        { platform: 'linux/amd64', item: { finding, status: 'allowed' } as JudgedFinding },
        { platform: 'linux/arm64', item: { finding: { ...finding, installedVersion: '5.0-5' }, status: 'allowed' } as JudgedFinding },
        { platform: 'linux/arm/v7', item: { finding, status: 'allowed' } as JudgedFinding },
      ],
    };
    expect(sharedRow(shared, row, label)).toEqual(['CVE-2019-18276', '5.0-4 (<linux/amd64>, <linux/arm/v7>); 5.0-5 (<linux/arm64>)', 'allowed']);
  });

  it('lines on every platform once, the others followed by where they are', () => {
    const lines = sharedLines(
      [
        { platform: 'a', lines: ['common', 'only a'] },
        { platform: 'b', lines: ['common', 'only b'] },
      ],
      (platforms) => ` (only on ${platforms.join(', ')})`,
    );
    expect(lines).toEqual(['common', 'only a (only on a)', 'only b (only on b)']);
  });

  it('a section all platforms render alike is shown once; otherwise each rendering under its platforms', () => {
    const label2 = (platforms: string[]): string => `On ${platforms.join(', ')}:`;
    expect(
      sameOrEach(
        [
          { platform: 'a', text: 'S' },
          { platform: 'b', text: 'S' },
        ],
        label2,
      ),
    ).toBe('S');
    expect(
      sameOrEach(
        [
          { platform: 'a', text: '' },
          { platform: 'b', text: '' },
        ],
        label2,
      ),
    ).toBe('');
    expect(
      sameOrEach(
        [
          { platform: 'a', text: 'S' },
          { platform: 'b', text: 'T' },
          { platform: 'c', text: 'S' },
        ],
        label2,
      ),
    ).toBe('On a, c:\n\nS\n\nOn b:\n\nT');
    expect(
      sameOrEach(
        [
          { platform: 'a', text: 'S' },
          { platform: 'b', text: '' },
        ],
        label2,
      ),
    ).toBe('On a:\n\nS');
  });
});
