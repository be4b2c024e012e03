import { findingId, findingPackage, type Finding } from '../../core/model/findings.js';
import type { IgnoreRule } from '../../core/model/policy.js';
import type { GateResult, ImageOutcome, PolicyOrigin } from '../../core/model/result.js';
import type { Severity } from '../../core/model/severity.js';
import type { VexSuppression } from '../../core/model/vex.js';
import type { FindingStatus, JudgedFinding, VerdictCounts, ViolationRule } from '../../core/model/verdict.js';
import type { Origin } from '../../core/model/base-image.js';
import type { Attribution } from '../../core/model/verdict.js';
import { resultAttribution, resultBaseImage, type ResultBaseImage } from './result-base-image.js';
import { resultSignatures, type ResultSignatures } from './result-signatures.js';
import { stepVerdict } from '../step-outcome.js';
import { findingNote } from '../text/finding-text.js';

/**
 * image-gate-result.json: the verdict for machines. The shape only grows; a change that removes or
 * renames a field bumps `version`. Growth so far: `outcome` "error" and the errored image entry, a
 * signature result's `transparencyLog`, the base's `from.normalized`, and `platform` (below).
 *
 * {
 *   "version": 1,
 *   "tool": "image-gate",
 *   "outcome": "pass" | "fail" | "error",  // error when any image got no verdict, else fail when any failed
 *   "failsStep": boolean,              // any image failed in enforce mode, or any image errored
 *   "images": [                        // one entry per input, in the order the inputs were given; an index
 *                                      // gated per platform has one entry per platform, in index order
 *   // An image that got no verdict (unreachable registry, unreadable report, …) has only these fields;
 *   // read `outcome` before anything else:
 *   { "input": string, "outcome": "error", "error": string, "failsStep": true, "digest": null,
 *     "platform"?: { "name": string, "digest": null } },   // the platform of an index that errored
 *   // An image that got a verdict:
 *   {
 *     "input": string, "repository": string,
 *     "digest": string | null,         // what the input was pinned to: for an index, the index's digest
 *     "platform"?: { "name": string, "digest": string },  // one platform of an index: e.g. linux/arm/v7, and
 *                                      // the platform manifest's digest, which is what was scanned
 *     "reference": string,
 *     "identity": "verified" | "asserted",   // asserted: a given report that nothing could tie to the image
 *     "outcome": "pass" | "fail", "mode": "enforce" | "audit", "failsStep": boolean,
 *     "scan": { "source": string, "artifactType": string, "trivyVersion": string | null,
 *               "os": { "family": string, "name": string, "eosl": boolean } | null },
 *     "dockerfile": { "path": string, "finalFromLine": number } | null,
 *     "policy": {                      // which policy judged; null when not known
 *       "source": "base" | "workspace", "path": string, "ref": string | null, "found": boolean,
 *       "note": string | null,
 *       "changedInPullRequest": { "lines": [string], "moreLines": number, "unavailable": string | null } | null
 *     } | null,
 *     "counts": { vulnerabilities, fixable, misconfigurations: {SEVERITY: n}, secrets, licenses, ignored, suppressedByVex, violating },
 *     "violations": [{ "rule": string, "message": string, "severity": string | null, "count": number }],
 *     "ignored": [{ "kind", "id", "severity", "package"?, "target", "reason", "expires": string | null, "origin" }],
 *     "expiredIgnores": [{ "id"?, "package"?, "path"?, "reason", "expires", "origin", "matched": number }],
 *     "unusedIgnores": [{ "id"?, "package"?, "path"?, "reason", "expires"?, "origin" }],
 *     "signatures": {                  // null when signatures were not checked
 *       "mode": "required" | "optional" | "off",
 *       "requirements": [{ "description", "required": boolean, "satisfied": boolean,
 *                          "satisfiedBy": string | null, "reason": string | null }],
 *       "results": [{ "source", "location", "kind": "signature" | "attestation", "predicateType": string | null,
 *                     "verified": boolean, "signer": { "kind": "keyless", "issuer", "identity", "github"? }
 *                     | { "kind": "key", "keyId", "name"? } | null,
 *                     "transparencyLog": "verified" | "not-checked" | null,  // for verified results; not-checked: no log
 *                                                    // entry, accepted by insecure-ignore-tlog or require-tlog: false
 *                     "rejection": { "code", "message" } | null }],
 *       "problems": [string]
 *     } | null,
 *     "attribution": {                 // null when the base's layers were not known and scope is all
 *       "scope": "all" | "introduced", "baseLayers": number,
 *       "inherited", "introduced", "unknown": {SEVERITY: n},   // every vulnerability by origin
 *       "inheritedFixable": number
 *     } | null,
 *     "baseImage": {                   // null when the base image was not checked
 *       "from": { "written",             // the FROM as the Dockerfile wrote it, as every check's "image" names it
 *                 "normalized": string | null,  // its normalised reference, docker.io/library/golang:1.22 for golang:1.22
 *                 "line": number, "digest": string | null, "newerTags": [string] } | null,
 *       "checks": [{ "rule": "pinned" | "approved" | "signed" | "current" | "proven" | "provenance",
 *                    "status": "pass" | "fail" | "unknown", "effect": "pass" | "fail" | "warn" | "off",
 *                    "line": number, "image", "message", "suggestion": string | null }],
 *       "advice": [string]
 *     } | null,
 *     "findings": [{                   // every finding, most severe first
 *       "kind": "vulnerability" | "secret" | "misconfiguration" | "license",
 *       "id": string, "severity": string, "status": "violation" | "allowed" | "ignored" | "excluded",
 *       "target": string, "title"?: string,
 *       "package"?, "installed"?, "fixed"?, "path"?,   // vulnerabilities, licenses
 *       "cvss"?: number, "url"?: string,
 *       "line"?: number,                               // secrets, misconfigurations
 *       "category"?: string,                           // secrets, licenses
 *       "note"?: string,                               // why it is ignored or excluded
 *       "vex"?: { "status", "justification"?, "impactStatement"?, "author", "document" },  // the statement that suppressed it
 *       "origin"?: "inherited" | "introduced" | "unknown"  // when attributed
 *     }]
 *   }]
 * }
 * Optional finding fields are left out rather than null, to keep 100,000 findings compact.
 */

export const RESULT_DOCUMENT_VERSION = 1;

export interface ResultFinding {
  kind: Finding['kind'];
  id: string;
  severity: Severity;
  status: FindingStatus;
  target: string;
  title?: string;
  package?: string;
  installed?: string;
  fixed?: string;
  path?: string;
  cvss?: number;
  url?: string;
  line?: number;
  category?: string;
  note?: string;
  /** The VEX statement that suppressed it (excluded as vex). */
  vex?: VexSuppression;
  origin?: Origin;
}

export interface ResultIgnoreRule {
  id?: string;
  package?: string;
  path?: string;
  reason: string;
  expires?: string;
  origin: string;
}

export interface ResultIgnored {
  kind: Finding['kind'];
  id: string;
  severity: Severity;
  package?: string;
  target: string;
  reason: string;
  expires: string | null;
  origin: string;
}

/** One platform of an index: its name (linux/arm64) and its manifest's digest (null when it errored). */
export interface ResultPlatform<Digest extends string | null = string> {
  name: string;
  digest: Digest;
}

export interface ResultImage {
  input: string;
  repository: string;
  digest: string | null;
  platform?: ResultPlatform;
  reference: string;
  identity: 'verified' | 'asserted';
  outcome: 'pass' | 'fail';
  mode: 'enforce' | 'audit';
  failsStep: boolean;
  scan: {
    source: string;
    artifactType: string;
    trivyVersion: string | null;
    os: { family: string; name: string; eosl: boolean } | null;
  };
  dockerfile: { path: string; finalFromLine: number } | null;
  policy: ResultPolicy | null;
  counts: VerdictCounts;
  violations: { rule: ViolationRule; message: string; severity: Severity | null; count: number }[];
  ignored: ResultIgnored[];
  expiredIgnores: (ResultIgnoreRule & { matched: number })[];
  unusedIgnores: ResultIgnoreRule[];
  signatures: ResultSignatures | null;
  attribution: Attribution | null;
  baseImage: ResultBaseImage | null;
  findings: ResultFinding[];
}

/** An input that got no verdict: what was asked for and why nothing was judged. */
export interface ResultErroredImage {
  input: string;
  outcome: 'error';
  error: string;
  /** An image that could not be judged always fails the step, in audit mode too. */
  failsStep: true;
  digest: null;
  /** The platform of an index that errored; absent when the input failed before its platforms were known. */
  platform?: ResultPlatform<null>;
}

export interface ResultPolicy {
  source: PolicyOrigin['source'];
  path: string;
  ref: string | null;
  found: boolean;
  note: string | null;
  changedInPullRequest: { lines: string[]; moreLines: number; unavailable: string | null } | null;
}

export interface ResultDocument {
  version: typeof RESULT_DOCUMENT_VERSION;
  tool: 'image-gate';
  outcome: 'pass' | 'fail' | 'error';
  failsStep: boolean;
  images: (ResultImage | ResultErroredImage)[];
}

function compactFinding(judged: JudgedFinding): ResultFinding {
  const { finding } = judged;
  const out: ResultFinding = {
    kind: finding.kind,
    id: findingId(finding),
    severity: finding.severity,
    status: judged.status,
    target: finding.target,
  };
  switch (finding.kind) {
    case 'vulnerability':
      out.title = finding.title;
      out.package = finding.packageName;
      out.installed = finding.installedVersion;
      if (finding.fixedVersion) out.fixed = finding.fixedVersion;
      if (finding.packagePath) out.path = finding.packagePath;
      if (finding.cvss) out.cvss = finding.cvss.score;
      if (finding.url) out.url = finding.url;
      break;
    case 'secret':
      out.title = finding.title;
      out.line = finding.startLine;
      out.category = finding.category;
      break;
    case 'misconfiguration':
      out.title = finding.title;
      if (finding.startLine !== undefined) out.line = finding.startLine;
      if (finding.url) out.url = finding.url;
      break;
    case 'license':
      if (finding.packageName) out.package = finding.packageName;
      if (finding.filePath) out.path = finding.filePath;
      out.category = finding.category;
      break;
  }
  const note = findingNote(judged);
  if (note !== undefined) out.note = note;
  if (judged.vex !== undefined) out.vex = judged.vex;
  if (judged.origin !== undefined) out.origin = judged.origin;
  return out;
}

function ignoreRule(rule: IgnoreRule): ResultIgnoreRule {
  return {
    ...(rule.id !== undefined && { id: rule.id }),
    ...(rule.package !== undefined && { package: rule.package }),
    ...(rule.path !== undefined && { path: rule.path }),
    reason: rule.reason,
    ...(rule.expires !== undefined && { expires: rule.expires }),
    origin: rule.origin,
  };
}

function image(result: GateResult): ResultImage {
  const { subject, scan, verdict } = result;
  const findings: ResultFinding[] = new Array<ResultFinding>(verdict.findings.length);
  const ignored: ResultIgnored[] = [];
  verdict.findings.forEach((judged, i) => {
    findings[i] = compactFinding(judged);
    if (judged.status !== 'ignored') return;
    const pkg = findingPackage(judged.finding);
    ignored.push({
      kind: judged.finding.kind,
      id: findingId(judged.finding),
      severity: judged.finding.severity,
      ...(pkg !== undefined && { package: pkg }),
      target: judged.finding.target,
      reason: judged.ignoredBy?.reason ?? '',
      expires: judged.ignoredBy?.expires ?? null,
      origin: judged.ignoredBy?.origin ?? '',
    });
  });
  return {
    input: subject.input,
    repository: subject.repository,
    digest: subject.digest ?? null,
    ...(subject.platform !== undefined && { platform: { name: subject.platform.name, digest: subject.platform.digest } }),
    reference: subject.pinned,
    identity: subject.identity,
    outcome: verdict.outcome,
    mode: verdict.mode,
    failsStep: verdict.failsStep,
    scan: {
      source: scan.source,
      artifactType: scan.artifactType,
      trivyVersion: scan.trivyVersion ?? null,
      os: scan.os === undefined ? null : { family: scan.os.family, name: scan.os.name, eosl: scan.os.eosl ?? false },
    },
    dockerfile: result.dockerfile === undefined ? null : { ...result.dockerfile },
    policy: result.policy === undefined ? null : resultPolicy(result.policy),
    counts: verdict.counts,
    violations: verdict.violations.map((v) => ({
      rule: v.rule,
      message: v.message,
      severity: v.severity ?? null,
      count: v.count,
    })),
    ignored,
    expiredIgnores: verdict.expiredIgnores.map(({ rule, matched }) => ({ ...ignoreRule(rule), matched })),
    unusedIgnores: verdict.unusedIgnores.map(ignoreRule),
    signatures: verdict.signatures === undefined ? null : resultSignatures(verdict.signatures),
    attribution: verdict.attribution === undefined ? null : resultAttribution(verdict.attribution),
    baseImage: verdict.baseImage === undefined ? null : resultBaseImage(verdict.baseImage),
    findings,
  };
}

function resultPolicy(origin: PolicyOrigin): ResultPolicy {
  const change = origin.changedInPullRequest;
  return {
    source: origin.source,
    path: origin.path,
    ref: origin.ref ?? null,
    found: origin.found,
    note: origin.note ?? null,
    changedInPullRequest:
      change === undefined ? null : { lines: [...change.lines], moreLines: change.moreLines, unavailable: change.unavailable ?? null },
  };
}

function erroredImage(input: string, error: string, platform: string | undefined): ResultErroredImage {
  return {
    input,
    outcome: 'error',
    error,
    failsStep: true,
    digest: null,
    ...(platform !== undefined && { platform: { name: platform, digest: null } }),
  };
}

/** The machine-readable result for every input of the step, in input order, errors included. */
export function buildResultDocument(outcomes: readonly ImageOutcome[]): ResultDocument {
  const { outcome, failsStep } = stepVerdict(outcomes);
  return {
    version: RESULT_DOCUMENT_VERSION,
    tool: 'image-gate',
    outcome,
    failsStep,
    images: outcomes.map((item) => (item.result === undefined ? erroredImage(item.input, item.error, item.platform) : image(item.result))),
  };
}
