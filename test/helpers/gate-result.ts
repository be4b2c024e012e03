/**
 * What the report tests render: a recorded Trivy report judged against a policy, as the gate would
 * hand it to the reports for one image.
 */
import { readFileSync } from 'node:fs';
import type { ScanReport, VulnerabilityFinding } from '../../src/core/model/findings.js';
import { judge, type JudgeFacts } from '../../src/core/judge/judge.js';
import { DEFAULT_POLICY, type Policy } from '../../src/core/model/policy.js';
import type { DockerfileLocation, GateResult, ImageOutcome } from '../../src/core/model/result.js';
import { SEVERITIES } from '../../src/core/model/severity.js';
import type { SignatureVerdict } from '../../src/core/model/verdict.js';
import type { ResultDocument, ResultImage } from '../../src/report/result-file/result-json.js';
import { parseTrivyReport } from '../../src/adapters/trivy/report.js';

/** The day the verdicts are judged on, which decides which ignore rules have expired. */
const NOW = new Date('2025-06-01T00:00:00Z');

export const REPOSITORY = 'ghcr.io/acme/app';
export const DIGEST = `sha256:${'b'.repeat(64)}`;

/** A report from test/fixtures/trivy, by name without `.json`. */
export function scanOf(fixture: string): ScanReport {
  return parseTrivyReport(readFileSync(new URL(`../fixtures/trivy/${fixture}.json`, import.meta.url)), `${fixture}.json`);
}

export interface GateResultOptions {
  /** Merged over DEFAULT_POLICY, a top-level key at a time. */
  policy?: Partial<Policy>;
  /** REPOSITORY unless given; the image was asked for as `REPOSITORY:1.0`. */
  repository?: string;
  /** The digest the tag was pinned to: DIGEST unless given, null for an image that was not pinned. */
  digest?: string | null;
  dockerfile?: DockerfileLocation;
  /** The signature rule's verdict, judged with the scan as the gate does. */
  signatures?: SignatureVerdict;
  /** The base-image checks and facts, judged with the scan as the gate does. */
  baseImage?: JudgeFacts['baseImage'];
  /** The VEX statements given, judged with the scan as the gate does (the image: repository and digest). */
  vex?: JudgeFacts['vex'];
}

export function gateResult(scan: ScanReport, options: GateResultOptions = {}): GateResult {
  const repository = options.repository ?? REPOSITORY;
  const digest = options.digest === undefined ? DIGEST : options.digest;
  return {
    subject: {
      input: `${repository}:1.0`,
      repository,
      ...(digest !== null && { digest }),
      pinned: digest === null ? `${repository}:1.0` : `${repository}@${digest}`,
      identity: 'verified',
    },
    scan,
    verdict: judge(
      {
        scan,
        ...(options.signatures && { signatures: options.signatures }),
        ...(options.baseImage && { baseImage: options.baseImage }),
        ...(options.vex && { vex: options.vex }),
      },
      { ...DEFAULT_POLICY, ...options.policy },
      NOW,
    ),
    ...(options.dockerfile && { dockerfile: options.dockerfile }),
  };
}

/**
 * debian-buster with `count` copies of a fixable vulnerability, each with its own ID, spread over
 * 997 packages and evenly over the five severities (UNKNOWN, LOW, … CRITICAL, then again).
 */
export function syntheticScan(count: number): ScanReport {
  const scan = scanOf('debian-buster');
  const template = scan.findings.find((f) => f.kind === 'vulnerability' && f.fixedVersion) as VulnerabilityFinding;
  const findings = Array.from({ length: count }, (_, i): VulnerabilityFinding => ({
    ...template,
    id: `CVE-2099-${100000 + i}`,
    packageName: `${template.packageName}-${i % 997}`,
    severity: SEVERITIES[i % SEVERITIES.length]!,
  }));
  return { ...scan, findings };
}

/** Judged results as the step's inputs, in order, each as asked for: what the shells hand the reports. */
export function asInputs(...results: GateResult[]): ImageOutcome[] {
  return results.map((result) => ({ input: result.subject.input, result }));
}

/** The result document's entries, each of a judged image (the test fails on an errored one). */
export function judgedImages(document: ResultDocument): ResultImage[] {
  return document.images.map((image) => {
    if (image.outcome === 'error') throw new Error(`${image.input} errored: ${image.error}`);
    return image;
  });
}
