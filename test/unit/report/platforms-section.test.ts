import { describe, expect, it } from 'vitest';
import type { ImageOutcome } from '../../../src/core/model/result.js';
import { PR_COMMENT_MAX_CHARS, renderPrComment } from '../../../src/report/pr-comment.js';
import { asInputs, gateResult, scanOf, syntheticScan } from '../../helpers/gate-result.js';
import { findingsWithIds, platformDigest, platformOutcomes, scanWithFindings } from '../../helpers/platform-results.js';

const MARKER = 'image-gate:.github/workflows/ci.yml:build';
const buster = scanOf('debian-buster');
const distroless = scanOf('distroless-base');
/** arm64 shares buster's CRITICAL libidn2-0 finding (CVE-2019-18224) and has distroless's four; amd64 is buster. */
const arm = scanWithFindings(distroless, findingsWithIds(buster, 'CVE-2019-18224'), distroless.findings);

const occurrences = (text: string, part: string): number => text.split(part).length - 1;
const comment = (outcomes: ImageOutcome[], maxChars?: number): string => renderPrComment(outcomes, { marker: MARKER, ...(maxChars && { maxChars }) });

describe('renderPrComment: an index gated per platform is one image', () => {
  it('two platforms sharing a finding: one section, each platform verdict, the shared finding once, the rest "only on"', () => {
    const md = comment(platformOutcomes({ name: 'linux/amd64', scan: buster }, { name: 'linux/arm64', scan: arm }));
    expect(md).toContain('\n\n## image-gate\n\n### ❌ FAIL: ghcr.io/acme/app · 2 platforms: 2 failed\n');
    expect(occurrences(md, '### ')).toBe(1);
    expect(md).toContain(`| linux/amd64 | ${platformDigest('linux/amd64').slice(0, 19)} | ❌ FAIL | 1 | 0 | 0 | 1 | 0 | 0 | 1 |`);
    expect(occurrences(md, '[CVE-2019-18224]')).toBe(1);
    const top = md.slice(md.indexOf('<details><summary>Top findings (6, most severe first)'));
    expect(top).toContain('**On every platform** (1)');
    expect(top.indexOf('**On every platform**')).toBeLessThan(top.indexOf('**Only on linux/amd64** (1)'));
    expect(top.indexOf('**Only on linux/amd64**')).toBeLessThan(top.indexOf('**Only on linux/arm64** (4)'));
  });

  it('one platform fails, one passes: the image fails, the tally counts one failed image', () => {
    const outcomes = [
      ...asInputs(gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/web' })),
      ...platformOutcomes({ name: 'linux/amd64', scan: scanOf('ubuntu-1804') }, { name: 'linux/arm64', scan: buster }),
    ];
    const md = comment(outcomes);
    expect(md).toContain('## image-gate ❌ 2 images: 1 passed, 1 failed');
    expect(md).toContain('### ❌ FAIL: ghcr.io/acme/app · 2 platforms: 1 passed, 1 failed');
    expect(md).toContain('(vulnerability-severity) — only on linux/arm64');
  });

  it('a platform that errored: its reason within the image, the others verdicts kept, the comment an ERROR', () => {
    const md = comment(
      platformOutcomes({ name: 'linux/amd64', scan: scanOf('ubuntu-1804') }, { name: 'linux/arm64', error: 'Trivy <b>crashed</b>' }),
    );
    expect(md).toContain('### ⛔ ERROR: ghcr.io/acme/app · 2 platforms: 1 passed, 1 could not be judged');
    expect(md).toContain('| linux/amd64 | ');
    expect(md).toContain('✅ PASS');
    expect(md).toContain('- ⛔ **linux/arm64** could not be judged, so the step fails: Trivy &lt;b&gt;crashed&lt;/b&gt;');
    expect(md).toContain('**On linux/amd64** (5)');
  });

  it('stays within the comment limit with large platforms, and keeps the platform table', () => {
    const huge = syntheticScan(20_000);
    const md = comment(platformOutcomes({ name: 'linux/amd64', scan: huge }, { name: 'linux/arm64', scan: huge }), 8_000);
    expect(md.length).toBeLessThanOrEqual(8_000);
    expect(md).toContain('| linux/arm64 |');
    expect(
      renderPrComment(platformOutcomes({ name: 'linux/amd64', scan: huge }, { name: 'linux/arm64', scan: huge }), { marker: MARKER }).length,
    ).toBeLessThanOrEqual(PR_COMMENT_MAX_CHARS);
  });
});
