import { describe, expect, it } from 'vitest';
import type { BaseCheck, BaseImageFacts } from '../../../../src/core/model/base-image.js';
import type { Finding, MisconfigurationFinding, ScanReport, VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import { judge, type JudgeFacts } from '../../../../src/core/judge/judge.js';
import { evaluateSignatures } from '../../../../src/core/judge/signature-gate.js';
import { DEFAULT_POLICY, type Policy } from '../../../../src/core/model/policy.js';
import type { EvidenceResult, SignaturePolicy } from '../../../../src/core/model/signatures.js';
import type { ExclusionReason, SignatureVerdict } from '../../../../src/core/model/verdict.js';
import type { VexStatement } from '../../../../src/core/model/vex.js';
import { scanOf } from '../../../helpers/gate-result.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const BASE_LAYER = `sha256:${'1'.repeat(64)}`;
const OWN_LAYER = `sha256:${'2'.repeat(64)}`;
const DIGEST = `sha256:${'c'.repeat(64)}`;

const SIGNER = {
  kind: 'keyless',
  issuer: 'https://token.actions.githubusercontent.com',
  identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0',
} as const;

function policy(change?: (p: Policy) => void): Policy {
  const p = structuredClone(DEFAULT_POLICY);
  change?.(p);
  return p;
}

function signaturePolicy(change: Partial<SignaturePolicy> = {}): SignaturePolicy {
  return {
    mode: 'required',
    sources: ['referrers'],
    identities: [{ issuer: SIGNER.issuer, identity: SIGNER.identity }],
    keys: [],
    attestations: [],
    ...change,
  };
}

const signature: EvidenceResult = { source: 'referrers', location: 'referrers sig-1', kind: 'signature', signer: SIGNER, verified: true };
const SIGNED = evaluateSignatures([signature], [], signaturePolicy());
const UNSIGNED = evaluateSignatures([], [], signaturePolicy());

function vulnerability(id: string, severity: VulnerabilityFinding['severity'], over: Partial<VulnerabilityFinding> = {}): VulnerabilityFinding {
  return {
    kind: 'vulnerability',
    id,
    packageName: `pkg-${id}`,
    installedVersion: '1.0',
    fixedVersion: '1.1',
    severity,
    title: `${id} title`,
    layerDiffId: OWN_LAYER,
    target: 'debian 12',
    targetClass: 'os-pkgs',
    ...over,
  };
}

function misconfiguration(id: string, status: string): MisconfigurationFinding {
  return { kind: 'misconfiguration', id, title: `${id} title`, message: `${id} message`, severity: 'HIGH', status, target: 'Dockerfile' };
}

function scan(findings: Finding[], user = 'app'): ScanReport {
  return {
    source: 'test.json',
    artifactName: 'registry.example/acme/app:1.0',
    artifactType: 'container_image',
    diffIds: [BASE_LAYER, OWN_LAYER],
    repoDigests: [],
    imageConfig: { user, os: 'linux', architecture: 'amd64' },
    findings,
  };
}

const FACTS: BaseImageFacts = { written: 'debian:12', line: 1, digest: DIGEST, diffIds: [BASE_LAYER], newerTags: ['13'] };

function check(rule: BaseCheck['rule'], status: BaseCheck['status']): BaseCheck {
  return { rule, status, line: 1, image: 'debian:12', message: `${rule} is ${status}` };
}

/** A pass for the final-base rule the default policy turns on, so only the rule under test decides. */
const proven = check('proven', 'pass');

describe('judge decides pass or fail once, from the scan, signature and base-image rules together', () => {
  const scans = { pass: scan([vulnerability('CVE-2025-0001', 'LOW')]), fail: scan([vulnerability('CVE-2025-0002', 'CRITICAL')]) };
  const signatures = { pass: SIGNED, fail: UNSIGNED };
  const bases = { pass: [check('pinned', 'pass'), proven], fail: [check('pinned', 'fail'), proven] };
  const outcomes = ['pass', 'fail'] as const;
  const rows = outcomes.flatMap((s) =>
    outcomes.flatMap((g) => outcomes.flatMap((b) => (['enforce', 'audit'] as const).map((mode) => ({ s, g, b, mode })))),
  );

  it.each(rows)('scan $s, signatures $g, base $b, mode $mode', ({ s, g, b, mode }) => {
    const facts: JudgeFacts = { scan: scans[s], signatures: signatures[g], baseImage: { checks: bases[b], facts: FACTS } };
    const verdict = judge(
      facts,
      policy((p) => {
        p.mode = mode;
        p.baseImage.pinned = 'fail';
      }),
      NOW,
    );
    const failing = [s, g, b].includes('fail');
    expect(verdict.outcome).toBe(failing ? 'fail' : 'pass');
    // Audit mode reports a breach and never fails the step.
    expect(verdict.failsStep).toBe(failing && mode === 'enforce');
    expect(verdict.mode).toBe(mode);
    const expectedRules = [
      ...(s === 'fail' ? ['vulnerability-severity'] : []),
      ...(g === 'fail' ? ['signature'] : []),
      ...(b === 'fail' ? ['base-image'] : []),
    ];
    expect(verdict.violations.map((v) => v.rule)).toEqual(expectedRules);
    expect(verdict.signatures).toBe(signatures[g]);
    expect(verdict.baseImage?.violations.map((v) => v.rule)).toEqual(b === 'fail' ? ['base-image'] : []);
  });

  it('a passing scan with a failing signature check fails the verdict and the step', () => {
    const verdict = judge({ scan: scans.pass, signatures: UNSIGNED }, DEFAULT_POLICY, NOW);
    expect(verdict.outcome).toBe('fail');
    expect(verdict.failsStep).toBe(true);
    expect(verdict.violations).toEqual(UNSIGNED.violations);
  });

  it('without signature or base-image facts, the scan alone decides and neither section is made up', () => {
    const verdict = judge({ scan: scans.pass }, DEFAULT_POLICY, NOW);
    expect(verdict.outcome).toBe('pass');
    expect(verdict).not.toHaveProperty('signatures');
    expect(verdict).not.toHaveProperty('baseImage');
  });
});

describe('judge with signatures (moved from withSignatures)', () => {
  const passing = scan([]);
  const rootPolicy = policy((p) => (p.image.forbidRoot = true));
  const table: { name: string; facts: JudgeFacts; judging: Policy; outcome: 'pass' | 'fail'; failsStep: boolean; rules: string[] }[] = [
    {
      name: 'passing scan, signed',
      facts: { scan: passing, signatures: SIGNED },
      judging: DEFAULT_POLICY,
      outcome: 'pass',
      failsStep: false,
      rules: [],
    },
    {
      name: 'passing scan, unsigned: fails the step',
      facts: { scan: passing, signatures: UNSIGNED },
      judging: DEFAULT_POLICY,
      outcome: 'fail',
      failsStep: true,
      rules: ['signature'],
    },
    {
      name: 'passing scan, unsigned, audit mode',
      facts: { scan: passing, signatures: UNSIGNED },
      judging: policy((p) => (p.mode = 'audit')),
      outcome: 'fail',
      failsStep: false,
      rules: ['signature'],
    },
    {
      name: 'failing scan, signed: still fails',
      facts: { scan: scan([], 'root'), signatures: SIGNED },
      judging: rootPolicy,
      outcome: 'fail',
      failsStep: true,
      rules: ['root-user'],
    },
    {
      name: 'unsigned under mode optional',
      facts: { scan: passing, signatures: evaluateSignatures([], [], signaturePolicy({ mode: 'optional' })) },
      judging: DEFAULT_POLICY,
      outcome: 'pass',
      failsStep: false,
      rules: [],
    },
  ];

  it.each(table)('$name', ({ facts, judging, outcome, failsStep, rules }) => {
    const verdict = judge(facts, judging, NOW);
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.failsStep).toBe(failsStep);
    expect(verdict.violations.map((v) => v.rule)).toEqual(rules);
    expect(verdict.signatures).toBe(facts.signatures);
  });

  it('leaves the facts it was given alone', () => {
    const signatures: SignatureVerdict = evaluateSignatures([], [], signaturePolicy());
    const facts: JudgeFacts = { scan: scan([vulnerability('CVE-2025-0003', 'CRITICAL')]), signatures, baseImage: { checks: [proven], facts: FACTS } };
    const before = JSON.stringify(facts);
    judge(facts, DEFAULT_POLICY, NOW);
    expect(JSON.stringify(facts)).toBe(before);
  });
});

describe('judge with base-image checks (moved from withBaseImage)', () => {
  const ubuntu = scanOf('ubuntu-1804');
  const UBUNTU: BaseImageFacts = {
    written: 'ubuntu:18.04',
    line: 3,
    digest: DIGEST,
    newerTags: ['20.04', '22.04', '24.04', '26.04'],
    diffIds: ubuntu.diffIds.slice(0, 1),
  };

  it('adds base violations to the outcome, and completes the advice with the inherited vulnerabilities', () => {
    const scanOnly = judge({ scan: ubuntu }, DEFAULT_POLICY, NOW);
    expect(scanOnly.outcome).toBe('pass');
    const verdict = judge(
      { scan: ubuntu, baseImage: { checks: [check('pinned', 'fail'), proven], facts: UBUNTU } },
      policy((p) => (p.baseImage.pinned = 'fail')),
      NOW,
    );
    expect(verdict.outcome).toBe('fail');
    expect(verdict.failsStep).toBe(true);
    expect(verdict.violations.map((v) => v.rule)).toEqual(['base-image']);
    expect(verdict.baseImage?.attribution).toBe(verdict.attribution);
    expect(verdict.baseImage?.advice).toEqual([
      '5 inherited vulnerabilities, 4 of them with a fix, come from the base image ubuntu:18.04; ' +
        'updating the base to 20.04 may fix them (newer tags of the same line: 20.04, 22.04, 24.04 and 1 more)',
    ]);
  });

  it('keeps the signature violation beside the base one, and does not fail the step in audit mode', () => {
    const audit = policy((p) => (p.mode = 'audit'));
    const signatures: SignatureVerdict = {
      mode: 'required',
      results: [],
      problems: [],
      requirements: [],
      violations: [{ rule: 'signature', message: 'unsigned', count: 0 }],
    };
    const both = judge({ scan: ubuntu, signatures, baseImage: { checks: [check('proven', 'fail')], facts: UBUNTU } }, audit, NOW);
    expect(both.violations.map((v) => v.rule)).toEqual(['signature', 'base-image']);
    expect(both.outcome).toBe('fail');
    expect(both.failsStep).toBe(false);
    const cleared = judge({ scan: ubuntu, baseImage: { checks: [proven], facts: UBUNTU } }, audit, NOW);
    expect(cleared.outcome).toBe('pass');
  });

  it("the base's layers (facts.diffIds) decide which findings are inherited", () => {
    const verdict = judge({ scan: ubuntu, baseImage: { checks: [proven], facts: UBUNTU } }, DEFAULT_POLICY, NOW);
    expect(verdict.attribution?.baseLayers).toBe(1);
    const withoutLayers = judge({ scan: ubuntu, baseImage: { checks: [proven], facts: { ...UBUNTU, diffIds: undefined } } }, DEFAULT_POLICY, NOW);
    expect(withoutLayers.attribution).toBeUndefined();
  });
});

describe('judge carries why a finding is excluded or ignored as a code', () => {
  // Typed over every ExclusionReason: a new code without a case here does not compile.
  const excludedBy: Record<ExclusionReason, string> = {
    inherited: 'CVE-2025-1000',
    'no-fix': 'CVE-2025-2000',
    'check-not-failed': 'DS002',
    vex: 'CVE-2025-4000',
  };
  const findings: Finding[] = [
    vulnerability('CVE-2025-1000', 'CRITICAL', { layerDiffId: BASE_LAYER }),
    vulnerability('CVE-2025-2000', 'CRITICAL', { fixedVersion: '' }),
    misconfiguration('DS002', 'PASS'),
    vulnerability('CVE-2025-3000', 'CRITICAL'),
    vulnerability('CVE-2025-4000', 'CRITICAL', { purl: 'pkg:deb/debian/openssl@3.0.11-1?arch=amd64' }),
  ];
  const statement: VexStatement = {
    vulnerability: { name: 'CVE-2025-4000', aliases: [] },
    products: [{ purl: 'pkg:deb/debian/openssl', subcomponents: [] }],
    status: 'not_affected',
    justification: 'vulnerable_code_not_in_execute_path',
    author: 'Acme',
    document: 'vex/acme.json',
  };
  const ignoreRule = { id: 'CVE-2025-3000', reason: 'inherited from the base image', origin: 'test line 1' };
  const judging = policy((p) => {
    p.vulnerabilities.scope = 'introduced';
    p.vulnerabilities.onlyFixed = true;
    p.ignore = [ignoreRule];
  });
  const verdict = judge({ scan: scan(findings), baseImage: { checks: [proven], facts: FACTS }, vex: { statements: [statement] } }, judging, NOW);
  const byId = (id: string) =>
    verdict.findings.find((j) => (j.finding.kind === 'misconfiguration' || j.finding.kind === 'vulnerability') && j.finding.id === id);

  it.each(Object.entries(excludedBy))('%s reaches the verdict on %s', (reason, id) => {
    expect(byId(id)).toMatchObject({ status: 'excluded', excluded: reason });
  });

  it('an ignored finding carries its rule, never an exclusion code, whatever its reason says', () => {
    const ignored = byId('CVE-2025-3000');
    expect(ignored?.status).toBe('ignored');
    expect(ignored?.ignoredBy).toEqual(ignoreRule);
    expect(ignored).not.toHaveProperty('excluded');
    expect(ignored?.origin).toBe('introduced');
  });

  it('with every CRITICAL excluded or ignored, the verdict passes', () => {
    // The premise: without the policy's switches and its ignore rule, the same findings fail.
    const plain = judge({ scan: scan(findings), baseImage: { checks: [proven], facts: FACTS } }, DEFAULT_POLICY, NOW);
    expect(plain.violations.map((v) => [v.rule, v.count])).toEqual([['vulnerability-severity', 4]]);
    expect(verdict.outcome).toBe('pass');
    expect(verdict.violations).toEqual([]);
  });
});
