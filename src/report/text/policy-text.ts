/**
 * Which policy judged, for the job summary and the pull request comment, and what the pull request
 * changes in the policy file. The diff is PR-authored text: it is shown in a fenced code block that
 * nothing inside can close, with control, bidirectional and invisible characters made visible.
 */
import type { GateResult, PolicyChange, PolicyOrigin } from '../../core/model/result.js';
import { escapeMarkdown } from '../summary/markdown.js';
import { C0_CONTROLS, characterClass, DECEPTIVE, DEL_AND_C1_CONTROLS, LINE_SEPARATORS } from '../neutralise/unsafe-characters.js';

/** Diff lines the job summary shows. */
export const SUMMARY_POLICY_DIFF_LINES = 50;

const number = new Intl.NumberFormat('en-US');

/** The policy section of a report for these results (all judged by one policy in one run); '' when unknown. */
export function policySection(results: readonly GateResult[], maxDiffLines: number): string {
  const origin = results.find((result) => result.policy !== undefined)?.policy;
  if (origin === undefined) return '';
  const parts = [`**Policy:** ${describeOrigin(origin)}`];
  if (origin.note !== undefined) parts.push(`${escapeMarkdown(origin.note)}.`);
  if (origin.changedInPullRequest !== undefined) parts.push(changeText(origin, origin.changedInPullRequest, maxDiffLines));
  return parts.join('\n\n');
}

function describeOrigin(origin: PolicyOrigin): string {
  const path = escapeMarkdown(origin.path);
  if (!origin.found) return 'the defaults, with the inputs.';
  if (origin.source === 'base' && origin.ref !== undefined) {
    return `${path} from the ${origin.branch ?? 'base branch'} at ${shortRef(origin.ref)} (a pull request cannot change the policy that judges it).`;
  }
  return `${path} in the workspace.`;
}

function changeText(origin: PolicyOrigin, change: PolicyChange, maxDiffLines: number): string {
  const path = escapeMarkdown(origin.path);
  const judged = origin.found ? `the ${origin.branch ?? 'base branch'}'s policy judged` : 'the defaults judged';
  if (change.unavailable !== undefined) {
    return `⚠️ **This pull request's ${path} is not shown:** ${escapeMarkdown(change.unavailable)}. It is not used: ${judged}.`;
  }
  const shown = change.lines.slice(0, Math.max(0, maxDiffLines));
  const more = change.lines.length - shown.length + change.moreLines;
  const lines = [`⚠️ **This pull request changes ${path}.** Its version is not used: ${judged}. The change (base → pull request):`];
  if (shown.length > 0) lines.push('', codeBlock(shown, 'diff'));
  if (more > 0) lines.push('', `…and ${number.format(more)} more ${more === 1 ? 'line' : 'lines'}.`);
  return lines.join('\n');
}

function shortRef(ref: string): string {
  return /^[0-9a-f]+$/.test(ref) ? ref.slice(0, 12) : escapeMarkdown(ref);
}

// Controls and the line/paragraph separators would break or restyle a line: each is shown as U+FFFD. A tab
// is kept on purpose: it is whitespace a YAML line may carry, and a code block shows it as it is.
const CONTROL = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, LINE_SEPARATORS], 'g', { except: '\\t' });
// Bidirectional and invisible characters make a line read differently from what it is ("Trojan Source"),
// which in a policy diff hides what a change does: each is named, not removed, so the reader sees it is there.
const DECEPTIVE_CHARACTER = characterClass([DECEPTIVE], 'g');

/** One line of untrusted text for a code block: nothing invisible, nothing that ends the line. */
export function codeLine(line: string): string {
  return line
    .replace(CONTROL, '\ufffd')
    .replace(DECEPTIVE_CHARACTER, (char) => `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * A fenced code block of untrusted lines. Markdown and HTML mean nothing inside one; the only way out
 * is a closing fence, so the fence is longer than any run of backticks in the text (CommonMark: a
 * closing fence is at least as long as the opening one; a tilde line never closes a backtick fence).
 */
export function codeBlock(lines: readonly string[], info = ''): string {
  const shown = lines.map(codeLine);
  const longest = shown.reduce((most, line) => Math.max(most, ...Array.from(line.matchAll(/`+/g), (match) => match[0].length)), 0);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...shown, fence].join('\n');
}
