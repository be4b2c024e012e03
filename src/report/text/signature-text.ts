import { isTrusted } from '../../core/judge/signature-gate.js';
import type { EvidenceResult, EvidenceSource, SignerIdentity } from '../../core/model/signatures.js';
import type { SignatureRequirement, SignatureVerdict } from '../../core/model/verdict.js';

/**
 * Plain-text descriptions of signature evidence shared by the renderers. Everything returned here
 * contains outside text (identities, locations, messages) and must be escaped by the caller.
 */

const SOURCE_NAMES: Record<EvidenceSource, string> = {
  referrers: 'OCI referrers',
  'cosign-tags': 'cosign tag',
  'github-attestations': 'GitHub attestations',
};

export function sourceName(source: EvidenceSource): string {
  return SOURCE_NAMES[source];
}

/** "signature", or "attestation https://slsa.dev/provenance/v1". */
export function evidenceKind(result: EvidenceResult): string {
  if (result.kind === 'signature') return 'signature';
  return `attestation ${result.predicateType ?? '(no predicate type)'}`;
}

/** Who signed, as far as it could be read. */
export function describeSigner(signer: SignerIdentity | undefined): string {
  if (signer === undefined) return 'unknown';
  if (signer.kind === 'key') return `key ${signer.name ?? signer.keyId}`;
  const claims: string[] = [];
  if (signer.github?.repository !== undefined) claims.push(`repository ${signer.github.repository}`);
  if (signer.github?.workflowRef !== undefined) claims.push(`ref ${signer.github.workflowRef}`);
  if (signer.github?.runnerEnvironment !== undefined) claims.push(`runner ${signer.github.runnerEnvironment}`);
  return `${signer.identity} (issuer ${signer.issuer || '(none)'}${claims.length > 0 ? `; ${claims.join(', ')}` : ''})`;
}

/** Said of a verified signature that was in no transparency log, because its signer's rule asked for none. */
export const TLOG_NOT_CHECKED = 'transparency log not checked (insecure-ignore-tlog)';

/** TLOG_NOT_CHECKED for trusted evidence that no log vouches for, else undefined. */
export function transparencyLogNote(result: EvidenceResult): string | undefined {
  return isTrusted(result) && result.transparencyLog === 'not-checked' ? TLOG_NOT_CHECKED : undefined;
}

/** "verified" (and whether the transparency log was not checked), or "rejected (code): message". */
export function evidenceStatus(result: EvidenceResult): string {
  if (isTrusted(result)) {
    const note = transparencyLogNote(result);
    return note === undefined ? 'verified' : `verified; ${note}`;
  }
  if (result.rejection !== undefined) return `rejected (${result.rejection.code}): ${result.rejection.message}`;
  return result.verified ? 'rejected: reported verified, but names no signer' : 'rejected';
}

/** "satisfied by <location>", "not satisfied: <reason>". */
export function requirementStatus(requirement: SignatureRequirement): string {
  if (requirement.satisfied) return `satisfied by ${requirement.satisfiedBy ?? 'verified evidence'}`;
  return `not satisfied: ${requirement.reason ?? 'no verified evidence'}`;
}

/** Whether the requirement failing fails the policy (as opposed to being only reported). */
export function isEnforced(requirement: SignatureRequirement, signatures: SignatureVerdict): boolean {
  return signatures.mode === 'required' && requirement.required;
}

export function modeText(mode: SignatureVerdict['mode']): string {
  switch (mode) {
    case 'required':
      return 'required';
    case 'optional':
      return 'optional (reported only)';
    case 'off':
      return 'off';
  }
}
