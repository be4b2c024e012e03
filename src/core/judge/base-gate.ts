import type { BaseCheck, BaseImageFacts, BaseImagePolicy, BaseRule } from '../model/base-image.js';
import { SEVERITIES } from '../model/severity.js';
import type { Attribution, BaseImageVerdict, JudgedBaseCheck, Violation } from '../model/verdict.js';

/**
 * Judges the base-image checks against the policy. Pure: the Dockerfile analysis and the registry
 * have already decided each check's status; this only decides what each status means. The scan's
 * attribution, when there is one, says how many vulnerabilities the base brings, for the advice.
 *
 * Fails closed: a check that could not be made (unknown) fails unless `unknown: warn` says
 * otherwise, and a rule the policy turns on for the final base (signed, proven) that has no check
 * at all was not checked, so it is judged as unknown rather than passed in silence.
 */

type Level = 'fail' | 'warn' | 'off';

/** How many newer tags the advice names. */
const NEWER_TAGS_NAMED = 3;

export function evaluateBase(
  checks: readonly BaseCheck[],
  facts: BaseImageFacts | undefined,
  policy: BaseImagePolicy,
  attribution?: Attribution,
): BaseImageVerdict {
  const all = [...checks, ...missingChecks(checks, facts, policy)];
  const judged = all.map((check): JudgedBaseCheck => ({ ...check, effect: effectOf(check, policy) }));
  const violations = judged
    .filter((check) => check.effect === 'fail')
    .map((check): Violation => ({ rule: 'base-image', message: violationMessage(check), count: 0 }));
  return {
    checks: judged,
    ...(facts !== undefined && { facts }),
    violations,
    ...(attribution !== undefined && { attribution }),
    advice: baseAdvice(facts, attribution),
  };
}

/** What the policy makes of one rule when its check fails. */
export function ruleLevel(rule: BaseRule, policy: BaseImagePolicy): Level {
  switch (rule) {
    case 'pinned':
      return policy.pinned;
    case 'approved':
      // Without patterns every base is approved; a failing check then has nothing in the policy behind it.
      return policy.allow.length > 0 || policy.deny.length > 0 ? 'fail' : 'off';
    case 'signed':
      return policy.signed.mode === 'required' ? 'fail' : policy.signed.mode === 'optional' ? 'warn' : 'off';
    case 'current':
      // Without a maximum age an outdated base is reported, never failed.
      return policy.maxAgeDays === undefined ? 'warn' : 'fail';
    case 'proven':
    case 'provenance':
      return policy.proven;
  }
}

function effectOf(check: BaseCheck, policy: BaseImagePolicy): JudgedBaseCheck['effect'] {
  const level = ruleLevel(check.rule, policy);
  if (level === 'off') return 'off';
  switch (check.status) {
    case 'pass':
      return 'pass';
    case 'fail':
      return level;
    case 'unknown':
      return level === 'fail' ? policy.unknown : 'warn';
  }
}

/** Rules about the final base that the policy turns on but nobody checked: unknown, on the final FROM. */
function missingChecks(checks: readonly BaseCheck[], facts: BaseImageFacts | undefined, policy: BaseImagePolicy): BaseCheck[] {
  if (facts === undefined) return [];
  const present = new Set(checks.map((check) => check.rule));
  const required: BaseRule[] = [];
  if (policy.signed.mode !== 'off') required.push('signed');
  if (policy.proven !== 'off') required.push('proven');
  return required
    .filter((rule) => !present.has(rule))
    .map((rule) => ({
      rule,
      status: 'unknown',
      line: facts.line,
      image: facts.written,
      message: `the ${rule} rule was not checked for the base image ${facts.written}`,
    }));
}

function violationMessage(check: JudgedBaseCheck): string {
  const what = check.status === 'unknown' ? `could not be checked (${check.message})` : check.message;
  const suggestion = check.suggestion === undefined ? '' : `; ${check.suggestion}`;
  return `Dockerfile line ${check.line}: base image ${check.image}: ${check.rule}: ${what}${suggestion}`;
}

/**
 * Advice about the base, never a violation: how many vulnerabilities it brings (and how many of
 * those have a fix), and which newer tags of the same line exist.
 */
export function baseAdvice(facts: BaseImageFacts | undefined, attribution: Attribution | undefined): string[] {
  if (facts === undefined) return [];
  const advice: string[] = [];
  const inherited = attribution === undefined ? 0 : SEVERITIES.reduce((sum, s) => sum + attribution.inherited[s], 0);
  const fixable = attribution?.inheritedFixable ?? 0;
  const newer = facts.newerTags.slice(0, NEWER_TAGS_NAMED);
  const others = facts.newerTags.length - newer.length;
  const newerText = `${newer.join(', ')}${others > 0 ? ` and ${others} more` : ''}`;
  if (inherited > 0) {
    const brings =
      inherited === 1
        ? `1 inherited vulnerability, ${fixable === 1 ? 'with' : 'without'} a fix, comes`
        : `${inherited} inherited vulnerabilities, ${fixable === 0 ? 'none' : fixable} of them with a fix, come`;
    const update =
      newer.length > 0
        ? `; updating the base to ${newer[0] ?? ''} may fix them (newer tags of the same line: ${newerText})`
        : fixable > 0
          ? '; rebuilding on a freshly pulled base may fix those with a fix'
          : '';
    advice.push(`${brings} from the base image ${facts.written}${update}`);
  } else if (newer.length > 0) {
    advice.push(`newer tags of the base image ${facts.written} exist: ${newerText}`);
  }
  return advice;
}
