/**
 * Every platform of an index, each on its own: against the real registry, with two- and four-platform indexes
 * built here as an OCI index and as a Docker manifest list (a variant entry, linux/arm/v7, and a BuildKit
 * attestation manifest among them), and the Trivy stand-in replaying a different recorded report for each platform
 * manifest digest, through gateImages as the shells call it.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { parseConfig, type InputName } from '../../src/config/parse.js';
import { recordingLogger } from '../../src/core/model/logger.js';
import { gateImages } from '../../src/app/check/gate-images.js';
import { createRunContext } from '../../src/app/context.js';
import type { ImageOutcome } from '../../src/core/model/result.js';
import { stepVerdict } from '../../src/report/step-outcome.js';
import { OCI, pushImage, pushIndex, sha256, tarLayer, type ImageFormat } from '../helpers/oci-push.js';
import { PLATFORMS, pushPlatformIndex, recordedReport, reportsByDigest, type BuiltIndex } from '../helpers/platform-index.js';
import { isTrivyScan, jsonLines, mostAtOnce, type ScanRecord } from '../helpers/trivy-logs.js';

const STANDIN = resolve(import.meta.dirname, '..', 'bin', 'trivy');
const report = recordedReport;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'image-gate-platforms-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Gated {
  outcomes: ImageOutcome[];
  /** The image reference of every `trivy image` run, in the order they were started. */
  scanned: string[];
  argv: string[][];
  log: string[];
}

async function gate(image: string, inputs: Partial<Record<InputName, string>>, env: Record<string, string>): Promise<Gated> {
  const argsLog = join(work, `trivy-args-${randomUUID()}.jsonl`);
  const all: Partial<Record<InputName, string>> = { image, 'trivy-path': STANDIN, 'cache-db': 'false', ...inputs };
  const tempDir = join(work, 'tmp');
  const config = parseConfig((name) => all[name] ?? '', { workspace: work, tempDir });
  const logger = recordingLogger();
  const context = createRunContext({
    config,
    env: { PATH: process.env.PATH, TRIVY_CACHE_DIR: join(work, 'trivy-cache'), TRIVY_STANDIN_ARGS_LOG: argsLog, ...env },
    logger,
    workspace: work,
    tempDir,
  });
  const outcomes = await gateImages(config, context);
  const argv = existsSync(argsLog)
    ? readFileSync(argsLog, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
        .filter(isTrivyScan)
    : [];
  return { outcomes, argv, scanned: argv.map((args) => args.at(-1) ?? ''), log: logger.lines.map((line) => line.message) };
}

const ref = (host: string, built: BuiltIndex, digest: string): string => `${host}/${built.repository}@${digest}`;

describe.each<ImageFormat>(['oci', 'docker'])('every platform of a four-platform %s index', (format) => {
  let host: string;
  let built: BuiltIndex;
  let image: string;
  beforeAll(async () => {
    host = inject('registryHost');
    built = await pushPlatformIndex(host, format, 4);
    image = `${host}/${built.repository}:${built.index.tag}`;
  });

  it('is scanned by its own digest and judged on its own, in the index order; the image fails when one platform does', async () => {
    // The premise: a Docker manifest list or an OCI index, as named, listing the attestation manifest too.
    expect(built.index.mediaType).toBe(format === 'docker' ? 'application/vnd.docker.distribution.manifest.list.v2+json' : OCI.index);
    expect((JSON.parse(built.index.bytes.toString('utf8')) as { manifests: unknown[] }).manifests).toHaveLength(5);

    const run = await gate(image, {}, { TRIVY_STANDIN_REPORTS: reportsByDigest(built) });

    // Trivy was given exactly the four platform manifests, each by its own digest: never the index, never
    // --platform, never the attestation manifest.
    expect([...run.scanned].sort()).toEqual(built.images.map((item) => ref(host, built, item.digest)).sort());
    for (const args of run.argv) expect(args).not.toContain('--platform');
    expect(run.argv.flat().join(' ')).not.toContain(built.index.digest);
    expect(run.argv.flat().join(' ')).not.toContain(built.attestation);

    expect(run.outcomes.map((outcome) => outcome.error)).toEqual([undefined, undefined, undefined, undefined]);
    expect(run.outcomes.map((outcome) => outcome.input)).toEqual([image, image, image, image]);
    const results = run.outcomes.map((outcome) => outcome.result);
    expect(results.map((result) => result?.subject.platform)).toEqual(
      built.images.map((item, i) => ({ name: PLATFORMS[i]?.name, digest: item.digest })),
    );
    for (const result of results) {
      expect(result?.subject.digest).toBe(built.index.digest);
      expect(result?.subject.pinned).toBe(ref(host, built, built.index.digest));
      expect(result?.subject.identity).toBe('verified');
    }
    // Each platform judged on its own report: linux/arm64's critical vulnerability fails it alone.
    expect(results.map((result) => result?.scan.os?.family)).toEqual(PLATFORMS.map((platform) => platform.os));
    expect(results.map((result) => result?.verdict.outcome)).toEqual(['pass', 'fail', 'pass', 'pass']);
    expect(results[1]?.verdict.violations.map((violation) => violation.rule)).toEqual(['vulnerability-severity']);
    expect(stepVerdict(run.outcomes).outcome).toBe('fail');

    // One line per platform, naming the index and the platform manifest.
    for (const [i, item] of built.images.entries()) {
      const line = `Gating ${ref(host, built, built.index.digest)} for ${PLATFORMS[i]?.name ?? ''} (${item.digest})`;
      expect(run.log.filter((message) => message === line)).toHaveLength(1);
    }
    expect(run.log.filter((message) => message.startsWith('Gating '))).toHaveLength(4);
  });

  it('gates only the platforms named, in the index order', async () => {
    const reports = { TRIVY_STANDIN_REPORTS: reportsByDigest(built) };
    const arm64 = await gate(image, { platforms: 'linux/arm64' }, reports);
    expect(arm64.scanned).toEqual([ref(host, built, built.images[1]?.digest ?? '')]);
    expect(arm64.outcomes).toHaveLength(1);
    expect(arm64.outcomes[0]?.result?.subject.platform).toEqual({ name: 'linux/arm64', digest: built.images[1]?.digest });
    expect(arm64.outcomes[0]?.result?.verdict.outcome).toBe('fail');

    // The platform input is the one-platform form.
    const alias = await gate(image, { platform: 'linux/arm/v7' }, reports);
    expect(alias.scanned).toEqual([ref(host, built, built.images[2]?.digest ?? '')]);
    expect(alias.outcomes[0]?.result?.verdict.outcome).toBe('pass');

    const two = await gate(image, { platforms: 'linux/arm/v7\nlinux/amd64' }, reports);
    expect(two.outcomes.map((outcome) => outcome.result?.subject.platform?.name)).toEqual(['linux/amd64', 'linux/arm/v7']);
    expect(stepVerdict(two.outcomes).outcome).toBe('pass');
  });

  it('is an error naming the platforms the index has when one named is not among them, and nothing is scanned', async () => {
    const run = await gate(image, { platforms: 'linux/amd64,linux/s390x' }, {});
    expect(run.scanned).toEqual([]);
    expect(run.outcomes).toEqual([
      {
        input: image,
        repository: `${host}/${built.repository}`,
        error: `Image ${image} has no linux/s390x variant (it has: linux/amd64, linux/arm64, linux/arm/v7, linux/ppc64le)`,
      },
    ]);
  });

  it('fails the platform whose scan fails, as an error for that platform, while the others keep their verdicts', async () => {
    const broken = built.images[2]?.digest ?? '';
    const run = await gate(image, {}, { TRIVY_STANDIN_REPORTS: reportsByDigest(built), TRIVY_STANDIN_FAIL_DIGESTS: broken });
    expect([...run.scanned].sort()).toEqual(built.images.map((item) => ref(host, built, item.digest)).sort());
    expect(run.outcomes).toHaveLength(4);
    const failed = run.outcomes[2];
    expect(failed?.result).toBeUndefined();
    expect(failed?.platform).toBe('linux/arm/v7');
    expect(failed?.input).toBe(image);
    expect(failed?.repository).toBe(`${host}/${built.repository}`);
    expect(failed?.error).toContain('stand-in failure requested by TRIVY_STANDIN_FAIL_DIGESTS');
    expect(failed?.error).toContain(ref(host, built, broken));
    expect([0, 1, 3].map((i) => run.outcomes[i]?.result?.verdict.outcome)).toEqual(['pass', 'fail', 'pass']);
    expect(stepVerdict(run.outcomes).outcome).toBe('error');
  });
});

describe('a two-platform index', () => {
  it.each<ImageFormat>(['oci', 'docker'])('(%s) gets a verdict per platform, its attestation manifest never scanned', async (format) => {
    const host = inject('registryHost');
    const built = await pushPlatformIndex(host, format, 2);
    const image = `${host}/${built.repository}:${built.index.tag}`;
    const run = await gate(image, {}, { TRIVY_STANDIN_REPORTS: reportsByDigest(built) });
    expect([...run.scanned].sort()).toEqual(built.images.map((item) => ref(host, built, item.digest)).sort());
    expect(run.outcomes.map((outcome) => [outcome.result?.subject.platform?.name, outcome.result?.verdict.outcome])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'fail'],
    ]);
  });
});

describe('a single-manifest image', () => {
  it('is gated as it is, with no platform, and must be the platform named', async () => {
    const host = inject('registryHost');
    const repository = `platforms-${randomUUID().slice(0, 8)}/single`;
    const pushed = await pushImage(host, repository, '1', { user: '1000', platform: 'linux/arm64' });
    const image = `${host}/${repository}:1`;
    const env = { TRIVY_STANDIN_REPORT: report('ubuntu-1804') };
    const run = await gate(image, {}, env);
    expect(run.scanned).toEqual([`${host}/${repository}@${pushed.digest}`]);
    expect(run.outcomes).toHaveLength(1);
    expect(run.outcomes[0]?.result?.subject.digest).toBe(pushed.digest);
    expect(run.outcomes[0]?.result?.subject.platform).toBeUndefined();
    expect(run.log).toContain(`Gating ${host}/${repository}@${pushed.digest} for linux/arm64`);

    const other = await gate(image, { platforms: 'linux/amd64' }, env);
    expect(other.scanned).toEqual([]);
    expect(other.outcomes.map((outcome) => [outcome.error, outcome.platform])).toEqual([
      [`Image ${image} is for linux/arm64, not linux/amd64`, undefined],
    ]);
  });
});

describe("each platform's base-image proof", () => {
  it("compares the platform's layers with the base's manifest for the same platform", async () => {
    const host = inject('registryHost');
    const name = `platforms-${randomUUID().slice(0, 8)}`;
    // A two-platform base, each platform with its own layer.
    const baseLayer = (platform: string) => ({ 'etc/base-release': `base for ${platform}\n` });
    const baseImages = [];
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      baseImages.push(await pushImage(host, `${name}/base`, platform.replace('/', '-'), { platform, layers: [baseLayer(platform)] }));
    }
    await pushIndex(host, `${name}/base`, '1', baseImages);
    // The app on that base: linux/amd64 starts with the base's amd64 layer; linux/arm64 with another base's layer.
    const own = { 'app/run': 'app\n' };
    const amd64 = await pushImage(host, `${name}/app`, 'amd64', { user: '1000', platform: 'linux/amd64', layers: [baseLayer('linux/amd64'), own] });
    const arm64 = await pushImage(host, `${name}/app`, 'arm64', {
      user: '1000',
      platform: 'linux/arm64',
      layers: [{ 'etc/base-release': 'some other base\n' }, own],
    });
    await pushIndex(host, `${name}/app`, '1', [amd64, arm64]);
    // The premise: arm64's first layer is not the arm64 base's, amd64's is the amd64 base's.
    expect(amd64.diffIds[0]).toBe(baseImages[0]?.diffIds[0]);
    expect(arm64.diffIds[0]).not.toBe(baseImages[1]?.diffIds[0]);
    expect(sha256(tarLayer(baseLayer('linux/arm64')))).toBe(baseImages[1]?.diffIds[0]);

    writeFileSync(join(work, 'Dockerfile'), `FROM ${host}/${name}/base:1\nCOPY run /app/run\n`);
    writeFileSync(join(work, 'image-gate.yml'), 'base-image:\n  pinned: off\n  proven: fail\n');
    const run = await gate(
      `${host}/${name}/app:1`,
      { dockerfile: 'Dockerfile', policy: 'image-gate.yml' },
      { TRIVY_STANDIN_REPORT: report('ubuntu-1804') },
    );
    const proven = run.outcomes.map((outcome) => outcome.result?.verdict.baseImage?.checks.find((check) => check.rule === 'proven'));
    expect(proven.map((check) => check?.status)).toEqual(['pass', 'fail']);
    expect(proven[0]?.message).toContain('it begins with the base');
    expect(proven[1]?.message).toContain(`its layer 1 is ${arm64.diffIds[0] ?? ''}, the base's is ${baseImages[1]?.diffIds[0] ?? ''}`);
    expect(run.outcomes.map((outcome) => [outcome.result?.subject.platform?.name, outcome.result?.verdict.outcome])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'fail'],
    ]);
    // The base's tag and tag list are read once for the image, not once per platform.
    expect(run.log.filter((message) => message.startsWith('Base image: '))).toHaveLength(1);
  });
});

describe('an index of 50 platforms', () => {
  it('is gated on every platform with at most `parallel` scans at once and one log line per platform', async () => {
    const host = inject('registryHost');
    const repository = `platforms-${randomUUID().slice(0, 8)}/wide`;
    const names = Array.from({ length: 50 }, (_, i) => `linux/arch${String(i).padStart(2, '0')}`);
    const images = [];
    for (const name of names)
      images.push(await pushImage(host, repository, name.replaceAll('/', '-'), { user: '1000', platform: name, format: 'oci' }));
    const index = await pushIndex(host, repository, 'wide', images, { format: 'oci' });
    const scanLog = join(work, 'scans.jsonl');
    const run = await gate(
      `${host}/${repository}:${index.tag}`,
      { parallel: '4' },
      { TRIVY_STANDIN_REPORT: report('ubuntu-1804'), TRIVY_STANDIN_SCAN_LOG: scanLog, TRIVY_STANDIN_SCAN_DELAY_MS: '100' },
    );
    // The premise: the index really lists 50 platforms, each a manifest of its own.
    expect(new Set(images.map((image) => image.digest)).size).toBe(50);
    expect(run.outcomes.map((outcome) => outcome.result?.subject.platform?.name)).toEqual(names);
    expect([...run.scanned].sort()).toEqual(images.map((image) => `${host}/${repository}@${image.digest}`).sort());
    const scans = jsonLines<ScanRecord>(scanLog);
    expect(scans).toHaveLength(50);
    expect(mostAtOnce(scans)).toBe(4);
    expect(run.log.filter((line) => line.startsWith('Gating '))).toHaveLength(50);
  }, 120_000);
});
