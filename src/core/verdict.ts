import type { Finding } from './findings.js';
import type { IgnoreRule, Policy } from './policy.js';
import type { Severity } from './severity.js';

export type ViolationRule =
  | 'vulnerability-severity'
  | 'vulnerability-count'
  | 'secret'
  | 'misconfiguration'
  | 'license'
  | 'root-user';

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
}
