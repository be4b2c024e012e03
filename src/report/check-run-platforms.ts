/**
 * The check run of an index gated per platform: one per image, not per platform, so a required check is one
 * check whatever the index holds. Its title names the worst outcome and how the platforms fared, its summary
 * lists each platform's verdict (platforms-section.ts), and its annotations are every platform's, each once:
 * a finding all platforms have is one annotation, one that only some have says which.
 */
import type { CheckAnnotation, CheckRunOutput, Item } from './check-run.js';
import { annotationsAt, CHECK_OUTPUT_MAX_CHARS, CHECK_TITLE_LENGTH, items, MESSAGE_LENGTH, text, unannotatedText } from './check-run.js';
import { groupFailsStep, groupOutcome, type PlatformGroup } from './platforms/image-entries.js';
import { platformCounts } from './platforms/platform-markdown.js';
import { shareAcross, sharedValue } from './platforms/shared.js';
import { fitRendering, fullDetailsLine } from './pr-comment.js';
import { platformsSection } from './platforms-section.js';
import { escapeCell } from './summary/markdown.js';

const LEVEL_RANK: Record<Item['level'], number> = { failure: 2, warning: 1, notice: 0 };
const number = new Intl.NumberFormat('en-US');

/**
 * Every platform's items, each once, most important first. A finding is matched across platforms by its identity,
 * anything else by its text. One that differs by platform (a finding violating on one, allowed on another) takes
 * the worst level and names each platform's message; one that not every judged platform has ends "Only on …".
 */
function platformItems(group: PlatformGroup): Item[] {
  const judged = group.judged.length;
  const shared = shareAcross(
    group.judged.map(({ name, result }) => ({ platform: name, items: items(result) })),
    (item) => item.finding ?? JSON.stringify([item.level, item.title, item.message, item.line]),
  );
  const merged = shared.map(({ on }): Item => {
    let lead = on[0]?.item as Item;
    for (const { item } of on) if (LEVEL_RANK[item.level] > LEVEL_RANK[lead.level]) lead = item;
    const message = sharedValue(
      on.map(({ platform, item }) => ({ platform, value: item.message })),
      (platform) => platform,
    );
    const only = on.length < judged ? ` Only on ${on.map(({ platform }) => platform).join(', ')}.` : '';
    return { ...lead, message: text(`${message}${only}`, MESSAGE_LENGTH) };
  });
  // Stable: within a level, in the order the platforms list them (failing base checks, violations, findings, …).
  return merged.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
}

/** Every annotation of the image's check run, each once across its platforms; none without a Dockerfile. */
export function platformsCheckRunAnnotations(group: PlatformGroup): CheckAnnotation[] {
  return annotationsAt(platformItems(group), group.judged[0]?.result.dockerfile);
}

const TITLES = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' } as const;

/**
 * The check run's output for the image: failure when a platform errored or failed in enforce mode, neutral for a
 * failure in audit mode only, success when every platform passed.
 */
export function platformsCheckRunOutput(group: PlatformGroup, options: { runUrl?: string } = {}): CheckRunOutput {
  const outcome = groupOutcome(group);
  const audit = outcome === 'fail' && !groupFailsStep(group) ? ' (audit mode)' : '';
  const count = group.platforms.length;
  const title = text(
    `${TITLES[outcome]}${audit} · ${group.repository ?? group.input} · ${number.format(count)} platform${count === 1 ? '' : 's'}: ${platformCounts(group)}`,
    CHECK_TITLE_LENGTH,
  );
  const all = platformItems(group);
  const dockerfile = group.judged[0]?.result.dockerfile;
  const where =
    dockerfile !== undefined
      ? `${number.format(all.length)} annotation${all.length === 1 ? '' : 's'} on ${escapeCell(dockerfile.path, 300)}.`
      : all.length === 0
        ? ''
        : 'No Dockerfile was given, so the findings are listed in the details below instead of annotated.';
  const summary = fitRendering(
    (level, cut) =>
      [platformsSection(group, level), where, fullDetailsLine(options.runUrl, cut, CHECK_OUTPUT_MAX_CHARS)]
        .filter((part) => part !== '')
        .join('\n\n'),
    CHECK_OUTPUT_MAX_CHARS,
    `\n\n…cut here. ${fullDetailsLine(options.runUrl, true, CHECK_OUTPUT_MAX_CHARS)}`,
  );
  return {
    title,
    summary,
    ...(dockerfile === undefined && all.length > 0 && { text: unannotatedText(all, options.runUrl) }),
    conclusion: outcome === 'pass' ? 'success' : groupFailsStep(group) ? 'failure' : 'neutral',
  };
}
