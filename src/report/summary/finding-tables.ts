/**
 * The job summary's tables of findings (one per kind, and the ignored ones) and its lists of ignore rules:
 * shared by an image's section (summary.ts) and a multi-platform image's (summary-platforms.ts), which lists
 * the findings its platforms share once.
 */
import { findingId, findingPath, type FindingKind } from '../../core/model/findings.js';
import type { GateResult } from '../../core/model/result.js';
import type { JudgedFinding } from '../../core/model/verdict.js';
import { describeIgnoreRule, findingSubject, findingTitle, findingUrl, findingVersions, statusText } from '../text/finding-text.js';
import { details, escapeCell, escapeMarkdown, markdownLink, markdownTable } from './markdown.js';

/** Lists longer than this fold into a <details> block. */
const FOLD_AFTER = 10;

const number = new Intl.NumberFormat('en-US');

/** The few findings of each list a summary can show, picked once so each level of detail only re-renders them. */
export interface Picked {
  top: JudgedFinding[];
  total: number;
}

/** One table of findings: which it lists and how. */
export interface TableSpec {
  title: string;
  noun: string;
  header: string[];
  row: (judged: JudgedFinding) => string[];
  lists: (judged: JudgedFinding) => boolean;
  /** A folded table starts open when the verdict fails; ignored findings stay folded. */
  openOnFail: boolean;
}

const ofKind =
  (kind: FindingKind) =>
  (judged: JudgedFinding): boolean =>
    judged.finding.kind === kind;

/** The finding tables, in the order the summary shows them. */
export const TABLES: readonly TableSpec[] = [
  {
    title: 'Vulnerabilities',
    noun: 'vulnerabilities',
    header: ['ID', 'Package', 'Installed → fixed', 'Severity', 'Status', 'Target'],
    row: vulnerabilityRow,
    lists: ofKind('vulnerability'),
    openOnFail: true,
  },
  {
    title: 'Secrets',
    noun: 'secrets',
    header: ['Rule', 'Title', 'Category', 'Severity', 'Location', 'Status'],
    row: secretRow,
    lists: ofKind('secret'),
    openOnFail: true,
  },
  {
    title: 'Misconfigurations',
    noun: 'misconfigurations',
    header: ['ID', 'Check', 'Severity', 'Location', 'Message', 'Status'],
    row: misconfigurationRow,
    lists: ofKind('misconfiguration'),
    openOnFail: true,
  },
  {
    title: 'Licenses',
    noun: 'licenses',
    header: ['License', 'Category', 'Severity', 'Package', 'Status'],
    row: licenseRow,
    lists: ofKind('license'),
    openOnFail: true,
  },
  {
    title: 'Ignored findings',
    noun: 'ignored findings',
    header: ['ID', 'Package / file', 'Severity', 'Reason', 'Expires', 'Rule'],
    row: ignoredRow,
    lists: (judged) => judged.status === 'ignored',
    openOnFail: false,
  },
];

export function leftOut(shown: number, total: number, noun: string, cut: boolean): string {
  if (total <= shown) return '';
  const why = cut ? ' (cut to fit the 1 MiB job summary limit)' : '';
  return `\n\n…and ${number.format(total - shown)} more ${noun} not shown here${why}; image-gate-result.json lists them all.`;
}

/**
 * One table of findings, folded when long: `picked` are the most severe, of which `rows` are shown, each row
 * rendered by `row` (the spec's own for one image's findings); the rest are counted.
 */
export function findingTable<T>(
  picked: { top: readonly T[]; total: number },
  rows: number,
  cut: boolean,
  spec: TableSpec,
  open: boolean,
  row: (item: T) => string[],
): string {
  if (picked.total === 0) return '';
  const shown = picked.top.slice(0, rows);
  const title = `${spec.title} (${number.format(picked.total)}${shown.length < picked.total ? `, ${shown.length} shown, most severe first` : ''})`;
  const more = leftOut(shown.length, picked.total, spec.noun, cut);
  if (shown.length === 0) return `**${title}**${more}`;
  const table = markdownTable(spec.header, shown.map(row)) + more;
  if (shown.length <= FOLD_AFTER) return `**${title}**\n\n${table}`;
  return details(`<b>${title}</b>`, table, open);
}

function vulnerabilityRow(judged: JudgedFinding): string[] {
  const { finding } = judged;
  return [
    markdownLink(findingId(finding), findingUrl(finding), 40),
    escapeCell(findingSubject(finding), 60),
    escapeCell(findingVersions(finding), 60),
    finding.severity,
    // A VEX statement's words (status, justification, author, document) are the evidence for the suppression: room for them.
    escapeCell(statusText(judged), judged.excluded === 'vex' ? 240 : 80),
    escapeCell(findingPath(finding), 80),
  ];
}

function secretRow(judged: JudgedFinding): string[] {
  const { finding } = judged;
  const category = finding.kind === 'secret' ? finding.category : '';
  return [
    escapeCell(findingId(finding), 60),
    escapeCell(findingTitle(finding), 80),
    escapeCell(category, 40),
    finding.severity,
    escapeCell(findingSubject(finding), 100),
    escapeCell(statusText(judged), 80),
  ];
}

function misconfigurationRow(judged: JudgedFinding): string[] {
  const { finding } = judged;
  const message = finding.kind === 'misconfiguration' ? finding.message : '';
  return [
    markdownLink(findingId(finding), findingUrl(finding), 40),
    escapeCell(findingTitle(finding), 80),
    finding.severity,
    escapeCell(findingSubject(finding), 80),
    escapeCell(message, 120),
    escapeCell(statusText(judged), 80),
  ];
}

function licenseRow(judged: JudgedFinding): string[] {
  const { finding } = judged;
  const category = finding.kind === 'license' ? finding.category : '';
  return [
    escapeCell(findingId(finding), 60),
    escapeCell(category, 40),
    finding.severity,
    escapeCell(findingSubject(finding), 80),
    escapeCell(statusText(judged), 80),
  ];
}

function ignoredRow(judged: JudgedFinding): string[] {
  const { finding, ignoredBy } = judged;
  return [
    escapeCell(findingId(finding), 40),
    escapeCell(findingSubject(finding), 60),
    finding.severity,
    escapeCell(ignoredBy?.reason, 120),
    escapeCell(ignoredBy?.expires ?? 'never', 20),
    escapeCell(ignoredBy?.origin, 80),
  ];
}

export function ignoreRuleLists(result: GateResult, rows: number, cut: boolean): string {
  const { expiredIgnores, unusedIgnores } = result.verdict;
  const parts: string[] = [];
  if (expiredIgnores.length > 0) {
    const shown = expiredIgnores.slice(0, Math.max(rows, 5));
    parts.push(
      [
        `⚠️ **Expired ignore rules (${expiredIgnores.length})**: they no longer apply, and the findings they matched count again.`,
        '',
        ...shown.map(
          ({ rule, matched }) =>
            `- ${escapeMarkdown(describeIgnoreRule(rule))}: expired ${escapeCell(rule.expires, 20)}, ` +
            `matches ${number.format(matched)} finding${matched === 1 ? '' : 's'}. Reason was: ${escapeCell(rule.reason, 200)}`,
        ),
      ].join('\n') + leftOut(shown.length, expiredIgnores.length, 'expired rules', cut),
    );
  }
  if (unusedIgnores.length > 0) {
    const shown = unusedIgnores.slice(0, rows);
    const list = shown.map((rule) => `- ${escapeMarkdown(describeIgnoreRule(rule))}: ${escapeCell(rule.reason, 200)}`);
    const body = list.join('\n') + leftOut(shown.length, unusedIgnores.length, 'unused rules', cut);
    parts.push(details(`Unused ignore rules (${unusedIgnores.length}): they matched nothing and can be removed`, body.replace(/^\n+/, '')));
  }
  return parts.join('\n\n');
}
