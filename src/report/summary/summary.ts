import { findingId, findingPath, type FindingKind } from '../../core/model/findings.js';
import type { GateResult } from '../../core/model/result.js';
import { SEVERITIES, type Severity } from '../../core/model/severity.js';
import type { JudgedFinding } from '../../core/model/verdict.js';
import {
  describeIgnoreRule,
  findingSubject,
  findingTitle,
  findingUrl,
  findingVersions,
  ignoredVulnerabilitiesBySeverity,
  selectTop,
  statusText,
  verdictHeadline,
} from '../text/finding-text.js';
import { details, escapeCell, escapeMarkdown, markdownLink, markdownTable } from './markdown.js';
import { policySection, SUMMARY_POLICY_DIFF_LINES } from '../text/policy-text.js';
import { baseImageSection } from './summary-base-image.js';
import { signaturesSection } from './summary-signatures.js';
import { SUBJECT_FILE_LABELS, subjectImage } from '../text/subject-text.js';

/**
 * Everything one step writes to its job summary, in UTF-8 bytes. The runner refuses a step summary over
 * 1 MiB and then shows nothing of it (actions/runner, CreateStepSummaryCommand.AttachmentSizeLimit =
 * 1024 * 1024), and one just under the limit has been seen dropped too (actions/runner#4337): a little
 * is kept back.
 */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;

/**
 * The verdict's part of the step summary: rendered at decreasing detail until it fits, fewer table rows
 * first, then headlines only, and as a last resort a hard cut. Whatever is left out is counted in the
 * text. What the step writes after it (the messages not shown as annotations, src/action/output.ts) fits
 * itself into the rest of STEP_SUMMARY_MAX_BYTES.
 */
export const SUMMARY_MAX_BYTES = 1_000_000;

/** Rows per table at each level of detail, most detailed first. */
const ROW_LIMITS = [50, 20, 5, 0] as const;
const MOST_ROWS = ROW_LIMITS[0];
/** Lists longer than this fold into a <details> block. */
const FOLD_AFTER = 10;

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();
const number = new Intl.NumberFormat('en-US');

export interface SummaryOptions {
  /** UTF-8 bytes for all images together; default SUMMARY_MAX_BYTES. */
  maxBytes?: number;
}

/** The few findings of each list a summary can show, picked once so each level of detail only re-renders them. */
interface Picked {
  top: JudgedFinding[];
  total: number;
}

/** One table of findings: which it lists and how. */
interface TableSpec {
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
const TABLES: readonly TableSpec[] = [
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

interface Prepared {
  result: GateResult;
  tables: { spec: TableSpec; picked: Picked }[];
  ignoredBySeverity: Record<Severity, number>;
}

function prepare(result: GateResult): Prepared {
  return {
    result,
    tables: TABLES.map((spec) => ({ spec, picked: selectTop(result.verdict.findings, MOST_ROWS, spec.lists) })),
    ignoredBySeverity: ignoredVulnerabilitiesBySeverity(result.verdict.findings),
  };
}

function headline(result: GateResult): string {
  return verdictHeadline(result, escapeMarkdown(result.subject.repository));
}

function facts(result: GateResult): string {
  const { subject, scan } = result;
  const { file } = subject;
  const trivy = scan.trivyVersion === undefined ? '' : ` (Trivy ${escapeCell(scan.trivyVersion, 40)})`;
  const lines = [`- **Image:** ${escapeCell(subjectImage(subject), 300)}`];
  // A given report is the scan: its line says which Trivy wrote it, and there is no other scan to name.
  if (file !== undefined) lines.push(`- **${SUBJECT_FILE_LABELS[file.kind]}:** ${escapeCell(file.path, 300)}${file.kind === 'report' ? trivy : ''}`);
  lines.push(`- **Digest:** ${subject.digest === undefined ? 'not pinned to a digest' : escapeCell(subject.digest, 100)}`);
  if (subject.identity === 'asserted') {
    lines.push('- **Identity:** ⚠️ asserted, not verified: the report is taken at its word that it is about this image');
  }
  if (scan.os !== undefined) {
    const eosl = scan.os.eosl ? ' ⚠️ **end of life**: the distribution no longer gets security fixes' : '';
    lines.push(`- **OS:** ${escapeCell(`${scan.os.family} ${scan.os.name}`, 100)}${eosl}`);
  }
  if (file?.kind !== 'report') lines.push(`- **Scan:** ${escapeCell(scan.source, 300)}${trivy}`);
  return lines.join('\n');
}

function countsTable(prepared: Prepared): string {
  const { counts } = prepared.result.verdict;
  const withMisconfigurations = SEVERITIES.some((s) => counts.misconfigurations[s] > 0);
  const others =
    `Secrets: ${number.format(counts.secrets)} · Licenses: ${number.format(counts.licenses)} · ` +
    `Ignored (all kinds): ${number.format(counts.ignored)} · Violating: ${number.format(counts.violating)}`;
  if (!withMisconfigurations && SEVERITIES.every((s) => counts.vulnerabilities[s] === 0)) {
    return `No vulnerabilities found.\n\n${others}`;
  }
  const split = prepared.result.verdict.attribution;
  const header = [
    'Severity',
    'Found',
    'Fixable',
    'Ignored',
    ...(split === undefined ? [] : ['Inherited', 'Introduced']),
    ...(withMisconfigurations ? ['Misconfigurations'] : []),
  ];
  const total = (record: Record<Severity, number>): string => number.format(SEVERITIES.reduce((sum, s) => sum + record[s], 0));
  const rows = MOST_SEVERE_FIRST.map((s) => [
    s,
    number.format(counts.vulnerabilities[s]),
    number.format(counts.fixable[s]),
    number.format(prepared.ignoredBySeverity[s]),
    ...(split === undefined ? [] : [number.format(split.inherited[s]), number.format(split.introduced[s])]),
    ...(withMisconfigurations ? [number.format(counts.misconfigurations[s])] : []),
  ]);
  rows.push([
    '**Total**',
    total(counts.vulnerabilities),
    total(counts.fixable),
    total(prepared.ignoredBySeverity),
    ...(split === undefined ? [] : [total(split.inherited), total(split.introduced)]),
    ...(withMisconfigurations ? [total(counts.misconfigurations)] : []),
  ]);
  return ['**Vulnerabilities**', '', markdownTable(header, rows), '', others].join('\n');
}

function violationsList(result: GateResult): string {
  const { violations } = result.verdict;
  if (violations.length === 0) return 'No policy violations.';
  return [`**Violations (${violations.length})**`, '', ...violations.map((v) => `- ${escapeMarkdown(v.message)} (${escapeMarkdown(v.rule)})`)].join(
    '\n',
  );
}

function leftOut(shown: number, total: number, noun: string, cut: boolean): string {
  if (total <= shown) return '';
  const why = cut ? ' (cut to fit the 1 MiB job summary limit)' : '';
  return `\n\n…and ${number.format(total - shown)} more ${noun} not shown here${why}; image-gate-result.json lists them all.`;
}

function findingTable(picked: Picked, rows: number, cut: boolean, spec: TableSpec, open: boolean): string {
  if (picked.total === 0) return '';
  const shown = picked.top.slice(0, rows);
  const title = `${spec.title} (${number.format(picked.total)}${shown.length < picked.total ? `, ${shown.length} shown, most severe first` : ''})`;
  const more = leftOut(shown.length, picked.total, spec.noun, cut);
  if (shown.length === 0) return `**${title}**${more}`;
  const table = markdownTable(spec.header, shown.map(spec.row)) + more;
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
    escapeCell(statusText(judged), 80),
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

function ignoreRuleLists(result: GateResult, rows: number, cut: boolean): string {
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

function renderImage(prepared: Prepared, rows: number, cut: boolean): string {
  const { result } = prepared;
  const failing = result.verdict.outcome === 'fail';
  const sections = [
    headline(result),
    facts(result),
    countsTable(prepared),
    violationsList(result),
    signaturesSection(result, Math.max(rows, 5), cut),
    baseImageSection(result, rows),
    ...prepared.tables.map(({ spec, picked }) => findingTable(picked, rows, cut, spec, spec.openOnFail && failing)),
    ignoreRuleLists(result, rows, cut),
  ];
  return sections.filter((section) => section !== '').join('\n\n');
}

/** The least that still answers "did it pass, and why not": used when even empty tables do not fit. */
function renderHeadlineOnly(prepared: Prepared): string {
  const { result } = prepared;
  const c = result.verdict.counts;
  const found = SEVERITIES.reduce((sum, s) => sum + c.vulnerabilities[s], 0);
  return [
    headline(result),
    `${number.format(found)} vulnerabilities, ${number.format(c.secrets)} secrets, ${number.format(c.licenses)} licenses; ` +
      `${result.verdict.violations.length} violations. Details were left out to fit the 1 MiB job summary limit; ` +
      'image-gate-result.json has them.',
  ].join('\n\n');
}

function title(results: readonly GateResult[]): string {
  const failed = results.filter((r) => r.verdict.outcome === 'fail').length;
  if (results.length === 1) return '## image-gate';
  return `## image-gate: ${results.length} images, ${results.length - failed} passed, ${failed} failed`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cut at a UTF-8 character boundary so the result never ends in half a character. */
function cutToBytes(text: string, maxBytes: number, note: string): string {
  const noteBytes = byteLength(note);
  if (noteBytes > maxBytes) return '';
  const buffer = Buffer.from(text, 'utf8');
  let end = maxBytes - noteBytes;
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return buffer.subarray(0, end).toString('utf8') + note;
}

/** The GitHub job summary for every image checked in this step, in Markdown, within `maxBytes`. */
export function renderSummary(results: GateResult[], options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  if (results.length === 0) return fitOrCut(`${title(results)}\n\nNo images were checked.\n`, maxBytes);
  const prepared = results.map(prepare);
  const heading = [title(results), policySection(results, SUMMARY_POLICY_DIFF_LINES)].filter((part) => part !== '').join('\n\n');

  for (const rows of ROW_LIMITS) {
    const cut = rows < MOST_ROWS;
    const images = prepared.map((p) => renderImage(p, rows, cut));
    const text = `${heading}\n\n${images.join('\n\n---\n\n')}\n`;
    if (byteLength(text) <= maxBytes) return text;
  }
  const headlines = `${heading}\n\n${prepared.map(renderHeadlineOnly).join('\n\n---\n\n')}\n`;
  return fitOrCut(headlines, maxBytes);
}

function fitOrCut(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  return cutToBytes(text, maxBytes, '\n\n…the summary was cut here to fit the job summary size limit.\n');
}
