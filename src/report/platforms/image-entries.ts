/**
 * The step's outcomes as the reports group them: an input that is an index gated per platform yields one outcome
 * per platform (consecutive, in index order, the same `input`), and the summary, the pull request comment and the
 * check run show those as one image with its platforms. Everything else is one image per outcome, as before.
 */
import type { GateResult, ImageOutcome } from '../../core/model/result.js';

/** One platform of an index: its verdict, or why it got none. */
export interface PlatformOutcome {
  /** "linux/arm64", "linux/arm/v7": from the registry's index, so escape it for where it goes. */
  name: string;
  /** The platform manifest's digest, what was scanned; absent for a platform that errored. */
  digest?: string;
  outcome: ImageOutcome;
}

/** The platforms of one index input, in index order. */
export interface PlatformGroup {
  input: string;
  /** The repository the input names, when known: what its check run and SARIF categories are keyed by. */
  repository?: string;
  /** The index digest (what the tag points to), when a platform was judged. */
  digest?: string;
  platforms: PlatformOutcome[];
  /** The platforms that got a verdict, in index order. */
  judged: JudgedPlatform[];
}

export interface JudgedPlatform {
  name: string;
  result: GateResult;
}

export type ImageEntry = { kind: 'image'; outcome: ImageOutcome } | { kind: 'platforms'; group: PlatformGroup };

/** The platform an outcome is about, if it is one platform of an index. */
export function platformOf(outcome: ImageOutcome): string | undefined {
  return outcome.result === undefined ? outcome.platform : outcome.result.subject.platform?.name;
}

/**
 * The outcomes grouped: consecutive platform outcomes of the same input are one group. A platform name seen
 * again starts a new group, so an index asked for twice is two images, as two inputs are.
 */
export function imageEntries(outcomes: readonly ImageOutcome[]): ImageEntry[] {
  const entries: ImageEntry[] = [];
  for (const outcome of outcomes) {
    const name = platformOf(outcome);
    if (name === undefined) {
      entries.push({ kind: 'image', outcome });
      continue;
    }
    const last = entries.at(-1);
    const group =
      last?.kind === 'platforms' && last.group.input === outcome.input && !last.group.platforms.some((p) => p.name === name) ? last.group : undefined;
    const platform: PlatformOutcome = { name, outcome, ...(outcome.result?.subject.platform && { digest: outcome.result.subject.platform.digest }) };
    if (group === undefined) {
      entries.push({ kind: 'platforms', group: newGroup(outcome, platform) });
    } else {
      addPlatform(group, outcome, platform);
    }
  }
  return entries;
}

function newGroup(outcome: ImageOutcome, platform: PlatformOutcome): PlatformGroup {
  const group: PlatformGroup = { input: outcome.input, platforms: [], judged: [] };
  addPlatform(group, outcome, platform);
  return group;
}

function addPlatform(group: PlatformGroup, outcome: ImageOutcome, platform: PlatformOutcome): void {
  group.platforms.push(platform);
  const repository = outcome.result?.subject.repository ?? outcome.repository;
  if (group.repository === undefined && repository !== undefined) group.repository = repository;
  if (outcome.result === undefined) return;
  group.judged.push({ name: platform.name, result: outcome.result });
  if (group.digest === undefined && outcome.result.subject.digest !== undefined) group.digest = outcome.result.subject.digest;
}

/** The image's verdict, the worst of its platforms': error when one could not be judged, else fail when one failed. */
export function groupOutcome(group: PlatformGroup): 'pass' | 'fail' | 'error' {
  if (group.judged.length < group.platforms.length) return 'error';
  return group.judged.some((platform) => platform.result.verdict.outcome === 'fail') ? 'fail' : 'pass';
}

/** Whether the image fails the step: a platform that errored does, in audit mode too; a failing one in enforce mode. */
export function groupFailsStep(group: PlatformGroup): boolean {
  return groupOutcome(group) === 'error' || group.judged.some((platform) => platform.result.verdict.failsStep);
}

/** An entry's verdict: its outcome's, or its platforms' worst. */
export function entryOutcome(entry: ImageEntry): 'pass' | 'fail' | 'error' {
  if (entry.kind === 'platforms') return groupOutcome(entry.group);
  return entry.outcome.result === undefined ? 'error' : entry.outcome.result.verdict.outcome;
}
