import type { BaseCheck, BaseImageFacts } from '../model/base-image.js';
import type { ScanReport } from '../model/findings.js';
import type { Policy } from '../model/policy.js';
import type { SignatureVerdict, Verdict, Violation } from '../model/verdict.js';
import { evaluateBase } from './base-gate.js';
import { evaluateScan } from './scan-gate.js';
import { VexMatcher } from './vex.js';
import type { VexImage, VexStatement } from '../model/vex.js';

/** Everything the gate learnt about one image; the rules judge these and nothing else. */
export interface JudgeFacts {
  /** The image's scan (findings, layers, config). */
  scan: ScanReport;
  /**
   * The signatures and attestations found, already judged against the signature policy (the
   * signature rule runs per platform where the evidence is read); absent when the policy checks none.
   */
  signatures?: SignatureVerdict;
  /**
   * The base-image checks and, when the final base could be looked up, its facts; absent without a
   * Dockerfile. The base's layers (facts.diffIds) decide which findings are inherited.
   */
  baseImage?: { checks: readonly BaseCheck[]; facts?: BaseImageFacts };
  /**
   * The VEX statements given (the vex input's documents) and the image they are judged for: its
   * repository and digests decide which image products (pkg:oci/…) speak of it.
   */
  vex?: { statements: readonly VexStatement[]; image?: VexImage };
}

/**
 * The verdict on one image: the scan, signature and base-image rules each give their violations,
 * and pass or fail is decided here, once, from all of them. In audit mode a failing verdict does not
 * fail the step. Pure and deterministic: time comes in as `now` (it decides which ignore rules expired).
 */
export function judge(facts: JudgeFacts, policy: Policy, now: Date): Verdict {
  const vex = facts.vex && new VexMatcher(facts.vex.statements, facts.vex.image);
  const scan = evaluateScan(facts.scan, policy, now, facts.baseImage?.facts?.diffIds, vex);
  const baseImage = facts.baseImage && evaluateBase(facts.baseImage.checks, facts.baseImage.facts, policy.baseImage, scan.attribution);
  const violations: Violation[] = [...scan.violations, ...(facts.signatures?.violations ?? []), ...(baseImage?.violations ?? [])];
  const outcome = violations.length > 0 ? 'fail' : 'pass';
  return {
    outcome,
    mode: policy.mode,
    failsStep: outcome === 'fail' && policy.mode === 'enforce',
    ...scan,
    violations,
    ...(facts.signatures && { signatures: facts.signatures }),
    ...(baseImage && { baseImage }),
  };
}
