import type { DockerfileLocation, GateResult } from '../core/model/result.js';
import { atLeast } from '../core/model/severity.js';
import type { JudgedFinding } from '../core/model/verdict.js';
import { RULE_NAMES } from './text/base-image-text.js';
import { describeIgnoreRule, findingNotice } from './text/finding-text.js';
import { findingIdentity } from './text/finding-identity.js';
import { escapeCell, escapeMarkdown, singleLine, truncate } from './summary/markdown.js';
import { errorSection, imageSection } from './image-section.js';
import { cutToLength, fitRendering, fullDetailsLine } from './pr-comment.js';
import { isEnforced, requirementStatus } from './text/signature-text.js';

/**
 * What a check run shows for one image: the output (title, summary, text, conclusion) and every
 * annotation. Unlike workflow-command annotations (10 per level per step), the Checks API takes any
 * number, 50 per request, so nothing is capped here: the caller sends them in batches.
 *
 * Where annotations go: the Checks API needs a path and line in the repository, and the image's
 * findings are paths inside the image. The one line in the repository they belong to is the
 * Dockerfile's final FROM (it chose the base they came with); base-image checks go on the FROM line
 * they are about. Without a Dockerfile there is no honest place to point at (a made-up path such as
 * action.yml would show the findings on a file that has nothing to do with them), so then there are
 * no annotations and the summary and text list the findings instead.
 */

/** One annotation, in the Checks API's own shape (POST/PATCH …/check-runs, output.annotations[]). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  /** At most 255 characters. */
  title: string;
  /** At most 64 KB. */
  message: string;
}

export interface CheckRunOutput {
  title: string;
  /** Markdown, at most CHECK_OUTPUT_MAX_CHARS. */
  summary: string;
  /** Markdown, at most CHECK_OUTPUT_MAX_CHARS; the findings that could not be annotated, when there are any. */
  text?: string;
  conclusion: 'success' | 'failure' | 'neutral';
}

/** The Checks API's limit for output.summary and output.text. */
export const CHECK_OUTPUT_MAX_CHARS = 65_535;
/** The Checks API's limit per request: the caller sends the annotations in batches of this size. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;

export const TITLE_LENGTH = 255;
export const MESSAGE_LENGTH = 2_000;
export const CHECK_TITLE_LENGTH = 200;
const number = new Intl.NumberFormat('en-US');

/** An annotation before it has a place: `line` is where it belongs in the Dockerfile, if anywhere particular. */
export interface Item {
  level: CheckAnnotation['annotation_level'];
  title: string;
  message: string;
  line?: number;
  /** A finding's identity (text/finding-identity.ts): how the platforms of an index tell it is the same finding. */
  finding?: string;
}

export function text(value: string, maxLength: number): string {
  return truncate(singleLine(value), maxLength);
}

function findingItem(level: Item['level'], judged: JudgedFinding, result: GateResult): Item {
  const notice = findingNotice(judged, result.subject.repository);
  return {
    level,
    title: text(notice.title, TITLE_LENGTH),
    message: text(notice.message, MESSAGE_LENGTH),
    finding: JSON.stringify(findingIdentity(judged.finding)),
  };
}

function baseCheckItems(result: GateResult): Item[] {
  return (result.verdict.baseImage?.checks ?? [])
    .filter((check) => check.effect === 'fail' || check.effect === 'warn')
    .map((check): Item => {
      const state = check.status === 'unknown' ? 'could not be checked' : 'not met';
      const reported = check.effect === 'warn' ? ' (reported only)' : '';
      const suggestion = check.suggestion === undefined ? '' : ` Suggestion: ${check.suggestion}`;
      return {
        level: check.effect === 'fail' ? 'failure' : 'warning',
        title: text(`Base image ${RULE_NAMES[check.rule]}: ${state}${reported}`, TITLE_LENGTH),
        message: text(`${check.image}: ${check.message}.${suggestion}`, MESSAGE_LENGTH),
        line: Math.max(1, check.line),
      };
    });
}

/**
 * Every annotation-worthy thing about the image, most important first: failing base checks,
 * image-level violations and violating findings (failure); base checks and signature requirements
 * reported only, expired ignores and allowed findings of MEDIUM or above (warning); unused ignore
 * rules (notice). The same choice as the workflow-command annotations, without their cap.
 */
export function items(result: GateResult): Item[] {
  const { verdict, subject } = result;
  const repository = subject.repository;
  const base = baseCheckItems(result);
  // Findings are already most severe first (Verdict.findings); the filter keeps that order.
  const failures: Item[] = [
    ...base.filter((item) => item.level === 'failure'),
    ...verdict.violations
      .filter((violation) => violation.count === 0 && violation.rule !== 'base-image')
      .map((violation): Item => ({
        level: 'failure',
        title: text(`Policy violation: ${violation.rule}`, TITLE_LENGTH),
        message: text(`${violation.message} (${repository})`, MESSAGE_LENGTH),
      })),
    ...verdict.findings.filter((j) => j.status === 'violation').map((j) => findingItem('failure', j, result)),
  ];
  const signatures = verdict.signatures;
  const warnings: Item[] = [
    ...base.filter((item) => item.level === 'warning'),
    ...(signatures === undefined ? [] : signatures.requirements.filter((r) => !r.satisfied && !isEnforced(r, signatures))).map(
      (requirement): Item => ({
        level: 'warning',
        title: text(`Signature policy not met: ${requirement.description}`, TITLE_LENGTH),
        message: text(`${repository}: ${requirementStatus(requirement)} (reported only)`, MESSAGE_LENGTH),
      }),
    ),
    ...verdict.expiredIgnores.map(({ rule, matched }): Item => ({
      level: 'warning',
      title: text(`Ignore rule expired on ${rule.expires ?? '?'}`, TITLE_LENGTH),
      message: text(
        `${describeIgnoreRule(rule)} no longer applies; ${matched} finding${matched === 1 ? '' : 's'} in ${repository} count again. Reason was: ${rule.reason}`,
        MESSAGE_LENGTH,
      ),
    })),
    ...verdict.findings.filter((j) => j.status === 'allowed' && atLeast(j.finding.severity, 'MEDIUM')).map((j) => findingItem('warning', j, result)),
  ];
  const notices = verdict.unusedIgnores.map((rule): Item => ({
    level: 'notice',
    title: 'Unused ignore rule',
    message: text(`${describeIgnoreRule(rule)} matched nothing in ${repository} and can be removed.`, MESSAGE_LENGTH),
  }));
  return [...failures, ...warnings, ...notices];
}

/**
 * Every annotation for the image's check run, uncapped, on the Dockerfile: each at its own FROM line
 * when it has one, else at the final FROM. Empty without a Dockerfile (see the module comment).
 */
export function checkRunAnnotations(result: GateResult): CheckAnnotation[] {
  return annotationsAt(items(result), result.dockerfile);
}

/** The items as annotations on the Dockerfile, each at its own line or at the final FROM; none without a Dockerfile. */
export function annotationsAt(list: readonly Item[], dockerfile: DockerfileLocation | undefined): CheckAnnotation[] {
  if (dockerfile === undefined) return [];
  const fallback = Math.max(1, dockerfile.finalFromLine);
  return list.map((item) => {
    const line = item.line ?? fallback;
    return {
      path: dockerfile.path,
      start_line: line,
      end_line: line,
      annotation_level: item.level,
      title: item.title,
      message: item.message,
    };
  });
}

const LEVEL_ICONS: Record<Item['level'], string> = { failure: '❌', warning: '⚠️', notice: 'ℹ️' };

/** The findings that would have been annotated, as Markdown list lines, as many as fit. */
export function unannotatedText(list: readonly Item[], runUrl: string | undefined): string {
  const heading = `**Findings (${number.format(list.length)}):** no Dockerfile was given, so they are listed here instead of annotated on a line.\n\n`;
  const reserve = 400;
  const lines: string[] = [];
  let length = heading.length;
  for (const item of list) {
    const line = `- ${LEVEL_ICONS[item.level]} **${escapeMarkdown(item.title)}**: ${escapeCell(item.message, MESSAGE_LENGTH)}`;
    if (length + line.length + 1 > CHECK_OUTPUT_MAX_CHARS - reserve) break;
    lines.push(line);
    length += line.length + 1;
  }
  const rest = list.length - lines.length;
  const more = rest > 0 ? `\n\n…and ${number.format(rest)} more. ${fullDetailsLine(runUrl, true, CHECK_OUTPUT_MAX_CHARS)}` : '';
  return cutToLength(heading + lines.join('\n') + more, CHECK_OUTPUT_MAX_CHARS);
}

function conclusion(result: GateResult): CheckRunOutput['conclusion'] {
  if (result.verdict.outcome === 'pass') return 'success';
  // A failing verdict in audit mode does not fail the step, and must not turn the check red either.
  return result.verdict.failsStep ? 'failure' : 'neutral';
}

function checkTitle(result: GateResult): string {
  const { verdict, subject } = result;
  const outcome = verdict.outcome === 'pass' ? 'PASS' : verdict.mode === 'audit' ? 'FAIL (audit mode)' : 'FAIL';
  const count = verdict.violations.length;
  const violations = count === 0 ? '' : `: ${count} violation${count === 1 ? '' : 's'}`;
  return text(`${outcome}${violations} · ${subject.repository}`, CHECK_TITLE_LENGTH);
}

/** The check run's output for one image; conclusion from the verdict (audit-mode failure: neutral). */
export function checkRunOutput(result: GateResult, options: { runUrl?: string } = {}): CheckRunOutput {
  const all = items(result);
  const annotated = result.dockerfile !== undefined;
  const where = annotated
    ? `${number.format(all.length)} annotation${all.length === 1 ? '' : 's'} on ${escapeCell(result.dockerfile?.path, 300)}.`
    : all.length === 0
      ? ''
      : 'No Dockerfile was given, so the findings are listed in the details below instead of annotated.';
  const summary = fitRendering(
    (level, cut) =>
      [imageSection(result, level), where, fullDetailsLine(options.runUrl, cut, CHECK_OUTPUT_MAX_CHARS)].filter((part) => part !== '').join('\n\n'),
    CHECK_OUTPUT_MAX_CHARS,
    `\n\n…cut here. ${fullDetailsLine(options.runUrl, true, CHECK_OUTPUT_MAX_CHARS)}`,
  );
  return {
    title: checkTitle(result),
    summary,
    ...(!annotated && all.length > 0 && { text: unannotatedText(all, options.runUrl) }),
    conclusion: conclusion(result),
  };
}

/**
 * The check run for an input that got no verdict: a failure, as the step is. Without it, an image whose
 * registry makes it error would have no check run on the commit, and a branch protection that requires the
 * check would wait instead of showing why; with it, the check named for the image is red and says why.
 */
export function erroredCheckRunOutput(input: string, error: string, repository: string, options: { runUrl?: string } = {}): CheckRunOutput {
  const summary = cutToLength(
    `${errorSection(input, error)}\n\n${fullDetailsLine(options.runUrl, false, CHECK_OUTPUT_MAX_CHARS)}`,
    CHECK_OUTPUT_MAX_CHARS,
  );
  return { title: text(`ERROR · ${repository}`, CHECK_TITLE_LENGTH), summary, conclusion: 'failure' };
}
