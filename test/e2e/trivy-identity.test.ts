/**
 * Trivy scans exactly what is judged, and its report must be about the judged image: dist/ run as the
 * runner and a terminal run it, against the real registry, with an index built the way an attacker
 * would build it (a clean decoy listed before the judged manifest) and a Trivy that names another image.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { OCI, pushImage, pushManifest, sha256, type IndexEntry, type PushedImage } from '../helpers/oci-push.js';
import { fixture, runAction, runCli, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import { isTrivyScan } from '../helpers/trivy-logs.js';

const noStackTrace = /\bat .*\.js:\d+/;
const LYING_IMAGE_ID = `sha256:${'0'.repeat(64)}`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'image-gate-identity-'));
}

function errorLines(run: ActionRun): string {
  return run.commands
    .filter((command) => command.command === 'error')
    .map((command) => command.message)
    .join('\n');
}

function warningLines(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'warning').map((command) => command.message);
}

function entryOf(image: PushedImage, platform?: IndexEntry['platform']): IndexEntry {
  return { mediaType: image.mediaType, digest: image.digest, size: image.size, ...(platform && { platform }) };
}

/** An OCI index listing exactly these entries, in this order. */
async function pushIndexOf(host: string, repository: string, tag: string, manifests: IndexEntry[]): Promise<string> {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests }));
  return pushManifest(host, repository, tag, bytes, OCI.index);
}

/** Runs the stand-in as the gate would run Trivy (or as it must not); returns the report's Metadata. */
async function standInScan(args: string[]): Promise<{ ImageID?: string; RepoDigests?: string[] }> {
  const output = join(tempDir(), 'report.json');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [standInTrivy, 'image', '--format', 'json', '--output', output, '--quiet', ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(code).toBe(0);
  return (JSON.parse(readFileSync(output, 'utf8')) as { Metadata: { ImageID?: string; RepoDigests?: string[] } }).Metadata;
}

async function runWithArgsLog(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun & { scans: string[][] }> {
  const log = join(tempDir(), 'trivy-args.jsonl');
  const run = await runAction(inputs, { env: { ...env, TRIVY_STANDIN_ARGS_LOG: log } });
  const scans = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
        .filter(isTrivyScan)
    : [];
  return { ...run, scans };
}

describe('an index whose first entry is a clean decoy', () => {
  let host: string;
  beforeAll(() => {
    host = inject('registryHost');
  });

  const decoys: [string, IndexEntry['platform'] | undefined, string][] = [
    ['without a platform (go-containerregistry reads it as linux/amd64)', undefined, 'decoy-plain'],
    ['for linux/amd64 with a variant (matches a request without one)', { os: 'linux', architecture: 'amd64', variant: 'v3' }, 'decoy-variant'],
  ];

  it.each(decoys)('listed first %s: Trivy is given the judged manifests, never the index with --platform', async (_name, decoyPlatform, tag) => {
    const repository = 'fixtures/alpine-310';
    const decoy = await pushImage(host, repository, `${tag}-decoy`, {
      user: '1000',
      platform: decoyPlatform ? 'linux/amd64/v3' : 'linux/amd64',
      labels: { decoy: 'yes' },
    });
    const judged = await pushImage(host, repository, `${tag}-judged`, { user: '1000', platform: 'linux/amd64' });
    const index = await pushIndexOf(host, repository, tag, [entryOf(decoy, decoyPlatform), entryOf(judged, { os: 'linux', architecture: 'amd64' })]);
    expect(decoy.configDigest).not.toBe(judged.configDigest);

    // The premise: handed the index, Trivy's resolver scans the decoy, with --platform or without it.
    for (const platform of [['--platform', 'linux/amd64'], []]) {
      const metadata = await standInScan([...platform, `${host}/${repository}@${index}`]);
      expect(metadata.ImageID).toBe(decoy.configDigest);
      expect(metadata.RepoDigests).toEqual([`${host}/${repository}@${index}`]);
    }

    // linux/amd64 asked for: the entry listed as linux/amd64 (without a variant), never the decoy Trivy would take.
    const run = await runWithArgsLog({
      image: `${host}/${repository}:${tag}`,
      platforms: 'linux/amd64',
      'trivy-path': standInTrivy,
      'cache-db': 'false',
      'fail-on-severity': 'none',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.digest).toBe(index);
    expect(run.scans).toHaveLength(1);
    expect(run.scans[0]?.at(-1)).toBe(`${host}/${repository}@${judged.digest}`);
    expect(run.scans[0]).not.toContain('--platform');
    expect(run.scans[0]?.join(' ')).not.toContain(index);
    // And the stand-in, given what the gate gave it, names the judged image.
    expect((await standInScan([`${host}/${repository}@${judged.digest}`])).ImageID).toBe(judged.configDigest);

    // Every platform (the default): the decoy is gated too, by its own digest, never found through the index.
    const all = await runWithArgsLog({
      image: `${host}/${repository}:${tag}`,
      'trivy-path': standInTrivy,
      'cache-db': 'false',
      'fail-on-severity': 'none',
    });
    expect(all.code, all.stdout + all.stderr).toBe(0);
    expect(all.outputs.verdict).toBe('pass');
    expect(all.scans.map((args) => args.at(-1)).sort()).toEqual(
      [`${host}/${repository}@${decoy.digest}`, `${host}/${repository}@${judged.digest}`].sort(),
    );
    for (const args of all.scans) expect(args).not.toContain('--platform');
    expect(all.scans.flat().join(' ')).not.toContain(index);
  });
});

describe('a Trivy whose report names another image', () => {
  let host: string;
  let image: PushedImage;
  beforeAll(async () => {
    host = inject('registryHost');
    image = await pushImage(host, 'fixtures/ubuntu-1804', 'identity', { user: '1000' });
  });

  it('ends the Action with verdict=error naming both image IDs', async () => {
    const run = await runAction(
      { image: `${host}/fixtures/ubuntu-1804:identity`, 'trivy-path': standInTrivy, 'cache-db': 'false' },
      { env: { TRIVY_STANDIN_IMAGE_ID: LYING_IMAGE_ID } },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errorLines(run)).toContain(
      `The Trivy report for ${host}/fixtures/ubuntu-1804@${image.digest} is about image ${LYING_IMAGE_ID} (Metadata.ImageID), not the judged image ${image.configDigest}; refusing its findings`,
    );
    expect(run.stdout + run.stderr).not.toMatch(noStackTrace);
  });

  it('exits 2 in the CLI naming both image IDs', async () => {
    const run = await runCli(['check', `${host}/fixtures/ubuntu-1804:identity`, '--trivy-path', standInTrivy], {
      env: { TRIVY_STANDIN_IMAGE_ID: LYING_IMAGE_ID },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`is about image ${LYING_IMAGE_ID} (Metadata.ImageID), not the judged image ${image.configDigest}`);
    expect(run.stderr).not.toMatch(noStackTrace);
  });

  it('is refused for a registry image when it names no RepoDigests, which Trivy always writes for one', async () => {
    const inputs = { image: `${host}/fixtures/ubuntu-1804:identity`, 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none' };
    // The premise: the right ImageID alone, as an --input scan of the same config would report it.
    const metadata = await standInScan([`${host}/fixtures/ubuntu-1804@${image.digest}`]);
    expect(metadata.RepoDigests).toEqual([`${host}/fixtures/ubuntu-1804@${image.digest}`]);
    const honest = await runAction(inputs);
    expect(honest.code, honest.stdout + honest.stderr).toBe(0);

    const other = await runAction(inputs, { env: { TRIVY_STANDIN_REPO_DIGESTS: 'none' } });
    expect(other.code).toBe(1);
    expect(other.outputs.verdict).toBe('error');
    expect(errorLines(other)).toContain(
      `The Trivy report for ${host}/fixtures/ubuntu-1804@${image.digest} names no repository digest (Metadata.RepoDigests is empty), ` +
        `though Trivy always writes one for a registry image: it is not the report of a scan of the judged manifest ${image.digest}; refusing its findings`,
    );
  });

  it('is caught for an archive given as input too, against the config the gate hashed', async () => {
    const archive = dockerArchive(image.configBytes);
    const honest = await runAction(
      { input: archive, image: 'registry.example/acme/app', 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none' },
      {
        env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') },
      },
    );
    expect(honest.code, honest.stdout + honest.stderr).toBe(0);
    expect(honest.outputs.digest).toBe(image.configDigest);

    const lying = await runAction(
      { input: archive, image: 'registry.example/acme/app', 'trivy-path': standInTrivy, 'cache-db': 'false' },
      {
        env: { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json'), TRIVY_STANDIN_IMAGE_ID: LYING_IMAGE_ID },
      },
    );
    expect(lying.outputs.verdict).toBe('error');
    expect(errorLines(lying)).toContain(`is about image ${LYING_IMAGE_ID} (Metadata.ImageID), not the judged image ${image.configDigest}`);
  });

  it('is caught for an OCI layout given as input, whose manifest the stand-in follows as Trivy does', async () => {
    const layout = ociLayout(image);
    const inputs = { input: layout, image: 'registry.example/acme/app', 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none' };
    const env = { TRIVY_STANDIN_REPORT: fixture('trivy/ubuntu-1804.json') };
    const honest = await runAction(inputs, { env });
    expect(honest.code, honest.stdout + honest.stderr).toBe(0);
    expect(honest.outputs.digest).toBe(image.digest);

    const lying = await runAction(inputs, { env: { ...env, TRIVY_STANDIN_IMAGE_ID: LYING_IMAGE_ID } });
    expect(lying.outputs.verdict).toBe('error');
    expect(errorLines(lying)).toContain(
      `The Trivy report for ${layout} is about image ${LYING_IMAGE_ID} (Metadata.ImageID), not the judged image ${image.configDigest}`,
    );
  });
});

/** An OCI layout folder holding the pushed image's manifest and config (its layers are not needed to pin it). */
function ociLayout(image: PushedImage): string {
  const dir = join(tempDir(), 'layout');
  const blobs = join(dir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(join(blobs, image.configDigest.slice('sha256:'.length)), image.configBytes);
  writeFileSync(join(blobs, image.digest.slice('sha256:'.length)), image.manifestBytes);
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: image.mediaType, digest: image.digest, size: image.size }] }),
  );
  return dir;
}

/** A one-image docker-archive (`docker save` layout) holding this config and one empty layer. */
function dockerArchive(configBytes: Buffer): string {
  const dir = tempDir();
  const content = join(dir, 'content');
  mkdirSync(content);
  const configName = `${sha256(configBytes).slice('sha256:'.length)}.json`;
  writeFileSync(join(content, configName), configBytes);
  writeFileSync(join(content, 'layer.tar'), Buffer.alloc(1024));
  writeFileSync(join(content, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: null, Layers: ['layer.tar'] }]));
  const archive = join(dir, 'app.tar');
  const made = spawnSync('tar', ['-cf', archive, '-C', content, 'manifest.json', configName, 'layer.tar'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`tar failed: ${made.stderr}`);
  return archive;
}

describe('a report given to the gate (report mode)', () => {
  let host: string;
  let image: PushedImage;
  /** A report Trivy wrote for `image`, so it names the image's digest in RepoDigests. */
  let reportPath: string;
  beforeAll(async () => {
    host = inject('registryHost');
    image = await pushImage(host, 'fixtures/ubuntu-1804', 'report-mode', { user: '1000' });
    const dir = tempDir();
    reportPath = join(dir, 'ubuntu.json');
    const code = spawnSync(process.execPath, [
      standInTrivy,
      'image',
      '--format',
      'json',
      '--output',
      reportPath,
      '--quiet',
      `${host}/fixtures/ubuntu-1804@${image.digest}`,
    ]).status;
    expect(code).toBe(0);
  });

  it('is verified when it names the digest the image input names', async () => {
    const run = await runCli(['check', `${host}/fixtures/ubuntu-1804@${image.digest}`, '--report', reportPath, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('taken at its word');
    const result = JSON.parse(run.stdout) as { images: { identity: string; digest: string }[] };
    expect(result.images[0]).toMatchObject({ identity: 'verified', digest: image.digest });
  });

  it('is an error, naming both, when it contradicts the digest the image input names', async () => {
    const other = `sha256:${'9'.repeat(64)}`;
    const cli = await runCli(['check', `${host}/fixtures/ubuntu-1804@${other}`, '--report', reportPath]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(
      `The report ${reportPath} is about ${host}/fixtures/ubuntu-1804@${image.digest} (Metadata.RepoDigests), not ${other} named by the image input`,
    );
    expect(cli.stderr).not.toMatch(noStackTrace);

    const action = await runAction({ report: reportPath, image: `${host}/fixtures/ubuntu-1804@${other}` });
    expect(action.outputs.verdict).toBe('error');
    expect(errorLines(action)).toContain(`not ${other} named by the image input`);
  });

  it('is marked asserted, not verified, in the log, the summary and the result when it carries no identity', async () => {
    const run = await runAction({ report: fixture('trivy/ubuntu-1804.json'), image: `ghcr.io/acme/app@sha256:${'5'.repeat(64)}` });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(warningLines(run).filter((line) => line.includes('taken at its word'))).toEqual([
      `The report ${fixture('trivy/ubuntu-1804.json')} is taken at its word, not verified: it names no image digest that could confirm sha256:${'5'.repeat(64)} (no Metadata.RepoDigests)`,
    ]);
    expect(run.summary).toContain('- **Identity:** ⚠️ asserted, not verified: the report is taken at its word that it is about this image');
    const result = JSON.parse(readFileSync(run.outputs['result-file'] ?? '', 'utf8')) as { images: { identity: string }[] };
    expect(result.images[0]?.identity).toBe('asserted');

    const unnamed = await runCli(['check', '--report', fixture('trivy/ubuntu-1804.json')]);
    expect(unnamed.code).toBe(0);
    expect(unnamed.stderr).toContain('is taken at its word, not verified: the image input names no digest to check it against');
  });
});
