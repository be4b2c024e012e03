import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import type { Finding, ScanReport } from '../../../../src/core/model/findings.js';
import { judge } from '../../../../src/core/judge/judge.js';
import { DEFAULT_POLICY, type IgnoreRule, type Policy } from '../../../../src/core/model/policy.js';
import { severityRank, type Severity } from '../../../../src/core/model/severity.js';
import type { Verdict, ViolationRule } from '../../../../src/core/model/verdict.js';
import { parseTrivyReport } from '../../../../src/adapters/trivy/report.js';

const FIXTURES = 'test/fixtures/trivy';
const NOW = new Date('2026-06-15T12:00:00Z');

function load(name: string): ScanReport {
  return parseTrivyReport(readFileSync(`${FIXTURES}/${name}`, 'utf8'), name);
}

function policy(change?: (p: Policy) => void): Policy {
  const p = structuredClone(DEFAULT_POLICY);
  change?.(p);
  return p;
}

function rule(fields: Omit<IgnoreRule, 'origin' | 'reason'> & { reason?: string }): IgnoreRule {
  return { reason: 'accepted in test', origin: 'test line 1', ...fields };
}

function statuses(verdict: Verdict): string[] {
  return verdict.findings.map((j) => `${label(j.finding)}=${j.status}`);
}

function label(finding: Finding): string {
  switch (finding.kind) {
    case 'vulnerability':
      return `${finding.id}/${finding.packageName}`;
    case 'secret':
      return finding.ruleId;
    case 'misconfiguration':
      return finding.id;
    case 'license':
      return finding.name;
  }
}

function rules(verdict: Verdict): ViolationRule[] {
  return verdict.violations.map((v) => v.rule);
}

const sev = (counts: Partial<Record<Severity, number>>): Record<Severity, number> => ({
  UNKNOWN: 0,
  LOW: 0,
  MEDIUM: 0,
  HIGH: 0,
  CRITICAL: 0,
  ...counts,
});

describe('judge with the default policy, on every fixture', () => {
  const table: {
    file: string;
    outcome: 'pass' | 'fail';
    violations: { rule: ViolationRule; message: string; count: number; severity?: Severity }[];
    vulnerabilities: Partial<Record<Severity, number>>;
    fixable: Partial<Record<Severity, number>>;
    misconfigurations?: Partial<Record<Severity, number>>;
    secrets?: number;
    licenses?: number;
    violating: number;
  }[] = [
    { file: 'alpine-310.json', outcome: 'pass', violations: [], vulnerabilities: { MEDIUM: 4 }, fixable: { MEDIUM: 4 }, violating: 0 },
    { file: 'alpine-39-skip-files-no-results.json', outcome: 'pass', violations: [], vulnerabilities: {}, fixable: {}, violating: 0 },
    {
      file: 'debian-buster.json',
      outcome: 'fail',
      violations: [
        {
          rule: 'vulnerability-severity',
          message: '1 CRITICAL vulnerability (policy: fail on HIGH or above)',
          count: 1,
          severity: 'CRITICAL',
        },
      ],
      vulnerabilities: { CRITICAL: 1, LOW: 1 },
      fixable: { CRITICAL: 1 },
      violating: 1,
    },
    { file: 'distroless-base.json', outcome: 'pass', violations: [], vulnerabilities: { MEDIUM: 2, LOW: 2 }, fixable: { LOW: 2 }, violating: 0 },
    {
      file: 'dockerfile-misconfig.json',
      outcome: 'pass',
      violations: [],
      vulnerabilities: {},
      fixable: {},
      misconfigurations: { HIGH: 1 },
      violating: 0,
    },
    { file: 'licenses-from-sbom.json', outcome: 'pass', violations: [], vulnerabilities: {}, fixable: {}, licenses: 3, violating: 0 },
    {
      file: 'secrets-repo.json',
      outcome: 'fail',
      violations: [{ rule: 'secret', message: '2 secrets found; the policy fails on any secret', count: 2, severity: 'CRITICAL' }],
      vulnerabilities: {},
      fixable: {},
      secrets: 2,
      violating: 2,
    },
    {
      file: 'spring4shell-jre11.json',
      outcome: 'fail',
      violations: [
        {
          rule: 'vulnerability-severity',
          message: '1 CRITICAL vulnerability (policy: fail on HIGH or above)',
          count: 1,
          severity: 'CRITICAL',
        },
      ],
      vulnerabilities: { CRITICAL: 1 },
      fixable: { CRITICAL: 1 },
      violating: 1,
    },
    { file: 'ubuntu-1804.json', outcome: 'pass', violations: [], vulnerabilities: { MEDIUM: 4, LOW: 1 }, fixable: { MEDIUM: 4 }, violating: 0 },
  ];

  it('covers every Trivy fixture', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(table.map((row) => row.file).sort()).toEqual(files);
  });

  it.each(table)('$file → $outcome', (row) => {
    const verdict = judge({ scan: load(row.file) }, DEFAULT_POLICY, NOW);
    expect(verdict.outcome).toBe(row.outcome);
    expect(verdict.failsStep).toBe(row.outcome === 'fail');
    expect(verdict.mode).toBe('enforce');
    expect(verdict.violations).toEqual(row.violations);
    expect(verdict.counts).toEqual({
      vulnerabilities: sev(row.vulnerabilities),
      fixable: sev(row.fixable),
      misconfigurations: sev(row.misconfigurations ?? {}),
      secrets: row.secrets ?? 0,
      licenses: row.licenses ?? 0,
      ignored: 0,
      suppressedByVex: 0,
      violating: row.violating,
    });
    expect(verdict.findings.filter((j) => j.status === 'violation')).toHaveLength(row.violating);
    expect(verdict.expiredIgnores).toEqual([]);
    expect(verdict.unusedIgnores).toEqual([]);
  });
});

describe('vulnerability thresholds and counts', () => {
  const table: {
    name: string;
    file: string;
    policy: (p: Policy) => void;
    violations: [ViolationRule, string][];
    statuses?: string[];
  }[] = [
    {
      name: 'threshold MEDIUM fails every MEDIUM, leaves LOW allowed',
      file: 'ubuntu-1804.json',
      policy: (p) => (p.vulnerabilities.failOnSeverity = 'MEDIUM'),
      violations: [['vulnerability-severity', '4 MEDIUM vulnerabilities (policy: fail on MEDIUM or above)']],
      statuses: [
        'CVE-2019-5094/e2fsprogs=violation',
        'CVE-2019-5094/libcom-err2=violation',
        'CVE-2019-5094/libext2fs2=violation',
        'CVE-2019-5094/libss2=violation',
        'CVE-2019-18276/bash=allowed',
      ],
    },
    {
      name: 'threshold LOW gives one violation per severity, most severe first',
      file: 'ubuntu-1804.json',
      policy: (p) => (p.vulnerabilities.failOnSeverity = 'LOW'),
      violations: [
        ['vulnerability-severity', '4 MEDIUM vulnerabilities (policy: fail on LOW or above)'],
        ['vulnerability-severity', '1 LOW vulnerability (policy: fail on LOW or above)'],
      ],
    },
    {
      name: 'threshold NONE passes a CRITICAL',
      file: 'debian-buster.json',
      policy: (p) => (p.vulnerabilities.failOnSeverity = 'NONE'),
      violations: [],
      statuses: ['CVE-2019-18224/libidn2-0=allowed', 'CVE-2019-18276/bash=allowed'],
    },
    {
      name: 'max-count equal to the count passes',
      file: 'ubuntu-1804.json',
      policy: (p) => {
        p.vulnerabilities.failOnSeverity = 'MEDIUM';
        p.vulnerabilities.maxCount = { MEDIUM: 4 };
      },
      violations: [],
    },
    {
      name: 'max-count below the count fails with vulnerability-count',
      file: 'ubuntu-1804.json',
      policy: (p) => (p.vulnerabilities.maxCount = { MEDIUM: 3 }),
      violations: [['vulnerability-count', '4 MEDIUM vulnerabilities; the policy allows at most 3']],
    },
    {
      name: 'max-count overrides the threshold for its severity only',
      file: 'debian-buster.json',
      policy: (p) => {
        p.vulnerabilities.failOnSeverity = 'LOW';
        p.vulnerabilities.maxCount = { CRITICAL: 1 };
      },
      violations: [['vulnerability-severity', '1 LOW vulnerability (policy: fail on LOW or above)']],
    },
    {
      name: 'max-count 0 fails even with threshold NONE',
      file: 'spring4shell-jre11.json',
      policy: (p) => {
        p.vulnerabilities.failOnSeverity = 'NONE';
        p.vulnerabilities.maxCount = { CRITICAL: 0 };
      },
      violations: [['vulnerability-count', '1 CRITICAL vulnerability; the policy allows none']],
    },
    {
      name: 'only-fixed excludes vulnerabilities without a fix',
      file: 'distroless-base.json',
      policy: (p) => {
        p.vulnerabilities.failOnSeverity = 'MEDIUM';
        p.vulnerabilities.onlyFixed = true;
      },
      violations: [],
      statuses: [
        'CVE-2019-1551/libssl1.1=excluded',
        'CVE-2019-1551/openssl=excluded',
        'CVE-2019-1563/libssl1.1=allowed',
        'CVE-2019-1563/openssl=allowed',
      ],
    },
    {
      name: 'without only-fixed the same unfixed vulnerabilities fail',
      file: 'distroless-base.json',
      policy: (p) => (p.vulnerabilities.failOnSeverity = 'MEDIUM'),
      violations: [['vulnerability-severity', '2 MEDIUM vulnerabilities (policy: fail on MEDIUM or above)']],
    },
    {
      name: 'only-fixed still counts fixable ones and says so',
      file: 'debian-buster.json',
      policy: (p) => {
        p.vulnerabilities.failOnSeverity = 'LOW';
        p.vulnerabilities.onlyFixed = true;
      },
      violations: [['vulnerability-severity', '1 CRITICAL vulnerability with a fix available (policy: fail on LOW or above)']],
      statuses: ['CVE-2019-18224/libidn2-0=violation', 'CVE-2019-18276/bash=excluded'],
    },
  ];

  it.each(table)('$name', (row) => {
    const verdict = judge({ scan: load(row.file) }, policy(row.policy), NOW);
    expect(verdict.violations.map((v) => [v.rule, v.message])).toEqual(row.violations);
    expect(verdict.outcome).toBe(row.violations.length > 0 ? 'fail' : 'pass');
    if (row.statuses) expect(statuses(verdict)).toEqual(row.statuses);
    expect(verdict.counts.violating).toBe(verdict.findings.filter((j) => j.status === 'violation').length);
  });

  it('notes why an unfixed vulnerability is excluded, and still counts it', () => {
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.vulnerabilities.onlyFixed = true)),
      NOW,
    );
    const bash = verdict.findings.find((j) => label(j.finding) === 'CVE-2019-18276/bash');
    expect(bash).toMatchObject({ status: 'excluded', excluded: 'no-fix' });
    expect(verdict.counts.vulnerabilities.LOW).toBe(1);
    expect(verdict.counts.fixable.LOW).toBe(0);
  });
});

describe('ignore rules', () => {
  it('ignores by id, case-insensitively, with the rule and its reason', () => {
    const ignore = rule({ id: 'cve-2019-18224', reason: 'libidn2 is never fed untrusted input' });
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.ignore = [ignore])),
      NOW,
    );
    expect(verdict.outcome).toBe('pass');
    const judged = verdict.findings.find((j) => label(j.finding) === 'CVE-2019-18224/libidn2-0');
    expect(judged).toEqual({
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types asymmetric matchers `any` on purpose, so they fit any field
      finding: expect.objectContaining({ id: 'CVE-2019-18224' }),
      status: 'ignored',
      ignoredBy: ignore,
    });
    expect(verdict.counts.ignored).toBe(1);
    // Ignored vulnerabilities are still counted as found.
    expect(verdict.counts.vulnerabilities.CRITICAL).toBe(1);
    expect(verdict.unusedIgnores).toEqual([]);
  });

  const table: { name: string; file: string; ignore: IgnoreRule[]; policy?: (p: Policy) => void; statuses: string[]; unused: number }[] = [
    {
      name: 'package matches exactly',
      file: 'distroless-base.json',
      ignore: [rule({ package: 'openssl' })],
      policy: (p) => (p.vulnerabilities.failOnSeverity = 'LOW'),
      statuses: [
        'CVE-2019-1551/libssl1.1=violation',
        'CVE-2019-1551/openssl=ignored',
        'CVE-2019-1563/libssl1.1=violation',
        'CVE-2019-1563/openssl=ignored',
      ],
      unused: 0,
    },
    {
      name: 'package is case-sensitive',
      file: 'distroless-base.json',
      ignore: [rule({ package: 'OpenSSL' })],
      statuses: [
        'CVE-2019-1551/libssl1.1=allowed',
        'CVE-2019-1551/openssl=allowed',
        'CVE-2019-1563/libssl1.1=allowed',
        'CVE-2019-1563/openssl=allowed',
      ],
      unused: 1,
    },
    {
      name: 'id and package must both match',
      file: 'distroless-base.json',
      ignore: [rule({ id: 'CVE-2019-1551', package: 'openssl' })],
      statuses: [
        'CVE-2019-1551/libssl1.1=allowed',
        'CVE-2019-1551/openssl=ignored',
        'CVE-2019-1563/libssl1.1=allowed',
        'CVE-2019-1563/openssl=allowed',
      ],
      unused: 0,
    },
    {
      name: 'path glob over the package path',
      file: 'spring4shell-jre11.json',
      ignore: [rule({ path: 'usr/local/tomcat/**/*.jar' })],
      statuses: ['CVE-2022-22965/org.springframework:spring-beans=ignored'],
      unused: 0,
    },
    {
      name: 'path glob that does not match',
      file: 'spring4shell-jre11.json',
      ignore: [rule({ path: 'usr/lib/**' })],
      statuses: ['CVE-2022-22965/org.springframework:spring-beans=violation'],
      unused: 1,
    },
    {
      name: 'path plus id on a secret',
      file: 'secrets-repo.json',
      ignore: [rule({ id: 'MYSECRET', path: 'deploy.sh' })],
      statuses: ['aws-access-key-id=violation', 'mysecret=ignored'],
      unused: 0,
    },
    {
      name: 'a misconfiguration by id',
      file: 'dockerfile-misconfig.json',
      ignore: [rule({ id: 'ds-0002' })],
      policy: (p) => (p.misconfigurations.failOnSeverity = 'LOW'),
      statuses: ['DS-0002=ignored'],
      unused: 0,
    },
    {
      name: 'a license by package',
      file: 'licenses-from-sbom.json',
      ignore: [rule({ package: 'org.slf4j:slf4j-api' })],
      policy: (p) => (p.licenses.denyCategories = ['notice']),
      statuses: ['EPL-1.0=allowed', 'BSD-3-Clause=violation', 'MIT License=ignored'],
      unused: 0,
    },
  ];

  it.each(table)('$name', (row) => {
    const verdict = judge(
      { scan: load(row.file) },
      policy((p) => {
        row.policy?.(p);
        p.ignore = row.ignore;
      }),
      NOW,
    );
    expect(statuses(verdict)).toEqual(row.statuses);
    expect(verdict.unusedIgnores).toHaveLength(row.unused);
    expect(verdict.counts.ignored).toBe(row.statuses.filter((s) => s.endsWith('=ignored')).length);
  });

  it('an expired rule does not ignore: its findings count again and it is reported', () => {
    const expired = rule({ id: 'CVE-2019-18224', expires: '2026-06-14' });
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.ignore = [expired])),
      NOW,
    );
    expect(verdict.outcome).toBe('fail');
    expect(rules(verdict)).toEqual(['vulnerability-severity']);
    expect(verdict.expiredIgnores).toEqual([{ rule: expired, matched: 1 }]);
    expect(verdict.unusedIgnores).toEqual([]);
    expect(verdict.counts.ignored).toBe(0);
  });

  it('an expired rule that matched nothing is still listed as expired, with 0', () => {
    const expired = rule({ id: 'CVE-0000-0000', expires: '2020-01-01' });
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.ignore = [expired])),
      NOW,
    );
    expect(verdict.expiredIgnores).toEqual([{ rule: expired, matched: 0 }]);
    expect(verdict.unusedIgnores).toEqual([]);
  });

  it.each([
    { now: '2026-06-15T00:00:00.000Z', expires: '2026-06-15', live: true },
    { now: '2026-06-15T23:59:59.999Z', expires: '2026-06-15', live: true },
    { now: '2026-06-16T00:00:00.000Z', expires: '2026-06-15', live: false },
    { now: '2026-06-16T00:00:00.000Z', expires: '2026-12-31', live: true },
  ])('a rule expiring $expires is live=$live at $now', ({ now, expires, live }) => {
    const ignore = rule({ id: 'CVE-2019-18224', expires });
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.ignore = [ignore])),
      new Date(now),
    );
    expect(verdict.outcome).toBe(live ? 'pass' : 'fail');
    expect(verdict.expiredIgnores).toHaveLength(live ? 0 : 1);
  });

  it.each([
    { order: 'package rule, id rule', first: 'package' },
    { order: 'id rule, package rule', first: 'id' },
    { order: 'id rule, id+package rule', first: 'id' },
    { order: 'id+package rule, id rule', first: 'id+package' },
  ])('credits the first declared matching rule ($order); the others are not unused', ({ order }) => {
    const make = {
      package: rule({ package: 'libidn2-0', reason: 'package' }),
      id: rule({ id: 'CVE-2019-18224', reason: 'id' }),
      'id+package': rule({ id: 'cve-2019-18224', package: 'libidn2-0', reason: 'id+package' }),
    };
    const declared = order.split(', ').map((name) => make[name.replace(' rule', '') as keyof typeof make]);
    const neverMatches = rule({ id: 'CVE-2000-0001' });
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.ignore = [...declared, neverMatches])),
      NOW,
    );
    const judged = verdict.findings.find((j) => j.status === 'ignored');
    expect(judged?.ignoredBy).toBe(declared[0]);
    expect(judged?.ignoredBy?.reason).toBe(declared[0]?.reason);
    expect(verdict.unusedIgnores).toEqual([neverMatches]);
  });

  it('a live rule wins over an expired one for the same finding', () => {
    const expired = rule({ id: 'CVE-2019-18224', expires: '2026-01-01', reason: 'old' });
    const live = rule({ package: 'libidn2-0', reason: 'new' });
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.ignore = [expired, live])),
      NOW,
    );
    expect(verdict.outcome).toBe('pass');
    expect(verdict.findings[0]?.ignoredBy).toBe(live);
    expect(verdict.expiredIgnores).toEqual([{ rule: expired, matched: 1 }]);
  });

  it.each([
    {
      name: 'a rule with nothing to match',
      ignore: { reason: 'r', origin: 'p.yml line 3' },
      message: 'p.yml line 3: ignore rule needs at least one of id, package, path',
    },
    {
      name: 'an impossible expiry date',
      ignore: { id: 'x', reason: 'r', expires: '2026-02-30', origin: 'p.yml line 4' },
      message: 'p.yml line 4: ignore rule expires "2026-02-30" is not a valid date (YYYY-MM-DD)',
    },
  ])('refuses $name (fails closed)', ({ ignore, message }) => {
    const run = () =>
      judge(
        { scan: load('debian-buster.json') },
        policy((p) => (p.ignore = [ignore])),
        NOW,
      );
    expect(run).toThrow(GateError);
    expect(run).toThrow(message);
  });
});

describe('secrets, misconfigurations, licenses', () => {
  it('secrets.fail false lets secrets through as allowed', () => {
    const verdict = judge(
      { scan: load('secrets-repo.json') },
      policy((p) => (p.secrets.fail = false)),
      NOW,
    );
    expect(verdict.outcome).toBe('pass');
    expect(statuses(verdict)).toEqual(['aws-access-key-id=allowed', 'mysecret=allowed']);
    expect(verdict.counts.secrets).toBe(2);
  });

  it('an ignored secret leaves the rest failing, with their worst severity', () => {
    const verdict = judge(
      { scan: load('secrets-repo.json') },
      policy((p) => (p.ignore = [rule({ id: 'AWS-ACCESS-KEY-ID' })])),
      NOW,
    );
    expect(verdict.violations).toEqual([{ rule: 'secret', message: '1 secret found; the policy fails on any secret', severity: 'HIGH', count: 1 }]);
  });

  it.each([
    { threshold: 'HIGH' as const, outcome: 'fail' },
    { threshold: 'LOW' as const, outcome: 'fail' },
    { threshold: 'CRITICAL' as const, outcome: 'pass' },
    { threshold: 'NONE' as const, outcome: 'pass' },
  ])('misconfiguration threshold $threshold on a HIGH failure → $outcome', ({ threshold, outcome }) => {
    const verdict = judge(
      { scan: load('dockerfile-misconfig.json') },
      policy((p) => (p.misconfigurations.failOnSeverity = threshold)),
      NOW,
    );
    expect(verdict.outcome).toBe(outcome);
    if (outcome === 'fail') {
      expect(verdict.violations).toEqual([
        {
          rule: 'misconfiguration',
          message: `1 failed misconfiguration check (policy: fail on ${threshold} or above)`,
          severity: 'HIGH',
          count: 1,
        },
      ]);
    }
  });

  it('misconfiguration checks that did not fail are excluded and not counted', () => {
    const report = load('dockerfile-misconfig.json');
    const failed = report.findings[0];
    if (failed?.kind !== 'misconfiguration') throw new Error('fixture changed: expected a misconfiguration');
    report.findings.push({ ...failed, status: 'PASS' });
    const verdict = judge(
      { scan: report },
      policy((p) => (p.misconfigurations.failOnSeverity = 'LOW')),
      NOW,
    );
    expect(verdict.findings.map((j) => [j.status, j.excluded])).toEqual([
      ['violation', undefined],
      ['excluded', 'check-not-failed'],
    ]);
    expect(verdict.counts.misconfigurations.HIGH).toBe(1);
  });

  it.each([
    {
      deny: ['mit license'],
      categories: [],
      message: '1 license denied by the policy: MIT License',
      statuses: ['EPL-1.0=allowed', 'BSD-3-Clause=allowed', 'MIT License=violation'],
    },
    {
      deny: [],
      categories: ['NOTICE'],
      message: '2 licenses denied by the policy: BSD-3-Clause, MIT License',
      statuses: ['EPL-1.0=allowed', 'BSD-3-Clause=violation', 'MIT License=violation'],
    },
    {
      deny: ['GPL-3.0-only'],
      categories: ['forbidden'],
      message: undefined,
      statuses: ['EPL-1.0=allowed', 'BSD-3-Clause=allowed', 'MIT License=allowed'],
    },
  ])('licenses deny $deny / categories $categories', ({ deny, categories, message, statuses: expected }) => {
    const verdict = judge(
      { scan: load('licenses-from-sbom.json') },
      policy((p) => (p.licenses = { deny, denyCategories: categories })),
      NOW,
    );
    expect(statuses(verdict)).toEqual(expected);
    expect(verdict.violations.map((v) => v.message)).toEqual(message === undefined ? [] : [message]);
  });
});

describe('root user', () => {
  // How each spelling of User is read: test/unit/core/root-user.test.ts.
  it('fails an image whose config has no User (every image fixture)', () => {
    const verdict = judge(
      { scan: load('alpine-310.json') },
      policy((p) => (p.image.forbidRoot = true)),
      NOW,
    );
    expect(verdict.violations).toEqual([
      { rule: 'root-user', message: 'the image runs as root (no user set, so root); the policy forbids it', count: 0 },
    ]);
    expect(verdict.counts.violating).toBe(0);
  });

  it('passes an image configured with a non-root user', () => {
    const report = load('alpine-310.json');
    report.imageConfig = { ...report.imageConfig, user: '65532' };
    expect(
      judge(
        { scan: report },
        policy((p) => (p.image.forbidRoot = true)),
        NOW,
      ).outcome,
    ).toBe('pass');
  });

  it('fails closed when the report has no image config', () => {
    const verdict = judge(
      { scan: load('secrets-repo.json') },
      policy((p) => {
        p.secrets.fail = false;
        p.image.forbidRoot = true;
      }),
      NOW,
    );
    expect(verdict.outcome).toBe('fail');
    expect(verdict.violations).toEqual([
      {
        rule: 'root-user',
        message:
          "could not check the image's user: secrets-repo.json has no image config (artifact type repository); the policy forbids running as root",
        count: 0,
      },
    ]);
  });

  it('is not checked when not forbidden', () => {
    expect(
      judge(
        { scan: load('secrets-repo.json') },
        policy((p) => (p.secrets.fail = false)),
        NOW,
      ).violations,
    ).toEqual([]);
  });
});

describe('mode, ordering, purity', () => {
  it.each([
    { mode: 'enforce' as const, failsStep: true },
    { mode: 'audit' as const, failsStep: false },
  ])('$mode mode: a failing verdict fails the step: $failsStep', ({ mode, failsStep }) => {
    const verdict = judge(
      { scan: load('debian-buster.json') },
      policy((p) => (p.mode = mode)),
      NOW,
    );
    expect(verdict).toMatchObject({ outcome: 'fail', mode, failsStep });
  });

  it('audit mode passes a passing verdict without failing the step', () => {
    expect(
      judge(
        { scan: load('alpine-310.json') },
        policy((p) => (p.mode = 'audit')),
        NOW,
      ),
    ).toMatchObject({ outcome: 'pass', failsStep: false });
  });

  it('sorts findings most severe first and keeps the input order within a severity', () => {
    const report = load('ubuntu-1804.json');
    for (const name of ['secrets-repo.json', 'dockerfile-misconfig.json', 'licenses-from-sbom.json', 'debian-buster.json']) {
      report.findings.push(...load(name).findings);
    }
    const input = [...report.findings];
    const verdict = judge({ scan: report }, DEFAULT_POLICY, NOW);
    const out = verdict.findings.map((j) => j.finding);
    expect(out).toHaveLength(input.length);
    expect(new Set(out)).toEqual(new Set(input));
    for (let i = 1; i < out.length; i++) {
      const [a, b] = [out[i - 1]!, out[i]!];
      expect(severityRank(a.severity)).toBeGreaterThanOrEqual(severityRank(b.severity));
      if (a.severity === b.severity) expect(input.indexOf(a)).toBeLessThan(input.indexOf(b));
    }
    expect(out.map(label).slice(0, 4)).toEqual(['aws-access-key-id', 'CVE-2019-18224/libidn2-0', 'mysecret', 'DS-0002']);
    expect(report.findings).toEqual(input);
  });

  it('orders violations: vulnerabilities (most severe first), secrets, misconfigurations, licenses, root', () => {
    const report = load('debian-buster.json');
    for (const name of ['secrets-repo.json', 'dockerfile-misconfig.json', 'licenses-from-sbom.json']) {
      report.findings.push(...load(name).findings);
    }
    const verdict = judge(
      { scan: report },
      policy((p) => {
        p.vulnerabilities.failOnSeverity = 'LOW';
        p.misconfigurations.failOnSeverity = 'HIGH';
        p.licenses.deny = ['EPL-1.0'];
        p.image.forbidRoot = true;
      }),
      NOW,
    );
    expect(rules(verdict)).toEqual(['vulnerability-severity', 'vulnerability-severity', 'secret', 'misconfiguration', 'license', 'root-user']);
    expect(verdict.counts.violating).toBe(2 + 2 + 1 + 1);
  });

  it('is deterministic and leaves its inputs alone', () => {
    const report = load('distroless-base.json');
    const p = policy((x) => (x.ignore = [rule({ package: 'openssl', expires: '2026-12-31' })]));
    const before = JSON.stringify([report, p]);
    const first = judge({ scan: report }, p, NOW);
    expect(judge({ scan: report }, p, NOW)).toEqual(first);
    expect(JSON.stringify([report, p])).toBe(before);
  });

  it('refuses a negative max count', () => {
    const run = () =>
      judge(
        { scan: load('debian-buster.json') },
        policy((p) => (p.vulnerabilities.maxCount = { HIGH: -1 })),
        NOW,
      );
    expect(run).toThrow('policy vulnerabilities.max-count.high: -1 is not a whole number ≥ 0');
  });
});
