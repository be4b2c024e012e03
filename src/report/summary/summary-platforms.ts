/**
 * The job summary's section for an index gated per platform: one image, its verdict the worst of its platforms',
 * a row per platform (digest, verdict, counts), then what the platforms share said once and what differs said
 * with where: findings on every platform in one set of tables, then "only on linux/arm64" for the rest; a
 * violation, a signature or base-image section, an ignore rule once when every platform has it alike.
 */
import { selectTop } from '../text/finding-text.js';
import { SUBJECT_FILE_LABELS, subjectImage } from '../text/subject-text.js';
import { groupOutcome, type PlatformGroup } from '../platforms/image-entries.js';
import { onlyOn, platformErrors, platformLabel, platformsHeadline, platformTable } from '../platforms/platform-markdown.js';
import { findingSections, sameOrEach, sharedLines, sharedRow, sharedValue, type FindingSection, type SharedFinding } from '../platforms/shared.js';
import { findingTable, ignoreRuleLists, TABLES, type TableSpec } from './finding-tables.js';
import { escapeCell, escapeMarkdown } from './markdown.js';
import { baseImageSection } from './summary-base-image.js';
import { signaturesSection } from './summary-signatures.js';

const number = new Intl.NumberFormat('en-US');

/** A group's finding sections with the few findings of each table a summary can show, picked once. */
export interface PreparedPlatforms {
  group: PlatformGroup;
  sections: { section: FindingSection; tables: { spec: TableSpec; picked: { top: SharedFinding[]; total: number } }[] }[];
}

export function preparePlatforms(group: PlatformGroup, mostRows: number): PreparedPlatforms {
  return {
    group,
    sections: findingSections(group.judged).map((section) => {
      // Picked by each finding's lead (its worst status on any platform), as one image's findings are picked.
      const byLead = new Map(section.findings.map((shared) => [shared.lead, shared]));
      const leads = section.findings.map((shared) => shared.lead);
      return {
        section,
        tables: TABLES.map((spec) => {
          const { top, total } = selectTop(leads, mostRows, spec.lists);
          return { spec, picked: { top: top.flatMap((lead) => byLead.get(lead) ?? []), total } };
        }),
      };
    }),
  };
}

/** "On linux/amd64, linux/arm64:" over a rendering that only those platforms have. */
function onPlatforms(platforms: readonly string[]): string {
  return `**On ${platforms.map(platformLabel).join(', ')}:**`;
}

function facts(group: PlatformGroup): string {
  const subject = group.judged[0]?.result.subject;
  const lines = [`- **Image:** ${escapeCell(subject === undefined ? group.input : subjectImage(subject), 300)}`];
  const file = subject?.file;
  if (file !== undefined) lines.push(`- **${SUBJECT_FILE_LABELS[file.kind]}:** ${escapeCell(file.path, 300)}`);
  lines.push(
    `- **Digest:** ${group.digest === undefined ? 'not known' : escapeCell(group.digest, 100)} (the index; each platform's own manifest is in the table)`,
  );
  if (group.judged.some((platform) => platform.result.subject.identity === 'asserted')) {
    lines.push('- **Identity:** ⚠️ asserted, not verified: the report is taken at its word that it is about this image');
  }
  const os = group.judged.map(({ name, result }) => {
    const os = result.scan.os;
    const eosl = os?.eosl === true ? ' ⚠️ **end of life**: the distribution no longer gets security fixes' : '';
    return { platform: name, value: os === undefined ? '–' : `${escapeCell(`${os.family} ${os.name}`, 100)}${eosl}` };
  });
  if (os.some(({ value }) => value !== '–')) lines.push(`- **OS:** ${sharedValue(os, platformLabel)}`);
  const scans = group.judged.map(({ name, result }) => {
    const trivy = result.scan.trivyVersion === undefined ? '' : ` (Trivy ${escapeCell(result.scan.trivyVersion, 40)})`;
    return { platform: name, value: `${escapeCell(result.scan.source, 300)}${trivy}` };
  });
  if (scans.length > 0) lines.push(`- **Scan:** ${sharedValue(scans, platformLabel)}`);
  return lines.join('\n');
}

function violations(group: PlatformGroup): string {
  const lines = sharedLines(
    group.judged.map(({ name, result }) => ({
      platform: name,
      lines: result.verdict.violations.map((v) => `- ${escapeMarkdown(v.message)} (${escapeMarkdown(v.rule)})`),
    })),
    (platforms) => ` — ${onlyOn(platforms)}`,
  );
  if (lines.length === 0) return group.judged.length === 0 ? '' : 'No policy violations.';
  return [`**Violations (${number.format(lines.length)})**`, '', ...lines].join('\n');
}

function sectionTitle(section: FindingSection, group: PlatformGroup): string {
  const count = section.findings.length;
  const findings = `${number.format(count)} finding${count === 1 ? '' : 's'}`;
  if (!section.everywhere) return `#### Only on ${section.platforms.map(platformLabel).join(', ')} (${findings})`;
  if (group.judged.length === 1) return `#### On ${platformLabel(section.platforms[0] ?? '')} (${findings})`;
  const every = group.judged.length === group.platforms.length ? 'On every platform' : 'On every platform that was judged';
  return `#### ${every} (${findings})`;
}

function findingSection(prepared: PreparedPlatforms['sections'][number], group: PlatformGroup, rows: number, cut: boolean): string {
  const failing = groupOutcome(group) !== 'pass';
  const tables = prepared.tables.map(({ spec, picked }) =>
    findingTable(picked, rows, cut, spec, spec.openOnFail && failing, (shared: SharedFinding) => sharedRow(shared, spec.row, platformLabel)),
  );
  return [sectionTitle(prepared.section, group), ...tables].filter((part) => part !== '').join('\n\n');
}

/** Each judged platform's rendering of a section, shown once when they all agree (see sameOrEach). */
function perPlatform(group: PlatformGroup, render: (result: PlatformGroup['judged'][number]['result']) => string): string {
  return sameOrEach(
    group.judged.map(({ name, result }) => ({ platform: name, text: render(result) })),
    onPlatforms,
  );
}

/** The group's section at the given number of table rows. */
export function renderPlatforms(prepared: PreparedPlatforms, rows: number, cut: boolean): string {
  const { group } = prepared;
  const sections = [
    platformsHeadline(group, escapeMarkdown(group.repository ?? group.input)),
    facts(group),
    platformTable(group),
    platformErrors(group),
    violations(group),
    perPlatform(group, (result) => signaturesSection(result, Math.max(rows, 5), cut)),
    perPlatform(group, (result) => baseImageSection(result, rows)),
    ...prepared.sections.map((section) => findingSection(section, group, rows, cut)),
    perPlatform(group, (result) => ignoreRuleLists(result, rows, cut)),
  ];
  return sections.filter((section) => section !== '').join('\n\n');
}

/** The least that still answers "did it pass, and why not", per platform. */
export function renderPlatformsHeadlineOnly(prepared: PreparedPlatforms): string {
  const { group } = prepared;
  return [
    platformsHeadline(group, escapeMarkdown(group.repository ?? group.input)),
    platformTable(group),
    platformErrors(group, 300),
    'Details were left out to fit the 1 MiB job summary limit; image-gate-result.json has them.',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}
