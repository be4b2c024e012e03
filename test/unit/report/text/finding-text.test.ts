import { describe, expect, it } from 'vitest';
import type { Origin } from '../../../../src/core/model/base-image.js';
import type { MisconfigurationFinding, VulnerabilityFinding } from '../../../../src/core/model/findings.js';
import type { IgnoreRule } from '../../../../src/core/model/policy.js';
import type { ExclusionReason, JudgedFinding } from '../../../../src/core/model/verdict.js';
import { exclusionText, findingNote, statusText } from '../../../../src/report/text/finding-text.js';

const VULNERABILITY: VulnerabilityFinding = {
  kind: 'vulnerability',
  id: 'CVE-2025-0001',
  packageName: 'openssl',
  installedVersion: '3.0.1',
  severity: 'HIGH',
  title: 'openssl: a flaw',
  target: 'debian 12',
  targetClass: 'os-pkgs',
};

const MISCONFIGURATION: MisconfigurationFinding = {
  kind: 'misconfiguration',
  id: 'DS002',
  title: 'Image user should not be root',
  message: 'Specify at least one USER command',
  severity: 'HIGH',
  status: 'PASS',
  target: 'Dockerfile',
};

function excluded(reason: ExclusionReason, origin?: Origin): JudgedFinding {
  return { finding: VULNERABILITY, status: 'excluded', excluded: reason, ...(origin && { origin }) };
}

function ignored(reason: string, origin: Origin): JudgedFinding {
  const rule: IgnoreRule = { id: VULNERABILITY.id, reason, origin: 'gate.yml line 3' };
  return { finding: VULNERABILITY, status: 'ignored', ignoredBy: rule, origin };
}

describe('statusText renders "inherited" from the exclusion code, never from words', () => {
  it('excluded as inherited: says so once, without repeating the origin', () => {
    expect(statusText(excluded('inherited', 'inherited'))).toBe('excluded (inherited from the base image)');
  });

  it.each([
    // The exact words the report uses for the code: still only a reason someone wrote, so the origin is shown.
    'inherited from the base image',
    'accepted: inherited from the upstream image, fixed there next release',
  ])('an ignore rule whose reason reads %j is not treated as inherited', (reason) => {
    expect(statusText(ignored(reason, 'introduced'))).toBe(`ignored (${reason}) · introduced`);
    expect(statusText(ignored(reason, 'inherited'))).toBe(`ignored (${reason}) · inherited from the base`);
  });

  it('other exclusions keep the origin beside them', () => {
    expect(statusText(excluded('no-fix', 'inherited'))).toBe('excluded (no fix available) · inherited from the base');
    expect(statusText(excluded('no-fix', 'introduced'))).toBe('excluded (no fix available) · introduced');
  });
});

describe('the words for each exclusion code', () => {
  // Typed over every ExclusionReason: a new code without words here does not compile.
  const words: Record<ExclusionReason, string> = {
    inherited: 'inherited from the base image',
    'no-fix': 'no fix available',
    'check-not-failed': 'check status PASS',
    vex: 'suppressed by VEX',
  };

  it.each(Object.entries(words) as [ExclusionReason, string][])('%s reads %j', (reason, text) => {
    const finding = reason === 'check-not-failed' ? MISCONFIGURATION : VULNERABILITY;
    expect(exclusionText(reason, finding)).toBe(text);
    expect(findingNote({ finding, status: 'excluded', excluded: reason })).toBe(text);
    expect(statusText({ finding, status: 'excluded', excluded: reason })).toBe(`excluded (${text})`);
  });

  it("a VEX suppression reads as the statement's status, justification, impact statement, author and document", () => {
    const vex = {
      status: 'not_affected' as const,
      justification: 'vulnerable_code_not_in_execute_path',
      impactStatement: 'the TLS code is never loaded',
      author: 'Aqua Security',
      document: 'vex/openvex.json',
    };
    const text = 'VEX not_affected: vulnerable_code_not_in_execute_path; the TLS code is never loaded (by Aqua Security, vex/openvex.json)';
    expect(findingNote({ finding: VULNERABILITY, status: 'excluded', excluded: 'vex', vex })).toBe(text);
    expect(statusText({ finding: VULNERABILITY, status: 'excluded', excluded: 'vex', vex })).toBe(`excluded (${text})`);
    expect(exclusionText('vex', VULNERABILITY, { status: 'fixed', author: 'Acme', document: 'a.json' })).toBe('VEX fixed (by Acme, a.json)');
  });

  it("an ignored finding's note is its rule's reason; counted findings have none", () => {
    expect(findingNote(ignored('not reachable', 'introduced'))).toBe('not reachable');
    expect(findingNote({ finding: VULNERABILITY, status: 'violation' })).toBeUndefined();
    expect(findingNote({ finding: VULNERABILITY, status: 'allowed' })).toBeUndefined();
  });
});
