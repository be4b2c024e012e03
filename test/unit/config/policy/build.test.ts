import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../../../../src/core/model/policy.js';
import { buildPolicy, parsePolicyText, type PolicyOverrides } from '../../../../src/config/policy/load.js';

const SOURCE = '.github/image-gate.yml';

const FULL = `mode: audit
vulnerabilities:
  fail-on-severity: MEDIUM
  max-count: { critical: 0, high: 5 }
  only-fixed: true
secrets: { fail: false }
misconfigurations: { fail-on-severity: High }
licenses: { deny: [AGPL-3.0], deny-categories: [Forbidden, restricted] }
image: { forbid-root: true }
ignore:
  - id: CVE-2019-18276
    reason: bash is not reachable
    expires: 2027-01-31
  - package: openssl
    path: usr/lib/**
    reason: FIPS module
`;

const FULL_POLICY: Policy = {
  mode: 'audit',
  vulnerabilities: { failOnSeverity: 'MEDIUM', maxCount: { CRITICAL: 0, HIGH: 5 }, onlyFixed: true, scope: 'all' },
  secrets: { fail: false },
  misconfigurations: { failOnSeverity: 'HIGH' },
  licenses: { deny: ['AGPL-3.0'], denyCategories: ['forbidden', 'restricted'] },
  image: { forbidRoot: true, allowNamedUser: false },
  ignore: [
    { id: 'CVE-2019-18276', reason: 'bash is not reachable', expires: '2027-01-31', origin: '.github/image-gate.yml line 11' },
    { package: 'openssl', path: 'usr/lib/**', reason: 'FIPS module', origin: '.github/image-gate.yml line 14' },
  ],
  signatures: DEFAULT_POLICY.signatures,
  baseImage: DEFAULT_POLICY.baseImage,
};

describe('buildPolicy', () => {
  it('without a file or inputs is the default policy', () => {
    expect(buildPolicy(undefined, {}, SOURCE)).toEqual(DEFAULT_POLICY);
  });

  it("does not share the default policy's arrays", () => {
    const built = buildPolicy(undefined, {}, SOURCE);
    built.licenses.deny.push('MIT');
    built.ignore.push({ id: 'x', reason: 'r', origin: 'o' });
    expect(DEFAULT_POLICY.licenses.deny).toEqual([]);
    expect(DEFAULT_POLICY.ignore).toEqual([]);
  });

  it('with an empty file is the default policy', () => {
    expect(buildPolicy(parsePolicyText('', SOURCE), {}, SOURCE)).toEqual(DEFAULT_POLICY);
  });

  it('normalises every value of the file and records where each ignore rule is', () => {
    expect(buildPolicy(parsePolicyText(FULL, SOURCE), {}, SOURCE)).toEqual(FULL_POLICY);
  });

  it('keeps defaults for what the file leaves out', () => {
    const policy = buildPolicy(parsePolicyText('vulnerabilities: { only-fixed: true }\n', SOURCE), {}, SOURCE);
    expect(policy).toEqual({ ...DEFAULT_POLICY, vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, onlyFixed: true } });
  });

  it.each([
    ['none', 'NONE'],
    ['None', 'NONE'],
    ['unknown', 'UNKNOWN'],
    ['critical', 'CRITICAL'],
  ] as const)('reads fail-on-severity %s as %s', (written, threshold) => {
    const policy = buildPolicy(parsePolicyText(`vulnerabilities: { fail-on-severity: ${written} }\n`, SOURCE), {}, SOURCE);
    expect(policy.vulnerabilities.failOnSeverity).toBe(threshold);
  });

  const overrides: { name: string; overrides: PolicyOverrides; expect: (p: Policy) => unknown; value: unknown }[] = [
    { name: 'mode', overrides: { mode: 'enforce' }, expect: (p) => p.mode, value: 'enforce' },
    { name: 'fail-on-severity', overrides: { failOnSeverity: 'CRITICAL' }, expect: (p) => p.vulnerabilities.failOnSeverity, value: 'CRITICAL' },
    { name: 'fail-on-severity none', overrides: { failOnSeverity: 'NONE' }, expect: (p) => p.vulnerabilities.failOnSeverity, value: 'NONE' },
    { name: 'only-fixed', overrides: { onlyFixed: false }, expect: (p) => p.vulnerabilities.onlyFixed, value: false },
    { name: 'fail-on-secrets', overrides: { secretsFail: true }, expect: (p) => p.secrets.fail, value: true },
    {
      name: 'misconfig-fail-on-severity',
      overrides: { misconfigFailOnSeverity: 'NONE' },
      expect: (p) => p.misconfigurations.failOnSeverity,
      value: 'NONE',
    },
    { name: 'forbid-root', overrides: { forbidRoot: false }, expect: (p) => p.image.forbidRoot, value: false },
    {
      name: 'deny-licenses replaces the list',
      overrides: { licensesDeny: ['GPL-3.0-only'] },
      expect: (p) => p.licenses.deny,
      value: ['GPL-3.0-only'],
    },
    { name: 'an empty deny-licenses clears it', overrides: { licensesDeny: [] }, expect: (p) => p.licenses.deny, value: [] },
  ];

  it.each(overrides)('input $name wins over the file and changes nothing else', (row) => {
    const policy = buildPolicy(parsePolicyText(FULL, SOURCE), row.overrides, SOURCE);
    expect(row.expect(policy)).toEqual(row.value);
    expect(row.expect(FULL_POLICY)).not.toEqual(row.value);
    // Everything else stays as the file says.
    const expected = structuredClone(FULL_POLICY);
    const actual = structuredClone(policy);
    for (const p of [expected, actual]) {
      p.mode = 'audit';
      p.vulnerabilities.failOnSeverity = 'LOW';
      p.vulnerabilities.onlyFixed = true;
      p.secrets.fail = true;
      p.misconfigurations.failOnSeverity = 'LOW';
      p.image.forbidRoot = true;
      p.licenses.deny = [];
    }
    expect(actual).toEqual(expected);
  });

  it('inputs apply on top of the defaults when there is no file', () => {
    expect(buildPolicy(undefined, { failOnSeverity: 'CRITICAL', forbidRoot: true }, SOURCE)).toEqual({
      ...DEFAULT_POLICY,
      vulnerabilities: { ...DEFAULT_POLICY.vulnerabilities, failOnSeverity: 'CRITICAL' },
      image: { forbidRoot: true, allowNamedUser: false },
    });
  });

  it('an input left undefined does not override', () => {
    const policy = buildPolicy(parsePolicyText(FULL, SOURCE), { mode: undefined, onlyFixed: undefined }, SOURCE);
    expect(policy).toEqual(FULL_POLICY);
  });

  it('builds the documented example', () => {
    const source = 'examples/image-gate.yml';
    const policy = buildPolicy(parsePolicyText(readFileSync(source, 'utf8'), source), {}, source);
    expect(policy).toMatchObject({
      mode: 'enforce',
      vulnerabilities: { failOnSeverity: 'HIGH', maxCount: { CRITICAL: 0, HIGH: 5 }, onlyFixed: true },
      image: { forbidRoot: true },
    });
    expect(policy.ignore).toHaveLength(3);
    // Each origin points at the line where its rule starts.
    const lines = readFileSync(source, 'utf8').split('\n');
    for (const rule of policy.ignore) {
      const line = Number(/^examples\/image-gate\.yml line (\d+)$/.exec(rule.origin)?.[1]);
      expect(lines[line - 1]).toMatch(/^ {2}- /);
    }
  });
});
