/**
 * Escaping for text that comes from outside (Trivy titles, package names, policy reasons) before it
 * goes into GitHub-flavoured Markdown. A hostile package name must not be able to open HTML, close a
 * table cell, hide text in a link or restyle the page: it is shown as the characters it is.
 */
import { C0_CONTROLS, characterClass, DECEPTIVE, DEL_AND_C1_CONTROLS, LINE_SEPARATORS } from '../neutralise/unsafe-characters.js';

/** Code points, not UTF-16 units, so a cut never splits a surrogate pair. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const points = Array.from(text);
  if (points.length <= maxLength) return text;
  return `${points.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}

// Controls (C0, DEL, C1) and line/paragraph separators would break a line or a table row, or carry
// terminal escape sequences into a log; bidirectional and invisible characters make it read as something else.
const CONTROL = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], 'g', { runs: true });

/** One line of plain text: every run of control or deceptive characters (newlines included) becomes one space. */
export function singleLine(text: string): string {
  return text.replace(CONTROL, ' ').trim();
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// The characters that start inline syntax anywhere in a line: code, emphasis, strikethrough, links
// and images (a "(" or "!" only means something next to a bracket), table cells, "@" mentions.
// GFM's autolinking of bare URLs is left alone: it only ever makes an http(s) link of visible text.
// A backslash before ASCII punctuation always renders as the punctuation alone.
const INLINE_SYNTAX = /[\\`*_[\]|~@]/g;
// Block syntax only counts at the start of a line: headings, list items, setext underlines.
const LINE_START_SYNTAX = /^([#+=-]|\d{1,9}[.)](?=\s|$))/;

/** Outside text inside HTML (a <pre> block, where Markdown does not apply): the characters that open markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** Outside text for Markdown prose or a table cell: one line, HTML and Markdown syntax neutralised. */
export function escapeMarkdown(text: string): string {
  return singleLine(text)
    .replace(/[&<>"]/g, (char) => HTML_ENTITIES[char] ?? char)
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    .replace(LINE_START_SYNTAX, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

/** Default width for one table cell: enough for a title, short enough that 50 rows stay readable. */
export const DEFAULT_CELL_LENGTH = 100;

/** A table cell: truncated first (so a cut never splits an escape), then escaped; empty shows as a dash. */
export function escapeCell(text: string | undefined, maxLength = DEFAULT_CELL_LENGTH): string {
  const line = singleLine(text ?? '');
  if (line === '') return '–';
  return escapeMarkdown(truncate(line, maxLength));
}

/**
 * A URL that is safe to put in a link target: only http(s), re-serialised by the URL parser (which
 * percent-encodes spaces and quotes), and with the characters that would end a Markdown link target
 * encoded as well. Anything else is not a link.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()<>[\]\\|`* ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` when the URL is safe, the escaped text alone otherwise. */
export function markdownLink(text: string, url: string | undefined, maxLength = DEFAULT_CELL_LENGTH): string {
  const label = escapeCell(text, maxLength);
  const target = safeHttpUrl(url);
  return target === undefined ? label : `[${label}](${target})`;
}

/** A GFM table: header cells are ours; body cells must already be escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** Collapsible block; the summary line is ours (already escaped). Blank lines keep the Markdown inside rendering. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
