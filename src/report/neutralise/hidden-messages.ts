/**
 * The step's own messages that did not fit GitHub's 10 annotations per level (annotation-budget.ts), for
 * the log and the job summary. How many there are is up to the input (a PR-authored Dockerfile with
 * thousands of FROM lines against a lying registry gives one warning per base image), so both lists stop
 * at HIDDEN_MESSAGES_LISTED and count the rest, and the summary section fits the bytes the step's summary
 * has left: past GitHub's limit the whole summary, verdict included, is dropped. Pure.
 */
import { escapeMarkdown, truncate } from '../summary/markdown.js';

/** How many of the messages the log and the job summary list; the rest are counted. */
export const HIDDEN_MESSAGES_LISTED = 20;
/** Each listed message is cut to this many code points. */
export const HIDDEN_MESSAGE_LENGTH = 500;

const number = new Intl.NumberFormat('en-US');

const moreText = (more: number): string => `… and ${number.format(more)} more ${more === 1 ? 'message' : 'messages'} not shown as annotations`;

/** The log's lines: the first messages, each cut short, then how many more there are. Messages must be redacted already. */
export function hiddenMessageLogLines(messages: readonly string[]): string[] {
  const listed = messages
    .slice(0, HIDDEN_MESSAGES_LISTED)
    .map((message) => `Not shown as an annotation (GitHub shows 10 per level and step): ${truncate(message, HIDDEN_MESSAGE_LENGTH)}`);
  const more = messages.length - listed.length;
  return more > 0 ? [...listed, moreText(more)] : listed;
}

/**
 * The job summary's section, in at most `maxBytes` UTF-8 bytes: as many of the first messages as fit, then
 * how many more there are; '' when there are none or not even the heading and the count fit. Messages
 * must be redacted already (before the cut, so no secret is cut to a prefix the redactor misses).
 */
export function hiddenMessagesSection(messages: readonly string[], maxBytes: number): string {
  if (messages.length === 0) return '';
  const heading = '\n### Image gate: messages not shown as annotations\n\nGitHub shows 10 annotations of each level per step.\n\n';
  const section = (items: readonly string[]): string => {
    const more = messages.length - items.length;
    return `${heading}${items.join('')}${more > 0 ? `\n${moreText(more)}.\n` : ''}`;
  };
  const items: string[] = [];
  for (const message of messages.slice(0, HIDDEN_MESSAGES_LISTED)) {
    const item = `- ${escapeMarkdown(truncate(message, HIDDEN_MESSAGE_LENGTH))}\n`;
    if (byteLength(section([...items, item])) > maxBytes) break;
    items.push(item);
  }
  const text = section(items);
  return byteLength(text) <= maxBytes ? text : '';
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
