import type { GateResult } from '../../core/model/result.js';
import type { Origin } from '../../core/model/base-image.js';
import { findingId, type Finding } from '../../core/model/findings.js';
import { emptySeverityCounts, severityRank, type Severity } from '../../core/model/severity.js';
import type { ExclusionReason, FindingStatus, JudgedFinding } from '../../core/model/verdict.js';
import type { IgnoreRule } from '../../core/model/policy.js';
import type { VexSuppression } from '../../core/model/vex.js';

/**
 * The words every report uses for a finding, so the log, the summary, annotations and SARIF
 * describe the same finding the same way. Plain text: callers escape for their medium.
 */

/** What the finding is in: a package, or a file (and line) for secrets and misconfigurations. */
export function findingSubject(finding: Finding): string {
  switch (finding.kind) {
    case 'vulnerability':
      return finding.packageName;
    case 'secret':
      return `${finding.target}:${finding.startLine}`;
    case 'misconfiguration':
      return finding.startLine === undefined ? finding.target : `${finding.target}:${finding.startLine}`;
    case 'license':
      return finding.packageName || finding.filePath || finding.target;
  }
}

/** "2.0.5-1 → 2.0.5-1+deb10u1", "5.0-4 (no fix)"; empty for kinds without versions. */
export function findingVersions(finding: Finding): string {
  if (finding.kind !== 'vulnerability') return '';
  const fixed = finding.fixedVersion?.trim();
  return fixed ? `${finding.installedVersion} → ${fixed}` : `${finding.installedVersion} (no fix)`;
}

/** The link for the finding's ID, when Trivy gave one. */
export function findingUrl(finding: Finding): string | undefined {
  return finding.kind === 'vulnerability' || finding.kind === 'misconfiguration' ? finding.url : undefined;
}

/**
 * The Markdown headline of one image's verdict (summary and PR comment): outcome, audit mode and the
 * repository, which the caller passes already escaped for where it goes.
 */
export function verdictHeadline(result: GateResult, repository: string): string {
  const { verdict } = result;
  const icon = verdict.outcome === 'pass' ? '✅' : '❌';
  const outcome = verdict.outcome === 'pass' ? 'PASS' : 'FAIL';
  const audit = verdict.mode === 'audit' ? ' (audit mode)' : '';
  const lines = [`### ${icon} ${outcome}${audit}: ${repository}`];
  if (verdict.mode === 'audit') {
    lines.push(
      '',
      verdict.outcome === 'fail'
        ? '> **Audit mode:** the policy is breached, but the step does not fail on it.'
        : '> **Audit mode:** a breach would be reported here without failing the step.',
    );
  }
  return lines.join('\n');
}

/**
 * The one-line text of a finding that annotations and check runs show, and its title: what it is,
 * where, in which image, what the policy made of it, and a link. Not yet shortened to any limit.
 */
export function findingNotice(judged: JudgedFinding, repository: string): { title: string; message: string } {
  const { finding } = judged;
  const versions = findingVersions(finding);
  const parts = [
    `${findingTitle(finding)}.`,
    `${findingSubject(finding)}${versions === '' ? '' : ` ${versions}`} in ${repository}.`,
    `Status: ${statusText(judged)}.`,
  ];
  const url = findingUrl(finding);
  if (url !== undefined && url !== '') parts.push(url);
  return { title: `${finding.severity} ${findingId(finding)} in ${findingSubject(finding)}`, message: parts.join(' ') };
}

/** One line naming the ignore rule: what it matches and where it was declared. */
export function describeIgnoreRule(rule: IgnoreRule): string {
  const matches = [
    rule.id === undefined ? undefined : `id ${rule.id}`,
    rule.package === undefined ? undefined : `package ${rule.package}`,
    rule.path === undefined ? undefined : `path ${rule.path}`,
  ].filter((part): part is string => part !== undefined);
  return `${matches.join(', ')} (${rule.origin})`;
}

/**
 * The status column: "VIOLATION", "allowed", "ignored (reason, until 2025-01-31)", "excluded (note)",
 * followed by where the finding came from when it was attributed: "VIOLATION · introduced".
 */
export function statusText(judged: JudgedFinding): string {
  const status = policyStatusText(judged);
  // Excluded as inherited already says where it came from.
  if (judged.origin === undefined || judged.excluded === 'inherited') return status;
  return `${status} · ${ORIGIN_TEXT[judged.origin]}`;
}

/** Why the finding is ignored (the rule's reason) or excluded (the code in words); undefined for the others. */
export function findingNote(judged: JudgedFinding): string | undefined {
  if (judged.status === 'ignored') return judged.ignoredBy?.reason;
  return judged.excluded === undefined ? undefined : exclusionText(judged.excluded, judged.finding, judged.vex);
}

/**
 * The words for an exclusion: "inherited from the base image", "no fix available", "check status PASS",
 * "VEX not_affected: vulnerable_code_not_present (by Acme, vex/app.json)". The VEX words are the document's
 * own, untrusted: every report puts this text through its neutralising seam (escapeCell, oneLine, redaction).
 */
export function exclusionText(reason: ExclusionReason, finding: Finding, vex?: VexSuppression): string {
  switch (reason) {
    case 'inherited':
      return 'inherited from the base image';
    case 'no-fix':
      return 'no fix available';
    case 'check-not-failed':
      return `check status ${finding.kind === 'misconfiguration' ? finding.status : 'not failed'}`;
    case 'vex':
      return vex === undefined ? 'suppressed by VEX' : vexText(vex);
  }
}

function vexText(vex: VexSuppression): string {
  const why = [vex.justification, vex.impactStatement].filter((text) => text !== undefined && text !== '').join('; ');
  return `VEX ${vex.status}${why === '' ? '' : `: ${why}`} (by ${vex.author}, ${vex.document})`;
}

const ORIGIN_TEXT: Record<Origin, string> = {
  inherited: 'inherited from the base',
  introduced: 'introduced',
  unknown: 'origin unknown',
};

function policyStatusText(judged: JudgedFinding): string {
  switch (judged.status) {
    case 'violation':
      return 'VIOLATION';
    case 'allowed':
      return 'allowed';
    case 'ignored': {
      const rule = judged.ignoredBy;
      const reason = rule?.reason ?? 'no reason given';
      return rule?.expires === undefined ? `ignored (${reason})` : `ignored (${reason}, until ${rule.expires})`;
    }
    case 'excluded':
      return judged.excluded === undefined ? 'excluded' : `excluded (${exclusionText(judged.excluded, judged.finding, judged.vex)})`;
  }
}

/** "CVE-2019-18224 in libidn2-0", "aws-access-key-id in deploy.sh:3": the short name of a finding. */
export function findingHeadline(finding: Finding): string {
  return `${findingId(finding)} in ${findingSubject(finding)}`;
}

// Within one severity the findings that decide the verdict come first.
const STATUS_ORDER: Record<FindingStatus, number> = { violation: 0, allowed: 1, excluded: 2, ignored: 3 };
const BUCKETS = 5 * 4;

/**
 * The first `limit` findings that pass `keep`, most severe first and violations first within a
 * severity, stable otherwise. One pass and at most `limit` kept per bucket, so picking the 50 to
 * show out of 100,000 costs a scan, not a sort.
 */
export function selectTop(
  findings: readonly JudgedFinding[],
  limit: number,
  keep: (judged: JudgedFinding) => boolean = () => true,
): { top: JudgedFinding[]; total: number } {
  const buckets: JudgedFinding[][] = Array.from({ length: BUCKETS }, () => []);
  let total = 0;
  for (const judged of findings) {
    if (!keep(judged)) continue;
    total += 1;
    const bucket = buckets[(4 - severityRank(judged.finding.severity)) * 4 + STATUS_ORDER[judged.status]];
    if (bucket !== undefined && bucket.length < limit) bucket.push(judged);
  }
  const top: JudgedFinding[] = [];
  for (const bucket of buckets) {
    for (const judged of bucket) {
      if (top.length >= limit) return { top, total };
      top.push(judged);
    }
  }
  return { top, total };
}

/** Ignored vulnerabilities per severity: the one count the verdict does not split by severity. */
export function ignoredVulnerabilitiesBySeverity(findings: readonly JudgedFinding[]): Record<Severity, number> {
  const counts = emptySeverityCounts();
  for (const judged of findings) {
    if (judged.status === 'ignored' && judged.finding.kind === 'vulnerability') counts[judged.finding.severity] += 1;
  }
  return counts;
}

/** A human title for any kind; licenses have none of their own. */
export function findingTitle(finding: Finding): string {
  return finding.kind === 'license' ? `${finding.name} (${finding.category} license)` : finding.title;
}
