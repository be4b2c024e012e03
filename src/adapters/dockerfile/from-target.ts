/**
 * What one FROM's image word names, after ARG substitution: an image, an earlier stage, scratch, or
 * unresolved. An unresolved FROM's reason names its line, never its text or its variables' names.
 */
import type { FromTarget } from '../../core/model/base-image.js';
import { GateError } from '../../core/model/errors.js';
import { formatReference, parseImageReference } from '../../core/model/image-reference.js';
import type { GlobalArgs } from './global-args.js';
import { expandWord, ShellUnsupportedError } from './shell-word.js';

export interface EarlierStage {
  index: number;
  name: string | undefined;
  line: number;
}

/** The stages before the FROM being read, found by name in constant time (a Dockerfile may have thousands). */
export class EarlierStages {
  private readonly byName = new Map<string, EarlierStage>();
  count = 0;

  add(stage: EarlierStage): void {
    this.count++;
    if (stage.name !== undefined && !this.byName.has(stage.name)) this.byName.set(stage.name, stage);
  }

  /** The first earlier stage of that (lowercase) name. */
  named(name: string): EarlierStage | undefined {
    return this.byName.get(name);
  }
}

/** Throws ShellSyntaxError when the word is not valid Dockerfile syntax: the caller names the line. */
export function fromTarget(word: string, escape: string, args: GlobalArgs, earlier: EarlierStages, line: number): FromTarget {
  let written: string;
  try {
    const expanded = expandWord(word, args.env, escape);
    if (expanded.missing.length > 0) {
      const reasons = expanded.missing.map((name) => args.whyMissing(name));
      return {
        kind: 'unresolved',
        written: word,
        reason: `the FROM on line ${String(line)} cannot be resolved: ${[...new Set(reasons)].join('; ')}`,
      };
    }
    written = expanded.value;
  } catch (error) {
    if (error instanceof ShellUnsupportedError) {
      return { kind: 'unresolved', written: word, reason: `the FROM on line ${String(line)}: ${error.message}` };
    }
    throw error;
  }
  if (written === '') return { kind: 'unresolved', written: word, reason: `the FROM on line ${String(line)} expands to an empty image name` };
  if (written === 'scratch') return { kind: 'scratch' };

  const lower = written.toLowerCase();
  const byName = earlier.named(lower);
  if (byName) return { kind: 'stage', written, stage: byName.index };
  if (/^\d+$/.test(written)) {
    const index = Number(written);
    if (index < earlier.count) return { kind: 'stage', written, stage: index };
  }

  try {
    const parsed = parseImageReference(written);
    const target: FromTarget = { kind: 'image', written, reference: formatReference(parsed) };
    if (parsed.tag !== undefined) target.tag = parsed.tag;
    if (parsed.digest !== undefined) target.digest = parsed.digest;
    return target;
  } catch (error) {
    // parseImageReference's message quotes the text; the reason says what was expected instead.
    if (error instanceof GateError) {
      return {
        kind: 'unresolved',
        written,
        reason: `the FROM on line ${String(line)} does not name a valid image (expected [registry/]repository[:tag][@digest], lowercase)`,
      };
    }
    throw error;
  }
}
