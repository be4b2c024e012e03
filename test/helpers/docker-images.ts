/** Images built in the test dockerd without any network: a busybox rootfs imported, then built on. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBinary } from './services.js';

export function docker(dockerHost: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('docker', ['-H', dockerHost, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** Imports Debian's static busybox as the image `base` (it runs as root: no USER). */
export function importBusyboxBase(dockerHost: string, base: string): void {
  const busybox = requireBinary('busybox', 'busybox-static');
  const work = mkdtempSync(join(tmpdir(), 'gate-busybox-'));
  const rootfs = join(work, 'rootfs');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  copyFileSync(busybox, join(rootfs, 'bin', 'busybox'));
  const rootfsTar = join(work, 'rootfs.tar');
  const tar = spawnSync('tar', ['-C', rootfs, '-cf', rootfsTar, 'bin'], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  docker(dockerHost, ['import', rootfsTar, base]);
}

/** Builds `FROM base` + one COPY (+ USER when given) with the classic builder, which needs no network. */
export function buildOnBase(dockerHost: string, base: string, tag: string, options: { user?: string } = {}): void {
  const context = mkdtempSync(join(tmpdir(), 'gate-context-'));
  writeFileSync(join(context, 'hello.txt'), 'hello from image-gate\n');
  const user = options.user === undefined ? '' : `USER ${options.user}\n`;
  writeFileSync(join(context, 'Dockerfile'), `FROM ${base}\nCOPY hello.txt /hello.txt\n${user}`);
  docker(dockerHost, ['build', '-q', '-t', tag, context], { DOCKER_BUILDKIT: '0' });
}
