import { describe, expect, it } from 'vitest';
import type { BaseCheck, BaseImageFacts, BaseImagePolicy } from '../../../../src/core/model/base-image.js';
import { baseAdvice, evaluateBase } from '../../../../src/core/judge/base-gate.js';
import { DEFAULT_POLICY, type Policy } from '../../../../src/core/model/policy.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;

function basePolicy(over: Partial<BaseImagePolicy> = {}): BaseImagePolicy {
  return { ...structuredClone(DEFAULT_POLICY.baseImage), ...over };
}

function check(rule: BaseCheck['rule'], status: BaseCheck['status'], over: Partial<BaseCheck> = {}): BaseCheck {
  return { rule, status, line: 3, image: 'ubuntu:18.04', message: `${rule} is ${status}`, ...over };
}

const FACTS: BaseImageFacts = {
  written: 'ubuntu:18.04',
  line: 3,
  digest: DIGEST,
  newerTags: ['20.04', '22.04', '24.04', '26.04'],
};

/** Facts plus a pass for the final-base rules the default policy turns on, so only the rule under test decides. */
const proven = check('proven', 'pass');

describe('evaluateBase', () => {
  it('maps pinned fail | warn | off from the policy', () => {
    const unpinned = check('pinned', 'fail', { suggestion: `pin to ubuntu:18.04@${DIGEST}` });
    const fail = evaluateBase([unpinned, proven], FACTS, basePolicy({ pinned: 'fail' }));
    expect(fail.checks.map((c) => c.effect)).toEqual(['fail', 'pass']);
    expect(fail.violations).toEqual([
      {
        rule: 'base-image',
        message: `Dockerfile line 3: base image ubuntu:18.04: pinned: pinned is fail; pin to ubuntu:18.04@${DIGEST}`,
        count: 0,
      },
    ]);
    const warn = evaluateBase([unpinned, proven], FACTS, basePolicy({ pinned: 'warn' }));
    expect(warn.checks[0]?.effect).toBe('warn');
    expect(warn.violations).toEqual([]);
    expect(evaluateBase([unpinned, proven], FACTS, basePolicy({ pinned: 'off' })).checks[0]?.effect).toBe('off');
  });

  it('an unknown check fails by default, warns with unknown: warn, and only warns for a rule that only warns', () => {
    const unknown = check('proven', 'unknown', { message: 'the base index has no linux/arm64 manifest' });
    const failing = evaluateBase([unknown], FACTS, basePolicy());
    expect(failing.violations.map((v) => v.message)).toEqual([
      'Dockerfile line 3: base image ubuntu:18.04: proven: could not be checked (the base index has no linux/arm64 manifest)',
    ]);
    expect(evaluateBase([unknown], FACTS, basePolicy({ unknown: 'warn' })).violations).toEqual([]);
    expect(evaluateBase([unknown], FACTS, basePolicy({ proven: 'warn' })).checks[0]?.effect).toBe('warn');
  });

  it('approved fails only when the policy has patterns; current fails only with max-age-days', () => {
    const denied = check('approved', 'fail', { message: 'docker.io/library/ubuntu:latest matches deny "*:latest"' });
    const outdated = check('current', 'fail', { message: 'the tag 18.04 moved on 40 days ago' });
    const none = evaluateBase([denied, outdated, proven], FACTS, basePolicy());
    expect(none.checks.map((c) => c.effect)).toEqual(['off', 'warn', 'pass']);
    const strict = evaluateBase([denied, outdated, proven], FACTS, basePolicy({ deny: ['*:latest'], maxAgeDays: 30 }));
    expect(strict.checks.map((c) => c.effect)).toEqual(['fail', 'fail', 'pass']);
    expect(strict.violations).toHaveLength(2);
  });

  it('signed follows the base signature mode', () => {
    const unsigned = check('signed', 'fail', { message: 'no signature was found' });
    const signed = (mode: Policy['signatures']['mode']) =>
      evaluateBase([unsigned, proven], FACTS, basePolicy({ signed: { mode, identities: [], keys: [] } })).checks[0]?.effect;
    expect([signed('required'), signed('optional'), signed('off')]).toEqual(['fail', 'warn', 'off']);
  });

  it('a rule the policy turns on for the final base but nobody checked is unknown, never a silent pass', () => {
    const verdict = evaluateBase(
      [check('pinned', 'pass')],
      FACTS,
      basePolicy({ signed: { mode: 'required', identities: [{ issuer: 'i', identity: 'x' }], keys: [] } }),
    );
    expect(verdict.checks.map((c) => [c.rule, c.status, c.effect, c.line])).toEqual([
      ['pinned', 'pass', 'pass', 3],
      ['signed', 'unknown', 'fail', 3],
      ['proven', 'unknown', 'fail', 3],
    ]);
    expect(verdict.violations).toHaveLength(2);
  });

  it('keeps each check on its own FROM line (an earlier stage is line 1)', () => {
    const verdict = evaluateBase(
      [check('pinned', 'fail', { line: 1, image: 'golang:1.22' }), check('pinned', 'pass'), proven],
      FACTS,
      basePolicy({ pinned: 'fail' }),
    );
    expect(verdict.violations.map((v) => v.message)).toEqual(['Dockerfile line 1: base image golang:1.22: pinned: pinned is fail']);
  });

  it('all checks passing: no violations, and the newer tags as advice', () => {
    const verdict = evaluateBase([check('pinned', 'pass'), proven], FACTS, basePolicy());
    expect(verdict.violations).toEqual([]);
    expect(verdict.advice).toEqual(['newer tags of the base image ubuntu:18.04 exist: 20.04, 22.04, 24.04 and 1 more']);
  });
});

describe('baseAdvice', () => {
  const attribution = (inherited: number, fixable: number) => ({
    scope: 'all' as const,
    baseLayers: 1,
    inherited: { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: inherited, CRITICAL: 0 },
    introduced: { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
    unknown: { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
    inheritedFixable: fixable,
  });

  it('without newer tags says what the base brings, and suggests a fresh pull only when fixes exist', () => {
    const facts = { ...FACTS, newerTags: [] };
    expect(baseAdvice(facts, attribution(1, 0))).toEqual(['1 inherited vulnerability, without a fix, comes from the base image ubuntu:18.04']);
    expect(baseAdvice(facts, attribution(3, 2))).toEqual([
      '3 inherited vulnerabilities, 2 of them with a fix, come from the base image ubuntu:18.04; rebuilding on a freshly pulled base may fix those with a fix',
    ]);
    expect(baseAdvice(facts, attribution(0, 0))).toEqual([]);
    expect(baseAdvice(undefined, attribution(3, 2))).toEqual([]);
  });
});

describe('evaluateBase and baseAdvice, the less common cases', () => {
  const attribution = (inherited: number, fixable: number) => ({
    scope: 'all' as const,
    baseLayers: 1,
    inherited: { UNKNOWN: 0, LOW: inherited, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
    introduced: { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
    unknown: { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
    inheritedFixable: fixable,
  });

  it('with proven off, only the signed rule is added as unchecked, and without facts nothing is', () => {
    const policy = basePolicy({ proven: 'off', signed: { mode: 'required', identities: [{ issuer: 'i', identity: 'x' }], keys: [] } });
    const verdict = evaluateBase([check('pinned', 'pass')], FACTS, policy);
    expect(verdict.checks.map((c) => [c.rule, c.status, c.effect])).toEqual([
      ['pinned', 'pass', 'pass'],
      ['signed', 'unknown', 'fail'],
    ]);
    expect(verdict.checks[1]?.message).toBe('the signed rule was not checked for the base image ubuntu:18.04');
    const off = evaluateBase([check('pinned', 'pass')], FACTS, basePolicy({ proven: 'off' }));
    expect(off.checks.map((c) => c.rule)).toEqual(['pinned']);
    expect(evaluateBase([check('pinned', 'pass')], undefined, basePolicy()).checks.map((c) => c.rule)).toEqual(['pinned']);
  });

  it('one inherited vulnerability with a fix, and several with none, each in its own words', () => {
    const facts = { ...FACTS, newerTags: [] };
    expect(baseAdvice(facts, attribution(1, 1))).toEqual([
      '1 inherited vulnerability, with a fix, comes from the base image ubuntu:18.04; rebuilding on a freshly pulled base may fix those with a fix',
    ]);
    expect(baseAdvice(facts, attribution(4, 0))).toEqual([
      '4 inherited vulnerabilities, none of them with a fix, come from the base image ubuntu:18.04',
    ]);
  });

  it('names up to three newer tags to update to, and how many more there are', () => {
    expect(baseAdvice({ ...FACTS, newerTags: ['20.04'] }, attribution(2, 1))).toEqual([
      '2 inherited vulnerabilities, 1 of them with a fix, come from the base image ubuntu:18.04; updating the base to 20.04 may fix them (newer tags of the same line: 20.04)',
    ]);
    expect(baseAdvice(FACTS, undefined)).toEqual(['newer tags of the base image ubuntu:18.04 exist: 20.04, 22.04, 24.04 and 1 more']);
  });
});
