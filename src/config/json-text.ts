/**
 * JSON.parse for files the user names, with an error that says where and what was expected but never
 * what the file holds: V8's own messages quote the input (`Unexpected token 'g', "ghp_…" is not valid
 * JSON`), and a file named by mistake may be a credentials file.
 */
import { configError } from '../core/errors.js';

/** Parses `text`; a syntax error is a config error naming `what`, the line and the column. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw configError(`${what} is not valid JSON: ${jsonSyntaxProblem(text, error)}`);
  }
}

/** "unexpected character at line 3, column 7 (expected …)", from V8's message but without its quotes. */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (text.trim() === '') return 'the file is empty (expected a JSON document)';
  if (/Unexpected end of JSON input/i.test(message)) return 'it ends in the middle of the document (truncated file?)';
  const offset = errorOffset(text, message);
  const { line, column } = lineAndColumn(text, offset);
  return `${describeProblem(message)} at line ${String(line)}, column ${String(column)}`;
}

/** What V8 says was expected, in its fixed words only (the templates of V8's JSON parser). */
function describeProblem(message: string): string {
  const known: [RegExp, string][] = [
    [/^Unterminated string/i, 'a string that is never closed (expected a closing ")'],
    [/^Expected property name or '}'/i, "unexpected character (expected a property name in double quotes or '}')"],
    [/^Expected ',' or '}'/i, "unexpected character (expected ',' or '}')"],
    [/^Expected ',' or ']'/i, "unexpected character (expected ',' or ']')"],
    [/^Expected ':'/i, "unexpected character (expected ':' after a property name)"],
    [/^Expected double-quoted property name/i, 'unexpected character (expected a property name in double quotes)'],
    [/^Unexpected non-whitespace character after JSON/i, 'more text after the JSON document (expected the end of the file)'],
    [/^Bad control character/i, 'a control character inside a string (expected it escaped)'],
    [/^Bad escaped character|^Bad Unicode escape/i, 'an invalid escape sequence in a string'],
    [/^(No number after minus sign|Exponent part is missing a number|Unterminated fractional number)/i, 'an incomplete number'],
  ];
  for (const [pattern, text] of known) if (pattern.test(message)) return text;
  return 'unexpected character (expected a JSON value)';
}

/** The UTF-16 offset V8 points at: "at position N", or found from the context it quotes. */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  // "Unexpected token 'x', ..."context"... is not valid JSON": the context is at most 10 characters either side.
  const quoted = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (quoted) {
    const [, token = '', before, context = ''] = quoted;
    const where = text.indexOf(context);
    if (where !== -1) return where + (before ? Math.min(10, context.length) : Math.max(0, context.indexOf(token)));
  }
  return firstNonWhitespace(text);
}

function firstNonWhitespace(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
