import { describe, expect, it } from 'vitest';
import type { PlatformGroup } from '../../../src/report/platforms/image-entries.js';
import { imageEntries } from '../../../src/report/platforms/image-entries.js';
import { checkRunAnnotations, CHECK_OUTPUT_MAX_CHARS } from '../../../src/report/check-run.js';
import { platformsCheckRunAnnotations, platformsCheckRunOutput } from '../../../src/report/check-run-platforms.js';
import { scanOf } from '../../helpers/gate-result.js';
import { findingsWithIds, platformOutcomes, platformResult, scanWithFindings, type PlatformSpec } from '../../helpers/platform-results.js';

const DOCKERFILE = { path: 'build/Dockerfile', finalFromLine: 7 };
const buster = scanOf('debian-buster');
const distroless = scanOf('distroless-base');
const arm = scanWithFindings(distroless, findingsWithIds(buster, 'CVE-2019-18224'), distroless.findings);

function group(...specs: PlatformSpec[]): PlatformGroup {
  const [entry] = imageEntries(platformOutcomes(...specs));
  if (entry?.kind !== 'platforms') throw new Error('expected one platform group');
  return entry.group;
}

const withDockerfile = (name: string, scan = buster): PlatformSpec => ({ name, scan, options: { dockerfile: DOCKERFILE } });

describe('platformsCheckRunOutput: one check run per image, not per platform', () => {
  it('names the worst outcome and how the platforms fared; the summary lists each platform', () => {
    const output = platformsCheckRunOutput(group(withDockerfile('linux/amd64', scanOf('ubuntu-1804')), withDockerfile('linux/arm64')));
    expect(output.title).toBe('FAIL · ghcr.io/acme/app · 2 platforms: 1 passed, 1 failed');
    expect(output.conclusion).toBe('failure');
    expect(output.summary).toContain('| linux/amd64 | ');
    expect(output.summary).toContain('| linux/arm64 | ');
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARS);
  });

  it('conclusion: every platform passing success; a failure only audited neutral; an errored platform failure', () => {
    const pass = { name: 'linux/amd64', scan: scanOf('ubuntu-1804') };
    expect(platformsCheckRunOutput(group(pass, { ...pass, name: 'linux/arm64' })).conclusion).toBe('success');
    const audited = platformsCheckRunOutput(group(pass, { name: 'linux/arm64', scan: buster, options: { policy: { mode: 'audit' } } }));
    expect(audited.conclusion).toBe('neutral');
    expect(audited.title).toBe('FAIL (audit mode) · ghcr.io/acme/app · 2 platforms: 1 passed, 1 failed');
    const errored = platformsCheckRunOutput(group(pass, { name: 'linux/arm64', error: 'Trivy failed' }));
    expect(errored.conclusion).toBe('failure');
    expect(errored.title).toBe('ERROR · ghcr.io/acme/app · 2 platforms: 1 passed, 1 could not be judged');
    expect(errored.summary).toContain('could not be judged, so the step fails: Trivy failed');
  });
});

describe('platformsCheckRunAnnotations: each finding once across platforms', () => {
  it('a finding every platform has is annotated once; one only some have says where', () => {
    const annotations = platformsCheckRunAnnotations(group(withDockerfile('linux/amd64'), withDockerfile('linux/arm64', arm)));
    const libidn = annotations.filter((a) => a.title.includes('CVE-2019-18224'));
    expect(libidn).toHaveLength(1);
    expect(libidn[0]?.annotation_level).toBe('failure');
    expect(libidn[0]?.message).not.toContain('Only on');
    const openssl = annotations.filter((a) => a.title.includes('CVE-2019-1551'));
    expect(openssl.map((a) => a.message.endsWith(' Only on linux/arm64.'))).toEqual([true, true]);
    // amd64 has one annotation (the shared violation), arm64 three (it, and two MEDIUM allowed findings): three in all.
    expect(checkRunAnnotations(platformResult('linux/amd64', buster, { dockerfile: DOCKERFILE }))).toHaveLength(1);
    expect(checkRunAnnotations(platformResult('linux/arm64', arm, { dockerfile: DOCKERFILE }))).toHaveLength(3);
    expect(annotations).toHaveLength(3);
    expect(annotations.every((a) => a.path === DOCKERFILE.path && a.start_line === DOCKERFILE.finalFromLine)).toBe(true);
  });

  it('a finding that violates on one platform and is allowed on another is one failure naming both', () => {
    const relaxed = {
      ...withDockerfile('linux/arm64'),
      options: {
        dockerfile: DOCKERFILE,
        policy: { ignore: [], vulnerabilities: { failOnSeverity: 'NONE' as const, maxCount: {}, onlyFixed: false, scope: 'all' as const } },
      },
    };
    const annotations = platformsCheckRunAnnotations(group(withDockerfile('linux/amd64'), relaxed));
    const libidn = annotations.filter((a) => a.title.includes('CVE-2019-18224'));
    expect(libidn).toHaveLength(1);
    expect(libidn[0]?.annotation_level).toBe('failure');
    expect(libidn[0]?.message).toContain('Status: VIOLATION. https://avd.aquasec.com/nvd/cve-2019-18224 (linux/amd64); ');
    expect(libidn[0]?.message).toContain('Status: allowed. https://avd.aquasec.com/nvd/cve-2019-18224 (linux/arm64)');
  });
});
