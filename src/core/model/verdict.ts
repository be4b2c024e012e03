import type { BaseCheck, BaseImageFacts, Origin } from './base-image.js';
import type { Finding } from './findings.js';
import type { IgnoreRule, Policy } from './policy.js';
import type { EvidenceResult, SignaturePolicy } from './signatures.js';
import type { Severity } from './severity.js';
import type { VexSuppression } from './vex.js';

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
  | 'attestation'
  /** A base-image check (pinned, approved, signed, current, proven, provenance) fails or could not be made. */
  | 'base-image';

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

/** Why a finding is excluded: a code for code to branch on; only the reports put it into words. */
export type ExclusionReason =
  /** Scope introduced, and the finding comes from one of the base image's layers. */
  | 'inherited'
  /** Only-fixed, and the vulnerability has no fixed version. */
  | 'no-fix'
  /** A misconfiguration check that did not fail (e.g. PASS): a passing check needs no judging. */
  | 'check-not-failed'
  /** A VEX statement says the vulnerability does not affect the package (not_affected) or is fixed in it. */
  | 'vex';

export interface JudgedFinding {
  finding: Finding;
  status: FindingStatus;
  /** The ignore rule that matched, when status is ignored; its reason says why. */
  ignoredBy?: IgnoreRule;
  /** Why it is excluded, when status is excluded. */
  excluded?: ExclusionReason;
  /** The VEX statement that suppressed it, when excluded is 'vex': shown so that nothing is dropped silently. */
  vex?: VexSuppression;
  /** Inherited from the base image or introduced by the image's own layers; set when attribution was asked for. */
  origin?: Origin;
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
  /** Vulnerabilities a VEX statement suppressed (not_affected or fixed): still reported, not counted by the policy. */
  suppressedByVex: number;
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
  /** The signature and attestation check, when one was made. */
  signatures?: SignatureVerdict;
  /** Vulnerabilities by origin, when the base's layers were known or the policy's scope needs them. */
  attribution?: Attribution;
  /** The base-image checks, when they were made. */
  baseImage?: BaseImageVerdict;
}

/** Every vulnerability found (ignored ones included, as in VerdictCounts) split by where it came from. */
export interface Attribution {
  scope: Policy['vulnerabilities']['scope'];
  /** How many of the image's layers are the base's (0 when no base is known). */
  baseLayers: number;
  inherited: Record<Severity, number>;
  introduced: Record<Severity, number>;
  /** No layer information, or no base known: these count under scope introduced. */
  unknown: Record<Severity, number>;
  /** Inherited vulnerabilities with a fixed version: what updating the base could fix. */
  inheritedFixable: number;
}

/** A base check with what the policy makes of it. */
export interface JudgedBaseCheck extends BaseCheck {
  /** fail: a violation; warn: reported only; pass: fine; off: the policy does not check this rule. */
  effect: 'fail' | 'warn' | 'pass' | 'off';
}

export interface BaseImageVerdict {
  checks: JudgedBaseCheck[];
  /** The final stage's base, when it could be looked up. */
  facts?: BaseImageFacts;
  /** One per failing check (rule base-image). */
  violations: Violation[];
  /** The verdict's attribution, which the advice is built from. */
  attribution?: Attribution;
  /** Readable suggestions (newer tags, what the base contributes); never a violation. */
  advice: string[];
}

/** One thing the signature policy asks of the image, and whether the evidence gives it. */
export interface SignatureRequirement {
  /** What is asked for, for code to branch on: the image's signature, or one attestation requirement. */
  kind: 'signature' | 'attestation';
  /** The index platform it is about, when it is one platform's; absent for the pinned digest itself. */
  platform?: string;
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
