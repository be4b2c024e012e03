/**
 * The one seam every line the Action or the CLI prints passes through. Text from the image, the registry
 * and Trivy is data: it must not become a workflow command for the runner, a forged log line, or a
 * terminal escape.
 *
 * What the runner honours (actions/runner, src/Runner.Common/ActionCommand.cs at 079cdb1d05fe, and
 * src/Runner.Worker/ActionCommandManager.cs at 02523b9a60a2; read, not copied):
 * - it reads stdout and stderr with StreamReader.ReadLine, so "\r", "\n" and "\r\n" each end a line;
 * - TryParseV2: the line, TrimStart()-ed, StartsWith("::") → `::name props::data`;
 * - TryParse (the older form), tried when V2 fails: "##[" ANYWHERE in the line → `##[name props]data`;
 * - command names are case-insensitive; `stop-commands` ignores every command until `::<token>::`
 *   (or `##[<token>]`) comes back.
 * Both StartsWith(string) and IndexOf(string) there are culture-sensitive, and .NET (5 and later) compares
 * with ICU, whose root collation ignores hundreds of code points completely: zero-width and other format
 * characters, variation selectors, many combining marks. So ":\u200B:" starts with "::" and "#\u200B#["
 * contains "##[" to the runner (Intl.Collator shows the same). A zero-width space therefore cannot
 * neutralise a command, and a neutraliser must also catch the pattern with such characters in between.
 * Every code point ICU ignores lies outside printable ASCII, so the patterns below allow any run of
 * non-ASCII (or control) characters between the marks, and break them with a plain ASCII space, which ICU
 * does not ignore. The result stays readable: "::error::x" is shown as ": :error::x", "##[add-mask]" as
 * "# #[add-mask]".
 *
 * @actions/core (3.0.1, lib/command.js) escapes only "%", "\r" and "\n" in a command's data (and also ":"
 * and "," in its properties): enough to keep an annotation's message on its own line, nothing more. The
 * text handed to it goes through here too.
 */

import { truncate } from '../summary/markdown.js';
import { C0_CONTROLS, characterClass, DECEPTIVE, DEL_AND_C1_CONTROLS, LINE_SEPARATORS } from '../neutralise/unsafe-characters.js';

/** Characters that may sit, unseen by the runner's ICU comparison, between the characters of a command mark. */
const MAYBE_IGNORED = '[^\\x20-\\x7e]';
/** The older command form, anywhere in a line: "#", "#", "[" with only such characters between them. */
const LEGACY_MARK = new RegExp(`#(?=${MAYBE_IGNORED}*#${MAYBE_IGNORED}*\\[)`, 'g');
/** The V2 form: "::" at the start of a line after whitespace (which TrimStart drops) and ignorable characters. */
const V2_MARK = new RegExp(`^([^\\x21-\\x7e]*:)(?=${MAYBE_IGNORED}*:)`);

// Terminal escape sequences (ECMA-48), 7-bit and 8-bit: CSI (ESC [ or 0x9b) with its parameters; OSC, DCS,
// SOS, PM and APC strings up to their terminator (BEL or ST), never past the end of a line; and the short
// ESC sequences (charset selection, reset, save/restore cursor). They are removed whole, not left as "[31m".
const ESCAPE_SEQUENCE = new RegExp(
  [
    '(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]?',
    '(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[^\\x07\\x1b\\x9c\\n\\r]*(?:\\x07|\\x1b\\\\|\\x9c)?',
    '\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]?',
  ].join('|'),
  'g',
);
// Controls (but tab and newline, which the gate's own text uses), and the bidirectional and invisible
// characters that make a line read as something else: removed.
const CONTROL = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE], 'g', { except: '\\t\\n' });
// Line and paragraph separators become a space: a viewer may break the line there.
const SEPARATOR = characterClass([LINE_SEPARATORS], 'g');
const LINE_BREAK = /\r\n?|\n/g;

/** Anything that rewrites text (the redactor): applied after escapes are stripped, before neutralising. */
export type Redact = (text: string) => string;

const unchanged: Redact = (text) => text;

/** Line breaks as the runner sees them ("\r\n", "\r", "\n") become "\n"; escapes and controls are removed. */
export function plainText(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(SEPARATOR, ' ');
}

/** One line of the log with both workflow-command forms broken (see the top of this file). */
export function neutraliseLine(line: string): string {
  return line.replace(V2_MARK, '$1 ').replace(LEGACY_MARK, '# ');
}

/**
 * Text ready to print to the step log or a terminal: escapes and controls removed, secrets redacted, and
 * on every line "::" at its start and "##[" anywhere neutralised. The gate's own line breaks are kept.
 */
export function logText(text: string, redact: Redact = unchanged): string {
  return redact(plainText(text)).split('\n').map(neutraliseLine).join('\n');
}

// For oneLine: every run of line breaks, controls, deceptive characters and separators is one space.
const BREAKS_AND_CONTROLS = characterClass([C0_CONTROLS, DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], 'g', { runs: true });

/**
 * An untrusted value for one log line (a table cell, a value in a message): escapes removed, and line
 * breaks and controls collapsed to one space, so the value can never start a line of its own. Cut to
 * `maxLength` code points when given. Workflow-command marks are neutralised later, by logText.
 */
export function oneLine(untrusted: string | undefined, maxLength?: number): string {
  const line = (untrusted ?? '').replace(ESCAPE_SEQUENCE, '').replace(BREAKS_AND_CONTROLS, ' ').trim();
  return maxLength === undefined ? line : truncate(line, maxLength);
}

// What JSON.stringify leaves raw in a string that a terminal or a reader's eye could act on (it escapes
// C0 itself) is written as a \u escape instead, which every JSON reader turns back into the same character.
// Outside strings JSON has only ASCII (and the newlines of pretty-printing), so nothing else is touched.
// The C0 controls are deliberately not in the class: inside strings JSON.stringify has escaped them, and
// outside them they are the pretty-printing's own line breaks.
const JSON_UNSAFE = characterClass([DEL_AND_C1_CONTROLS, DECEPTIVE, LINE_SEPARATORS], 'g');
const unicodeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A value as pretty-printed JSON for stdout: controls escaped, and a "#" that would begin the older
 * command form written as \u0023. In JSON a "#" or a control can only be inside a string, so this is lossless.
 */
export function jsonText(value: object): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, unicodeEscape).replace(LEGACY_MARK, '\\u0023');
}

/**
 * Untrusted bulk text between `::stop-commands::<token>` and `::<token>::`: the runner ignores every
 * command in between, so even a case the neutralising missed is inert. The token must be unguessable
 * (the caller's random value) and is checked to be a plain word. `text` must already be logText's output.
 */
export function commandsStopped(text: string, token: string): string {
  if (!/^[a-z0-9]{16,}$/i.test(token)) throw new Error('the stop-commands token must be 16 or more letters and digits');
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}
