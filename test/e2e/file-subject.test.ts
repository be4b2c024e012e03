/**
 * An image given as a file (a Trivy report, an archive): the log's and the summary's image line name the image
 * (or say it is not named), and the file has its own line, from dist/ as the runner and a terminal run it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runAction, runCli, standInTrivy } from '../helpers/run-dist.js';

const REPORT = fixture('trivy/debian-buster.json');

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A one-image docker-archive (`docker save` layout): a config that runs as uid 1000, and one empty layer. */
function dockerArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-archive-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  const layer = Buffer.alloc(1024);
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', config: { User: '1000' }, rootfs: { type: 'layers', diff_ids: [sha256(layer)] } }),
  );
  const configName = `${sha256(config).slice('sha256:'.length)}.json`;
  writeFileSync(join(content, configName), config);
  writeFileSync(join(content, 'layer.tar'), layer);
  writeFileSync(join(content, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: null, Layers: ['layer.tar'] }]));
  const archive = join(dir, 'app.tar');
  const made = spawnSync('tar', ['-cf', archive, '-C', content, 'manifest.json', configName, 'layer.tar'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`tar failed: ${made.stderr}`);
  return archive;
}

const archiveInputs = { 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none' };
const archiveEnv = { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') };

describe('the Action', () => {
  it('a report no input names: "Image: not named", and the report on its own line', async () => {
    const run = await runAction({ report: REPORT, 'fail-on-severity': 'none' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain(`- **Image:** not named\n- **Report:** ${REPORT} (Trivy dev)\n- **Digest:**`);
    // Given, the report is the scan: it is not named a second time.
    expect(run.summary).not.toContain('**Scan:**');
    expect(run.stdout).toContain(`  image:   not named\n  report:  ${REPORT} (Trivy dev)\n  digest:`);
  });

  it('an archive with the image input: the image it names, and the archive on its own line', async () => {
    const archive = dockerArchive();
    const run = await runAction({ input: archive, image: 'registry.example/acme/app', ...archiveInputs }, { env: archiveEnv });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain(`- **Image:** registry.example/acme/app\n- **Archive:** ${archive}\n- **Digest:**`);
    expect(run.summary).toContain(`- **Scan:** the Trivy report for ${archive}`);
    expect(run.stdout).toContain(`  image:   registry.example/acme/app\n  archive: ${archive}\n  digest:`);
  });
});

describe('the CLI', () => {
  it('a report named by --image: the image, then the report, in the log and the summary', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'image-gate-cli-')), 'summary.md');
    const run = await runCli(['check', '--report', REPORT, '--image', 'ghcr.io/acme/app:1.0', '--fail-on-severity', 'none', '--summary', summary]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`  image:   ghcr.io/acme/app:1.0\n  report:  ${REPORT} (Trivy dev)\n`);
    expect(readFileSync(summary, 'utf8')).toContain(`- **Image:** ghcr.io/acme/app:1.0\n- **Report:** ${REPORT} (Trivy dev)\n`);
  });

  it('an archive nothing names: "not named", and the archive on its own line', async () => {
    const archive = dockerArchive();
    const run = await runCli(['check', '--input', archive, '--trivy-path', standInTrivy, '--fail-on-severity', 'none'], { env: archiveEnv });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`  image:   not named\n  archive: ${archive}\n`);
    expect(run.stdout).not.toContain(`image:   ${archive}`);
  });
});
