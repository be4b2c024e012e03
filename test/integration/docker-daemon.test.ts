import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { exportDaemonImage } from '../../src/adapters/docker/daemon.js';
import { runEnvironment } from '../../src/app/context.js';
import { buildOnBase, docker as runDocker, importBusyboxBase } from '../helpers/docker-images.js';
import { gateError } from '../helpers/gate-error.js';

const dockerHost = inject('dockerHost');
const work = mkdtempSync(join(tmpdir(), 'gate-docker-'));
const base = 'gate-test/busybox:base';
const image = 'gate-test/busybox:user1000';

const docker = (args: string[], env: Record<string, string> = {}): string => runDocker(dockerHost, args, env);

function tar(args: string[]): string {
  const result = spawnSync('tar', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  importBusyboxBase(dockerHost, base);
  buildOnBase(dockerHost, base, image, { user: '1000' });
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const savedDockerHost = process.env.DOCKER_HOST;
afterEach(() => {
  if (savedDockerHost === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = savedDockerHost;
});

describe('exportDaemonImage', () => {
  it('exports a local image as a docker-archive and reports its ID, user and layers', async () => {
    const archivePath = join(work, 'image.tar');
    const logger = recordingLogger();
    const exported = await exportDaemonImage(image, archivePath, { dockerHost, logger });

    const inspected = JSON.parse(docker(['image', 'inspect', image])) as [{ Id: string; RootFS: { Layers: string[] } }];
    expect(exported.imageId).toBe(inspected[0].Id);
    expect(exported.configDigest).toBe(inspected[0].Id);
    expect(exported.diffIds).toEqual(inspected[0].RootFS.Layers);
    expect(exported.diffIds).toHaveLength(2);
    expect(exported.user).toBe('1000');
    expect(exported.repoDigests).toEqual([]);
    expect(exported.archivePath).toBe(archivePath);

    // A docker-archive: manifest.json naming the config and one layer per diff ID.
    expect(tar(['-tf', archivePath]).split('\n')).toContain('manifest.json');
    const manifest = JSON.parse(tar(['-xOf', archivePath, 'manifest.json'])) as [{ Config: string; Layers: string[] }];
    expect(manifest).toHaveLength(1);
    expect(manifest[0].Config).toContain(exported.imageId.replace('sha256:', ''));
    expect(manifest[0].Layers).toHaveLength(2);
  });

  it('uses DOCKER_HOST when no host is given, and the base image runs as root', async () => {
    process.env.DOCKER_HOST = dockerHost;
    // The run's context carries DOCKER_HOST to the export (src/app/context.ts), as the daemon source passes it.
    const exported = await exportDaemonImage(base, join(work, 'base.tar'), { ...runEnvironment(process.env).docker, logger: recordingLogger() });
    expect(exported.diffIds).toHaveLength(1);
    expect(exported.user ?? '').toBe('');
  });

  it('says clearly when the image is not in the daemon', async () => {
    const error = await gateError(exportDaemonImage('gate-test/never-built:1', join(work, 'missing.tar'), { dockerHost, logger: recordingLogger() }));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(`Image "gate-test/never-built:1" is not in the Docker daemon at ${dockerHost} (build or pull it first)`);
  });

  it('says clearly when the daemon cannot be reached or the host is malformed', async () => {
    const nowhere = `unix://${join(work, 'no-such.sock')}`;
    const unreachable = await gateError(exportDaemonImage(image, join(work, 'x.tar'), { dockerHost: nowhere, logger: recordingLogger() }));
    expect(unreachable.kind).toBe('infrastructure');
    expect(unreachable.message).toBe(`Cannot reach the Docker daemon at ${nowhere} (ENOENT)`);
    const malformed = await gateError(exportDaemonImage(image, join(work, 'x.tar'), { dockerHost: 'ssh://me@host', logger: recordingLogger() }));
    expect(malformed.kind).toBe('config');
    expect(malformed.message).toBe(
      'Invalid Docker host "ssh://me@host": unsupported scheme (expected unix:///path/to/docker.sock or tcp://host:port)',
    );
  });
});
