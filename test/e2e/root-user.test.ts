/**
 * dist/index.js judging images from the private dockerd whose USER spells root another way. The Trivy
 * stand-in replays a recorded report; the user comes from the image the gate exported itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { docker, importBusyboxBase } from '../helpers/docker-images.js';
import { fixture, runAction, standInTrivy } from '../helpers/run-dist.js';

const dockerHost = inject('dockerHost');

function buildWithUser(tag: string, user: string): void {
  const context = mkdtempSync(join(tmpdir(), 'gate-e2e-root-'));
  writeFileSync(join(context, 'Dockerfile'), `FROM e2e-root/busybox:base\nUSER ${user}\n`);
  docker(dockerHost, ['build', '-q', '-t', tag, context], { DOCKER_BUILDKIT: '0' });
}

/** A workspace whose policy forbids root and even accepts named users: "+0" is a uid, not a name. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-ws-'));
  writeFileSync(join(dir, 'image-gate.yml'), 'image:\n  forbid-root: true\n  allow-named-user: true\n');
  return dir;
}

const inputs = (image: string) => ({
  image,
  'image-source': 'docker',
  'docker-host': dockerHost,
  'trivy-path': standInTrivy,
  'cache-db': 'false',
  policy: 'image-gate.yml',
});
// A recorded report with no vulnerability at or above HIGH, so the user decides the verdict.
const env = { TRIVY_STANDIN_REPORT: fixture('trivy/alpine-310.json') };

beforeAll(() => {
  importBusyboxBase(dockerHost, 'e2e-root/busybox:base');
  buildWithUser('e2e-root/app:plus-zero', '+0');
  buildWithUser('e2e-root/app:uid-10001', '10001');
}, 120_000);

describe('the Action with forbid-root on USER +0', () => {
  it('the image really runs as uid 0', () => {
    const run = spawnSync('docker', ['-H', dockerHost, 'run', '--rm', '--network', 'none', 'e2e-root/app:plus-zero', '/bin/busybox', 'id', '-u'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('0');
  });

  it('fails it, saying +0 is uid 0, in the annotation and the summary', async () => {
    const run = await runAction(inputs('e2e-root/app:plus-zero'), { env, workspace: workspace() });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const annotation = run.commands.find((c) => c.command === 'error' && c.properties.title === 'Policy violation: root-user');
    expect(annotation?.message).toBe('the image runs as root (user "+0" is uid 0); the policy forbids it (docker.io/e2e-root/app)');
    // The summary escapes the image's text for Markdown: the quotes are entities there.
    expect(run.summary).toContain('- the image runs as root (user &quot;+0&quot; is uid 0); the policy forbids it (root-user)');
  });

  it('passes the same image built with USER 10001 under the same policy', async () => {
    const run = await runAction(inputs('e2e-root/app:uid-10001'), { env, workspace: workspace() });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });
});
