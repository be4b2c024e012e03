import type { Finding } from './findings.js';
import type { IgnoreRule, Policy } from './policy.js';
import type { EvidenceResult, SignaturePolicy } from './signatures.js';
import type { Severity } from './severity.js';

export type ViolationRule =
  | 'vulnerability-severity'
  | 'vulnerability-count'
  | 'secret'
  | 'misconfiguration'
  | 'license'
  | 'root-user'
  /** The image carries no verified signature from a trusted signer. */
  | 'signature'
  /** A required attestation is missing, unverified, or its provenance does not match. */
  | 'attestation';

export interface Violation {
  rule: ViolationRule;
  /** One readable sentence, e.g. "3 CRITICAL vulnerabilities; the policy allows 0". */
  message: string;
  severity?: Severity;
  /** How many findings breach this rule (0 for image-level rules). */
  count: number;
}

export type FindingStatus =
  /** Counted, and breaches a rule. */
  | 'violation'
  /** Counted, within the policy. */
  | 'allowed'
  /** Matched a live ignore rule. */
  | 'ignored'
  /** Not counted by a policy switch (e.g. only-fixed and no fix exists); still reported. */
  | 'excluded';

export interface JudgedFinding {
  finding: Finding;
  status: FindingStatus;
  /** The ignore rule that matched, when status is ignored. */
  ignoredBy?: IgnoreRule;
  /** Why it is excluded or ignored, for the report. */
  note?: string;
}

export interface ExpiredIgnore {
  rule: IgnoreRule;
  /** Findings it would have ignored, which now count again. */
  matched: number;
}

export interface VerdictCounts {
  /** Every vulnerability found, ignored ones included: the report shows everything. */
  vulnerabilities: Record<Severity, number>;
  /** Of those, the ones with a fixed version. */
  fixable: Record<Severity, number>;
  /** Failed misconfiguration checks by severity. */
  misconfigurations: Record<Severity, number>;
  secrets: number;
  licenses: number;
  ignored: number;
  violating: number;
}

export interface Verdict {
  outcome: 'pass' | 'fail';
  mode: Policy['mode'];
  /** outcome fail in enforce mode: the step must fail. */
  failsStep: boolean;
  violations: Violation[];
  /** Every finding, most severe first. */
  findings: JudgedFinding[];
  counts: VerdictCounts;
  expiredIgnores: ExpiredIgnore[];
  /** Live rules that matched nothing: candidates for clean-up. */
  unusedIgnores: IgnoreRule[];
  /** The signature and attestation check, when one was made (merged in by withSignatures). */
  signatures?: SignatureVerdict;
}

/** One thing the signature policy asks of the image, and whether the evidence gives it. */
export interface SignatureRequirement {
  /** e.g. "signed by a trusted signer", "attestation https://slsa.dev/provenance/v1". */
  description: string;
  /** false: reported only, never a violation. */
  required: boolean;
  satisfied: boolean;
  /** Location of the evidence that satisfied it. */
  satisfiedBy?: string;
  /** Why it is not satisfied, for the report. */
  reason?: string;
}

export interface SignatureVerdict {
  mode: SignaturePolicy['mode'];
  /** Every signature and attestation found, verified or not, with why each rejected one was rejected. */
  results: EvidenceResult[];
  /** What went wrong while looking (a source that could not be read); not evidence either way. */
  problems: string[];
  requirements: SignatureRequirement[];
  /** Unsatisfied required requirements in mode required; always empty otherwise. */
  violations: Violation[];
}
