/**
 * What a pull request changes in the policy file: its version (the workspace file, PR-authored) against
 * the base branch's, as a bounded unified diff for the summary and the comment. The head file is read as
 * untrusted input: a regular file inside the workspace only (never through a symbolic link, which could
 * point at a credentials file whose text would then be published), bounded in size, UTF-8.
 */
import { formatBytes, InputFileError, readInputFile } from '../../adapters/files/index.js';
import type { PolicyChange } from '../../core/model/result.js';

export type HeadPolicy = { kind: 'text'; text: string } | { kind: 'absent' } | { kind: 'unavailable'; reason: string };

/** A policy file larger than this is not read for the diff (the contents API's own limit is 1 MB). */
export const HEAD_POLICY_MAX_BYTES = 1_000_000;
/** Diff lines kept in the result; the reports show fewer. */
export const DIFF_MAX_LINES = 200;
/** Characters kept of one diff line. */
export const DIFF_LINE_MAX_CHARS = 400;
/** Lines of context around each change, as `git diff -U2`. */
const CONTEXT_LINES = 2;
/** Beyond this many lines per side, or this many edits, no line diff is computed: its cost grows with both. */
const MAX_LINES_TO_COMPARE = 5_000;
const MAX_EDITS = 1_000;
const DIFF_TIMEOUT_MS = 1_000;

/**
 * The pull request's version of the policy file, read from the workspace with the care PR-authored input
 * needs (the one input-file reader, links not followed below the workspace). Never throws: a file that
 * cannot be shown is a reason in the summary, and the judging policy comes from the base branch anyway.
 */
export async function readWorkspaceText(path: string, workspace: string, maxBytes = HEAD_POLICY_MAX_BYTES): Promise<HeadPolicy> {
  let bytes: Buffer;
  try {
    bytes = await readInputFile(path, { what: 'policy file', maxBytes, followLinks: false, linksAllowedIn: workspace });
  } catch (error) {
    if (!(error instanceof InputFileError)) return { kind: 'unavailable', reason: 'it could not be read' };
    if (error.problem === 'missing') return { kind: 'absent' };
    return { kind: 'unavailable', reason: unavailableReason(error, maxBytes) };
  }
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'unavailable', reason: 'it is not UTF-8 text' };
  }
}

/** A short reason for the summary; never the file's path as resolved, nor anything of what a link points to. */
function unavailableReason(error: InputFileError, maxBytes: number): string {
  switch (error.problem) {
    case 'link':
      return 'it is a symbolic link, or lies under one; what it points to is not shown';
    case 'not-regular':
      return 'it is not a regular file';
    case 'too-large':
      return `it is larger than ${formatBytes(maxBytes)}`;
    case 'missing':
    case 'unreadable': {
      const code = (error.cause as NodeJS.ErrnoException | undefined)?.code;
      return `it could not be read${code === undefined ? '' : ` (${code})`}`;
    }
  }
}

/**
 * The change from the base branch's text (undefined: the base has no policy file) to the pull request's,
 * or undefined when there is none. Line endings do not count: a checkout may turn LF into CRLF.
 */
export async function diffPolicy(baseText: string | undefined, head: HeadPolicy): Promise<PolicyChange | undefined> {
  if (head.kind === 'unavailable') return { lines: [], moreLines: 0, unavailable: head.reason };
  if (head.kind === 'absent') {
    if (baseText === undefined) return undefined;
    return {
      lines: [],
      moreLines: 0,
      unavailable: 'the workspace has no such file: the pull request deletes it, or the repository is not checked out',
    };
  }
  const before = normalise(baseText ?? '');
  const after = normalise(head.text);
  if (before === after) return undefined;
  if (lineCount(before) > MAX_LINES_TO_COMPARE || lineCount(after) > MAX_LINES_TO_COMPARE) {
    return { lines: [], moreLines: 0, unavailable: `it has more than ${MAX_LINES_TO_COMPARE} lines, too many to compare line by line` };
  }
  // jsdiff loads only when a pull request does change the policy.
  const { structuredPatch } = await import('diff');
  const patch = structuredPatch('base', 'head', before, after, undefined, undefined, {
    context: CONTEXT_LINES,
    maxEditLength: MAX_EDITS,
    timeout: DIFF_TIMEOUT_MS,
  });
  if (patch === undefined) {
    return { lines: [], moreLines: 0, unavailable: `it changes too much to show line by line` };
  }
  const lines = patch.hunks.flatMap((hunk) => [
    `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`,
    ...hunk.lines,
  ]);
  const kept = lines.slice(0, DIFF_MAX_LINES).map(shorten);
  return { lines: kept, moreLines: lines.length - kept.length };
}

/** A hunk's range as diff -u writes it: an empty range names the line before it (so "-0,0" for an empty file). */
function range(start: number, count: number): string {
  return `${count === 0 ? start - 1 : start},${count}`;
}

/** At most DIFF_LINE_MAX_CHARS, never ending in half a surrogate pair. */
function shorten(line: string): string {
  if (line.length <= DIFF_LINE_MAX_CHARS) return line;
  let end = DIFF_LINE_MAX_CHARS - 1;
  const last = line.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${line.slice(0, end)}…`;
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
