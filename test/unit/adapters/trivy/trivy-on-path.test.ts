import { describe, expect, it } from 'vitest';
import { COMPROMISED_VERSIONS, MINIMUM_TRIVY_VERSION } from '../../../../src/adapters/trivy/release.js';
import { chooseTrivyOnPath, isCompromisedRelease } from '../../../../src/adapters/trivy/trivy-on-path.js';
import { DEFAULT_TRIVY_VERSION, TRIVY_VERSION_FROM_PATH } from '../../../../src/core/model/trivy.js';

describe('chooseTrivyOnPath: trivy-version is a pin', () => {
  it('uses the trivy on PATH when it is exactly the pinned release', () => {
    expect(chooseTrivyOnPath('0.74.0', '0.74.0')).toEqual({ use: true, why: 'the pinned version' });
    expect(chooseTrivyOnPath(DEFAULT_TRIVY_VERSION, DEFAULT_TRIVY_VERSION)).toEqual({ use: true, why: 'the pinned version' });
  });

  it('takes v0.74.0 and 0.74.0 for the same release, on either side', () => {
    expect(chooseTrivyOnPath('v0.74.0', '0.74.0').use).toBe(true);
    expect(chooseTrivyOnPath('0.74.0', 'v0.74.0').use).toBe(true);
    expect(chooseTrivyOnPath(' 0.74.0\n', '0.74.0').use).toBe(true);
  });

  it.each([
    ['a newer release', '0.75.0'],
    ['a newer patch', '0.74.1'],
    ['an older release', '0.69.1'],
    ['a release candidate of the pin', '0.74.0-rc1'],
    ['a rebuild of the pin', '0.74.0+patched'],
    ['a development build', 'dev'],
  ])('passes over %s, saying it is not the pin', (_name, found) => {
    expect(chooseTrivyOnPath(found, '0.74.0')).toEqual({ use: false, why: 'not the pinned 0.74.0', malicious: false });
  });

  it('does not apply the minimum to a pinned release: only the pin decides', () => {
    // The premise: 0.59.0 is older than the minimum that `path` enforces.
    expect(chooseTrivyOnPath('0.59.0', TRIVY_VERSION_FROM_PATH, MINIMUM_TRIVY_VERSION).use).toBe(false);
    expect(chooseTrivyOnPath('0.59.0', '0.59.0', MINIMUM_TRIVY_VERSION)).toEqual({ use: true, why: 'the pinned version' });
  });

  it.each([...COMPROMISED_VERSIONS])('passes over the malicious %s, flagged as such', (version) => {
    expect(chooseTrivyOnPath(version, '0.74.0')).toEqual({ use: false, why: 'a known malicious release', malicious: true });
  });
});

describe('chooseTrivyOnPath: trivy-version is path', () => {
  it.each(['0.60.0', '0.70.0', '0.74.0', '0.74.1', '1.2.3', 'v0.71.0'])('uses %s, whatever the default pin is', (found) => {
    expect(chooseTrivyOnPath(found, TRIVY_VERSION_FROM_PATH, MINIMUM_TRIVY_VERSION)).toEqual({ use: true, why: 'trivy-version is path' });
  });

  it.each([...COMPROMISED_VERSIONS, 'v0.69.4', '0.69.4-custom', '0.69.5+rebuilt'])('refuses the malicious %s', (found) => {
    expect(chooseTrivyOnPath(found, TRIVY_VERSION_FROM_PATH, MINIMUM_TRIVY_VERSION)).toEqual({
      use: false,
      why: 'a known malicious release',
      malicious: true,
    });
  });

  it('refuses the malicious releases even without a minimum', () => {
    expect(chooseTrivyOnPath('0.69.4', TRIVY_VERSION_FROM_PATH).use).toBe(false);
    expect(chooseTrivyOnPath('0.50.0', TRIVY_VERSION_FROM_PATH)).toEqual({ use: true, why: 'trivy-version is path' });
  });

  it('refuses a release older than the minimum, as a trivy on PATH always was', () => {
    expect(chooseTrivyOnPath('0.59.9', TRIVY_VERSION_FROM_PATH, '0.60.0')).toEqual({
      use: false,
      why: 'older than 0.60.0, the oldest release whose reports the gate reads',
      malicious: false,
    });
  });

  it('refuses a version it cannot compare with the minimum', () => {
    expect(chooseTrivyOnPath('dev', TRIVY_VERSION_FROM_PATH, '0.60.0')).toEqual({
      use: false,
      why: 'not a version that can be compared with the minimum 0.60.0',
      malicious: false,
    });
  });
});

describe('isCompromisedRelease', () => {
  it('knows the releases of the March 2026 incident however they are spelled', () => {
    for (const version of ['0.69.4', '0.69.5', '0.69.6', 'v0.69.4', '0.69.6-rc1', '0.69.4+build'])
      expect(isCompromisedRelease(version), version).toBe(true);
  });

  it('knows nothing else', () => {
    for (const version of ['0.69.3', '0.69.7', '0.69.40', '0.74.0', 'dev', '']) expect(isCompromisedRelease(version), version).toBe(false);
  });
});
