import { findingId } from '../../core/model/findings.js';
import type { GateResult } from '../../core/model/result.js';
import { SEVERITIES, type Severity } from '../../core/model/severity.js';
import {
  describeIgnoreRule,
  findingSubject,
  findingTitle,
  findingVersions,
  ignoredVulnerabilitiesBySeverity,
  selectTop,
  statusText,
} from '../text/finding-text.js';
import { oneLine } from '../text/log-text.js';
import { subjectImage } from '../text/subject-text.js';
import { baseImageLines } from './table-base-image.js';
import { signatureLines } from './table-signatures.js';

/** How many findings the log lists; the rest are counted, and the job summary and result JSON have them. */
export const LOG_FINDING_LIMIT = 50;
/** How many violations the log lists. */
export const LOG_VIOLATION_LIMIT = 50;

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();

// Outside text reaches a cell of the log's tables (here, table-base-image.ts, table-signatures.ts) through
// oneLine only: one line (a newline could start a workflow command such as "::add-mask::" or forge a log
// line), no terminal escapes, cut to the column. The command marks left inside a line are neutralised
// where the table is printed (logText).

function width(text: string): number {
  return Array.from(text).length;
}

/** Left-aligned fixed-width columns; numbers right-aligned when asked; no trailing spaces. */
function columns(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        if (rightAligned.has(i)) return pad + cell;
        return i === row.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function indent(lines: readonly string[], by = '  '): string[] {
  return lines.map((line) => by + line);
}

function header(result: GateResult): string[] {
  const { subject, scan, verdict } = result;
  const outcome = verdict.outcome === 'pass' ? 'PASS' : 'FAIL';
  const mode = verdict.mode === 'audit' ? 'audit (reported only; the verdict does not fail the step)' : 'enforce (a failing verdict fails the step)';
  const os = scan.os === undefined ? undefined : `${scan.os.family} ${scan.os.name}${scan.os.eosl ? ' (end of life)' : ''}`;
  const report = `${oneLine(scan.source, 300)}${scan.trivyVersion === undefined ? '' : ` (Trivy ${oneLine(scan.trivyVersion, 40)})`}`;
  const { file } = subject;
  const { platform } = subject;
  // One platform of an index: its verdict line says which, as each platform is judged on its own.
  const which = platform === undefined ? '' : ` (${oneLine(platform.name, 60)})`;
  const lines = [`image-gate: ${outcome}  ${oneLine(subject.repository, 200)}${which}`, `  image:   ${oneLine(subjectImage(subject), 300)}`];
  // A given report is the scan (its source is the file): one line names it, with the Trivy that wrote it.
  if (file?.kind === 'report') lines.push(`  report:  ${report}`);
  else if (file !== undefined) lines.push(`  ${`${file.kind}:`.padEnd(9)}${oneLine(file.path, 300)}`);
  lines.push(
    `  digest:  ${subject.digest === undefined ? '(not pinned to a digest)' : oneLine(subject.digest, 100)}${platform === undefined ? '' : ' (the index)'}`,
  );
  if (platform !== undefined) lines.push(`  platform: ${oneLine(platform.name, 60)}, manifest ${oneLine(platform.digest, 100)} (what was scanned)`);
  lines.push(`  mode:    ${mode}`);
  if (file?.kind !== 'report') lines.push(`  report:  ${report}`);
  if (os !== undefined) lines.push(`  os:      ${oneLine(os, 100)}`);
  return lines;
}

function counts(result: GateResult): string[] {
  const { counts: c } = result.verdict;
  const ignored = ignoredVulnerabilitiesBySeverity(result.verdict.findings);
  const total = (record: Record<Severity, number>): number => SEVERITIES.reduce((sum, s) => sum + record[s], 0);
  const row = (label: string, record: Record<Severity, number>): string[] => [
    label,
    ...MOST_SEVERE_FIRST.map((s) => String(record[s])),
    String(total(record)),
  ];
  const rows = [
    ['Vulnerabilities', ...MOST_SEVERE_FIRST, 'TOTAL'],
    row('found', c.vulnerabilities),
    row('fixable', c.fixable),
    row('ignored', ignored),
  ];
  const split = result.verdict.attribution;
  if (split !== undefined) rows.push(row('inherited', split.inherited), row('introduced', split.introduced));
  if (split !== undefined && total(split.unknown) > 0) rows.push(row('origin unknown', split.unknown));
  if (total(c.misconfigurations) > 0) rows.push(row('misconfigurations', c.misconfigurations));
  const numeric = new Set([1, 2, 3, 4, 5, 6]);
  return [
    ...indent(columns(rows, numeric)),
    `  Secrets: ${c.secrets}   Licenses: ${c.licenses}   Ignored (all kinds): ${c.ignored}   ` +
      (c.suppressedByVex > 0 ? `Suppressed by VEX: ${c.suppressedByVex}   ` : '') +
      `Violating: ${c.violating}`,
  ];
}

function violations(result: GateResult): string[] {
  const list = result.verdict.violations;
  if (list.length === 0) return ['  No policy violations.'];
  // One per failing FROM line or finding: the input decides how many, the log shows the first ones.
  const shown = list.slice(0, LOG_VIOLATION_LIMIT).map((v) => `    - [${v.rule}] ${oneLine(v.message, 300)}`);
  const more = list.length - LOG_VIOLATION_LIMIT;
  return [
    `  Violations (${list.length}):`,
    ...shown,
    ...(more > 0 ? [`    … and ${more} more (see the job summary or image-gate-result.json)`] : []),
  ];
}

function findings(result: GateResult): string[] {
  const { top, total } = selectTop(result.verdict.findings, LOG_FINDING_LIMIT);
  if (total === 0) return ['  No findings.'];
  const rows = [
    ['SEVERITY', 'STATUS', 'ID', 'PACKAGE / FILE', 'VERSION', 'TITLE'],
    ...top.map(({ finding, ...judged }) => [
      finding.severity,
      oneLine(statusText({ finding, ...judged }), 48),
      oneLine(findingId(finding), 32),
      oneLine(findingSubject(finding), 40),
      oneLine(findingVersions(finding), 40),
      oneLine(findingTitle(finding), 72),
    ]),
  ];
  const lines = [`  Findings (${total}, most severe first):`, ...indent(columns(rows))];
  if (total > top.length) {
    lines.push(`  … and ${total - top.length} more (see the job summary or image-gate-result.json)`);
  }
  return lines;
}

function ignoreRules(result: GateResult): string[] {
  const lines: string[] = [];
  const { expiredIgnores, unusedIgnores } = result.verdict;
  if (expiredIgnores.length > 0) {
    lines.push(`  Expired ignore rules (${expiredIgnores.length}; the findings they matched count again):`);
    for (const { rule, matched } of expiredIgnores) {
      lines.push(
        `    - ${oneLine(describeIgnoreRule(rule), 200)}: expired ${oneLine(rule.expires, 20)}, matches ${matched}; reason: ${oneLine(rule.reason, 200)}`,
      );
    }
  }
  if (unusedIgnores.length > 0) {
    lines.push(`  Unused ignore rules (${unusedIgnores.length}; they matched nothing):`);
    for (const rule of unusedIgnores) lines.push(`    - ${oneLine(describeIgnoreRule(rule), 200)}`);
  }
  return lines;
}

/** The verdict as fixed-width text for the step log. */
export function renderLogTable(result: GateResult): string {
  const sections = [
    header(result),
    counts(result),
    violations(result),
    signatureLines(result.verdict.signatures),
    baseImageLines(result),
    findings(result),
    ignoreRules(result),
  ];
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
