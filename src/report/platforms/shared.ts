/**
 * What the platforms of one index have in common, so a report says it once: findings grouped by their identity
 * (text/finding-identity.ts, the one SARIF's fingerprint uses) into "on every platform" and "only on …", and any
 * rendered text (a violation's line, a section) shown once when every platform renders it the same.
 */
import type { GateResult } from '../../core/model/result.js';
import { severityRank } from '../../core/model/severity.js';
import type { FindingStatus, JudgedFinding } from '../../core/model/verdict.js';
import { findingIdentity } from '../text/finding-identity.js';
import type { JudgedPlatform } from './image-entries.js';

/** One thing (a finding, a line) and the platforms that have it, in the image's platform order. */
export interface Shared<T> {
  key: string;
  on: { platform: string; item: T }[];
}

/**
 * The items of every platform, each distinct key once, in the order first seen. A key repeated on one platform
 * (two secrets of one rule in one file) is numbered, so the second is matched with the other platforms' second.
 */
export function shareAcross<T>(lists: readonly { platform: string; items: readonly T[] }[], key: (item: T) => string): Shared<T>[] {
  const shared = new Map<string, Shared<T>>();
  for (const { platform, items } of lists) {
    const seen = new Map<string, number>();
    for (const item of items) {
      const base = key(item);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const numbered = n === 1 ? base : `${base}#${n}`;
      let entry = shared.get(numbered);
      if (entry === undefined) {
        entry = { key: numbered, on: [] };
        shared.set(numbered, entry);
      }
      entry.on.push({ platform, item });
    }
  }
  return [...shared.values()];
}

/** A finding as the platforms that have it judged it. */
export interface SharedFinding extends Shared<JudgedFinding> {
  /** The platform's finding that decides where it sorts and which table lists it: the worst status, then the most severe. */
  lead: JudgedFinding;
}

/** The findings that are on exactly these platforms. */
export interface FindingSection {
  /** In index order. */
  platforms: string[];
  /** On every platform that got a verdict. */
  everywhere: boolean;
  findings: SharedFinding[];
}

// The finding that decides the verdict leads: a violation on one platform is a violation of the image.
const STATUS_RANK: Record<FindingStatus, number> = { violation: 0, allowed: 1, excluded: 2, ignored: 3 };

function leads(a: JudgedFinding, b: JudgedFinding): boolean {
  const byStatus = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  return byStatus < 0 || (byStatus === 0 && severityRank(a.finding.severity) > severityRank(b.finding.severity));
}

/**
 * The judged platforms' findings by where they are: first those on every platform, then those on some, the
 * sets with more platforms first, then in index order. Empty sections are left out.
 */
export function findingSections(judged: readonly JudgedPlatform[]): FindingSection[] {
  const names = judged.map((platform) => platform.name);
  const position = new Map(names.map((name, i) => [name, i]));
  const shared = shareAcross(
    judged.map(({ name, result }) => ({ platform: name, items: result.verdict.findings.map((finding) => withNeutralTarget(finding, result)) })),
    (judgedFinding) => JSON.stringify(findingIdentity(judgedFinding.finding)),
  );
  const sections = new Map<string, FindingSection>();
  for (const entry of shared) {
    const platforms = entry.on.map((on) => on.platform);
    const setKey = platforms.join('\n');
    let section = sections.get(setKey);
    if (section === undefined) {
      section = { platforms, everywhere: platforms.length === names.length, findings: [] };
      sections.set(setKey, section);
    }
    let lead = entry.on[0]?.item as JudgedFinding;
    for (const { item } of entry.on) if (leads(item, lead)) lead = item;
    section.findings.push({ ...entry, lead });
  }
  const order = (section: FindingSection): number[] => section.platforms.map((name) => position.get(name) ?? 0);
  return [...sections.values()].sort((a, b) => {
    if (a.platforms.length !== b.platforms.length) return b.platforms.length - a.platforms.length;
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  });
}

/**
 * The finding as a row shared by platforms shows it. Trivy names an OS package's target after the artifact it
 * scanned ("ghcr.io/acme/app@sha256:<platform manifest> (debian 12.1)"), which differs on every platform; with
 * the repository in its place the same finding reads the same on each, and the table gives each platform's digest.
 */
function withNeutralTarget(judged: JudgedFinding, result: GateResult): JudgedFinding {
  const artifact = result.scan.artifactName;
  const { finding } = judged;
  if (result.subject.platform === undefined || artifact === '' || !finding.target.startsWith(artifact)) return judged;
  return { ...judged, finding: { ...finding, target: `${result.subject.repository}${finding.target.slice(artifact.length)}` } };
}

/**
 * A table row for a finding several platforms have: each cell as every platform renders it when they agree,
 * else each distinct value followed by the platforms it is on ("5.0-4 (linux/amd64); 5.0-5 (linux/arm64)"),
 * so a version or a status that differs is never hidden behind another platform's. `label` escapes a
 * platform's name for the medium; `row`'s cells must already be escaped.
 */
export function sharedRow(shared: Shared<JudgedFinding>, row: (judged: JudgedFinding) => string[], label: (platform: string) => string): string[] {
  const rows = shared.on.map(({ platform, item }) => ({ platform, cells: row(item) }));
  const width = rows[0]?.cells.length ?? 0;
  return Array.from({ length: width }, (_, column) =>
    sharedValue(
      rows.map(({ platform, cells }) => ({ platform, value: cells[column] ?? '' })),
      label,
    ),
  );
}

/** One value (a cell, a fact) as every platform has it: once when they agree, else each with its platforms. */
export function sharedValue(values: readonly { platform: string; value: string }[], label: (platform: string) => string): string {
  const platformsOf = new Map<string, string[]>();
  for (const { platform, value } of values) platformsOf.set(value, [...(platformsOf.get(value) ?? []), platform]);
  if (platformsOf.size === 1) return platformsOf.keys().next().value ?? '';
  return [...platformsOf].map(([value, platforms]) => `${value} (${platforms.map(label).join(', ')})`).join('; ');
}

/**
 * Lines (a violation, an ignore rule) from every platform, each distinct line once, in the order first seen;
 * one that not every platform has is followed by `only(platforms)`.
 */
export function sharedLines(lists: readonly { platform: string; lines: readonly string[] }[], only: (platforms: string[]) => string): string[] {
  return shareAcross(
    lists.map(({ platform, lines }) => ({ platform, items: lines })),
    (line) => line,
  ).map((entry) => {
    const line = entry.on[0]?.item ?? '';
    return entry.on.length === lists.length ? line : `${line}${only(entry.on.map((on) => on.platform))}`;
  });
}

/**
 * A section (signatures, base image) rendered for every platform: once when all render it the same, else each
 * distinct rendering under `label(platforms)` for the platforms that render it so. Empty renderings are left out.
 */
export function sameOrEach(
  sections: readonly { platform: string; text: string }[],
  label: (platforms: string[]) => string,
  separator = '\n\n',
): string {
  const texts = new Map<string, string[]>();
  for (const { platform, text } of sections) texts.set(text, [...(texts.get(text) ?? []), platform]);
  const only = [...texts.keys()];
  if (only.length === 1) return only[0] ?? '';
  return [...texts]
    .filter(([text]) => text !== '')
    .map(([text, platforms]) => `${label(platforms)}${separator}${text}`)
    .join(separator);
}
