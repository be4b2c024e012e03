import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type ErrorCode, type Node } from 'yaml';
import { z } from 'zod';
import { configError, FileMistakesError, type FileMistake } from '../../core/model/errors.js';
import { policyFileSchema, type PolicyFile } from './schema.js';

export { buildPolicy, type PolicyOverrides } from './build.js';
export type { PolicyFile } from './schema.js';

type PathSegment = string | number;

/**
 * Parses policy YAML; every error names the source, the line and column and the key path, and says what
 * was expected. No error quotes the file: a policy path may point at the wrong file (a symlink to a
 * credentials file, say), and its content must not reach a log. Every mistake is reported, in the file's
 * order (a FileMistakesError), so that one run shows all a user has to fix; `file` is the policy's path
 * relative to the workspace, for annotations on the mistakes' lines.
 */
export function parsePolicyText(text: string, source: string, file?: string): PolicyFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: true });
  const mistake = (line: number, column: number, problem: string): FileMistake => ({
    ...(file !== undefined && { file }),
    line,
    column,
    message: `${source} line ${String(line)}, column ${String(column)}: ${problem}`,
  });
  const at = (offset: number, problem: string): FileMistake => {
    const { line, col } = lineCounter.linePos(offset);
    return mistake(line, col, problem);
  };
  // The YAML library's errors, or its warnings when it has no errors (nothing can be read past an error).
  const yamlProblems = doc.errors.length > 0 ? doc.errors : doc.warnings;
  if (yamlProblems.length > 0) {
    throw mistakesError(
      source,
      yamlProblems.map((problem) => {
        const position = problem.linePos?.[0];
        return position ? mistake(position.line, position.col, yamlProblem(problem.code)) : at(problem.pos[0], yamlProblem(problem.code));
      }),
    );
  }
  // An empty file (or only comments, or a bare "---") is a policy that sets nothing: the defaults apply.
  const contents = isScalar(doc.contents) && doc.contents.value === null ? null : doc.contents;
  if (contents !== null && !isMap(contents)) {
    throw mistakesError(source, [
      at(contents.range[0], `the policy must be a mapping of keys (e.g. "vulnerabilities:"), got ${describeNode(contents)}`),
    ]);
  }
  const recursive = recursiveAliasOffsets(doc);
  if (recursive.length > 0)
    throw mistakesError(
      source,
      recursive.map((offset) => at(offset, 'an alias refers to the node that contains it')),
    );
  let data: unknown = {};
  try {
    if (contents !== null) data = doc.toJS({ reviver: dateAsText });
  } catch (error) {
    throw configError(`${source}: ${toJsProblem(error)}`, error);
  }
  const unknownKeys = new UnknownKeyMessages();
  const result = policyFileSchema.safeParse(data, { reportInput: true, error: (issue) => issueMessage(issue, unknownKeys) });
  if (!result.success) {
    throw mistakesError(
      source,
      result.error.issues.flatMap((issue) => {
        const keyPath: PathSegment[] = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
        const where = keyPath.length > 0 ? `${formatPath(keyPath)}: ` : '';
        if (issue.code !== 'unrecognized_keys') return [at(locate(doc, keyPath, false), `${where}${issue.message}`)];
        // Each unknown key is pointed at on its own line, but never named: it is the file's text.
        return issue.keys.map((key) => at(locate(doc, [...keyPath, key], true), `${where}${unknownKeys.message(issue.keys, key) ?? issue.message}`));
      }),
    );
  }
  const ignore = doc.get('ignore', true);
  const ignoreLines = isSeq(ignore) ? ignore.items.map((item) => lineCounter.linePos(rangeStart(item as Node | null) ?? 0).line) : [];
  const itemLines = (path: string[]): { line: number }[] => {
    const seq = doc.getIn(path, true);
    return isSeq(seq) ? seq.items.map((item) => ({ line: lineCounter.linePos(rangeStart(item as Node | null) ?? 0).line })) : [];
  };
  const signatureKeys = itemLines(['signatures', 'keys']);
  const baseImageKeys = itemLines(['base-image', 'signed', 'keys']);
  const certificateAuthorities = itemLines(['signatures', 'certificate-authorities']);
  return {
    document: result.data,
    ignoreLines,
    ...(signatureKeys.length > 0 && { signatureKeys }),
    ...(baseImageKeys.length > 0 && { baseImageKeys }),
    ...(certificateAuthorities.length > 0 && { certificateAuthorities }),
  };
}

/**
 * How many mistakes one error lists. A hand-written policy has a few; a file of megabytes that is not a policy
 * at all can have tens of thousands, and the step's failure, the summary and the pull request comment each
 * carry the list: the rest is counted.
 */
export const MISTAKES_LISTED = 100;

/**
 * The mistakes in the file's order (of several at one place, as found: the sort is stable), each message once
 * (the YAML library can report one problem twice), at most MISTAKES_LISTED of them.
 */
function mistakesError(source: string, mistakes: readonly FileMistake[]): FileMistakesError {
  const seen = new Set<string>();
  const distinct = [...mistakes]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((item) => {
      if (seen.has(item.message)) return false;
      seen.add(item.message);
      return true;
    });
  const unlisted = distinct.length - MISTAKES_LISTED;
  return new FileMistakesError(
    distinct.slice(0, MISTAKES_LISTED),
    unlisted > 0
      ? `${source}: ${String(unlisted)} more ${unlisted === 1 ? 'mistake' : 'mistakes'} after line ${String(distinct[MISTAKES_LISTED - 1]?.line)}`
      : undefined,
  );
}

/** YAML 1.1 documents (%YAML 1.1) turn unquoted dates into Dates; the schema reads dates as text. */
function dateAsText(_key: unknown, value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * The YAML library's problem in our words, chosen by its code: its own messages quote the file
 * ("Invalid escape sequence \\q", "Unresolved tag: …") and add a code frame of the source.
 */
function yamlProblem(code: ErrorCode): string {
  const problems: Record<ErrorCode, string> = {
    ALIAS_PROPS: 'an alias cannot have a tag or an anchor',
    BAD_ALIAS: 'an alias that names no anchor defined before it',
    BAD_DIRECTIVE: 'an invalid % directive',
    BAD_DQ_ESCAPE: 'an invalid escape sequence in a double-quoted string',
    BAD_INDENT: 'bad indentation (expected the items of one mapping or list to line up)',
    BAD_PROP_ORDER: 'an anchor or tag in the wrong place (expected it before the value)',
    BAD_SCALAR_START: 'a value that starts with a reserved character (expected it quoted)',
    BLOCK_AS_IMPLICIT_KEY: 'a nested mapping where a single value belongs (expected "key: value", or the nested keys on their own lines)',
    BLOCK_IN_FLOW: 'block syntax inside [ ] or { }',
    DUPLICATE_KEY: 'duplicate key (expected each key once in a mapping)',
    IMPOSSIBLE: 'the YAML cannot be read',
    KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
    MISSING_CHAR: 'a quote or bracket that is never closed',
    MULTILINE_IMPLICIT_KEY: 'a key that runs over several lines (expected "key: value" on one line)',
    MULTIPLE_ANCHORS: 'a value with more than one anchor',
    MULTIPLE_DOCS: 'more than one YAML document (expected one)',
    MULTIPLE_TAGS: 'a value with more than one tag',
    NON_STRING_KEY: 'a key that is not plain text',
    RESOURCE_EXHAUSTION: 'nesting or aliases beyond what a policy needs',
    TAB_AS_INDENT: 'a tab used for indentation (expected spaces)',
    TAG_RESOLVE_FAILED: 'a value that cannot be read as its tag says',
    UNEXPECTED_TOKEN: 'unexpected text (expected a key, a value or the end of the line)',
    BAD_COLLECTION_TYPE: 'a mapping or list that does not fit its tag',
  };
  return problems[code];
}

/** Turning the document into values failed: only the library's fixed reasons are kept. */
function toJsProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  // The library's guard against alias bombs.
  if (message.startsWith('Excessive alias count')) return 'aliases expand to far more values than a policy holds (a YAML alias bomb?)';
  if (message.startsWith('Unresolved alias')) return 'an alias that names no anchor defined before it';
  return 'the YAML cannot be turned into values';
}

/** Where aliases sit inside the node they name (which would make the policy infinitely deep). */
function recursiveAliasOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Alias(_key, alias) {
      const start = rangeStart(alias) ?? 0;
      const range = alias.resolve(doc)?.range;
      if (range && range[0] <= start && start < range[2]) offsets.push(start);
    },
  });
  return offsets;
}

/**
 * The message for each unknown key of an `unrecognized_keys` issue (with its own "did you mean"), kept while zod
 * still knows the mapping's known keys: the issue it returns carries the same `keys` list, not the schema.
 */
class UnknownKeyMessages {
  private readonly byKeys = new WeakMap<readonly string[], Map<string, string>>();

  remember(keys: readonly string[], known: readonly string[]): void {
    this.byKeys.set(keys, new Map(keys.map((key) => [key, unknownKeyMessage(key, known)])));
  }

  message(keys: readonly string[], key: string): string | undefined {
    return this.byKeys.get(keys)?.get(key);
  }
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = closestKnown(key, known);
  return `unknown key${near !== undefined ? ` (did you mean ${JSON.stringify(near)}?)` : known.length > 0 ? ` (expected one of: ${known.join(', ')})` : ''}`;
}

function issueMessage(issue: z.core.$ZodRawIssue, unknownKeys: UnknownKeyMessages): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `expected ${expectedName(issue.expected)}, got ${describe(issue.input)}`;
    case 'unrecognized_keys': {
      const known = issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : [];
      unknownKeys.remember(issue.keys, known);
      // Used only should the per-key messages be lost: the count, and what the mapping knows.
      return `${issue.keys.length === 1 ? 'unknown key' : `${String(issue.keys.length)} unknown keys`}${known.length > 0 ? ` (expected one of: ${known.join(', ')})` : ''}`;
    }
    default:
      return undefined;
  }
}

/**
 * The known key a typo most likely meant (at most two edits away), so the message can name it: the
 * suggestion is our own word, never the file's, and a secret is never two edits from a policy key.
 */
function closestKnown(key: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a mapping of keys';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    case 'int':
    case 'number':
      return 'a number';
    default:
      return `a ${expected}`;
  }
}

/** What a value is, never what it says: the kind, not the text. */
function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  if (value === undefined) return 'nothing';
  // A symbol or a function, which YAML does not produce.
  return typeof value;
}

/** The same for a parsed node, before it is turned into values. */
function describeNode(node: Node): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  return isScalar(node) ? describe(node.value) : 'an alias';
}

function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * Offset of the deepest node along `path` that exists: the value itself when it is there, else the
 * map that lacks it. With `atKey`, the key of the last segment (for unknown keys).
 */
function locate(doc: Document, path: readonly PathSegment[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const last = i === path.length - 1;
      const keyOffset = rangeStart(pair.key);
      const valueOffset = rangeStart(pair.value);
      offset = (last && atKey ? keyOffset : (valueOffset ?? keyOffset)) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as { range?: [number, number, number] | null }).range;
  return range?.[0];
}
