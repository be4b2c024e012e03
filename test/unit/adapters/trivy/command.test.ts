import { describe, expect, it } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import {
  buildTrivyArgs,
  buildTrivyDbDownloadArgs,
  buildTrivyEnv,
  buildTrivyServerEnv,
  type TrivyScanOptions,
} from '../../../../src/adapters/trivy/command.js';

const DIGEST = 'sha256:' + 'c'.repeat(64);
const REFERENCE = `ghcr.io/acme/app@${DIGEST}`;
const base: TrivyScanOptions = {
  target: { kind: 'image', reference: REFERENCE },
  scanners: ['vuln'],
  outputPath: '/tmp/out/trivy.json',
};

const configErrorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof GateError && error.kind === 'config') return error.message;
    throw error;
  }
  throw new Error('no error');
};

/** The value following a flag, or undefined when the flag is absent. */
const valueOf = (args: string[], flag: string) => {
  const index = args.indexOf(flag);
  return index === -1 ? undefined : args[index + 1];
};

describe('buildTrivyArgs', () => {
  it('scans a pinned reference from the registry, JSON to a file, never failing on findings', () => {
    expect(buildTrivyArgs(base)).toEqual([
      'image',
      '--format',
      'json',
      '--output',
      '/tmp/out/trivy.json',
      '--quiet',
      '--exit-code',
      '0',
      '--scanners',
      'vuln',
      '--image-src',
      'remote',
      REFERENCE,
    ]);
  });

  it('never passes a severity filter or other exit code, whatever is asked', () => {
    const args = buildTrivyArgs({ ...base, scanners: ['vuln', 'secret', 'misconfig', 'license'], server: 'http://trivy:4954' });
    expect(args.some((arg) => arg.startsWith('--severity') || arg === '-s')).toBe(false);
    expect(args.filter((arg) => arg === '--exit-code')).toHaveLength(1);
    expect(valueOf(args, '--exit-code')).toBe('0');
  });

  it('asks for the image config scan when misconfigurations or secrets are wanted', () => {
    const args = buildTrivyArgs({ ...base, scanners: ['vuln', 'secret', 'misconfig', 'license'] });
    expect(valueOf(args, '--scanners')).toBe('vuln,secret,misconfig,license');
    expect(valueOf(args, '--image-config-scanners')).toBe('secret,misconfig');
    expect(buildTrivyArgs({ ...base, scanners: ['vuln', 'license'] })).not.toContain('--image-config-scanners');
  });

  it('lists each scanner once', () => {
    expect(valueOf(buildTrivyArgs({ ...base, scanners: ['vuln', 'secret', 'vuln'] }), '--scanners')).toBe('vuln,secret');
  });

  it('reads archives and OCI layouts with --input and no image name', () => {
    for (const kind of ['archive', 'layout'] as const) {
      const args = buildTrivyArgs({ ...base, target: { kind, path: `/work/${kind}` } });
      expect(valueOf(args, '--input')).toBe(`/work/${kind}`);
      expect(args).not.toContain('--image-src');
      expect(args.at(-1)).not.toBe(REFERENCE);
      expect(args).not.toContain(REFERENCE);
    }
  });

  it('passes DB repositories, cache, timeout and skip-update in standalone mode', () => {
    const args = buildTrivyArgs({
      ...base,
      dbRepositories: ['mirror.example/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
      javaDbRepositories: ['mirror.example/trivy-java-db:1'],
      cacheDir: '/cache/trivy',
      timeout: '10m',
      skipDbUpdate: true,
      skipJavaDbUpdate: true,
      cacheBackend: 'memory',
      insecure: true,
    });
    expect(valueOf(args, '--db-repository')).toBe('mirror.example/trivy-db:2,ghcr.io/aquasecurity/trivy-db:2');
    expect(valueOf(args, '--java-db-repository')).toBe('mirror.example/trivy-java-db:1');
    expect(valueOf(args, '--cache-dir')).toBe('/cache/trivy');
    expect(valueOf(args, '--timeout')).toBe('10m');
    expect(args).toContain('--skip-db-update');
    expect(args).toContain('--skip-java-db-update');
    expect(valueOf(args, '--cache-backend')).toBe('memory');
    expect(args).toContain('--insecure');
    expect(args.at(-1)).toBe(REFERENCE);
  });

  it('skips each database only when told, and keeps Trivy’s own scan cache unless told otherwise', () => {
    const args = buildTrivyArgs({ ...base, cacheDir: '/cache/trivy' });
    expect(args).not.toContain('--skip-db-update');
    expect(args).not.toContain('--skip-java-db-update');
    expect(args).not.toContain('--cache-backend');
    const javaOnly = buildTrivyArgs({ ...base, skipJavaDbUpdate: true });
    expect(javaOnly).toContain('--skip-java-db-update');
    expect(javaOnly).not.toContain('--skip-db-update');
  });

  it('leaves the vulnerability DB and the scan cache to the server in client/server mode, but not the Java DB the client reads JARs with', () => {
    const args = buildTrivyArgs({
      ...base,
      server: 'http://trivy.internal:4954',
      dbRepositories: ['mirror.example/trivy-db:2'],
      skipDbUpdate: true,
      skipJavaDbUpdate: true,
      cacheBackend: 'memory',
    });
    expect(valueOf(args, '--server')).toBe('http://trivy.internal:4954');
    expect(args).not.toContain('--db-repository');
    expect(args).not.toContain('--skip-db-update');
    expect(args).not.toContain('--cache-backend');
    expect(args).toContain('--skip-java-db-update');
  });

  it('refuses a reference that is not pinned to a digest', () => {
    expect(configErrorOf(() => buildTrivyArgs({ ...base, target: { kind: 'image', reference: 'ghcr.io/acme/app:latest' } }))).toBe(
      'Trivy target "ghcr.io/acme/app:latest" is not pinned to a digest (expected repository@sha256:…)',
    );
  });

  it('refuses bad options with one line naming them', () => {
    expect(configErrorOf(() => buildTrivyArgs({ ...base, scanners: [] }))).toBe(
      'no Trivy scanners selected; choose from vuln, secret, misconfig, license',
    );
    expect(configErrorOf(() => buildTrivyArgs({ ...base, timeout: 'ten minutes' }))).toBe(
      'Trivy timeout "ten minutes" is not a duration such as 10m or 1h30m',
    );
    expect(configErrorOf(() => buildTrivyArgs({ ...base, dbRepositories: ['a,b'] }))).toBe('db-repository "a,b" is empty or contains a comma');
    expect(configErrorOf(() => buildTrivyArgs({ ...base, outputPath: '' }))).toBe('Trivy output path is empty');
  });
});

describe('buildTrivyDbDownloadArgs', () => {
  it('downloads the vulnerability DB into the cache directory and scans nothing', () => {
    expect(buildTrivyDbDownloadArgs({ database: 'vulnerability', cacheDir: '/cache/trivy', timeout: '15m' })).toEqual([
      'image',
      '--download-db-only',
      '--quiet',
      '--scanners',
      'vuln',
      '--cache-dir',
      '/cache/trivy',
      '--cache-backend',
      'memory',
      '--timeout',
      '15m',
    ]);
  });

  it('downloads the Java DB in a run of its own, from its own mirrors', () => {
    const args = buildTrivyDbDownloadArgs({ database: 'java', cacheDir: '/cache/trivy', repositories: ['mirror.example/trivy-java-db:1'] });
    expect(args.slice(0, 2)).toEqual(['image', '--download-java-db-only']);
    expect(args).not.toContain('--download-db-only');
    expect(valueOf(args, '--java-db-repository')).toBe('mirror.example/trivy-java-db:1');
    expect(args).not.toContain('--db-repository');
    const vulnerability = buildTrivyDbDownloadArgs({ database: 'vulnerability', cacheDir: '/c', repositories: ['a.example/db:2', 'b.example/db:2'] });
    expect(valueOf(vulnerability, '--db-repository')).toBe('a.example/db:2,b.example/db:2');
    expect(vulnerability).not.toContain('--download-java-db-only');
  });

  it('never says to skip what it downloads: Trivy refuses --skip-db-update with --download-db-only', () => {
    for (const database of ['vulnerability', 'java'] as const) {
      const args = buildTrivyDbDownloadArgs({ database, cacheDir: '/c' });
      expect(args.filter((arg) => arg.startsWith('--skip-'))).toEqual([]);
      // Nothing for a scan: no target, no report.
      expect(args).not.toContain('--output');
      expect(args.filter((arg) => !arg.startsWith('-'))).toEqual(['image', 'vuln', '/c', 'memory']);
    }
  });

  it('refuses bad options with one line naming them', () => {
    expect(configErrorOf(() => buildTrivyDbDownloadArgs({ database: 'vulnerability', cacheDir: '' }))).toBe('Trivy cache directory is empty');
    expect(configErrorOf(() => buildTrivyDbDownloadArgs({ database: 'java', cacheDir: '/c', repositories: ['a,b'] }))).toBe(
      'java-db-repository "a,b" is empty or contains a comma',
    );
    expect(configErrorOf(() => buildTrivyDbDownloadArgs({ database: 'vulnerability', cacheDir: '/c', timeout: 'soon' }))).toBe(
      'Trivy timeout "soon" is not a duration such as 10m or 1h30m',
    );
  });
});

describe('a Trivy server URL with credentials', () => {
  it('goes to Trivy in TRIVY_SERVER, never on the command line the process table shows', () => {
    const server = 'https://gate-user:server-secret@trivy.internal:4954';
    const args = buildTrivyArgs({ ...base, server, dbRepositories: ['mirror.example/trivy-db:2'] });
    expect(args.join(' ')).not.toContain('server-secret');
    expect(args).not.toContain('--server');
    // Still client/server mode: the database stays the server's.
    expect(args).not.toContain('--db-repository');
    expect(buildTrivyServerEnv(server)).toEqual({ TRIVY_SERVER: server });
  });

  it('leaves a plain server URL on the command line and the environment alone', () => {
    expect(buildTrivyServerEnv('http://trivy.internal:4954')).toEqual({});
    expect(buildTrivyServerEnv(undefined)).toEqual({});
  });
});

describe('buildTrivyEnv', () => {
  it('puts a username and password in Trivy’s variables, not in arguments', () => {
    expect(buildTrivyEnv({ username: 'gate-user', password: 'gate-secret-pw' })).toEqual({
      TRIVY_USERNAME: 'gate-user',
      TRIVY_PASSWORD: 'gate-secret-pw',
    });
  });

  it('puts a bearer token in TRIVY_REGISTRY_TOKEN', () => {
    expect(buildTrivyEnv({ token: 'tok-123' })).toEqual({ TRIVY_REGISTRY_TOKEN: 'tok-123' });
  });

  it('adds nothing without credentials', () => {
    expect(buildTrivyEnv()).toEqual({});
  });

  it('refuses incomplete credentials and commas, which Trivy would split', () => {
    expect(configErrorOf(() => buildTrivyEnv({ username: 'u', password: '' }))).toBe('registry credentials need both a username and a password');
    expect(configErrorOf(() => buildTrivyEnv({ token: '' }))).toBe('registry token is empty');
    expect(configErrorOf(() => buildTrivyEnv({ username: 'u', password: 'a,b' }))).toContain('must not contain a comma');
  });
});
