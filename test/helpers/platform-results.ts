/**
 * What the reports of a multi-platform image render: one outcome per platform of an index, consecutive, with the
 * same input, each result naming its platform and the index digest, as the gate hands them to the reports.
 */
import { createHash } from 'node:crypto';
import type { Finding, ScanReport } from '../../src/core/model/findings.js';
import type { GateResult, ImageOutcome } from '../../src/core/model/result.js';
import { gateResult, REPOSITORY, type GateResultOptions } from './gate-result.js';

/** A platform manifest's digest, made up from its name so each platform has its own. */
export function platformDigest(name: string): string {
  return `sha256:${createHash('sha256').update(name).digest('hex')}`;
}

/** A judged platform: its scan (a recorded report), judged as gateResult judges, or why it got no verdict. */
export type PlatformSpec = { name: string; scan: ScanReport; options?: GateResultOptions } | { name: string; error: string };

/** The result of one platform of the index `REPOSITORY:1.0` (or the options' repository). */
export function platformResult(name: string, scan: ScanReport, options: GateResultOptions = {}): GateResult {
  const result = gateResult(scan, options);
  return { ...result, subject: { ...result.subject, platform: { name, digest: platformDigest(name) } } };
}

/** The outcomes of one index input, one per platform in the order given. */
export function platformOutcomes(...platforms: PlatformSpec[]): ImageOutcome[] {
  return platforms.map((platform): ImageOutcome => {
    if ('error' in platform) return { input: `${REPOSITORY}:1.0`, error: platform.error, repository: REPOSITORY, platform: platform.name };
    const result = platformResult(platform.name, platform.scan, platform.options);
    return { input: result.subject.input, result };
  });
}

/** `base` with its findings replaced: what one platform of an index may share with another and add of its own. */
export function scanWithFindings(base: ScanReport, ...findings: Finding[][]): ScanReport {
  return { ...base, findings: findings.flat() };
}

/** The findings of `scan` whose ID is one of `ids`. */
export function findingsWithIds(scan: ScanReport, ...ids: string[]): Finding[] {
  return scan.findings.filter((finding) => finding.kind === 'vulnerability' && ids.includes(finding.id));
}
