import { isTrusted } from '../../core/judge/signature-gate.js';
import type { EvidenceSource, RejectionCode, SignerIdentity, TransparencyLogCheck } from '../../core/model/signatures.js';
import type { SignatureVerdict } from '../../core/model/verdict.js';

/** The `signatures` field of image-gate-result.json (documented in result-json.ts). */
export interface ResultSignatures {
  mode: SignatureVerdict['mode'];
  requirements: {
    description: string;
    required: boolean;
    satisfied: boolean;
    satisfiedBy: string | null;
    reason: string | null;
  }[];
  results: {
    source: EvidenceSource;
    location: string;
    kind: 'signature' | 'attestation';
    predicateType: string | null;
    /** Verified and signed by a trusted signer. */
    verified: boolean;
    signer: SignerIdentity | null;
    /** For verified results: "not-checked" when no transparency log vouches for it (insecure-ignore-tlog); else null. */
    transparencyLog: TransparencyLogCheck | null;
    rejection: { code: RejectionCode; message: string } | null;
  }[];
  problems: string[];
}

/** The signed predicates are left out: they can be large, and the attestation itself holds them. */
export function resultSignatures(signatures: SignatureVerdict): ResultSignatures {
  return {
    mode: signatures.mode,
    requirements: signatures.requirements.map((r) => ({
      description: r.description,
      required: r.required,
      satisfied: r.satisfied,
      satisfiedBy: r.satisfiedBy ?? null,
      reason: r.reason ?? null,
    })),
    results: signatures.results.map((r) => ({
      source: r.source,
      location: r.location,
      kind: r.kind,
      predicateType: r.predicateType ?? null,
      verified: isTrusted(r),
      signer: r.signer === undefined ? null : structuredClone(r.signer),
      transparencyLog: isTrusted(r) ? (r.transparencyLog ?? null) : null,
      rejection: r.rejection === undefined ? null : { ...r.rejection },
    })),
    problems: [...signatures.problems],
  };
}
