import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../src/core/model/logger.js';
import {
  credentialFromAuths,
  credentialFromHelper,
  CredentialStore,
  defaultDockerConfigPath,
  helperFor,
  normalizeRegistryHost,
  parseDockerConfig,
  readDockerConfig,
} from '../../../../src/adapters/registry/credentials.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('normalizeRegistryHost', () => {
  it('maps every spelling of Docker Hub and strips schemes and paths', () => {
    for (const spelling of ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1/']) {
      expect(normalizeRegistryHost(spelling)).toBe('docker.io');
    }
    expect(normalizeRegistryHost('https://GHCR.io')).toBe('ghcr.io');
    expect(normalizeRegistryHost('localhost:5000/v2/')).toBe('localhost:5000');
  });
});

describe('parseDockerConfig', () => {
  const config = parseDockerConfig(
    JSON.stringify({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hub:pass:with:colons') },
        'ghcr.io': { username: 'octo', password: 'ghp_secret' },
        'registry.example:5000': { identitytoken: 'refresh-me' },
        'quay.io': {},
      },
      credHelpers: { 'gcr.io': 'gcloud' },
      credsStore: 'desktop',
      psFormat: 'ignored',
    }),
    '/home/u/.docker/config.json',
  );

  it('decodes auth as username:password, splitting at the first colon', () => {
    expect(credentialFromAuths(config, 'docker.io')).toEqual({
      kind: 'password',
      username: 'hubuser',
      password: 'hub:pass:with:colons',
      source: '/home/u/.docker/config.json (auths "https://index.docker.io/v1/")',
    });
  });

  it('reads username/password and identity tokens', () => {
    expect(credentialFromAuths(config, 'ghcr.io')).toMatchObject({ kind: 'password', username: 'octo', password: 'ghp_secret' });
    expect(credentialFromAuths(config, 'registry.example:5000')).toMatchObject({ kind: 'identity-token', identityToken: 'refresh-me' });
    expect(credentialFromAuths(config, 'quay.io')).toBeUndefined();
    expect(credentialFromAuths(config, 'unknown.example')).toBeUndefined();
  });

  it('picks the per-registry helper before the default store', () => {
    expect(helperFor(config, 'gcr.io')).toBe('gcloud');
    expect(helperFor(config, 'ghcr.io')).toBe('desktop');
  });

  it('rejects bad files with the file named and no secret echoed', () => {
    expect(() => parseDockerConfig('{', '/x/config.json')).toThrow('Docker config /x/config.json is not valid JSON');
    expect(() => parseDockerConfig('{"auths": []}', '/x/config.json')).toThrow('"auths" must be an object');
    expect(() => parseDockerConfig('{"credsStore": "../../bin/evil"}', '/x/config.json')).toThrow(/not a credential helper name/);
    const broken = parseDockerConfig(JSON.stringify({ auths: { 'r.io': { auth: b64('no-colon-secret') } } }), '/x/config.json');
    let message = '';
    try {
      credentialFromAuths(broken, 'r.io');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('auths["r.io"].auth is not base64 of "username:password"');
    expect(message).not.toContain('no-colon-secret');
    expect(message).not.toContain(b64('no-colon-secret'));
  });
});

describe('Docker config location', () => {
  it('honours DOCKER_CONFIG, else ~/.docker', () => {
    expect(defaultDockerConfigPath({ DOCKER_CONFIG: '/cfg' })).toBe('/cfg/config.json');
    expect(defaultDockerConfigPath({})).toMatch(/\.docker\/config\.json$/);
  });

  it('treats a missing default file as no credentials, a missing named file as an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-cfg-'));
    expect(readDockerConfig({ path: defaultDockerConfigPath({ DOCKER_CONFIG: dir }), required: false })).toBeUndefined();
    expect(() => readDockerConfig({ path: join(dir, 'nope.json'), required: true })).toThrow(/nope.json does not exist/);
  });
});

describe('credential helpers', () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });

  /** A docker-credential-<name> that answers from a fixed table, as the real helpers do on stdin/stdout. */
  function installHelper(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'gate-helper-'));
    const script = join(dir, `docker-credential-${name}`);
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        '[ "$1" = get ] || exit 3',
        'read -r server',
        'echo "$server" >> "$(dirname "$0")/asked"',
        'case "$server" in',
        '  helped.example) echo \'{"ServerURL":"helped.example","Username":"robot","Secret":"helper-secret"}\' ;;',
        '  https://index.docker.io/v1/) echo \'{"ServerURL":"x","Username":"<token>","Secret":"hub-refresh"}\' ;;',
        "  broken.example) echo '{not json' ;;",
        // Writes forever: only a runner that stops at the output cap gets past this before its 30 s deadline.
        '  flood.example) exec yes \'{"Username":"robot","Secret":"flood-secret"}\' ;;',
        '  *) echo "credentials not found in native keychain"; exit 1 ;;',
        'esac',
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    process.env.PATH = `${dir}:${originalPath ?? ''}`;
    return dir;
  }

  it('runs docker-credential-<name> get with the server on stdin', async () => {
    installHelper('gatetest');
    const logger = recordingLogger();
    expect(await credentialFromHelper('gatetest', 'helped.example', logger, process.env)).toEqual({
      kind: 'password',
      username: 'robot',
      password: 'helper-secret',
      source: 'credential helper docker-credential-gatetest',
    });
    expect(await credentialFromHelper('gatetest', 'docker.io', logger, process.env)).toMatchObject({
      kind: 'identity-token',
      identityToken: 'hub-refresh',
    });
    expect(await credentialFromHelper('gatetest', 'other.example', logger, process.env)).toBeUndefined();
    expect(logger.lines).toEqual([]);
  });

  it('warns and goes on without credentials when the helper is missing or misbehaves', async () => {
    installHelper('gatetest');
    const logger = recordingLogger();
    expect(await credentialFromHelper('gatetest', 'broken.example', logger, process.env)).toBeUndefined();
    expect(await credentialFromHelper('not-installed-anywhere', 'x.example', logger, process.env)).toBeUndefined();
    const started = Date.now();
    expect(await credentialFromHelper('gatetest', 'flood.example', logger, process.env)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(logger.lines.map((line) => line.message)).toEqual([
      'Credential helper docker-credential-gatetest printed something that is not JSON for broken.example; continuing without its credentials',
      'Credential helper docker-credential-not-installed-anywhere could not be run for x.example (not installed); continuing without its credentials',
      'Credential helper docker-credential-gatetest could not be run for flood.example (output too large); continuing without its credentials',
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain('flood-secret');
  });

  it('CredentialStore: explicit credentials win; the config is consulted once per registry; nothing secret is logged', async () => {
    const dir = installHelper('gatetest');
    const configPath = join(dir, 'config.json');
    writeFileSync(
      configPath,
      JSON.stringify({ auths: { 'file.example': { auth: b64('fileuser:file-secret') } }, credHelpers: { 'helped.example': 'gatetest' } }),
    );
    const logger = recordingLogger();
    const store = new CredentialStore(
      [{ registry: 'https://explicit.example', username: 'me', password: 'explicit-secret' }],
      { path: configPath, required: true },
      logger,
      process.env,
    );
    expect(await store.get('explicit.example')).toMatchObject({ username: 'me', password: 'explicit-secret' });
    expect(await store.get('file.example')).toMatchObject({ username: 'fileuser', password: 'file-secret' });
    expect(await store.get('helped.example')).toMatchObject({ username: 'robot', password: 'helper-secret' });
    expect(await store.get('helped.example')).toMatchObject({ username: 'robot' });
    expect(await store.get('none.example')).toBeUndefined();
    expect(readFileSync(join(dir, 'asked'), 'utf8')).toBe('helped.example\n');
    const logged = JSON.stringify(logger.lines);
    for (const secret of ['explicit-secret', 'file-secret', 'helper-secret']) expect(logged).not.toContain(secret);
    expect(() => new CredentialStore([{ registry: 'r.io', username: 'u', password: '' }], undefined, logger, {})).toThrow(
      'Registry credentials for "r.io" need a registry, a username and a password',
    );
  });
});
