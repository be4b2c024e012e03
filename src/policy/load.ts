import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { INPUT_LIMITS, InputFileError, readInputText } from '../config/input-file.js';
import { configError, describeError } from '../core/errors.js';
import { policyFileSchema, type PolicyFile } from './schema.js';
import { publicKeyProblem } from './signatures-schema.js';

export { buildPolicy, type PolicyOverrides } from './build.js';
export type { PolicyFile } from './schema.js';

/**
 * Reads and validates a policy file. A missing file is fine only when nobody asked for it
 * explicitly (the default path); a file that was named must exist.
 */
export async function loadPolicyFile(path: string, options: { required: boolean }): Promise<PolicyFile | undefined> {
  let text: string;
  try {
    text = await readInputText(path, { what: 'policy file', maxBytes: INPUT_LIMITS.policy });
  } catch (error) {
    if (error instanceof InputFileError && error.problem === 'missing' && !options.required) return undefined;
    throw error;
  }
  const file = parsePolicyText(text, path);
  await readSignatureKeys(file, path);
  return file;
}

/**
 * Reads the key files that `signatures.keys` names by path (relative to the working directory, as
 * every path in the policy is), so that buildPolicy stays pure. Each error names the key's line.
 */
export async function readSignatureKeys(file: PolicyFile, source: string): Promise<void> {
  await readKeys(file.document.signatures?.keys ?? [], file.signatureKeys ?? [], 'signatures.keys', source);
  await readKeys(file.document['base-image']?.signed?.keys ?? [], file.baseImageKeys ?? [], 'base-image.signed.keys', source);
}

async function readKeys(
  keys: readonly { path?: string | undefined }[],
  located: { line: number; pemFromPath?: string }[],
  name: string,
  source: string,
): Promise<void> {
  for (const [index, key] of keys.entries()) {
    const entry = located[index];
    if (key.path === undefined || entry === undefined) continue;
    const where = `${source} line ${entry.line}: ${name}[${index}].path`;
    let pem: string;
    try {
      pem = await readInputText(key.path, { what: 'key file', maxBytes: INPUT_LIMITS.publicKey });
    } catch (error) {
      throw configError(`${where}: ${describeError(error)}`, error);
    }
    const problem = publicKeyProblem(pem);
    if (problem !== undefined) throw configError(`${where}: key file ${key.path} ${problem}`);
    entry.pemFromPath = pem;
  }
}

type PathSegment = string | number;

/** Parses policy YAML; every error names the source, the line and the key path. */
export function parsePolicyText(text: string, source: string): PolicyFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = problem.linePos?.[0].line ?? lineCounter.linePos(problem.pos[0]).line;
    const more = doc.errors.length + doc.warnings.length - 1;
    throw configError(`${source} line ${line}: ${yamlProblem(doc, problem.code, problem.message, problem.pos)}${andMore(more)}`);
  }
  // An empty file (or only comments, or a bare "---") is a policy that sets nothing: the defaults apply.
  const contents = isScalar(doc.contents) && doc.contents.value === null ? null : doc.contents;
  if (contents !== null && !isMap(contents)) {
    const line = lineCounter.linePos(contents.range[0]).line;
    throw configError(`${source} line ${line}: the policy must be a mapping of keys (e.g. "vulnerabilities:"), got ${describe(doc.toJS())}`);
  }
  const recursive = recursiveAliasOffset(doc);
  if (recursive !== undefined) {
    throw configError(`${source} line ${lineCounter.linePos(recursive).line}: an alias refers to the node that contains it`);
  }
  let data: unknown = {};
  try {
    if (contents !== null) data = doc.toJS({ reviver: dateAsText });
  } catch (error) {
    // e.g. the library's guard against alias bombs ("Excessive alias count").
    throw configError(`${source}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  const result = policyFileSchema.safeParse(data, { reportInput: true, error: issueMessage });
  if (!result.success) {
    const located = result.error.issues.map((issue) => {
      const keyPath: PathSegment[] = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
      // One unknown key is pointed at itself; several at the first, under their common parent.
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      if (unknownKey !== undefined && issue.code === 'unrecognized_keys' && issue.keys.length > 1) {
        return { keyPath, offset: locate(doc, [...keyPath, unknownKey], true), message: issue.message };
      }
      if (unknownKey !== undefined) keyPath.push(unknownKey);
      const offset = locate(doc, keyPath, unknownKey !== undefined);
      return { keyPath, offset, message: issue.message };
    });
    // The earliest in the file; of several at one place, the first zod reported.
    const first = located.reduce((earliest, item) => (item.offset < earliest.offset ? item : earliest));
    const where = first.keyPath.length > 0 ? `${formatPath(first.keyPath)}: ` : '';
    throw configError(
      `${source} line ${lineCounter.linePos(first.offset).line}: ${where}${first.message}${andMore(located.length - 1)}`,
    );
  }
  const ignore = doc.get('ignore', true);
  const ignoreLines = isSeq(ignore)
    ? ignore.items.map((item) => lineCounter.linePos(rangeStart(item as Node | null) ?? 0).line)
    : [];
  const itemLines = (path: string[]): { line: number }[] => {
    const seq = doc.getIn(path, true);
    return isSeq(seq)
      ? seq.items.map((item) => ({ line: lineCounter.linePos(rangeStart(item as Node | null) ?? 0).line }))
      : [];
  };
  const signatureKeys = itemLines(['signatures', 'keys']);
  const baseImageKeys = itemLines(['base-image', 'signed', 'keys']);
  return {
    document: result.data,
    ignoreLines,
    ...(signatureKeys.length > 0 && { signatureKeys }),
    ...(baseImageKeys.length > 0 && { baseImageKeys }),
  };
}

/** YAML 1.1 documents (%YAML 1.1) turn unquoted dates into Dates; the schema reads dates as text. */
function dateAsText(_key: unknown, value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function yamlProblem(doc: Document, code: string, message: string, pos: [number, number]): string {
  if (code === 'DUPLICATE_KEY') {
    const key = keyAt(doc, pos[0]);
    if (key !== undefined) return `duplicate key ${JSON.stringify(key)}`;
  }
  // The library appends "at line L, column C:" and a source excerpt; we give the line ourselves.
  const first = message.split('\n', 1)[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

function keyAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && rangeStart(pair.key) === offset) {
        found = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Where an alias sits inside the node it names (which would make the policy infinitely deep), if anywhere. */
function recursiveAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, alias) {
      const start = rangeStart(alias) ?? 0;
      const range = alias.resolve(doc)?.range;
      if (range && range[0] <= start && start < range[2]) {
        offset = start;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `expected ${expectedName(issue.expected)}, got ${describe(issue.input)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
      const known = issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : [];
      const expected = known.length > 0 ? ` (expected one of: ${known.join(', ')})` : '';
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys}${expected}`;
    }
    default:
      return undefined;
  }
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

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) {
    return `${typeof value} ${String(value)}`;
  }
  // A symbol or a function, which YAML does not produce.
  return typeof value;
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

function andMore(n: number): string {
  return n > 0 ? ` (and ${n} more ${n === 1 ? 'problem' : 'problems'})` : '';
}
