/**
 * forbid-root against what the real runtime does. Each image is built in the private dockerd (classic
 * builder, no network) and RUN to prove who it really runs as, then its config is read as the gate reads
 * it (the Docker source's export and the registry client's config after a push) and judged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ScanReport } from '../../src/core/model/findings.js';
import { judge as judgeImage } from '../../src/core/judge/judge.js';
import { recordingLogger } from '../../src/core/model/logger.js';
import { DEFAULT_POLICY, type Policy } from '../../src/core/model/policy.js';
import type { Verdict } from '../../src/core/model/verdict.js';
import { exportDaemonImage } from '../../src/adapters/docker/daemon.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { push } from '../helpers/base-images.js';
import { docker as runDocker, importBusyboxBase } from '../helpers/docker-images.js';

const dockerHost = inject('dockerHost');
const registryHost = inject('registryHost');
const work = mkdtempSync(join(tmpdir(), 'gate-root-user-'));
const base = 'gate-root/busybox:base';
const NOW = new Date('2026-01-15T12:00:00Z');

const docker = (args: string[]): string => runDocker(dockerHost, args);

/** The image's own account database: `toor` is a second name for uid 0, `app` is 10001. */
const PASSWD = ['root:x:0:0:root:/root:/bin/sh', 'toor:x:0:0:another root:/root:/bin/sh', 'app:x:10001:10001:app:/:/bin/sh', ''].join('\n');
const GROUP = ['root:x:0:', 'app:x:10001:', ''].join('\n');

/** `FROM base`, the image's /etc/passwd and /etc/group, then the USER line exactly as given. */
function buildWithUser(tag: string, user: string): void {
  const context = mkdtempSync(join(work, 'context-'));
  writeFileSync(join(context, 'passwd'), PASSWD);
  writeFileSync(join(context, 'group'), GROUP);
  writeFileSync(join(context, 'Dockerfile'), `FROM ${base}\nCOPY passwd group /etc/\nUSER ${user}\n`);
  runDocker(dockerHost, ['build', '-q', '-t', tag, context], { DOCKER_BUILDKIT: '0' });
}

/** What the kernel says the container's process runs as. */
function runningUid(tag: string): { uid?: string; error?: string } {
  const result = spawnSync('docker', ['-H', dockerHost, 'run', '--rm', '--network', 'none', tag, '/bin/busybox', 'id', '-u'], {
    encoding: 'utf8',
  });
  return result.status === 0 ? { uid: result.stdout.trim() } : { error: result.stderr };
}

function reportWithUser(user: string): ScanReport {
  return {
    source: 'judged config',
    artifactName: 'image',
    artifactType: 'container_image',
    diffIds: [],
    repoDigests: [],
    imageConfig: { user },
    findings: [],
  };
}

function judge(user: string, allowNamedUser = false): Verdict {
  const policy: Policy = { ...DEFAULT_POLICY, image: { forbidRoot: true, allowNamedUser } };
  return judgeImage({ scan: reportWithUser(user) }, policy, NOW);
}

const images = [
  { user: '+0', runsAs: '0' },
  { user: '-0', runsAs: '0' },
  { user: '+00', runsAs: '0' },
  { user: '+0:+0', runsAs: '0' },
  { user: '10001', runsAs: '10001' },
  { user: '+10001', runsAs: '10001' },
] as const;

const tagOf = (user: string): string => `gate-root/user:${user.replace(/\+/g, 'plus').replace(/-/g, 'minus').replace(/:/g, '-')}`;

beforeAll(() => {
  importBusyboxBase(dockerHost, base);
  for (const { user } of images) buildWithUser(tagOf(user), user);
  buildWithUser('gate-root/user:toor', 'toor');
  buildWithUser('gate-root/user:app', 'app');
  buildWithUser('gate-root/user:hex', '0x0');
  buildWithUser('gate-root/user:root', 'root');
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('numeric users as the runtime runs them', () => {
  it.each(images)('USER $user is kept verbatim in the config and runs as uid $runsAs', ({ user, runsAs }) => {
    const tag = tagOf(user);
    expect(docker(['image', 'inspect', '-f', '{{.Config.User}}', tag])).toBe(user);
    expect(runningUid(tag)).toEqual({ uid: runsAs });
  });

  it.each(images)('the Docker source reads USER $user, and forbid-root judges it by that uid', async ({ user, runsAs }) => {
    const exported = await exportDaemonImage(tagOf(user), join(work, `${runsAs}-${images.findIndex((i) => i.user === user)}.tar`), {
      dockerHost,
      logger: recordingLogger(),
    });
    expect(exported.user).toBe(user);
    const verdict = judge(exported.user ?? '');
    expect(verdict.outcome).toBe(runsAs === '0' ? 'fail' : 'pass');
    if (runsAs === '0') expect(verdict.violations[0]?.message).toBe(`the image runs as root (user "${user}" is uid 0); the policy forbids it`);
  });

  it.each(images)('the registry client reads USER $user after a push, and forbid-root judges it by that uid', async ({ user, runsAs }) => {
    const reference = `${registryHost}/${tagOf(user)}`;
    docker(['tag', tagOf(user), reference]);
    const digest = push(dockerHost, reference);
    const client = new RegistryClient({ logger: recordingLogger(), retryDelaysMs: [] });
    const pinned = await client.pin(parseImageReference(reference));
    expect(pinned.digest).toBe(digest);
    expect(pinned.platforms[0]?.config.user).toBe(user);
    expect(judge(pinned.platforms[0]?.config.user ?? '').outcome).toBe(runsAs === '0' ? 'fail' : 'pass');
  });
});

describe('named users: only the image says what they are', () => {
  it("a name can be uid 0: USER toor runs as root through the image's own /etc/passwd", () => {
    expect(docker(['image', 'inspect', '-f', '{{.Config.User}}', 'gate-root/user:toor'])).toBe('toor');
    expect(runningUid('gate-root/user:toor')).toEqual({ uid: '0' });
    expect(runningUid('gate-root/user:app')).toEqual({ uid: '10001' });
  });

  it('"0x0" is no number to the runtime: it looks it up as a name and finds none', () => {
    const run = runningUid('gate-root/user:hex');
    expect(run.uid).toBeUndefined();
    expect(run.error).toContain('unable to find user 0x0');
  });

  it('forbid-root fails every name, so the root-mapped one cannot slip through', async () => {
    for (const tag of ['gate-root/user:toor', 'gate-root/user:app', 'gate-root/user:hex']) {
      const exported = await exportDaemonImage(tag, join(work, `${tag.split(':')[1] ?? 'x'}.tar`), { dockerHost, logger: recordingLogger() });
      const verdict = judge(exported.user ?? '');
      expect(verdict.outcome, tag).toBe('fail');
      expect(verdict.violations[0]?.message, tag).toContain("is a name, which only the image's own /etc/passwd maps to a uid");
    }
  });

  it('allow-named-user accepts a name that is not "root", and still fails root itself', async () => {
    expect(runningUid('gate-root/user:root')).toEqual({ uid: '0' });
    const userOf = async (tag: string): Promise<string> =>
      (await exportDaemonImage(tag, join(work, `named-${tag.split(':')[1] ?? 'x'}.tar`), { dockerHost, logger: recordingLogger() })).user ?? '';
    expect(judge(await userOf('gate-root/user:app'), true).outcome).toBe('pass');
    expect(judge(await userOf('gate-root/user:root'), true).violations.map((v) => v.message)).toEqual([
      'the image runs as root (user "root"); the policy forbids it',
    ]);
    expect(judge(await userOf(tagOf('+0:+0')), true).outcome).toBe('fail');
    // Accepting names trusts the image's /etc/passwd, which the toor image shows can map a name to 0.
    expect(judge(await userOf('gate-root/user:toor'), true).outcome).toBe('pass');
  });
});
