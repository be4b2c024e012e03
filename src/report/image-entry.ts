import type { GateResult } from '../core/result.js';

/**
 * One input of the step as the reports see it: the verdict it got, or why it got none. The same shape as
 * the gate's ImageOutcome, so the shells pass those straight in; reports never import the gate.
 */
export interface ImageEntry {
  /** The image as the user gave it. */
  input: string;
  result?: GateResult | undefined;
  /** Why no verdict could be reached for this image. */
  error?: string | undefined;
}

export type JudgedEntry = { input: string; result: GateResult } | { input: string; error: string };

/**
 * The entry as exactly one of a verdict or an error. An error wins over a result, and an entry with
 * neither is an error too: what was not judged is never reported as judged.
 */
export function judgedEntry(entry: ImageEntry): JudgedEntry {
  if (entry.error !== undefined) return { input: entry.input, error: entry.error };
  if (entry.result !== undefined) return { input: entry.input, result: entry.result };
  return { input: entry.input, error: 'no verdict was reached for this image' };
}
