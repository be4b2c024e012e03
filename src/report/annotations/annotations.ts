import type { GateResult, ImageOutcome } from '../../core/model/result.js';
import { atLeast } from '../../core/model/severity.js';
import type { JudgedFinding } from '../../core/model/verdict.js';
import { describeIgnoreRule, findingNotice, selectTop } from '../text/finding-text.js';
// Outside text (a title from Trivy, an image name) becomes one line without escapes or controls, cut short.
import { oneLine } from '../text/log-text.js';
import { RULE_NAMES } from '../text/base-image-text.js';
import { findingIdentity } from '../text/finding-identity.js';
import type { JudgedPlatform } from '../platforms/image-entries.js';
import { shareAcross, sharedValue } from '../platforms/shared.js';
import { isEnforced, requirementStatus } from '../text/signature-text.js';

/** What the action shell turns into ::error / ::warning / ::notice. Plain data, no @actions import. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  startLine?: number;
}

/** GitHub shows at most 10 annotations of each level per step and silently drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

const TITLE_LENGTH = 200;
const MESSAGE_LENGTH = 1_000;
export const LEVEL_NOUNS: Record<Annotation['level'], string> = { error: 'errors', warning: 'warnings', notice: 'notices' };

type Location = Pick<Annotation, 'file' | 'startLine'>;

/**
 * The image's findings are paths inside the image, not in the repository; the one place in the
 * repository they belong to is the Dockerfile line that chose the base image. Without a Dockerfile
 * there is no file to point at, and the annotation stands on its own.
 */
function location(result: GateResult): Location {
  const dockerfile = result.dockerfile;
  return dockerfile === undefined ? {} : { file: dockerfile.path, startLine: dockerfile.finalFromLine };
}

/**
 * The identity (text/finding-identity.ts) of each finding's annotation, by which an index's platforms tell it is
 * the same finding (platformsAnnotations). Kept beside the annotation, not in it: an annotation is only what is shown.
 */
const FINDING_OF = new WeakMap<Annotation, string>();

function findingAnnotation(level: Annotation['level'], judged: JudgedFinding, result: GateResult, where: Location): Annotation {
  const notice = findingNotice(judged, result.subject.repository);
  const annotation: Annotation = {
    level,
    title: oneLine(notice.title, TITLE_LENGTH),
    message: oneLine(notice.message, MESSAGE_LENGTH),
    ...where,
  };
  FINDING_OF.set(annotation, JSON.stringify(findingIdentity(judged.finding)));
  return annotation;
}

/** One level's annotations, most important first, and how many there are in all (the list may be cut short). */
interface LevelCandidates {
  ordered: Annotation[];
  total: number;
}

function errors(result: GateResult, where: Location, limit: number): LevelCandidates {
  // Image-level rules (root user) have no finding to carry them, so they are annotated themselves, first.
  // Base-image violations are annotated per check instead, each on the FROM line it is about.
  const imageLevel = result.verdict.violations
    .filter((violation) => violation.count === 0 && violation.rule !== 'base-image')
    .map((violation): Annotation => ({
      level: 'error',
      title: oneLine(`Policy violation: ${violation.rule}`, TITLE_LENGTH),
      message: oneLine(`${violation.message} (${result.subject.repository})`, MESSAGE_LENGTH),
      ...where,
    }));
  const { top, total } = selectTop(result.verdict.findings, limit, (j) => j.status === 'violation');
  const base = baseCheckAnnotations(result, 'fail');
  const ordered = [...base, ...imageLevel, ...top.map((judged) => findingAnnotation('error', judged, result, where))];
  return { ordered, total: base.length + imageLevel.length + total };
}

function warnings(result: GateResult, where: Location, limit: number): LevelCandidates {
  // Expired ignores come first: they are why findings that used to pass count again.
  const expired = result.verdict.expiredIgnores.map(({ rule, matched }): Annotation => ({
    level: 'warning',
    title: oneLine(`Ignore rule expired on ${rule.expires ?? '?'}`, TITLE_LENGTH),
    message: oneLine(
      `${describeIgnoreRule(rule)} no longer applies; ${matched} finding${matched === 1 ? '' : 's'} in ${result.subject.repository} count again. Reason was: ${rule.reason}`,
      MESSAGE_LENGTH,
    ),
    ...where,
  }));
  const { top, total } = selectTop(result.verdict.findings, limit, (j) => j.status === 'allowed' && atLeast(j.finding.severity, 'MEDIUM'));
  const signatures = signatureWarnings(result, where);
  const base = baseCheckAnnotations(result, 'warn');
  const ordered = [...base, ...signatures, ...expired, ...top.map((judged) => findingAnnotation('warning', judged, result, where))];
  return { ordered, total: base.length + signatures.length + expired.length + total };
}

/**
 * Base-image checks that fail (errors) or only warn, each on the Dockerfile line of its FROM, with
 * the suggestion (the digest to pin to, a newer tag) in the message.
 */
function baseCheckAnnotations(result: GateResult, effect: 'fail' | 'warn'): Annotation[] {
  const checks = result.verdict.baseImage?.checks ?? [];
  const file = result.dockerfile?.path;
  return checks
    .filter((check) => check.effect === effect)
    .map((check): Annotation => {
      const state = check.status === 'unknown' ? 'could not be checked' : 'not met';
      const reported = effect === 'warn' ? ' (reported only)' : '';
      const suggestion = check.suggestion === undefined ? '' : ` Suggestion: ${check.suggestion}`;
      return {
        level: effect === 'fail' ? 'error' : 'warning',
        title: oneLine(`Base image ${RULE_NAMES[check.rule]}: ${state}${reported}`, TITLE_LENGTH),
        message: oneLine(`${check.image}: ${check.message}.${suggestion}`, MESSAGE_LENGTH),
        ...(file !== undefined && { file, startLine: Math.max(1, check.line) }),
      };
    });
}

/**
 * Signature requirements that are not met but do not fail the policy (mode optional, or an
 * attestation that is not required). The ones that fail it are violations, annotated as errors.
 */
function signatureWarnings(result: GateResult, where: Location): Annotation[] {
  const signatures = result.verdict.signatures;
  if (signatures === undefined) return [];
  return signatures.requirements
    .filter((requirement) => !requirement.satisfied && !isEnforced(requirement, signatures))
    .map((requirement): Annotation => ({
      level: 'warning',
      title: oneLine(`Signature policy not met: ${requirement.description}`, TITLE_LENGTH),
      message: oneLine(
        `${result.subject.repository}: ${requirementStatus(requirement)} (reported only; the signature policy does not require it)`,
        MESSAGE_LENGTH,
      ),
      ...where,
    }));
}

function notices(result: GateResult, where: Location): LevelCandidates {
  const unused = result.verdict.unusedIgnores.map((rule): Annotation => ({
    level: 'notice',
    title: 'Unused ignore rule',
    message: oneLine(`${describeIgnoreRule(rule)} matched nothing in ${result.subject.repository} and can be removed.`, MESSAGE_LENGTH),
    ...where,
  }));
  return { ordered: unused, total: unused.length };
}

/** One image's annotations for a step-wide budget: the most important ones of each level, and how many more there are. */
export interface ImageAnnotations {
  /** Per level, most important first, at most `perLevel` of each. */
  annotations: Annotation[];
  /** Per level, how many more the image has than `annotations` lists (counted, not shown). */
  more: Record<Annotation['level'], number>;
}

/**
 * Annotations for one image: failing base-image checks (each on its FROM line), violating findings
 * and image-level violations (signature ones included) as errors; base-image checks and signature
 * requirements reported only, expired ignores and allowed findings of MEDIUM or above as warnings;
 * unused ignore rules as notices. At most `perLevel` of each level, most important first; the rest is
 * counted in `more`, and the step's budget (annotation-budget.ts) decides what GitHub is shown.
 */
export function imageAnnotations(result: GateResult, perLevel = ANNOTATIONS_PER_LEVEL): ImageAnnotations {
  const where = location(result);
  const levels: [Annotation['level'], LevelCandidates][] = [
    ['error', errors(result, where, perLevel)],
    ['warning', warnings(result, where, perLevel)],
    ['notice', notices(result, where)],
  ];
  const more: ImageAnnotations['more'] = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const [level, { ordered, total }] of levels) {
    const kept = ordered.slice(0, perLevel);
    annotations.push(...kept);
    more[level] = total - kept.length;
  }
  return { annotations, more };
}

const LEVEL_RANK: Record<Annotation['level'], number> = { error: 2, warning: 1, notice: 0 };

/**
 * The annotations of an index's platforms as one image's: each platform's (imageAnnotations), each once. A finding is
 * matched across platforms by its identity, anything else by its text; one that differs by platform takes the worst
 * level and names each platform's message, and one that not every platform has ends "Only on …". At most
 * `perLevel` of each level; `more` counts at least the rest (the platforms' own rests overlap, so their largest).
 */
export function platformsAnnotations(platforms: readonly JudgedPlatform[], perLevel = ANNOTATIONS_PER_LEVEL): ImageAnnotations {
  const each = platforms.map(({ name, result }) => ({ platform: name, image: imageAnnotations(result, perLevel) }));
  const shared = shareAcross(
    each.map(({ platform, image }) => ({ platform, items: image.annotations })),
    (annotation) =>
      FINDING_OF.get(annotation) ?? JSON.stringify([annotation.level, annotation.title, annotation.message, annotation.file, annotation.startLine]),
  );
  const merged = shared.map(({ on }): Annotation => {
    let lead = on[0]?.item as Annotation;
    for (const { item } of on) if (LEVEL_RANK[item.level] > LEVEL_RANK[lead.level]) lead = item;
    const message = sharedValue(
      on.map(({ platform, item }) => ({ platform: oneLine(platform, 60), value: item.message })),
      (platform) => platform,
    );
    const only = on.length < platforms.length ? ` Only on ${on.map(({ platform }) => oneLine(platform, 60)).join(', ')}.` : '';
    return { ...lead, message: oneLine(`${message}${only}`, MESSAGE_LENGTH) };
  });
  const annotations: Annotation[] = [];
  const more: ImageAnnotations['more'] = { error: 0, warning: 0, notice: 0 };
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = merged.filter((annotation) => annotation.level === level);
    annotations.push(...ofLevel.slice(0, perLevel));
    more[level] = Math.max(0, ofLevel.length - perLevel) + Math.max(0, ...each.map(({ image }) => image.more[level]));
  }
  return { annotations, more };
}

/**
 * The mistakes in a file of the checkout (the policy file) that kept inputs from a verdict, each an error on its
 * line, once however many inputs met the same file. A mistake outside the checkout has no line to sit on: the
 * step's failure message lists it with the others.
 */
export function mistakeAnnotations(outcomes: readonly ImageOutcome[]): Annotation[] {
  const annotations = new Map<string, Annotation>();
  for (const mistake of outcomes.flatMap((outcome) => outcome.mistakes ?? [])) {
    if (mistake.file === undefined) continue;
    const annotation: Annotation = {
      level: 'error',
      title: 'image-gate cannot use this file',
      message: oneLine(mistake.message, MESSAGE_LENGTH),
      file: mistake.file,
      startLine: mistake.line,
    };
    annotations.set(`${mistake.file}:${String(mistake.line)}:${annotation.message}`, annotation);
  }
  return [...annotations.values()];
}
