import { createHash } from 'node:crypto';
import { findingId, type Finding } from '../../core/model/findings.js';
import type { GateResult, ImageOutcome } from '../../core/model/result.js';
import type { ImageSubject } from '../../core/model/subject.js';
import { atLeast, type Severity } from '../../core/model/severity.js';
import type { JudgedFinding } from '../../core/model/verdict.js';
import { findingIdentity, ruleIdOf } from '../text/finding-identity.js';
import { findingSubject, findingTitle, findingUrl, findingVersions, selectTop, statusText } from '../text/finding-text.js';
import { escapeCell, markdownLink, markdownTable, singleLine, safeHttpUrl, truncate } from '../summary/markdown.js';
import { baseSarifResult, baseSarifRule, reportableBaseChecks } from './sarif-base-image.js';
import type { SarifLevel, SarifMessage, SarifReportingDescriptor, SarifLocation, SarifResult, SarifRun, SarifLog } from './sarif-log.js';

/**
 * SARIF 2.1.0 for GitHub code scanning: one run per image, and per platform of an index.
 *
 * Decisions, each because of how code scanning consumes the file:
 * - `automationDetails.id` is "image-gate/<repository>/": code scanning keys an analysis on the part
 *   before the last "/", so images scanned in the same workflow do not close each other's alerts.
 *   Each platform of an index is a run of its own, "image-gate/<repository>/<os>-<arch>[-<variant>]/"
 *   (linux-amd64, linux-arm-v7): platforms are tracked apart, so fixing a finding on one platform closes
 *   its alert there while the other platforms' stay open (see platformCategory).
 * - `partialFingerprints["imageGateFinding/v1"]` hashes the image repository (never the digest),
 *   the kind, the rule and where in the image the finding is (package and its path, file), but not
 *   the installed version or line: a rebuild, or a bump to a still-vulnerable version, is the same alert.
 *   Nor the platform: each platform's run has its own category, within which it stays stable.
 * - Result level: `error` when the finding violates the policy, `warning` when the policy allows it
 *   but it is HIGH or CRITICAL, `note` otherwise. Ignored findings are `note` and carry an external
 *   suppression with the rule's reason, so code scanning shows them as dismissed, not as gone.
 * - `security-severity` follows GitHub's bands (critical ≥ 9.0, high 7.0–8.9, medium 4.0–6.9,
 *   low 0.1–3.9): the CVSS score when it lies in the band of the finding's severity, else the band's
 *   default, so code scanning never ranks a finding differently from the gate.
 * - Locations: the Dockerfile's final FROM line when known (that line chose the base image the
 *   findings came with); otherwise the image repository as a repository-relative pseudo path, line 1,
 *   because code scanning requires a location and paths inside the image are not in the repository.
 * - Base-image checks that fail or warn are results of their own (rule `base-image/<rule>`, see
 *   sarif-base-image.ts), located at the FROM line they are about, ahead of the findings.
 * - At most `maxResultsPerRun` results (GitHub rejects more than 25,000), violations and the most
 *   severe first; how many were left out is in the run's properties.
 * GitHub also rejects more than 20 runs per file: callers checking more images upload in batches.
 */

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const FINGERPRINT_KEY = 'imageGateFinding/v1';
export const MAX_RESULTS_PER_RUN = 25_000;

// The log's shape lives in sarif-log.ts, which sarif-base-image.ts reads too without importing this file back.
export type {
  SarifLevel,
  SarifMessage,
  SarifReportingDescriptor,
  SarifLocation,
  SarifSuppression,
  SarifResult,
  SarifToolComponent,
  SarifRun,
  SarifLog,
} from './sarif-log.js';

export interface SarifOptions {
  toolVersion: string;
  informationUri: string;
  /** Default MAX_RESULTS_PER_RUN. */
  maxResultsPerRun?: number;
}

const DEFAULT_SCORE: Record<Severity, number> = { CRITICAL: 9.5, HIGH: 7.0, MEDIUM: 5.5, LOW: 2.0, UNKNOWN: 0.0 };
const BAND: Record<Severity, [number, number]> = {
  CRITICAL: [9.0, 10.0],
  HIGH: [7.0, 8.9],
  MEDIUM: [4.0, 6.9],
  LOW: [0.1, 3.9],
  UNKNOWN: [0.0, 0.0],
};

/** GitHub's security-severity for a finding: its CVSS score when that agrees with its severity. */
export function securitySeverity(severity: Severity, cvssScore?: number): string {
  const [low, high] = BAND[severity];
  const score =
    severity !== 'UNKNOWN' && cvssScore !== undefined && Number.isFinite(cvssScore) && cvssScore >= low && cvssScore <= high
      ? cvssScore
      : DEFAULT_SCORE[severity];
  return score.toFixed(1);
}

function defaultLevel(severity: Severity): SarifLevel {
  if (atLeast(severity, 'HIGH')) return 'error';
  return severity === 'MEDIUM' ? 'warning' : 'note';
}

function resultLevel(judged: JudgedFinding): SarifLevel {
  if (judged.status === 'violation') return 'error';
  if (judged.status !== 'ignored' && atLeast(judged.finding.severity, 'HIGH')) return 'warning';
  return 'note';
}

function ruleName(finding: Finding): string {
  switch (finding.kind) {
    case 'vulnerability':
      return finding.targetClass === 'os-pkgs' ? 'OsPackageVulnerability' : 'LanguageSpecificPackageVulnerability';
    case 'secret':
      return 'Secret';
    case 'misconfiguration':
      return 'Misconfiguration';
    case 'license':
      return 'License';
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function helpFor(finding: Finding, ruleId: string): SarifMessage {
  const title = findingTitle(finding);
  const url = findingUrl(finding);
  const lines = [`${ruleId}: ${title}`, `Severity: ${finding.severity}`];
  let table: string;
  switch (finding.kind) {
    case 'vulnerability':
      lines.push(`Package: ${finding.packageName}`, `Fixed version: ${finding.fixedVersion || 'none'}`);
      table = markdownTable(
        ['Severity', 'Package', 'Fixed version', 'Link'],
        [[finding.severity, escapeCell(finding.packageName), escapeCell(finding.fixedVersion || 'none'), markdownLink(finding.id, url)]],
      );
      break;
    case 'misconfiguration':
      lines.push(`Check: ${finding.message}`, `Resolution: ${finding.resolution ?? 'see the link'}`);
      table = markdownTable(
        ['Severity', 'Check', 'Resolution', 'Link'],
        [[finding.severity, escapeCell(finding.message, 300), escapeCell(finding.resolution, 300), markdownLink(finding.id, url)]],
      );
      break;
    case 'secret':
      lines.push(`Category: ${finding.category}`, 'Remove the secret from the image and rotate it.');
      table = markdownTable(['Severity', 'Category', 'Rule'], [[finding.severity, escapeCell(finding.category), escapeCell(finding.ruleId)]]);
      break;
    case 'license':
      lines.push(`Category: ${finding.category}`);
      table = markdownTable(['Severity', 'License', 'Category'], [[finding.severity, escapeCell(finding.name), escapeCell(finding.category)]]);
      break;
  }
  if (url !== undefined && safeHttpUrl(url) !== undefined) lines.push(`Link: ${url}`);
  return {
    text: singleLines(lines).join('\n'),
    markdown: `**${escapeCell(`${ruleId}: ${title}`, 300)}**\n\n${table}`,
  };
}

function singleLines(lines: string[]): string[] {
  return lines.map((line) => truncate(singleLine(line), 1_000));
}

function buildRule(finding: Finding, ruleId: string): SarifReportingDescriptor {
  const title = truncate(singleLine(findingTitle(finding)), 1_000) || ruleId;
  const helpUri = safeHttpUrl(findingUrl(finding));
  const cvss = finding.kind === 'vulnerability' ? finding.cvss?.score : undefined;
  return {
    id: ruleId,
    name: ruleName(finding),
    shortDescription: { text: truncate(`${ruleId}: ${title}`, 1_000) },
    fullDescription: { text: title },
    ...(helpUri !== undefined && { helpUri }),
    help: helpFor(finding, ruleId),
    defaultConfiguration: { level: defaultLevel(finding.severity) },
    properties: {
      'security-severity': securitySeverity(finding.severity, cvss),
      tags: ['security', finding.kind, finding.severity],
      precision: 'very-high',
    },
  };
}

/** A relative URI reference from a path, one segment at a time: ":" in "localhost:5000" would read as a scheme. */
function pathToUri(path: string): string {
  return path
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/');
}

function runLocation(result: GateResult): { uri: string; line: number } {
  if (result.dockerfile !== undefined) {
    return { uri: pathToUri(result.dockerfile.path), line: Math.max(1, result.dockerfile.finalFromLine) };
  }
  return { uri: pathToUri(result.subject.repository) || 'image', line: 1 };
}

/** The image as a result's message names it: the repository, and the platform of an index. */
function imageName(subject: ImageSubject): string {
  return subject.platform === undefined ? subject.repository : `${subject.repository} (${subject.platform.name})`;
}

function messageText(judged: JudgedFinding, image: string): string {
  const { finding } = judged;
  const versions = findingVersions(finding);
  const text = [
    `${findingId(finding)} (${finding.severity}) in ${findingSubject(finding)}${versions === '' ? '' : ` ${versions}`}: ${findingTitle(finding)}.`,
    `Image: ${image}. Target: ${finding.target}.`,
    `Policy: ${statusText(judged)}.`,
  ];
  return truncate(singleLine(text.join(' ')), 2_000);
}

function buildRun(result: GateResult, options: SarifOptions, category: string): SarifRun {
  const { subject, scan, verdict } = result;
  const limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
  // A check that did not FAIL is not a problem, and a result for it would open an alert.
  const reportable = (judged: JudgedFinding): boolean => judged.finding.kind !== 'misconfiguration' || judged.finding.status.toUpperCase() === 'FAIL';
  const baseChecks = reportableBaseChecks(result).slice(0, limit);
  const { top, total } = selectTop(verdict.findings, limit - baseChecks.length, reportable);

  const rules: SarifReportingDescriptor[] = [];
  const ruleIndexes = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const where = runLocation(result);
  const image = imageName(subject);
  const locations: SarifLocation[] = [
    {
      physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: where.line } },
      // A platform's findings are in its own manifest: the location says which, after the index the tag points to.
      message: {
        text: truncate(
          singleLine(subject.platform === undefined ? subject.pinned : `${subject.pinned} ${subject.platform.name} ${subject.platform.digest}`),
          1_000,
        ),
      },
    },
  ];

  const baseResults = baseChecks.map((check): SarifResult => {
    const ruleId = `base-image/${check.rule}`;
    let ruleIndex = ruleIndexes.get(ruleId);
    if (ruleIndex === undefined) {
      ruleIndex = rules.push(baseSarifRule(check.rule)) - 1;
      ruleIndexes.set(ruleId, ruleIndex);
    }
    const dockerfile = result.dockerfile === undefined ? where : { uri: pathToUri(result.dockerfile.path), line: check.line };
    return baseSarifResult(check, ruleIndex, result, dockerfile, FINGERPRINT_KEY);
  });

  const findingResults = top.map((judged): SarifResult => {
    const { finding } = judged;
    const ruleId = ruleIdOf(finding);
    let ruleIndex = ruleIndexes.get(ruleId);
    if (ruleIndex === undefined) {
      // Findings arrive most severe first, so the first one seen sets the rule's severity.
      ruleIndex = rules.push(buildRule(finding, ruleId)) - 1;
      ruleIndexes.set(ruleId, ruleIndex);
    }
    const identity = JSON.stringify([subject.repository, ...findingIdentity(finding)]);
    // The same rule twice in one place (two secrets in one file) must stay two alerts.
    const seen = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, seen);
    const sarifResult: SarifResult = {
      ruleId,
      ruleIndex,
      level: resultLevel(judged),
      message: { text: messageText(judged, image) },
      // One shared array: every finding of the image has the same location.
      locations,
      partialFingerprints: { [FINGERPRINT_KEY]: sha256(seen === 1 ? identity : `${identity}#${seen}`) },
      properties: { severity: finding.severity, status: judged.status, kind: finding.kind },
    };
    if (judged.status === 'ignored') {
      const rule = judged.ignoredBy;
      const reason = rule?.reason ?? 'ignored by policy';
      const justification = rule === undefined ? reason : `${reason} (${rule.origin}${rule.expires ? `, until ${rule.expires}` : ''})`;
      sarifResult.suppressions = [{ kind: 'external', status: 'accepted', justification: truncate(singleLine(justification), 1_000) }];
    }
    return sarifResult;
  });

  const extensions = scan.trivyVersion === undefined ? undefined : [{ name: 'Trivy', version: scan.trivyVersion }];
  return {
    tool: {
      driver: { name: 'image-gate', version: options.toolVersion, informationUri: options.informationUri, rules },
      ...(extensions !== undefined && { extensions }),
    },
    automationDetails: { id: `${category}/` },
    invocations: [{ executionSuccessful: true }],
    columnKind: 'utf16CodeUnits',
    results: [...baseResults, ...findingResults],
    properties: {
      imageRepository: subject.repository,
      imageReference: subject.pinned,
      ...(subject.digest !== undefined && { imageDigest: subject.digest }),
      ...(subject.platform !== undefined && { platform: subject.platform.name, platformDigest: subject.platform.digest }),
      verdict: verdict.outcome,
      mode: verdict.mode,
      findings: total,
      resultsOmitted: total - findingResults.length,
    },
  };
}

/**
 * A platform as a category's last segment: its parts joined by "-" (linux/amd64 → linux-amd64, linux/arm/v7 →
 * linux-arm-v7), since a "/" would read as another level of the category, and anything but letters, digits,
 * ".", "_" and "-" (the name comes from the registry's index) as "_". Two names that come out alike are told
 * apart by categories' numbering.
 */
export function platformCategory(platform: string): string {
  return platform
    .split('/')
    .map((part) => part.replace(/[^A-Za-z0-9._-]/g, '_'))
    .join('-');
}

/**
 * The code scanning category of each outcome: "image-gate/<repository>", and for one platform of an index
 * "image-gate/<repository>/<platform>" (platformCategory). Two outcomes of one category (one repository twice)
 * would otherwise share it, so repeats get "#2", "#3", numbered over ALL outcomes in input order. An outcome
 * that errored keeps its number and gets no run: the next image of its repository must not take over its
 * category, because an upload without a category's alerts closes them; a platform that errored likewise keeps
 * its category, and its alerts, untouched. (An errored input that names no repository, a report file whose
 * artifact name was never read, counts for none.)
 */
function categories(outcomes: readonly ImageOutcome[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return outcomes.map((outcome) => {
    const repository = outcome.result?.subject.repository ?? outcome.repository;
    if (repository === undefined) return undefined;
    const platform = outcome.result === undefined ? outcome.platform : outcome.result.subject.platform?.name;
    const category = platform === undefined ? `image-gate/${repository}` : `image-gate/${repository}/${platformCategory(platform)}`;
    const n = (seen.get(category) ?? 0) + 1;
    seen.set(category, n);
    return n === 1 ? category : `${category}#${n}`;
  });
}

/** One SARIF log with one run per outcome that got a verdict (an index: per platform); errored ones have none (see categories). */
export function buildSarif(outcomes: readonly ImageOutcome[], options: SarifOptions): SarifLog {
  const ids = categories(outcomes);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: outcomes.flatMap((outcome, i) =>
      outcome.result === undefined ? [] : [buildRun(outcome.result, options, ids[i] ?? `image-gate/${outcome.result.subject.repository}`)],
    ),
  };
}

/** Compact JSON: with thousands of results, indentation only costs upload size. */
export function serializeSarif(log: SarifLog): string {
  return `${JSON.stringify(log)}\n`;
}
