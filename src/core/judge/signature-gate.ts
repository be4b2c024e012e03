import type { AttestationRequirement, EvidenceResult, SignaturePolicy } from '../model/signatures.js';
import { checkSlsa } from './slsa.js';
import type { SignatureRequirement, SignatureVerdict } from '../model/verdict.js';
import { errorMessage } from '../model/errors.js';

/**
 * Judges verified (and rejected) evidence against the signature policy. Pure: the Sigstore adapter
 * has already decided which evidence is verified and signed by a trusted signer; this only decides
 * whether what is verified is what the policy asks for.
 *
 * Fails closed: a requirement is satisfied only by positive evidence. Problems while looking (a
 * source that could not be read) never satisfy anything; they are reported, and explain a failure.
 *
 * "Signed by a trusted signer" counts signatures only, as `cosign verify` does: an attestation says
 * something about the image (e.g. how it was built) and is judged by its own requirement. cosign v3
 * signs an image as an in-toto statement of type https://sigstore.dev/cosign/sign/v1, so a verified
 * statement of that type counts as a signature whatever the adapter called it.
 */

export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
export const SIGNED_REQUIREMENT = 'signed by a trusted signer';

/** How many rejected pieces of evidence a reason names before it only counts the rest. */
const NAMED_IN_REASON = 3;

export function evaluateSignatures(results: EvidenceResult[], problems: string[], policy: SignaturePolicy): SignatureVerdict {
  const verdict: SignatureVerdict = {
    mode: policy.mode,
    results: [...results],
    problems: [...problems],
    requirements: [],
    violations: [],
  };
  if (policy.mode === 'off') return verdict;
  // Discovery looks only where the policy allows; anything else that reaches here is not counted.
  const allowed = new Set(policy.sources);
  const usable = results.filter((result) => allowed.has(result.source));
  const lookedIn = policy.sources.length === 0 ? 'the policy allows no signature sources' : `looked in ${policy.sources.join(', ')}`;
  const whileLooking = problemsNote(problems);

  const signed = signatureRequirement(usable, lookedIn, whileLooking);
  verdict.requirements.push(signed);
  const attestations = policy.attestations.map((requirement) => ({
    requirement,
    judged: attestationRequirement(usable, requirement, lookedIn, whileLooking),
  }));
  verdict.requirements.push(...attestations.map(({ judged }) => judged));

  if (policy.mode === 'required') {
    if (!signed.satisfied) {
      verdict.violations.push({
        rule: 'signature',
        message: `The image is not ${SIGNED_REQUIREMENT}: ${signed.reason ?? 'no verified signature'}`,
        count: 0,
      });
    }
    for (const { requirement, judged } of attestations) {
      if (!requirement.required || judged.satisfied) continue;
      verdict.violations.push({
        rule: 'attestation',
        message: `Required ${judged.description} is not satisfied: ${judged.reason ?? 'no verified attestation'}`,
        count: 0,
      });
    }
  }
  return verdict;
}

/** Whether a result counts as an image signature (see the module comment). */
export function isSignature(result: EvidenceResult): boolean {
  return result.kind === 'signature' || result.predicateType === COSIGN_SIGN_PREDICATE_TYPE;
}

/**
 * Verified, and consistent about it: a result that says verified but names no signer or carries a
 * rejection is an adapter bug, and a bug must not let an image through.
 */
export function isTrusted(result: EvidenceResult): boolean {
  return result.verified && result.signer !== undefined && result.rejection === undefined;
}

/**
 * How the policy's identity and issuer patterns are compiled: always anchored to the whole value,
 * so `user@example\.com` never matches `evil-user@example.com`, and with the `u` flag. The policy
 * schema validates each pattern with this, so the verifier can rely on it compiling.
 */
export function anchoredRegExp(pattern: string): RegExp {
  // Compiled on its own first, as cosign's regexp.MustCompile would: `a)|(b` is no pattern, yet wrapped
  // it compiles to `^(?:a)|(b)$`, which accepts anything that ends in b.
  new RegExp(pattern, 'u');
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/**
 * The pattern compiled as anchoredRegExp compiles it (alone, then anchored: once each), or why it does
 * not compile, without quoting it. For callers that keep the RegExp: compile once, match many times.
 */
export function compileAnchored(pattern: string): { regexp: RegExp } | { problem: string } {
  try {
    return { regexp: anchoredRegExp(pattern) };
  } catch (error) {
    const message = errorMessage(error);
    // V8: "Invalid regular expression: /<pattern>/u: <reason>".
    const prefix = `Invalid regular expression: /${pattern}/u: `;
    return { problem: message.startsWith(prefix) ? message.slice(prefix.length) : 'it does not compile' };
  }
}

/** Why the pattern is not one anchoredRegExp accepts, without quoting it; undefined when it is. */
export function patternProblem(pattern: string): string | undefined {
  const compiled = compileAnchored(pattern);
  return 'problem' in compiled ? compiled.problem : undefined;
}

function signatureRequirement(results: EvidenceResult[], lookedIn: string, whileLooking: string): SignatureRequirement {
  const signatures = results.filter(isSignature);
  const verified = signatures.find(isTrusted);
  if (verified) {
    return { kind: 'signature', description: SIGNED_REQUIREMENT, required: true, satisfied: true, satisfiedBy: verified.location };
  }
  const reason =
    signatures.length === 0
      ? `no signature was found (${lookedIn})${whileLooking}`
      : `${count(signatures.length, 'signature')} found, none verified: ${rejections(signatures)}${whileLooking}`;
  return { kind: 'signature', description: SIGNED_REQUIREMENT, required: true, satisfied: false, reason };
}

function attestationRequirement(
  results: EvidenceResult[],
  requirement: AttestationRequirement,
  lookedIn: string,
  whileLooking: string,
): SignatureRequirement {
  const description = describeAttestationRequirement(requirement);
  const base = { kind: 'attestation' as const, description, required: requirement.required };
  const candidates = results.filter((r) => r.kind === 'attestation' && r.predicateType === requirement.predicateType);
  const verified = candidates.filter(isTrusted);
  if (candidates.length === 0) {
    return { ...base, satisfied: false, reason: `no attestation of this type was found (${lookedIn})${whileLooking}` };
  }
  if (verified.length === 0) {
    const found = count(candidates.length, 'attestation');
    return { ...base, satisfied: false, reason: `${found} found, none verified: ${rejections(candidates)}${whileLooking}` };
  }
  const mismatches: string[] = [];
  for (const result of verified) {
    const slsa = checkSlsa(result.predicateType, result.predicate, requirement.slsa);
    if (slsa.ok) return { ...base, satisfied: true, satisfiedBy: result.location };
    mismatches.push(`${result.location}: ${slsa.reason ?? 'provenance does not match'}`);
  }
  const reason = `${count(verified.length, 'verified attestation')} found, none meets the provenance conditions: ${named(mismatches)}`;
  return { ...base, satisfied: false, reason };
}

/** e.g. "attestation https://slsa.dev/provenance/v1 (builder id …, source repository …)". */
export function describeAttestationRequirement(requirement: AttestationRequirement): string {
  const conditions: string[] = [];
  const slsa = requirement.slsa ?? {};
  if (slsa.builderId !== undefined) conditions.push(`builder id ${slsa.builderId}`);
  if (slsa.sourceRepository !== undefined) conditions.push(`source repository ${slsa.sourceRepository}`);
  if (slsa.sourceRef !== undefined) conditions.push(`source ref ${slsa.sourceRef}`);
  return `attestation ${requirement.predicateType}${conditions.length > 0 ? ` (${conditions.join(', ')})` : ''}`;
}

function rejections(results: EvidenceResult[]): string {
  return named(
    results.map((r) => {
      const why =
        r.rejection !== undefined
          ? `${r.rejection.code}: ${r.rejection.message}`
          : r.verified
            ? 'reported verified, but names no signer'
            : 'rejected';
      return `${r.location} (${why})`;
    }),
  );
}

function named(items: string[]): string {
  const shown = items.slice(0, NAMED_IN_REASON).join('; ');
  const more = items.length - NAMED_IN_REASON;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

function problemsNote(problems: string[]): string {
  if (problems.length === 0) return '';
  return `; ${count(problems.length, 'problem')} while looking: ${named(problems)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
