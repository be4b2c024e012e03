/**
 * The ARGs a FROM can use: those declared before the first FROM (BuildKit's "meta args"), with
 * `build-args` overriding their defaults, plus the platform ARGs BuildKit predefines. Build args for
 * names not declared there do not reach FROM, as in BuildKit.
 */
import type { Arg } from 'dockerfile-ast';
import { expandWord, ShellSyntaxError, ShellUnsupportedError, type ShellEnv } from './shell-word.js';

/** Set by BuildKit from the build's platforms; we only know them when `build-args` names them. */
export const PLATFORM_ARGS: readonly string[] = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
];

export interface GlobalArgs {
  env: ShellEnv;
  /** Why a name has no value, for the FROM that needs it: "ARG X (line 3) has no default and no build-arg". */
  whyMissing(name: string): string;
}

/** A place in the file, 0-based, as dockerfile-ast counts. */
export interface Position {
  line: number;
  character: number;
}

/** An ARG before the first FROM that is not valid syntax; the message quotes nothing from the file. */
export class ArgSyntaxError extends Error {
  override readonly name = 'ArgSyntaxError';
  constructor(
    readonly at: Position,
    message: string,
  ) {
    super(message);
  }
}

export function globalArgs(args: readonly Arg[], buildArgs: Readonly<Record<string, string>>, escape: string): GlobalArgs {
  const env = new Map<string, string | undefined>();
  const reasons = new Map<string, string>();
  for (const name of PLATFORM_ARGS) {
    const value = own(buildArgs, name);
    env.set(name, value);
    // These names are BuildKit's, not the file's: they may be named.
    if (value === undefined) reasons.set(name, `${name} is set by the build's platform; pass it in build-args to resolve this FROM`);
  }
  for (const arg of args) {
    const line = arg.getRange().start.line + 1;
    const properties = arg.getProperties();
    if (properties.length === 0) throw new ArgSyntaxError(arg.getInstructionRange().start, 'ARG requires at least one argument');
    for (const property of properties) {
      const name = property.getName();
      const override = own(buildArgs, name);
      const written = property.getUnescapedValue();
      if (override !== undefined) {
        env.set(name, override);
        reasons.delete(name);
      } else if (written === null) {
        env.set(name, undefined);
        reasons.set(name, `the ARG on line ${String(line)} has no default and no build-arg`);
      } else {
        const expanded = expandDefault(written, env, escape, line, property.getRange().start);
        env.set(name, expanded.value);
        if (expanded.value === undefined) reasons.set(name, expanded.why);
        else reasons.delete(name);
      }
    }
  }
  return {
    env,
    whyMissing: (name) => reasons.get(name) ?? 'it uses a variable that no ARG before the first FROM declares',
  };
}

/** An ARG's default, expanded; why it has no value names the ARG by its line, never by its text. */
function expandDefault(
  written: string,
  env: ShellEnv,
  escape: string,
  line: number,
  at: Position,
): { value: string; why?: undefined } | { value: undefined; why: string } {
  try {
    const { value, missing } = expandWord(written, env, escape);
    if (missing.length === 0) return { value };
    const count = missing.length === 1 ? 'a variable that has' : `${String(missing.length)} variables that have`;
    return { value: undefined, why: `the ARG on line ${String(line)} has no value: its default uses ${count} none` };
  } catch (error) {
    if (error instanceof ShellSyntaxError) throw new ArgSyntaxError(at, `the ARG's default: ${error.message}`);
    if (error instanceof ShellUnsupportedError) return { value: undefined, why: `the ARG on line ${String(line)}: ${error.message}` };
    throw error;
  }
}

function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
