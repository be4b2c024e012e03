import type { ImageOutcome } from '../core/model/result.js';
import { safeHttpUrl } from './summary/markdown.js';
import { policySection } from './text/policy-text.js';
import { judgedResults, stepVerdict } from './step-outcome.js';
import { errorSection, imageSection, type DetailLevel } from './image-section.js';
import { platformsSection } from './platforms-section.js';
import { fullReportLine, type ArtifactLink } from './artifact-line.js';
import { entryOutcome, imageEntries, type ImageEntry } from './platforms/image-entries.js';

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
 * The platforms of an index are one image: its section shows each platform's verdict and lists what they
 * share once (platforms-section.ts). The per-image sections are shared with the check run's summary (check-run.ts).
 */

export type { DetailLevel };

export const PR_COMMENT_MAX_CHARS = 65_536;

export interface PrCommentOptions {
  /**
   * What identifies this step's comment, so the next run updates it instead of adding another. It
   * becomes the hidden first line, `<!-- marker -->` (see prCommentMarker).
   */
  marker: string;
  /** The workflow run whose job summary has the full report. */
  runUrl?: string;
  /** The workflow artifact with the full report: linked at the end, with the job summary. */
  artifact?: ArtifactLink;
  /** Default PR_COMMENT_MAX_CHARS. */
  maxChars?: number;
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

function section(entry: ImageEntry, level: DetailLevel): string {
  if (entry.kind === 'platforms') return platformsSection(entry.group, level);
  const { outcome } = entry;
  return outcome.result === undefined ? errorSection(outcome.input, outcome.error) : imageSection(outcome.result, level);
}

const TITLE_ICONS = { pass: '✅', fail: '❌', error: '⛔' } as const;

/** The tally is of images: the platforms of an index are one, its verdict the worst of theirs. */
function title(outcomes: readonly ImageOutcome[], entries: readonly ImageEntry[]): string {
  if (entries.length === 1) return '## image-gate';
  const verdicts = entries.map(entryOutcome);
  const failed = verdicts.filter((verdict) => verdict === 'fail').length;
  const errored = verdicts.filter((verdict) => verdict === 'error').length;
  const { outcome } = stepVerdict(outcomes);
  const counted = `${entries.length} images: ${entries.length - failed - errored} passed, ${failed} failed`;
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
  const entries = imageEntries(outcomes);
  const kept = options.artifact === undefined ? '' : fullReportLine(outcomes, options.artifact);
  const render = (level: DetailLevel, cut: boolean): string => {
    const images = entries.length === 0 ? ['No images were checked.'] : entries.map((entry) => section(entry, level));
    return (
      [
        marker,
        title(outcomes, entries),
        policySection(results, level.items),
        images.join('\n\n---\n\n'),
        fullDetailsLine(options.runUrl, cut && outcomes.length > 0, maxChars),
        kept,
      ]
        .filter((part) => part !== '')
        .join('\n\n') + '\n'
    );
  };
  // A hard cut can land anywhere, so the marker is re-attached: the next run must still find the comment.
  const note = `\n\n…cut here. ${fullDetailsLine(options.runUrl, true, maxChars)}${kept === '' ? '' : `\n\n${kept}`}\n`;
  const text = fitRendering(render, maxChars, note);
  if (text.startsWith(marker)) return text;
  return cutToLength(marker, maxChars);
}
