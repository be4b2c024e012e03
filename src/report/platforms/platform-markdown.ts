/**
 * The Markdown every report of a multi-platform image opens with (job summary, pull request comment, check run):
 * the image's verdict, the worst of its platforms', then one row per platform with its digest, verdict and
 * counts, and why each platform that errored got no verdict. Platform names come from the registry's index and
 * are escaped like any registry text.
 */
import { SEVERITIES, type Severity } from '../../core/model/severity.js';
import { escapeCell, markdownTable } from '../summary/markdown.js';
import { groupOutcome, type PlatformGroup } from './image-entries.js';

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();
const number = new Intl.NumberFormat('en-US');
const HEADLINES = { pass: '✅ PASS', fail: '❌ FAIL', error: '⛔ ERROR' } as const;

/** A platform's name in Markdown prose or a cell. */
export function platformLabel(name: string): string {
  return escapeCell(name, 60);
}

/** "only on linux/arm64", "only on linux/arm64, linux/arm/v7": names escaped. */
export function onlyOn(platforms: readonly string[]): string {
  return `only on ${platforms.map(platformLabel).join(', ')}`;
}

/** "sha256:0123456789ab": enough to tell platforms apart in a table; the result file has the whole digest. */
export function shortDigest(digest: string | undefined): string {
  if (digest === undefined) return '–';
  const [algorithm, hex] = digest.split(':');
  return hex === undefined ? escapeCell(digest, 20) : escapeCell(`${algorithm}:${hex.slice(0, 12)}`, 20);
}

/** "2 passed, 1 failed, 1 could not be judged", the parts that are not zero. */
export function platformCounts(group: PlatformGroup): string {
  const failed = group.judged.filter((platform) => platform.result.verdict.outcome === 'fail').length;
  const errored = group.platforms.length - group.judged.length;
  const parts = [
    [group.judged.length - failed, 'passed'],
    [failed, 'failed'],
    [errored, 'could not be judged'],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, words]) => `${number.format(count)} ${words}`)
    .join(', ');
}

/**
 * The image's headline: its worst outcome, audit mode, the repository (already escaped by the caller) and how
 * its platforms fared. An error on one platform makes the image ERROR: it was not judged whole.
 */
export function platformsHeadline(group: PlatformGroup, repository: string): string {
  const outcome = groupOutcome(group);
  const audit = group.judged.some((platform) => platform.result.verdict.mode === 'audit');
  const count = group.platforms.length;
  const lines = [
    `### ${HEADLINES[outcome]}${audit ? ' (audit mode)' : ''}: ${repository} · ${number.format(count)} platform${count === 1 ? '' : 's'}: ${platformCounts(group)}`,
  ];
  if (audit && outcome !== 'error') {
    lines.push(
      '',
      outcome === 'fail'
        ? '> **Audit mode:** the policy is breached, but the step does not fail on it.'
        : '> **Audit mode:** a breach would be reported here without failing the step.',
    );
  }
  return lines.join('\n');
}

/** One row per platform, in index order: its digest, its verdict, vulnerabilities found per severity, secrets, violations. */
export function platformTable(group: PlatformGroup): string {
  const rows = group.platforms.map((platform) => {
    const result = platform.outcome.result;
    const name = platformLabel(platform.name);
    if (result === undefined) return [name, shortDigest(platform.digest), HEADLINES.error, ...MOST_SEVERE_FIRST.map(() => '–'), '–', '–'];
    const { counts, violations, outcome, mode } = result.verdict;
    return [
      name,
      shortDigest(platform.digest),
      `${HEADLINES[outcome]}${outcome === 'fail' && mode === 'audit' ? ' (audit)' : ''}`,
      ...MOST_SEVERE_FIRST.map((severity) => number.format(counts.vulnerabilities[severity])),
      number.format(counts.secrets),
      number.format(violations.length),
    ];
  });
  return markdownTable(['Platform', 'Digest', 'Verdict', ...MOST_SEVERE_FIRST, 'Secrets', 'Violations'], rows);
}

/** Why each platform that errored got no verdict, one list line each; '' when none did. */
export function platformErrors(group: PlatformGroup, maxLength = 2_000): string {
  return group.platforms
    .flatMap((platform) =>
      platform.outcome.result === undefined
        ? [`- ⛔ **${platformLabel(platform.name)}** could not be judged, so the step fails: ${escapeCell(platform.outcome.error, maxLength)}`]
        : [],
    )
    .join('\n');
}
