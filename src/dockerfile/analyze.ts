/**
 * What a Dockerfile is built from: every FROM with its line, platform, stage name and target, resolved
 * with the ARGs BuildKit would use. dockerfile-ast finds the instructions (escape directive,
 * continuations, heredocs); the words of each FROM are expanded as BuildKit's shell lexer does.
 */
import { DockerfileParser, Keyword, type From, type Instruction } from 'dockerfile-ast';
import type { DockerfileAnalysis, DockerfileStage, FromTarget } from '../core/base-image.js';
import { configError, type GateError } from '../core/errors.js';
import { ArgSyntaxError, globalArgs, type GlobalArgs } from './global-args.js';
import { fromTarget, type EarlierStage } from './from-target.js';
import { instructionWords } from './instruction-words.js';
import { expandWord, ShellSyntaxError, ShellUnsupportedError } from './shell-word.js';

const KEYWORDS = new Set<string>(Object.values(Keyword));
/** BuildKit's stage name grammar (after lowercasing). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export function analyzeDockerfile(text: string, path: string, buildArgs: Readonly<Record<string, string>>): DockerfileAnalysis {
  const fail = (line: number | undefined, problem: string): GateError =>
    configError(line === undefined ? `Dockerfile ${path} ${problem}` : `Dockerfile ${path} line ${String(line)}: ${problem}`);

  const dockerfile = DockerfileParser.parse(text);
  const escape = dockerfile.getEscapeCharacter();
  const instructions = dockerfile.getInstructions();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (!KEYWORDS.has(keyword)) throw fail(lineOf(instruction), `unknown instruction "${instruction.getInstruction()}"`);
  }
  const firstFrom = instructions.findIndex((instruction) => instruction.getKeyword() === 'FROM');
  if (firstFrom === -1) throw fail(undefined, 'has no FROM instruction');
  const beforeFrom = instructions.slice(0, firstFrom).find((instruction) => instruction.getKeyword() !== 'ARG');
  if (beforeFrom) throw fail(lineOf(beforeFrom), `${beforeFrom.getKeyword()} before the first FROM (only ARG may come before it)`);

  let args: GlobalArgs;
  try {
    args = globalArgs(dockerfile.getInitialARGs(), buildArgs, escape);
  } catch (error) {
    if (error instanceof ArgSyntaxError) throw fail(error.line, error.message);
    throw error;
  }

  const stages: DockerfileStage[] = [];
  const earlier: EarlierStage[] = [];
  for (const from of dockerfile.getFROMs()) {
    const stage = readFrom(text, from, stages.length, escape, args, earlier, fail);
    stages.push(stage);
    earlier.push({ index: stage.index, name: stage.name, line: stage.line });
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
function textAfterKeyword(text: string, instruction: Instruction): string {
  const lines = text.split('\n');
  const start = instruction.getInstructionRange().end;
  const end = instruction.getRange().end;
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
  const middle = lines.slice(start.line + 1, end.line);
  return [(lines[start.line] ?? '').slice(start.character), ...middle, (lines[end.line] ?? '').slice(0, end.character)].join('\n');
}

function readFrom(
  text: string,
  from: From,
  index: number,
  escape: string,
  args: GlobalArgs,
  earlier: readonly EarlierStage[],
  fail: (line: number | undefined, problem: string) => GateError,
): DockerfileStage {
  const line = lineOf(from);
  const words = instructionWords(textAfterKeyword(text, from), escape);
  let platform: string | undefined;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift() ?? '';
    const equals = flag.indexOf('=');
    const flagName = equals === -1 ? flag.slice(2) : flag.slice(2, equals);
    if (flagName !== 'platform') throw fail(line, `unknown flag on FROM: --${flagName}`);
    if (equals === -1) throw fail(line, 'FROM --platform needs a value: --platform=<os>/<arch>');
    platform = expandPlatform(flag.slice(equals + 1), escape, args, line, fail);
  }
  const [image, as, rawName, ...extra] = words;
  if (image === undefined) throw fail(line, 'FROM requires an image name');
  if (as !== undefined && (as.toLowerCase() !== 'as' || rawName === undefined || extra.length > 0)) {
    throw fail(line, `FROM takes "<image> [AS <name>]", not "${words.join(' ')}"`);
  }
  let target: FromTarget;
  try {
    target = fromTarget(image, escape, args, earlier, line);
  } catch (error) {
    if (error instanceof ShellSyntaxError) throw fail(line, `FROM ${image}: ${error.message}`);
    throw error;
  }
  const stage: DockerfileStage = { index, line, from: target };
  if (rawName !== undefined) {
    const name = rawName.toLowerCase();
    if (!STAGE_NAME.test(name)) throw fail(line, `invalid stage name "${rawName}": it must start with a letter and contain only letters, digits, "-", "_" and "."`);
    const duplicate = earlier.find((other) => other.name === name);
    if (duplicate) throw fail(line, `duplicate stage name "${name}" (first used on line ${String(duplicate.line)})`);
    stage.name = name;
  }
  if (platform !== undefined) stage.platform = platform;
  return stage;
}

/** The platform after substitution; a variable we have no value for (e.g. $BUILDPLATFORM) stays as written. */
function expandPlatform(
  written: string,
  escape: string,
  args: GlobalArgs,
  line: number,
  fail: (line: number | undefined, problem: string) => GateError,
): string {
  try {
    const { value, missing } = expandWord(written, args.env, escape);
    return missing.length === 0 ? value : written;
  } catch (error) {
    if (error instanceof ShellSyntaxError) throw fail(line, `FROM --platform=${written}: ${error.message}`);
    if (error instanceof ShellUnsupportedError) return written;
    throw error;
  }
}

/**
 * A FROM naming a stage defined further down is ambiguous (BuildKit resolves stage names globally,
 * the classic builder pulls an image), so it is unresolved rather than read either way.
 */
function markForwardReferences(stages: DockerfileStage[]): void {
  for (const stage of stages) {
    if (stage.from.kind !== 'image') continue;
    const written = stage.from.written.toLowerCase();
    const later = stages.find((other) => other.index > stage.index && other.name === written);
    if (!later) continue;
    stage.from = {
      kind: 'unresolved',
      written: stage.from.written,
      reason: `"${stage.from.written}" names stage ${String(later.index)} defined later on line ${String(later.line)}; a FROM can only build on an earlier stage`,
    };
  }
}
