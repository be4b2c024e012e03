/**
 * The test services' global setup on a machine without docker-registry: it must fail loudly naming the missing
 * binary AND leave nothing running. dockerd starts alongside the registries, so without care it outlives the
 * failed setup as an orphan (vitest exits, the daemon does not).
 *
 * Every process the setup starts lives under a fresh TMPDIR (its data, exec and config folders are there), so
 * "a process whose command line names that TMPDIR" is exactly "a process this setup started".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setup, teardown } from '../helpers/global-setup.js';
import { restoreEnv } from '../helpers/env.js';

const saved = { ...process.env };
afterEach(() => {
  restoreEnv(saved);
});

/** A PATH holding everything the machine's PATH holds but `missing` (dockerd needs containerd, runc, ...). */
function pathWithout(missing: string): string {
  const bin = mkdtempSync(join(tmpdir(), 'image-gate-path-'));
  const linked = new Set([missing]);
  for (const dir of (saved.PATH ?? '').split(':')) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // a PATH entry that does not exist
    }
    // The first PATH entry with a name wins, as it does on the real PATH.
    for (const name of names.filter((each) => !linked.has(each))) {
      symlinkSync(join(dir, name), join(bin, name));
      linked.add(name);
    }
  }
  return bin;
}

/** Pids of live processes whose command line mentions `marker`. */
function processesNaming(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // gone between the listing and the read
    }
    if (commandLine.includes(marker)) found.push(Number(entry));
  }
  return found;
}

/** Mount points under `root` (dockerd mounts its data-root; a daemon killed instead of stopped leaves it mounted). */
function mountsUnder(root: string): string[] {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((mountPoint) => mountPoint.startsWith(`${root}/`));
}

/** Waits a little for processes on their way out; returns those still there. */
async function leftAfter(marker: string, timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = processesNaming(marker);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = processesNaming(marker);
  }
  return left;
}

describe('the global setup when a service cannot start', () => {
  it('fails naming docker-registry and stops the dockerd it had started', async () => {
    const runDir = mkdtempSync(join(tmpdir(), 'image-gate-setup-'));
    const path = pathWithout('docker-registry');
    process.env.TMPDIR = runDir;
    process.env.PATH = path;

    // Premise: this PATH really lacks docker-registry and still has what dockerd needs.
    expect(readdirSync(path)).not.toContain('docker-registry');
    expect(readdirSync(path)).toEqual(expect.arrayContaining(['dockerd', 'docker', 'containerd', 'runc', 'sh']));

    let sawDaemon = false;
    const watch = setInterval(() => {
      if (processesNaming(runDir).length > 0) sawDaemon = true;
    }, 20);
    let left: number[] = [];
    let mounts: string[] = [];
    try {
      await expect(setup({ provide: () => undefined })).rejects.toThrow(/docker-registry is not installed/);
      await teardown();
      clearInterval(watch);
      left = await leftAfter(runDir, 15_000);
      mounts = mountsUnder(runDir);
    } finally {
      clearInterval(watch);
      // Whatever this test's setup left behind (its processes, its dockerd's mount) goes, even if it fails.
      for (const pid of processesNaming(runDir)) process.kill(pid, 'SIGKILL');
      for (const mountPoint of mountsUnder(runDir)) spawnSync('umount', ['--lazy', mountPoint]);
      rmSync(runDir, { recursive: true, force: true });
      rmSync(path, { recursive: true, force: true });
    }
    expect(left).toEqual([]);
    expect(mounts).toEqual([]);
    // Premise: dockerd really ran during the setup, so "nothing left" does not hold merely because nothing started.
    expect(sawDaemon).toBe(true);
  }, 120_000);
});
