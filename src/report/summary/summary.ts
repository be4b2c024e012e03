import type { GateResult, ImageOutcome } from '../../core/model/result.js';
import { SEVERITIES, type Severity } from '../../core/model/severity.js';
import { ignoredVulnerabilitiesBySeverity, selectTop, verdictHeadline } from '../text/finding-text.js';
import { escapeCell, escapeMarkdown, markdownTable } from './markdown.js';
import { policySection, SUMMARY_POLICY_DIFF_LINES } from '../text/policy-text.js';
import { baseImageSection } from './summary-base-image.js';
import { signaturesSection } from './summary-signatures.js';
import { SUBJECT_FILE_LABELS, subjectImage } from '../text/subject-text.js';
import { findingTable, ignoreRuleLists, TABLES, type Picked, type TableSpec } from './finding-tables.js';
import { preparePlatforms, renderPlatforms, renderPlatformsHeadlineOnly, type PreparedPlatforms } from './summary-platforms.js';
import { entryOutcome, imageEntries, type ImageEntry } from '../platforms/image-entries.js';
import { judgedResults } from '../step-outcome.js';
import { fullReportLine, type ArtifactLink } from '../artifact-line.js';

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

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();
const number = new Intl.NumberFormat('en-US');

export interface SummaryOptions {
  /** UTF-8 bytes for all images together; default SUMMARY_MAX_BYTES. */
  maxBytes?: number;
  /** The workflow artifact with the full report: linked under the title, where it is seen before the cut tables. */
  artifact?: ArtifactLink;
}

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
    `Ignored (all kinds): ${number.format(counts.ignored)} · ` +
    // Shown when a VEX statement suppressed something, so a run without VEX reads as before.
    (counts.suppressedByVex > 0 ? `Suppressed by VEX: ${number.format(counts.suppressedByVex)} · ` : '') +
    `Violating: ${number.format(counts.violating)}`;
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
    ...prepared.tables.map(({ spec, picked }) => findingTable(picked, rows, cut, spec, spec.openOnFail && failing, spec.row)),
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

/** What the summary shows of one entry, prepared once for every level of detail. */
type PreparedEntry = { kind: 'image'; prepared: Prepared } | { kind: 'platforms'; prepared: PreparedPlatforms };

function title(entries: readonly ImageEntry[]): string {
  if (entries.length === 1) return '## image-gate';
  const outcomes = entries.map(entryOutcome);
  const failed = outcomes.filter((outcome) => outcome === 'fail').length;
  const errored = outcomes.filter((outcome) => outcome === 'error').length;
  const counted = `## image-gate: ${entries.length} images, ${entries.length - failed - errored} passed, ${failed} failed`;
  return errored === 0 ? counted : `${counted}, ${errored} not judged on every platform`;
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

/**
 * The GitHub job summary for every image checked in this step, in Markdown, within `maxBytes`. Given the step's
 * outcomes, the platforms of an index are one image, a platform that errored shown among them; an input that
 * got no verdict at all is not (the shells write it in their error section). Given results, each is an image.
 */
export function renderSummary(items: readonly (GateResult | ImageOutcome)[], options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const outcomes = items.map((item): ImageOutcome => ('subject' in item ? { input: item.subject.input, result: item } : item));
  const shown = imageEntries(outcomes).flatMap((entry): { entry: ImageEntry; prepared: PreparedEntry }[] => {
    if (entry.kind === 'platforms') return [{ entry, prepared: { kind: 'platforms', prepared: preparePlatforms(entry.group, MOST_ROWS) } }];
    const { result } = entry.outcome;
    return result === undefined ? [] : [{ entry, prepared: { kind: 'image', prepared: prepare(result) } }];
  });
  const entries = shown.map(({ entry }) => entry);
  const prepared = shown.map((item) => item.prepared);
  if (entries.length === 0) return fitOrCut(`${title(entries)}\n\nNo images were checked.\n`, maxBytes);
  const heading = [
    title(entries),
    options.artifact === undefined ? '' : fullReportLine(outcomes, options.artifact),
    policySection(judgedResults(outcomes), SUMMARY_POLICY_DIFF_LINES),
  ]
    .filter((part) => part !== '')
    .join('\n\n');

  for (const rows of ROW_LIMITS) {
    const cut = rows < MOST_ROWS;
    const images = prepared.map((p) => (p.kind === 'image' ? renderImage(p.prepared, rows, cut) : renderPlatforms(p.prepared, rows, cut)));
    const text = `${heading}\n\n${images.join('\n\n---\n\n')}\n`;
    if (byteLength(text) <= maxBytes) return text;
  }
  const headlines = prepared.map((p) => (p.kind === 'image' ? renderHeadlineOnly(p.prepared) : renderPlatformsHeadlineOnly(p.prepared)));
  return fitOrCut(`${heading}\n\n${headlines.join('\n\n---\n\n')}\n`, maxBytes);
}

function fitOrCut(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  return cutToBytes(text, maxBytes, '\n\n…the summary was cut here to fit the job summary size limit.\n');
}
