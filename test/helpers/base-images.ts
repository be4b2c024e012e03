/**
 * Base images and images built on them in the test dockerd, pushed to the loopback registry with
 * `docker push` (dockerd treats loopback registries as insecure). No network beyond loopback.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnBase, docker, importBusyboxBase } from './docker-images.js';
import { requireBinary } from './services.js';

/** Imports busybox as `reference` and pushes it; answers the pushed manifest digest. */
export function pushBusyboxBase(dockerHost: string, reference: string): string {
  importBusyboxBase(dockerHost, reference);
  return push(dockerHost, reference);
}

/**
 * Imports a different rootfs (busybox plus a marker file, so its diff_id differs from busybox's) as
 * `reference`: an image built on it claims busybox in vain.
 */
export function importOtherBase(dockerHost: string, reference: string): void {
  const work = mkdtempSync(join(tmpdir(), 'gate-other-base-'));
  const rootfs = join(work, 'rootfs');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  mkdirSync(join(rootfs, 'etc'), { recursive: true });
  copyFileSync(requireBinary('busybox', 'busybox-static'), join(rootfs, 'bin', 'busybox'));
  writeFileSync(join(rootfs, 'etc', 'other-base'), 'not busybox\n');
  const tar = join(work, 'rootfs.tar');
  const result = spawnSync('tar', ['-C', rootfs, '-cf', tar, 'bin', 'etc'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`);
  docker(dockerHost, ['import', tar, reference]);
}

/** Builds `FROM base` + one COPY with the classic builder as `reference`, pushes it, answers its digest. */
export function buildAndPush(dockerHost: string, base: string, reference: string): string {
  buildOnBase(dockerHost, base, reference);
  return push(dockerHost, reference);
}

/** `docker push`, then the repository digest dockerd recorded for it. */
export function push(dockerHost: string, reference: string): string {
  docker(dockerHost, ['push', '-q', reference]);
  const repository = reference.slice(0, reference.lastIndexOf(':'));
  const digests = docker(dockerHost, ['image', 'inspect', '-f', '{{json .RepoDigests}}', reference]);
  const parsed = JSON.parse(digests) as string[];
  const entry = parsed.find((item) => item.startsWith(`${repository}@`));
  if (!entry) throw new Error(`docker push ${reference} recorded no digest (${digests})`);
  return entry.slice(entry.indexOf('@') + 1);
}
