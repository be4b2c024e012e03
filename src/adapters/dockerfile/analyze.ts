/**
 * What a Dockerfile is built from: every FROM with its line, platform, stage name and target, resolved
 * with the ARGs BuildKit would use. dockerfile-ast finds the instructions (escape directive,
 * continuations, heredocs); the words of each FROM are expanded as BuildKit's shell lexer does.
 *
 * An error names the file, the line and the column and says what was expected, but never quotes the
 * file: the path may lead somewhere else (a Dockerfile symlinked to /proc/self/environ or to a
 * credentials file), and its text must not reach a log.
 */
import { DockerfileParser, Keyword, type From, type Instruction } from 'dockerfile-ast';
import type { DockerfileAnalysis, DockerfileStage, FromTarget } from '../../core/model/base-image.js';
import { configError, type GateError } from '../../core/model/errors.js';
import { ArgSyntaxError, globalArgs, type GlobalArgs, type Position } from './global-args.js';
import { EarlierStages, fromTarget } from './from-target.js';
import { instructionWords } from './instruction-words.js';
import { expandWord, ShellSyntaxError, ShellUnsupportedError } from './shell-word.js';

const KEYWORDS = new Set<string>(Object.values(Keyword));
/** BuildKit's stage name grammar (after lowercasing). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** Fails the analysis at a place in the file (0-based, as dockerfile-ast counts), or about the whole file. */
type Fail = (at: Position | undefined, problem: string) => GateError;

export function analyzeDockerfile(text: string, path: string, buildArgs: Readonly<Record<string, string>>): DockerfileAnalysis {
  const fail: Fail = (at, problem) =>
    configError(
      at === undefined
        ? `Dockerfile ${path} ${problem}`
        : `Dockerfile ${path} line ${String(at.line + 1)}, column ${String(at.character + 1)}: ${problem}`,
    );

  const dockerfile = DockerfileParser.parse(text);
  const escape = dockerfile.getEscapeCharacter();
  const instructions = dockerfile.getInstructions();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (!KEYWORDS.has(keyword)) {
      throw fail(instruction.getInstructionRange().start, 'unknown instruction (expected a Dockerfile instruction such as FROM, ARG, RUN or COPY)');
    }
  }
  const firstFrom = instructions.findIndex((instruction) => instruction.getKeyword() === 'FROM');
  if (firstFrom === -1) throw fail(undefined, 'has no FROM instruction');
  const beforeFrom = instructions.slice(0, firstFrom).find((instruction) => instruction.getKeyword() !== 'ARG');
  // The keyword is one of dockerfile-ast's known ones (checked above), not the file's own text.
  if (beforeFrom)
    throw fail(beforeFrom.getInstructionRange().start, `${beforeFrom.getKeyword()} before the first FROM (only ARG may come before it)`);

  let args: GlobalArgs;
  try {
    args = globalArgs(dockerfile.getInitialARGs(), buildArgs, escape);
  } catch (error) {
    if (error instanceof ArgSyntaxError) throw fail(error.at, error.message);
    throw error;
  }

  const stages: DockerfileStage[] = [];
  const earlier = new EarlierStages();
  // Split once: the file may have thousands of FROMs, and each needs its own lines.
  const lines = text.split('\n');
  for (const from of dockerfile.getFROMs()) {
    const stage = readFrom(lines, from, stages.length, escape, args, earlier, fail);
    stages.push(stage);
    earlier.add({ index: stage.index, name: stage.name, line: stage.line });
  }
  markForwardReferences(stages);
  return { path, stages, finalStage: stages.length - 1 };
}

/**
 * The image the final stage is built on: its FROM, followed through references to earlier stages.
 * The result's `from` is an image, scratch or unresolved; undefined only if a reference is broken.
 */
export function baseOfFinalStage(analysis: DockerfileAnalysis): DockerfileStage | undefined {
  let stage = analysis.stages[analysis.finalStage];
  // References only point backwards, so this ends; the bound guards against a hand-made analysis.
  for (let hops = 0; stage !== undefined && hops <= analysis.stages.length; hops++) {
    if (stage.from.kind !== 'stage') return stage;
    const target = stage.from.stage;
    stage = target < stage.index ? analysis.stages[target] : undefined;
  }
  return undefined;
}

function lineOf(instruction: Instruction): number {
  return instruction.getRange().start.line + 1;
}

/** The instruction's raw text after its keyword: dockerfile-ast's own argument accessors leave out the flags. */
function textAfterKeyword(lines: readonly string[], instruction: Instruction): string {
  const start = instruction.getInstructionRange().end;
  const end = instruction.getRange().end;
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
  const middle = lines.slice(start.line + 1, end.line);
  return [(lines[start.line] ?? '').slice(start.character), ...middle, (lines[end.line] ?? '').slice(0, end.character)].join('\n');
}

function readFrom(
  lines: readonly string[],
  from: From,
  index: number,
  escape: string,
  args: GlobalArgs,
  earlier: EarlierStages,
  fail: Fail,
): DockerfileStage {
  const line = lineOf(from);
  const keyword = from.getInstructionRange().start;
  const flagAt = (i: number): Position => from.getFlags()[i]?.getRange().start ?? keyword;
  // dockerfile-ast lists a FROM's arguments without its flags, as `words` is once they are shifted off.
  const wordAt = (i: number): Position => from.getArguments()[i]?.getRange().start ?? from.getArgumentsRange()?.start ?? keyword;
  const words = instructionWords(textAfterKeyword(lines, from), escape);
  let platform: string | undefined;
  for (let flagIndex = 0; words[0]?.startsWith('--'); flagIndex++) {
    const flag = words.shift() ?? '';
    const equals = flag.indexOf('=');
    const flagName = equals === -1 ? flag.slice(2) : flag.slice(2, equals);
    if (flagName !== 'platform') throw fail(flagAt(flagIndex), 'unknown flag on FROM (expected only --platform=<os>/<arch>)');
    if (equals === -1) throw fail(flagAt(flagIndex), 'FROM --platform needs a value: --platform=<os>/<arch>');
    platform = expandPlatform(flag.slice(equals + 1), escape, args, flagAt(flagIndex), fail);
  }
  const [image, as, rawName, ...extra] = words;
  if (image === undefined) throw fail(keyword, 'FROM requires an image name');
  if (as !== undefined && (as.toLowerCase() !== 'as' || rawName === undefined || extra.length > 0)) {
    throw fail(wordAt(as.toLowerCase() !== 'as' || rawName === undefined ? 1 : 3), 'expected FROM <image> [AS <name>]');
  }
  let target: FromTarget;
  try {
    target = fromTarget(image, escape, args, earlier, line);
  } catch (error) {
    if (error instanceof ShellSyntaxError) throw fail(wordAt(0), `the image name: ${error.message}`);
    throw error;
  }
  const stage: DockerfileStage = { index, line, from: target };
  if (rawName !== undefined) {
    const name = rawName.toLowerCase();
    if (!STAGE_NAME.test(name)) {
      throw fail(wordAt(2), 'invalid stage name: expected it to start with a letter and contain only letters, digits, "-", "_" and "."');
    }
    const duplicate = earlier.named(name);
    if (duplicate) throw fail(wordAt(2), `duplicate stage name (first used on line ${String(duplicate.line)})`);
    stage.name = name;
  }
  if (platform !== undefined) stage.platform = platform;
  return stage;
}

/** The platform after substitution; a variable we have no value for (e.g. $BUILDPLATFORM) stays as written. */
function expandPlatform(written: string, escape: string, args: GlobalArgs, at: Position, fail: Fail): string {
  try {
    const { value, missing } = expandWord(written, args.env, escape);
    return missing.length === 0 ? value : written;
  } catch (error) {
    if (error instanceof ShellSyntaxError) throw fail(at, `the --platform value: ${error.message}`);
    if (error instanceof ShellUnsupportedError) return written;
    throw error;
  }
}

/**
 * A FROM naming a stage defined further down is ambiguous (BuildKit resolves stage names globally,
 * the classic builder pulls an image), so it is unresolved rather than read either way.
 */
function markForwardReferences(stages: DockerfileStage[]): void {
  // The last stage of each name: a later one exists exactly when the last one is later.
  const lastByName = new Map<string, DockerfileStage>();
  for (const stage of stages) if (stage.name !== undefined) lastByName.set(stage.name, stage);
  for (const stage of stages) {
    if (stage.from.kind !== 'image') continue;
    const named = lastByName.get(stage.from.written.toLowerCase());
    // Stage names are unique (a duplicate is an error), so the one of that name is the one to report.
    const later = named !== undefined && named.index > stage.index ? named : undefined;
    if (!later) continue;
    stage.from = {
      kind: 'unresolved',
      written: stage.from.written,
      reason: `the FROM on line ${String(stage.line)} names stage ${String(later.index)}, defined later on line ${String(later.line)}; a FROM can only build on an earlier stage`,
    };
  }
}
