/** What one FROM's image word names, after ARG substitution: an image, an earlier stage, scratch, or unresolved. */
import type { FromTarget } from '../core/base-image.js';
import { GateError } from '../core/errors.js';
import { formatReference, parseImageReference } from '../registry/reference.js';
import type { GlobalArgs } from './global-args.js';
import { expandWord, ShellUnsupportedError } from './shell-word.js';

export interface EarlierStage {
  index: number;
  name: string | undefined;
  line: number;
}

/** Throws ShellSyntaxError when the word is not valid Dockerfile syntax: the caller names the line. */
export function fromTarget(word: string, escape: string, args: GlobalArgs, earlier: readonly EarlierStage[], line: number): FromTarget {
  let written: string;
  try {
    const expanded = expandWord(word, args.env, escape);
    if (expanded.missing.length > 0) {
      const reasons = expanded.missing.map((name) => args.whyMissing(name));
      return { kind: 'unresolved', written: word, reason: `FROM ${word} on line ${String(line)} cannot be resolved: ${reasons.join('; ')}` };
    }
    written = expanded.value;
  } catch (error) {
    if (error instanceof ShellUnsupportedError) {
      return { kind: 'unresolved', written: word, reason: `FROM ${word} on line ${String(line)}: ${error.message}` };
    }
    throw error;
  }
  if (written === '') return { kind: 'unresolved', written: word, reason: `FROM ${word} on line ${String(line)} expands to an empty image name` };
  if (written === 'scratch') return { kind: 'scratch' };

  const lower = written.toLowerCase();
  const byName = earlier.find((stage) => stage.name === lower);
  if (byName) return { kind: 'stage', written, stage: byName.index };
  if (/^\d+$/.test(written)) {
    const index = Number(written);
    if (index < earlier.length) return { kind: 'stage', written, stage: index };
  }

  try {
    const parsed = parseImageReference(written);
    const target: FromTarget = { kind: 'image', written, reference: formatReference(parsed) };
    if (parsed.tag !== undefined) target.tag = parsed.tag;
    if (parsed.digest !== undefined) target.digest = parsed.digest;
    return target;
  } catch (error) {
    if (error instanceof GateError) return { kind: 'unresolved', written, reason: `FROM on line ${String(line)}: ${error.message}` };
    throw error;
  }
}
