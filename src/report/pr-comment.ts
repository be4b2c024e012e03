import { findingId, findingPath } from '../core/model/findings.js';
import type { GateResult, ImageOutcome } from '../core/model/result.js';
import { SEVERITIES, type Severity } from '../core/model/severity.js';
import { effectText, normalizedName, RULE_NAMES, total } from './text/base-image-text.js';
import { findingSubject, findingUrl, findingVersions, selectTop, statusText, verdictHeadline } from './text/finding-text.js';
import { details, escapeCell, escapeMarkdown, markdownLink, markdownTable, safeHttpUrl } from './summary/markdown.js';
import { policySection } from './text/policy-text.js';
import { isEnforced, requirementStatus } from './text/signature-text.js';
import { judgedResults, stepVerdict } from './step-outcome.js';

/**
 * The pull request comment: one for all images of the step, short enough to read in a review, with
 * the long lists folded away. GitHub rejects a comment body over 65,536 characters (counted as
 * JavaScript counts string length, UTF-16 units), so the comment is rendered at decreasing detail
 * until it fits: fewer finding rows first, then no finding rows, then shorter lists, and as a last
 * resort a hard cut. The job summary always has the full report, and the comment says so.
 *
 * Every input of the step has its section, in input order: one that got no verdict says so, with why,
 * and makes the headline ERROR, so an error can never leave a comment that reads as a pass.
 *
 * The per-image sections are shared with the check run's summary (check-run.ts).
 */

export const PR_COMMENT_MAX_CHARS = 65_536;

export interface PrCommentOptions {
  /**
   * What identifies this step's comment, so the next run updates it instead of adding another. It
   * becomes the hidden first line, `<!-- marker -->` (see prCommentMarker).
   */
  marker: string;
  /** The workflow run whose job summary has the full report. */
  runUrl?: string;
  /** Default PR_COMMENT_MAX_CHARS. */
  maxChars?: number;
}

/** How much of each image a rendering shows: finding rows in the details, and items of each list. */
export interface DetailLevel {
  rows: number;
  items: number;
}

/** Most detailed first. */
export const DETAIL_LEVELS: readonly DetailLevel[] = [
  { rows: 20, items: 50 },
  { rows: 10, items: 50 },
  { rows: 5, items: 50 },
  { rows: 0, items: 50 },
  { rows: 0, items: 10 },
  { rows: 0, items: 3 },
];
const MOST_ROWS = DETAIL_LEVELS[0]?.rows ?? 20;

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();
const number = new Intl.NumberFormat('en-US');

/**
 * The hidden first line. A marker that is already a whole HTML comment is used as it is; anything
 * else is wrapped, with "--" and ">" defused so it cannot close the comment early and show the rest.
 */
export function prCommentMarker(marker: string): string {
  const line = marker.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  if (/^<!--(?:(?!--).)*-->$/.test(line)) return line;
  return `<!-- ${line.replace(/-{2,}/g, (dashes) => dashes.split('').join(' ')).replace(/>/g, '&gt;')} -->`;
}

/** At most `maxChars` UTF-16 units, never ending in half a surrogate pair. */
export function cutToLength(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = Math.max(0, maxChars);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** The first `limit` items as list lines, and a line counting the rest. */
function listLines(items: readonly string[], limit: number, noun: string): string[] {
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
function baseImage(result: GateResult, level: DetailLevel): string {
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

function signatures(result: GateResult, level: DetailLevel): string {
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

/** The most severe findings that are not ignored, folded away: the part cut first when the comment is too long. */
function topFindings(result: GateResult, rows: number): string {
  if (rows === 0) return '';
  const { top, total: found } = selectTop(result.verdict.findings, rows, (judged) => judged.status !== 'ignored');
  if (found === 0) return '';
  const table = markdownTable(
    ['Severity', 'ID', 'Package / file', 'Installed → fixed', 'Status', 'Where'],
    top.map((judged) => [
      judged.finding.severity,
      markdownLink(findingId(judged.finding), findingUrl(judged.finding), 40),
      escapeCell(findingSubject(judged.finding), 60),
      escapeCell(findingVersions(judged.finding), 60),
      escapeCell(statusText(judged), 60),
      escapeCell(findingPath(judged.finding), 60),
    ]),
  );
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

function section(outcome: ImageOutcome, level: DetailLevel): string {
  return outcome.result === undefined ? errorSection(outcome.input, outcome.error) : imageSection(outcome.result, level);
}

const TITLE_ICONS = { pass: '✅', fail: '❌', error: '⛔' } as const;

function title(outcomes: readonly ImageOutcome[]): string {
  if (outcomes.length === 1) return '## image-gate';
  const results = judgedResults(outcomes);
  const failed = results.filter((r) => r.verdict.outcome === 'fail').length;
  const errored = outcomes.length - results.length;
  const { outcome } = stepVerdict(outcomes);
  const counted = `${outcomes.length} images: ${results.length - failed} passed, ${failed} failed`;
  if (errored === 0) return `## image-gate ${TITLE_ICONS[outcome]} ${counted}`;
  return `## image-gate ${TITLE_ICONS[outcome]} ERROR · ${counted}, ${errored} could not be judged`;
}

/** Where the full report is; `cut` says the comment left details out to fit. */
export function fullDetailsLine(runUrl: string | undefined, cut: boolean, limit: number): string {
  const url = safeHttpUrl(runUrl);
  const where = url === undefined ? 'the job summary of this workflow run' : `the job summary of [this workflow run](${url})`;
  return cut
    ? `Details were left out to fit GitHub's ${number.format(limit)}-character limit: full details in ${where}.`
    : `Full details in ${where}.`;
}

/**
 * The first rendering, most detailed first, that fits `maxChars`; else the least detailed one cut
 * hard, keeping `note` at its end. `render(level, cut)` renders the whole text.
 */
export function fitRendering(render: (level: DetailLevel, cut: boolean) => string, maxChars: number, cutNote: string): string {
  let last = '';
  for (const level of DETAIL_LEVELS) {
    last = render(level, level.rows < MOST_ROWS);
    if (last.length <= maxChars) return last;
  }
  if (cutNote.length >= maxChars) return cutToLength(last, maxChars);
  return cutToLength(last, maxChars - cutNote.length) + cutNote;
}

/** The pull request comment for every input of this step, in Markdown, within `maxChars`. */
export function renderPrComment(outcomes: readonly ImageOutcome[], options: PrCommentOptions): string {
  const maxChars = options.maxChars ?? PR_COMMENT_MAX_CHARS;
  const marker = prCommentMarker(options.marker);
  const results = judgedResults(outcomes);
  const render = (level: DetailLevel, cut: boolean): string => {
    const images = outcomes.length === 0 ? ['No images were checked.'] : outcomes.map((outcome) => section(outcome, level));
    return (
      [
        marker,
        title(outcomes),
        policySection(results, level.items),
        images.join('\n\n---\n\n'),
        fullDetailsLine(options.runUrl, cut && outcomes.length > 0, maxChars),
      ]
        .filter((part) => part !== '')
        .join('\n\n') + '\n'
    );
  };
  // A hard cut can land anywhere, so the marker is re-attached: the next run must still find the comment.
  const note = `\n\n…cut here. ${fullDetailsLine(options.runUrl, true, maxChars)}\n`;
  const text = fitRendering(render, maxChars, note);
  if (text.startsWith(marker)) return text;
  return cutToLength(marker, maxChars);
}
