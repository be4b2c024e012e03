/**
 * Matching a keyless signer against the policy's identities. We do it ourselves because
 * @sigstore/verify treats a string SAN as an unanchored pattern (`user@example\.com` would accept
 * `evil-user@example.com`): every pattern here is compiled on its own, then anchored, and every plain
 * value compared exactly.
 */
import { configError } from '../../core/model/errors.js';
import { compileAnchored } from '../../core/judge/signature-gate.js';
import type { IdentityRule, RejectionCode, SignerIdentity } from '../../core/model/signatures.js';

type KeylessIdentity = Extract<SignerIdentity, { kind: 'keyless' }>;

export type IdentityVerdict =
  { matched: true } | { matched: false; code: Extract<RejectionCode, 'wrong-identity' | 'wrong-issuer'>; message: string };

export function matchIdentity(signer: KeylessIdentity, rules: readonly IdentityRule[]): IdentityVerdict {
  if (rules.length === 0) {
    return { matched: false, code: 'wrong-identity', message: 'no trusted identity is configured, so no keyless signer is trusted' };
  }
  const failures = rules.map((rule) => mismatch(signer, rule));
  if (failures.some((failure) => failure === undefined)) return { matched: true };
  // Report the issuer only when no rule accepts it: then the issuer is what is wrong.
  const issuerOk = rules.some((rule) => valueMatches(rule, signer.issuer, rule.issuer, rule.issuerRegExp));
  const who = `${signer.identity || '(no identity)'} (issuer ${signer.issuer || '(none)'})`;
  if (!issuerOk) {
    return { matched: false, code: 'wrong-issuer', message: `signed by ${who}: no trusted identity has this OIDC issuer` };
  }
  return {
    matched: false,
    code: 'wrong-identity',
    message: `signed by ${who}, which no trusted identity matches: ${failures.filter(Boolean).join('; ')}`,
  };
}

function mismatch(signer: KeylessIdentity, rule: IdentityRule): string | undefined {
  // A rule that names no issuer, or nothing about who signed, would trust far too many people: it never matches.
  if (rule.issuer === undefined && rule.issuerRegExp === undefined) return 'a trusted identity without an issuer matches nobody';
  if (
    rule.identity === undefined &&
    rule.identityRegExp === undefined &&
    rule.github?.repository === undefined &&
    rule.github?.workflowRef === undefined
  ) {
    return 'a trusted identity must name the identity, the repository or the workflow';
  }
  if (!valueMatches(rule, signer.issuer, rule.issuer, rule.issuerRegExp)) return 'issuer differs';
  if (!valueMatches(rule, signer.identity, rule.identity, rule.identityRegExp)) return 'identity differs';
  const github = rule.github;
  if (github) {
    for (const field of ['repository', 'workflowRef', 'trigger', 'runnerEnvironment'] as const) {
      const wanted = github[field];
      if (wanted !== undefined && signer.github?.[field] !== wanted) return `${field} is ${signer.github?.[field] ?? 'absent'}, not ${wanted}`;
    }
  }
  return undefined;
}

function valueMatches(rule: IdentityRule, actual: string, exact: string | undefined, pattern: string | undefined): boolean {
  if (exact !== undefined && actual !== exact) return false;
  if (pattern !== undefined && !compiled(rule, pattern).test(actual)) return false;
  return true;
}

/**
 * Each rule's patterns, compiled the first time the rule is matched and kept as long as the rule
 * lives: a policy is matched against every signature of every image, and compiling per match cost
 * four compilations each time. Keyed by the pattern too, so a rule object reused with another
 * pattern is never matched with a stale one. (No g or y flag: test() keeps no state between calls.)
 */
const compiledPatterns = new WeakMap<IdentityRule, Map<string, RegExp>>();

/**
 * The pattern, compiled on its own and then anchored (anchoredRegExp). Building the policy already
 * refused patterns that do not compile; one that got here anyway is an error, never a silent non-match.
 */
function compiled(rule: IdentityRule, pattern: string): RegExp {
  let patterns = compiledPatterns.get(rule);
  if (patterns === undefined) {
    patterns = new Map();
    compiledPatterns.set(rule, patterns);
  }
  const known = patterns.get(pattern);
  if (known !== undefined) return known;
  const result = compileAnchored(pattern);
  if ('problem' in result) {
    throw configError(`A trusted identity or issuer pattern is not a regular expression that compiles on its own (${result.problem})`);
  }
  patterns.set(pattern, result.regexp);
  return result.regexp;
}
