import { describe, expect, it } from 'vitest';
import type { DockerfileLocation } from '../../../../src/core/model/result.js';
import { imageAnnotations, platformsAnnotations } from '../../../../src/report/annotations/annotations.js';
import type { JudgedPlatform } from '../../../../src/report/platforms/image-entries.js';
import { scanOf, syntheticScan } from '../../../helpers/gate-result.js';
import { findingsWithIds, platformResult, scanWithFindings } from '../../../helpers/platform-results.js';

const DOCKERFILE: DockerfileLocation = { path: 'images/app/Dockerfile', finalFromLine: 12 };
const ALL_VIOLATE = { vulnerabilities: { failOnSeverity: 'LOW' as const, maxCount: {}, onlyFixed: false, scope: 'all' as const } };
const buster = scanOf('debian-buster');
const distroless = scanOf('distroless-base');
/** arm64 shares buster's CRITICAL libidn2-0 finding and has distroless's four of its own. */
const arm = scanWithFindings(distroless, findingsWithIds(buster, 'CVE-2019-18224'), distroless.findings);

const judged = (name: string, scan = buster, policy = {}): JudgedPlatform => ({
  name,
  result: platformResult(name, scan, { dockerfile: DOCKERFILE, policy }),
});

describe('platformsAnnotations: an index is annotated as one image', () => {
  it('a finding every platform has is one annotation; one only some have says where', () => {
    const { annotations, more } = platformsAnnotations([judged('linux/amd64'), judged('linux/arm64', arm)]);
    const titles = annotations.map((a) => [a.level, a.title]);
    expect(titles).toEqual([
      ['error', 'CRITICAL CVE-2019-18224 in libidn2-0'],
      ['warning', 'MEDIUM CVE-2019-1551 in libssl1.1'],
      ['warning', 'MEDIUM CVE-2019-1551 in openssl'],
    ]);
    expect(annotations[0]?.message).not.toContain('Only on');
    expect(annotations[0]).toMatchObject({ file: DOCKERFILE.path, startLine: DOCKERFILE.finalFromLine });
    expect(annotations.slice(1).every((a) => a.message.endsWith(' Only on linux/arm64.'))).toBe(true);
    expect(more).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('a finding violating on one platform and allowed on another is one error naming each status', () => {
    const relaxed = { vulnerabilities: { failOnSeverity: 'NONE' as const, maxCount: {}, onlyFixed: false, scope: 'all' as const } };
    const { annotations } = platformsAnnotations([judged('linux/amd64'), judged('linux/arm64', buster, relaxed)]);
    const libidn = annotations.filter((a) => a.title.includes('CVE-2019-18224'));
    expect(libidn).toHaveLength(1);
    expect(libidn[0]?.level).toBe('error');
    expect(libidn[0]?.message).toMatch(/Status: VIOLATION\. \S+ \(linux\/amd64\); .*Status: allowed\. \S+ \(linux\/arm64\)$/);
  });

  it('at most the per-level cap, and at least what the platforms had beyond it counted', () => {
    const many = syntheticScan(40);
    const platforms = [judged('linux/amd64', many, ALL_VIOLATE), judged('linux/arm64', many, ALL_VIOLATE)];
    const { annotations, more } = platformsAnnotations(platforms, 10);
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    // The same 40 violations on each: not 2 × 30 more, but the one platform's 30 (or more).
    expect(more.error).toBeGreaterThanOrEqual(imageAnnotations(platforms[0]!.result, 10).more.error);
    expect(more.error).toBeLessThan(2 * imageAnnotations(platforms[0]!.result, 10).more.error);
  });
});
