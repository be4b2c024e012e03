import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/core/model/findings.js';
import type { ImageOutcome } from '../../../../src/core/model/result.js';
import { renderSummary } from '../../../../src/report/summary/summary.js';
import { asInputs, DIGEST, gateResult, scanOf, syntheticScan } from '../../../helpers/gate-result.js';
import { findingsWithIds, platformDigest, platformOutcomes, scanWithFindings } from '../../../helpers/platform-results.js';

const buster = scanOf('debian-buster');
const distroless = scanOf('distroless-base');
/** arm64 shares buster's CRITICAL libidn2-0 finding (CVE-2019-18224) and has distroless's four; amd64 is buster. */
const arm = scanWithFindings(distroless, findingsWithIds(buster, 'CVE-2019-18224'), distroless.findings);

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** The Markdown from `heading` up to the next `####` heading or image. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  expect(start, `no ${heading} in the summary`).toBeGreaterThanOrEqual(0);
  const rest = markdown.slice(start + heading.length);
  const end = rest.search(/\n#### |\n---\n/);
  return heading + (end < 0 ? rest : rest.slice(0, end));
}

/** The row of the platform table for `platform`, as cells. */
function platformRow(markdown: string, platform: string): string[] | undefined {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${platform} |`));
  return line?.slice(2, -2).split(' | ');
}

describe('renderSummary: an index gated per platform is one image', () => {
  it('two platforms sharing a finding: it is listed once, on every platform; the rest only on theirs', () => {
    const md = renderSummary(platformOutcomes({ name: 'linux/amd64', scan: buster }, { name: 'linux/arm64', scan: arm }));
    expect(md.startsWith('## image-gate\n\n### ❌ FAIL: ghcr.io/acme/app · 2 platforms: 2 failed\n')).toBe(true);
    expect(md).toContain(`- **Digest:** ${DIGEST} (the index`);
    // The shared CRITICAL finding: one row in the whole summary.
    expect(occurrences(md, '[CVE-2019-18224]')).toBe(1);
    const everywhere = section(md, '#### On every platform (1 finding)');
    expect(everywhere).toContain(
      '| [CVE-2019-18224](https://avd.aquasec.com/nvd/cve-2019-18224) | libidn2-0 | 2.0.5-1 → 2.0.5-1+deb10u1 | CRITICAL | VIOLATION |',
    );
    const amdOnly = section(md, '#### Only on linux/amd64 (1 finding)');
    expect(amdOnly).toContain('| bash | 5.0-4 (no fix) | LOW | allowed |');
    const armOnly = section(md, '#### Only on linux/arm64 (4 findings)');
    expect(occurrences(armOnly, '| [CVE-2019-15')).toBe(4);
    expect(armOnly).not.toContain('bash');
    // The platforms' own rows: digest, verdict, counts.
    expect(platformRow(md, 'linux/amd64')).toEqual([
      'linux/amd64',
      platformDigest('linux/amd64').slice(0, 19),
      '❌ FAIL',
      '1',
      '0',
      '0',
      '1',
      '0',
      '0',
      '1',
    ]);
    expect(platformRow(md, 'linux/arm64')).toEqual([
      'linux/arm64',
      platformDigest('linux/arm64').slice(0, 19),
      '❌ FAIL',
      '1',
      '0',
      '2',
      '2',
      '0',
      '0',
      '1',
    ]);
    // Both platforms breach the policy the same way: one violation line, with no "only on".
    expect(md).toContain('**Violations (1)**\n\n- 1 CRITICAL vulnerability');
    expect(md).not.toContain('— only on');
  });

  it('a finding on two of three platforms gets "only on" both', () => {
    const onlyBash = scanWithFindings(buster, findingsWithIds(buster, 'CVE-2019-18276'));
    const md = renderSummary(
      platformOutcomes({ name: 'linux/amd64', scan: buster }, { name: 'linux/arm64', scan: buster }, { name: 'linux/arm/v7', scan: onlyBash }),
    );
    expect(section(md, '#### On every platform (1 finding)')).toContain('| bash |');
    expect(section(md, '#### Only on linux/amd64, linux/arm64 (1 finding)')).toContain('| libidn2-0 |');
    // Only two platforms breach the policy: the violation says where.
    expect(md).toContain('(vulnerability-severity) — only on linux/amd64, linux/arm64');
  });

  it('one platform fails while another passes: the image fails, each platform keeps its own verdict', () => {
    const outcomes = platformOutcomes({ name: 'linux/amd64', scan: scanOf('ubuntu-1804') }, { name: 'linux/arm64', scan: buster });
    const md = renderSummary(outcomes);
    expect(md).toContain('### ❌ FAIL: ghcr.io/acme/app · 2 platforms: 1 passed, 1 failed');
    expect(platformRow(md, 'linux/amd64')?.[2]).toBe('✅ PASS');
    expect(platformRow(md, 'linux/arm64')?.[2]).toBe('❌ FAIL');
    expect(md).toContain('(vulnerability-severity) — only on linux/arm64');
    // Another image beside it: the title counts the index as one failed image.
    const two = renderSummary([...asInputs(gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/web' })), ...outcomes]);
    expect(two.startsWith('## image-gate: 2 images, 1 passed, 1 failed\n')).toBe(true);
  });

  it('a platform that errored is that platform error within the image; the others still show their verdicts', () => {
    const outcomes = platformOutcomes(
      { name: 'linux/amd64', scan: scanOf('ubuntu-1804') },
      { name: 'linux/arm/v7', error: 'Trivy failed on ghcr.io/acme/app@sha256:1234: <b>no space</b>' },
      { name: 'linux/arm64', scan: scanOf('ubuntu-1804') },
    );
    const md = renderSummary(outcomes);
    expect(md).toContain('### ⛔ ERROR: ghcr.io/acme/app · 3 platforms: 2 passed, 1 could not be judged');
    expect(platformRow(md, 'linux/arm/v7')).toEqual(['linux/arm/v7', '–', '⛔ ERROR', '–', '–', '–', '–', '–', '–', '–']);
    expect(platformRow(md, 'linux/amd64')?.[2]).toBe('✅ PASS');
    expect(md).toContain(
      '- ⛔ **linux/arm/v7** could not be judged, so the step fails: Trivy failed on ghcr.io/acme/app\\@sha256:1234: &lt;b&gt;no space&lt;/b&gt;',
    );
    // What two platforms share is not claimed for the third, which was never scanned.
    expect(md).toContain('#### On every platform that was judged (5 findings)');
    const two = renderSummary([...asInputs(gateResult(scanOf('ubuntu-1804'), { repository: 'ghcr.io/acme/web' })), ...outcomes]);
    expect(two.startsWith('## image-gate: 2 images, 1 passed, 0 failed, 1 not judged on every platform\n')).toBe(true);
  });

  it('a shared finding whose version or status differs by platform shows each, with its platforms', () => {
    const bumped = scanWithFindings(
      buster,
      buster.findings.map((f): Finding => (f.kind === 'vulnerability' && f.id === 'CVE-2019-18276' ? { ...f, installedVersion: '5.0-5' } : f)),
    );
    const md = renderSummary(
      platformOutcomes(
        { name: 'linux/amd64', scan: buster },
        {
          name: 'linux/arm64',
          scan: bumped,
          options: { policy: { ignore: [{ id: 'CVE-2019-18224', reason: 'not reachable', origin: 'gate.yml line 3' }] } },
        },
      ),
    );
    const everywhere = section(md, '#### On every platform (2 findings)');
    expect(everywhere).toContain('| bash | 5.0-4 (no fix) (linux/amd64); 5.0-5 (no fix) (linux/arm64) | LOW | allowed |');
    expect(everywhere).toContain('| CRITICAL | VIOLATION (linux/amd64); ignored (not reachable) (linux/arm64) |');
  });

  it('sections every platform renders alike are shown once, those that differ under their platforms', () => {
    const policy = { ignore: [{ id: 'CVE-2099-0001', reason: 'never matches', origin: 'gate.yml line 9' }] };
    const md = renderSummary(
      platformOutcomes({ name: 'linux/amd64', scan: buster, options: { policy } }, { name: 'linux/arm64', scan: arm, options: { policy } }),
    );
    expect(occurrences(md, 'Unused ignore rules (1)')).toBe(1);
    expect(md).not.toContain('**On linux/amd64');
    const other = renderSummary(platformOutcomes({ name: 'linux/amd64', scan: buster, options: { policy } }, { name: 'linux/arm64', scan: arm }));
    expect(other).toContain('**On linux/amd64:**\n\n<details><summary>Unused ignore rules (1)');
  });

  it("an OS package's target names the platform's artifact; a shared row shows the repository instead", () => {
    const artifact = (name: string): string => `ghcr.io/acme/app@${platformDigest(name)}`;
    const onPlatform = (name: string) => ({
      ...buster,
      artifactName: artifact(name),
      findings: buster.findings.map((f) => ({ ...f, target: `${artifact(name)} (debian 10.1)` })),
    });
    const md = renderSummary(
      platformOutcomes({ name: 'linux/amd64', scan: onPlatform('linux/amd64') }, { name: 'linux/arm64', scan: onPlatform('linux/arm64') }),
    );
    expect(md).toContain('| CRITICAL | VIOLATION | ghcr.io/acme/app (debian 10.1) |');
    expect(md).not.toContain(`${artifact('linux/amd64')} (debian`);
  });

  it('a platform name from a hostile index is shown as text', () => {
    const md = renderSummary(platformOutcomes({ name: 'linux/<img src=x>|*', scan: buster }, { name: 'linux/arm64', scan: arm }));
    expect(md).toContain('| linux/&lt;img src=x&gt;\\|\\* |');
    expect(md).toContain('#### Only on linux/&lt;img src=x&gt;\\|\\* (1 finding)');
    expect(md).not.toContain('<img');
  });

  it('stays within its size budget: fewer rows, then the platform table alone', () => {
    const huge = syntheticScan(20_000);
    const outcomes = platformOutcomes({ name: 'linux/amd64', scan: huge }, { name: 'linux/arm64', scan: huge }, { name: 'linux/s390x', scan: arm });
    const fitted = renderSummary(outcomes, { maxBytes: 8_000 });
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(8_000);
    expect(renderSummary(outcomes)).not.toContain('cut to fit');
    expect(fitted).toContain('cut to fit the 1 MiB job summary limit');
    expect(fitted).toContain('#### Only on linux/s390x');
    const headline = renderSummary(outcomes, { maxBytes: 1_300 });
    expect(Buffer.byteLength(headline)).toBeLessThanOrEqual(1_300);
    expect(headline).toContain('| linux/s390x |');
    expect(headline).toContain('Details were left out to fit the 1 MiB job summary limit');
  });

  it('an image that is not an index renders exactly as before, given as a result or as an outcome', () => {
    const result = gateResult(buster);
    const outcomes: ImageOutcome[] = [...asInputs(result), { input: 'nope:1', error: 'unreachable' }];
    expect(renderSummary(outcomes)).toBe(renderSummary([result]));
  });
});
