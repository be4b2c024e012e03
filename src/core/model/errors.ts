/**
 * Every failure says whose fault it is, because each maps to one exit behaviour:
 * - config: the user's input (inputs, policy file, image reference, report file) is wrong;
 * - infrastructure: a registry, Trivy, Docker or the network failed.
 * A policy violation is not an error: it is a verdict.
 * All of them end the step as failed (exit 2 in the CLI); none is ever a pass.
 */
export type GateErrorKind = 'config' | 'infrastructure';

export class GateError extends Error {
  override readonly name = 'GateError';
  constructor(
    readonly kind: GateErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * One mistake at a place in a file the user wrote (the policy file). The message names the file, the line and
 * the column and says what is wrong, never what the file holds (it may be the wrong file, a secret).
 */
export interface FileMistake {
  /** The file relative to the workspace, for an annotation on its line; absent when it is not a file of the checkout. */
  file?: string;
  line: number;
  column: number;
  /** One line: "<file> line L, column C: <what is wrong>". */
  message: string;
}

/**
 * The mistakes found in one file, in the file's order: the message has one line for each, so none is hidden,
 * and `unlisted` (a line that counts those beyond a bound, when there are) last.
 */
export class FileMistakesError extends GateError {
  constructor(
    readonly mistakes: readonly FileMistake[],
    unlisted?: string,
  ) {
    super('config', [...mistakes.map((mistake) => mistake.message), ...(unlisted === undefined ? [] : [unlisted])].join('\n'));
  }
}

/** The mistakes an error lists at their lines, if it is one that does. */
export function fileMistakes(error: unknown): readonly FileMistake[] | undefined {
  return error instanceof FileMistakesError ? error.mistakes : undefined;
}

export function configError(message: string, cause?: unknown): GateError {
  return new GateError('config', message, { cause });
}

export function infrastructureError(message: string, cause?: unknown): GateError {
  return new GateError('infrastructure', message, { cause });
}

/** What a thrown value says, as it says it: an Error's message, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One line for the user: our own messages as they are, anything else with its class name. */
export function describeError(error: unknown): string {
  if (error instanceof GateError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
