import { describe, expect, it } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import { trivyDbCacheKey, trivyDbCachePaths, trivyDbRestorePrefix } from '../../../../src/adapters/trivy/db-cache.js';
import { checksumFor, DEFAULT_TRIVY_VERSION, installRecordProblem, releaseAssetName } from '../../../../src/adapters/trivy/install.js';
import { parseVersionOutput } from '../../../../src/adapters/trivy/run.js';

describe('releaseAssetName', () => {
  it('names the archives as Trivy publishes them', () => {
    expect(releaseAssetName('0.74.0', 'linux', 'x64')).toBe('trivy_0.74.0_Linux-64bit.tar.gz');
    expect(releaseAssetName('0.74.0', 'linux', 'arm64')).toBe('trivy_0.74.0_Linux-ARM64.tar.gz');
    expect(releaseAssetName('0.74.0', 'darwin', 'x64')).toBe('trivy_0.74.0_macOS-64bit.tar.gz');
    expect(releaseAssetName('0.74.0', 'darwin', 'arm64')).toBe('trivy_0.74.0_macOS-ARM64.tar.gz');
  });

  it('refuses platforms without an automatic install', () => {
    expect(() => releaseAssetName('0.74.0', 'win32', 'x64')).toThrow(GateError);
    expect(() => releaseAssetName('0.74.0', 'linux', 'ia32')).toThrow(/install Trivy and set trivy-path/);
  });
});

describe('checksumFor', () => {
  const sha = (c: string) => c.repeat(64);
  const checksums = [
    `${sha('a')}  trivy_0.74.0_Linux-ARM64.tar.gz`,
    `${sha('b')}  trivy_0.74.0_Linux-64bit.tar.gz`,
    `${sha('c')}  trivy_0.74.0_Linux-64bit.tar.gz.pem`,
    `${sha('D')} *trivy_0.74.0_macOS-64bit.tar.gz`,
    '',
  ].join('\n');

  it('finds the line for exactly that file', () => {
    expect(checksumFor(checksums, 'trivy_0.74.0_Linux-64bit.tar.gz')).toBe(sha('b'));
    expect(checksumFor(checksums, 'trivy_0.74.0_macOS-64bit.tar.gz')).toBe(sha('d'));
  });

  it('finds nothing for a file that is not listed or a malformed line', () => {
    expect(checksumFor(checksums, 'trivy_0.74.0_macOS-ARM64.tar.gz')).toBeUndefined();
    expect(checksumFor('abc  trivy_0.74.0_Linux-64bit.tar.gz', 'trivy_0.74.0_Linux-64bit.tar.gz')).toBeUndefined();
  });
});

describe('installRecordProblem: a tool-cache entry against the record written when it was installed', () => {
  const ASSET = 'trivy_0.74.0_Linux-64bit.tar.gz';
  const BINARY = 'b'.repeat(64);
  const ARCHIVE = 'a'.repeat(64);
  const record = (fields: Record<string, unknown> = {}) => JSON.stringify({ trivy: BINARY, archive: ASSET, archiveSha256: ARCHIVE, ...fields });
  const now = (fields: Partial<Parameters<typeof installRecordProblem>[1]> = {}) => ({
    binarySha256: BINARY,
    asset: ASSET,
    knownArchiveSha256: undefined,
    ...fields,
  });

  it.each([
    ['the binary is the one recorded', record(), now()],
    ['and the record names the archive hash the code knows', record(), now({ knownArchiveSha256: ARCHIVE })],
  ])('accepts: %s', (_name, text, current) => {
    expect(installRecordProblem(text, current)).toBeUndefined();
  });

  it.each([
    [
      'no record',
      undefined,
      now(),
      'it has no install record (.image-gate-install.json), so it cannot be shown to be the binary image-gate verified',
    ],
    ['a record that is not JSON', 'trivy ok', now(), 'its install record .image-gate-install.json is not valid'],
    ['a record without a binary hash', record({ trivy: undefined }), now(), 'its install record .image-gate-install.json is not valid'],
    [
      'a record with an upper-case or short hash',
      record({ trivy: 'B'.repeat(64) }),
      now(),
      'its install record .image-gate-install.json is not valid',
    ],
    [
      'a record for another archive',
      record({ archive: 'trivy_0.74.0_Linux-ARM64.tar.gz' }),
      now(),
      `its install record is for trivy_0.74.0_Linux-ARM64.tar.gz, not ${ASSET}`,
    ],
    [
      'a record naming another archive than the code knows',
      record(),
      now({ knownArchiveSha256: 'f'.repeat(64) }),
      `it was installed from an archive hashing to ${ARCHIVE}, but ${ASSET} is known to be ${'f'.repeat(64)}`,
    ],
    [
      'a binary changed since install',
      record(),
      now({ binarySha256: 'c'.repeat(64) }),
      `it hashes to ${'c'.repeat(64)}, not ${BINARY} as recorded when it was installed (the tool cache was changed)`,
    ],
  ])('refuses %s', (_name, text, current, problem) => {
    expect(installRecordProblem(text, current)).toBe(problem);
  });
});

describe('parseVersionOutput', () => {
  it('reads `--version --format json`', () => {
    expect(parseVersionOutput('{"Version":"0.74.0","VulnerabilityDB":{"Version":2,"UpdatedAt":"2026-09-04T01:11:59Z"}}\n')).toBe('0.74.0');
  });

  it('falls back to the text form', () => {
    expect(parseVersionOutput('Version: 0.58.1\nVulnerability DB:\n  Version: 2\n')).toBe('0.58.1');
    expect(parseVersionOutput('Version: v0.49.0\n')).toBe('0.49.0');
  });

  it('finds nothing in other output', () => {
    expect(parseVersionOutput('usage: something else')).toBeUndefined();
    expect(parseVersionOutput('{"Name":"x"}')).toBeUndefined();
  });
});

describe('the pinned default', () => {
  it('is a release that still exists (v0.27.0–v0.69.1 were deleted) and not the malicious 0.69.4', () => {
    const [major, minor] = DEFAULT_TRIVY_VERSION.split('.').map(Number);
    expect(major).toBe(0);
    expect(minor).toBeGreaterThanOrEqual(70);
  });
});

describe('Trivy DB cache keys', () => {
  it('is one key per OS and UTC day, restorable by prefix', () => {
    const key = trivyDbCacheKey('linux', new Date('2026-11-28T23:59:59Z'));
    expect(key).toBe('image-gate-trivy-db-linux-2026-11-28');
    expect(trivyDbCacheKey('linux', new Date('2026-11-29T00:00:00Z'))).toBe('image-gate-trivy-db-linux-2026-11-29');
    expect(key.startsWith(trivyDbRestorePrefix('linux'))).toBe(true);
    expect(trivyDbCacheKey('darwin', new Date('2026-11-28T12:00:00Z')).startsWith(trivyDbRestorePrefix('linux'))).toBe(false);
  });

  it('caches the databases only, not the per-image layer cache', () => {
    expect(trivyDbCachePaths('/c/trivy')).toEqual(['/c/trivy/db', '/c/trivy/java-db']);
  });
});
