/**
 * The pull request comment's (and check run's) section for an index gated per platform: one image, its verdict the
 * worst of its platforms', a row per platform, each errored platform's reason, then what the platforms share said
 * once: violations, base image, signatures, and the top findings, those on every platform first, then "only on …".
 */
import type { DetailLevel } from './image-section.js';
import { baseImage, listedInComment, listLines, signatures, TOP_FINDINGS_HEADER, topFindingRow } from './image-section.js';
import type { PlatformGroup } from './platforms/image-entries.js';
import { onlyOn, platformErrors, platformLabel, platformsHeadline, platformTable } from './platforms/platform-markdown.js';
import { findingSections, sameOrEach, sharedLines, sharedRow, type FindingSection } from './platforms/shared.js';
import { details, escapeCell, escapeMarkdown, markdownTable } from './summary/markdown.js';
import { selectTop } from './text/finding-text.js';

const number = new Intl.NumberFormat('en-US');

// A rendering is tried at several levels of detail: the sections are found once per group.
const SECTIONS = new WeakMap<PlatformGroup, FindingSection[]>();

function sectionsOf(group: PlatformGroup): FindingSection[] {
  let sections = SECTIONS.get(group);
  if (sections === undefined) {
    sections = findingSections(group.judged);
    SECTIONS.set(group, sections);
  }
  return sections;
}

function onPlatforms(platforms: readonly string[]): string {
  return `**On ${platforms.map(platformLabel).join(', ')}:**`;
}

function headline(group: PlatformGroup): string {
  const pinned = group.judged[0]?.result.subject.pinned ?? group.input;
  return `${platformsHeadline(group, escapeCell(group.repository ?? group.input, 300))}\n\nImage: ${escapeCell(pinned, 400)}`;
}

function violations(group: PlatformGroup, level: DetailLevel): string {
  const lines = sharedLines(
    group.judged.map(({ name, result }) => ({
      platform: name,
      lines: result.verdict.violations.map((v) => `- ${escapeCell(v.message, 500)} (${escapeMarkdown(v.rule)})`),
    })),
    (platforms) => ` — ${onlyOn(platforms)}`,
  );
  if (lines.length === 0) return group.judged.length === 0 ? '' : 'No policy violations.';
  return [`**Violations (${number.format(lines.length)})**`, '', ...listLines(lines, level.items, 'violations')].join('\n');
}

function sectionTitle(section: FindingSection, group: PlatformGroup): string {
  if (!section.everywhere) return `**Only on ${section.platforms.map(platformLabel).join(', ')}**`;
  if (group.judged.length === 1) return `**On ${platformLabel(section.platforms[0] ?? '')}**`;
  return group.judged.length === group.platforms.length ? '**On every platform**' : '**On every platform that was judged**';
}

/** The most severe findings that are not ignored, per section, folded away: the part cut first when the comment is too long. */
function topFindings(group: PlatformGroup, rows: number): string {
  if (rows === 0) return '';
  let shown = 0;
  let found = 0;
  const parts = sectionsOf(group).flatMap((section) => {
    const byLead = new Map(section.findings.map((shared) => [shared.lead, shared]));
    const { top, total } = selectTop(
      section.findings.map((shared) => shared.lead),
      rows,
      listedInComment,
    );
    if (total === 0) return [];
    shown += top.length;
    found += total;
    const table = markdownTable(
      TOP_FINDINGS_HEADER,
      top.flatMap((lead) => {
        const shared = byLead.get(lead);
        return shared === undefined ? [] : [sharedRow(shared, topFindingRow, platformLabel)];
      }),
    );
    const count = top.length < total ? `${number.format(top.length)} of ${number.format(total)}` : number.format(total);
    return [`${sectionTitle(section, group)} (${count})\n\n${table}`];
  });
  if (found === 0) return '';
  const count = shown < found ? `${number.format(shown)} of ${number.format(found)}` : number.format(found);
  return details(`Top findings (${count}, most severe first)`, parts.join('\n\n'));
}

/** The group's part of the comment (or of its check run's summary) at the given level of detail. */
export function platformsSection(group: PlatformGroup, level: DetailLevel): string {
  const each = (render: (result: PlatformGroup['judged'][number]['result']) => string): string =>
    sameOrEach(
      group.judged.map(({ name, result }) => ({ platform: name, text: render(result) })),
      onPlatforms,
    );
  return [
    headline(group),
    platformTable(group),
    platformErrors(group),
    violations(group, level),
    each((result) => baseImage(result, level)),
    each((result) => signatures(result, level)),
    topFindings(group, level.rows),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}
