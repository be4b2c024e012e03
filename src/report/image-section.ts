/**
 * One image's part of the pull request comment and of its check run's summary, at a level of detail the caller
 * picks to fit its limit (pr-comment.ts, check-run.ts): verdict, counts, violations, base image, signatures and
 * the top findings; and the section of an input that got no verdict.
 */
import { findingId, findingPath } from '../core/model/findings.js';
import type { GateResult } from '../core/model/result.js';
import { SEVERITIES, type Severity } from '../core/model/severity.js';
import type { JudgedFinding } from '../core/model/verdict.js';
import { effectText, normalizedName, RULE_NAMES, total } from './text/base-image-text.js';
import { findingSubject, findingUrl, findingVersions, selectTop, statusText, verdictHeadline } from './text/finding-text.js';
import { details, escapeCell, escapeMarkdown, markdownLink, markdownTable } from './summary/markdown.js';
import { isEnforced, requirementStatus } from './text/signature-text.js';

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();
const number = new Intl.NumberFormat('en-US');

/** How much of each image a rendering shows: finding rows in the details, and items of each list. */
export interface DetailLevel {
  rows: number;
  items: number;
}

/** The first `limit` items as list lines, and a line counting the rest. */
export function listLines(items: readonly string[], limit: number, noun: string): string[] {
  const shown = items.slice(0, limit);
  const rest = items.length - shown.length;
  return rest > 0 ? [...shown, `- …and ${number.format(rest)} more ${noun}`] : shown;
}

function headline(result: GateResult): string {
  const { subject } = result;
  return `${verdictHeadline(result, escapeCell(subject.repository, 300))}\n\nImage: ${escapeCell(subject.pinned, 400)}`;
}

/** Vulnerabilities per severity, split into inherited and introduced when attribution was made. */
function counts(result: GateResult): string {
  const { counts: c, attribution } = result.verdict;
  const others =
    `Secrets: ${number.format(c.secrets)} · Misconfigurations: ${number.format(total(c.misconfigurations))} · ` +
    `Licenses: ${number.format(c.licenses)} · Ignored: ${number.format(c.ignored)} · Violating: ${number.format(c.violating)}`;
  if (total(c.vulnerabilities) === 0) return `No vulnerabilities found. ${others}`;
  const row = (label: string, record: Record<Severity, number>): string[] => [
    label,
    ...MOST_SEVERE_FIRST.map((s) => number.format(record[s])),
    number.format(total(record)),
  ];
  const rows = [row('Found', c.vulnerabilities), row('Fixable', c.fixable)];
  if (attribution !== undefined) {
    rows.push(row('Inherited (base)', attribution.inherited), row('Introduced', attribution.introduced));
    if (total(attribution.unknown) > 0) rows.push(row('Origin unknown', attribution.unknown));
  }
  return `${markdownTable(['Vulnerabilities', ...MOST_SEVERE_FIRST, 'Total'], rows)}\n\n${others}`;
}

function violations(result: GateResult, level: DetailLevel): string {
  const list = result.verdict.violations;
  if (list.length === 0) return 'No policy violations.';
  const lines = list.map((v) => `- ${escapeCell(v.message, 500)} (${escapeMarkdown(v.rule)})`);
  return [`**Violations (${number.format(list.length)})**`, '', ...listLines(lines, level.items, 'violations')].join('\n');
}

/** Base-image checks that fail or warn, each with its suggestion, then the advice. */
export function baseImage(result: GateResult, level: DetailLevel): string {
  const base = result.verdict.baseImage;
  if (base === undefined) return '';
  const where = (line: number): string => (result.dockerfile === undefined ? `line ${line}` : `${result.dockerfile.path} line ${line}`);
  const lines: string[] = [];
  if (base.facts !== undefined) {
    const normalized = normalizedName(base.facts);
    const also = normalized === undefined ? '' : ` (${escapeCell(normalized, 300)})`;
    lines.push(`- FROM ${escapeCell(base.facts.written, 300)}${also} (${escapeCell(where(base.facts.line), 300)})`);
  }
  const checks = base.checks
    .filter((check) => check.effect === 'fail' || check.effect === 'warn')
    .map((check) => {
      const icon = check.effect === 'fail' ? '❌' : '⚠️';
      const suggestion = check.suggestion === undefined ? '' : ` Suggestion: ${escapeCell(check.suggestion, 300)}`;
      return (
        `- ${icon} ${escapeCell(check.image, 200)} (${escapeCell(where(check.line), 300)}): ` +
        `${escapeMarkdown(RULE_NAMES[check.rule])}: ${escapeMarkdown(effectText(check))}. ${escapeCell(check.message, 400)}.${suggestion}`
      );
    });
  lines.push(...listLines(checks, level.items, 'base-image checks'));
  lines.push(
    ...listLines(
      base.advice.map((advice) => `- 💡 ${escapeCell(advice, 600)}`),
      level.items,
      'pieces of advice',
    ),
  );
  if (lines.length === 0) return '';
  return ['**Base image**', '', ...lines].join('\n');
}

export function signatures(result: GateResult, level: DetailLevel): string {
  const verdict = result.verdict.signatures;
  if (verdict === undefined || verdict.mode === 'off') return '';
  const lines = verdict.requirements.map((requirement) => {
    const icon = requirement.satisfied ? '✅' : isEnforced(requirement, verdict) ? '❌' : '⚠️';
    const reported = requirement.satisfied || isEnforced(requirement, verdict) ? '' : ' (reported only)';
    return `- ${icon} ${escapeCell(requirement.description, 300)}${reported}: ${escapeCell(requirementStatus(requirement), 500)}`;
  });
  if (verdict.problems.length > 0) {
    lines.push(`- ⚠️ ${number.format(verdict.problems.length)} problems while looking for evidence (see the job summary)`);
  }
  if (lines.length === 0) return '';
  return ['**Signatures and attestations**', '', ...listLines(lines, level.items, 'requirements')].join('\n');
}

/** The top findings table's header, and its row for one finding. */
export const TOP_FINDINGS_HEADER = ['Severity', 'ID', 'Package / file', 'Installed → fixed', 'Status', 'Where'];

export function topFindingRow(judged: JudgedFinding): string[] {
  return [
    judged.finding.severity,
    markdownLink(findingId(judged.finding), findingUrl(judged.finding), 40),
    escapeCell(findingSubject(judged.finding), 60),
    escapeCell(findingVersions(judged.finding), 60),
    escapeCell(statusText(judged), 60),
    escapeCell(findingPath(judged.finding), 60),
  ];
}

/** Findings the comment lists: what the policy made of them, the ignored ones aside. */
export const listedInComment = (judged: JudgedFinding): boolean => judged.status !== 'ignored';

/** The most severe findings that are not ignored, folded away: the part cut first when the comment is too long. */
function topFindings(result: GateResult, rows: number): string {
  if (rows === 0) return '';
  const { top, total: found } = selectTop(result.verdict.findings, rows, listedInComment);
  if (found === 0) return '';
  const table = markdownTable(TOP_FINDINGS_HEADER, top.map(topFindingRow));
  const shown = top.length < found ? `${number.format(top.length)} of ${number.format(found)}` : number.format(found);
  return details(`Top findings (${shown}, most severe first)`, table);
}

/** One image's part of the comment (or of the check run's summary) at the given level of detail. */
export function imageSection(result: GateResult, level: DetailLevel): string {
  return [
    headline(result),
    counts(result),
    violations(result, level),
    baseImage(result, level),
    signatures(result, level),
    topFindings(result, level.rows),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/**
 * An input that got no verdict: what was asked for and why, as the log says it (the caller redacts; both
 * texts are escaped here, as they may quote a registry or Trivy).
 */
export function errorSection(input: string, error: string): string {
  return `### ⛔ ERROR: ${escapeCell(input, 400)}\n\n` + `No verdict could be reached for this image, so the step fails: ${escapeCell(error, 2_000)}`;
}
