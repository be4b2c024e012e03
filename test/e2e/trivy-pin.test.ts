/**
 * trivy-version is what runs: dist/index.js run as the runner runs it, with a `trivy` on PATH that is the stand-in
 * reporting some version, and no trivy-path. A trivy on PATH scans only when it is exactly the pinned release, or
 * when trivy-version is `path`; otherwise the pinned release does (here from a tool-cache entry made as an install
 * makes it, since dist/ downloads only from GitHub), and the log says which one and why.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { releaseAssetName } from '../../src/adapters/trivy/install.js';
import { DEFAULT_TRIVY_VERSION } from '../../src/core/model/trivy.js';
import { pushImage } from '../helpers/oci-push.js';
import { runAction, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import { isTrivyScan } from '../helpers/trivy-logs.js';

let image: string;

beforeAll(async () => {
  const host = inject('registryHost');
  image = `${host}/fixtures/ubuntu-1804@${(await pushImage(host, 'fixtures/ubuntu-1804', 'trivy-pin', { user: '1000' })).digest}`;
});

interface Setup {
  work: string;
  /** One line per run of any trivy: "<label> <its arguments>", so a test sees which one scanned. */
  runs: string;
}

function setup(): Setup {
  const work = mkdtempSync(join(tmpdir(), 'image-gate-trivy-pin-'));
  const runs = join(work, 'trivy-runs.log');
  writeFileSync(runs, '');
  return { work, runs };
}

/** A `trivy` in `dir`: the stand-in reporting `version`, noting each run as `label`. */
function labelledTrivy(setup: Setup, dir: string, label: string, version: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'trivy');
  writeFileSync(
    path,
    `#!/bin/sh\necho "${label} $*" >> '${setup.runs}'\nTRIVY_STANDIN_VERSION=${version} exec '${process.execPath}' '${standInTrivy}' "$@"\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** A trivy on PATH reporting `version`; returns its path. */
function trivyOnPath(setup: Setup, version: string): string {
  return labelledTrivy(setup, join(setup.work, 'path-bin'), 'path', version);
}

/** The tool-cache entry an install of `version` leaves (binary, install record, completion marker); returns the tool cache. */
function toolCacheWith(setup: Setup, version: string): string {
  const toolCache = join(setup.work, 'tool-cache');
  const entry = join(toolCache, 'trivy', version, arch());
  const binary = labelledTrivy(setup, entry, 'cache', version);
  const record = {
    trivy: createHash('sha256').update(readFileSync(binary)).digest('hex'),
    archive: releaseAssetName(version, process.platform, process.arch),
    archiveSha256: 'a'.repeat(64),
  };
  writeFileSync(join(entry, '.image-gate-install.json'), JSON.stringify(record));
  writeFileSync(`${entry}.complete`, '');
  return toolCache;
}

function gate(setup: Setup, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    { image, 'cache-db': 'false', 'fail-on-severity': 'none', ...inputs },
    { env: { PATH: `${join(setup.work, 'path-bin')}:${process.env.PATH ?? ''}`, ...env } },
  );
}

/** Which trivy scanned the image, by label. */
/** Which trivy ran each scan: its runs whose arguments scan an image, not those that only download a database. */
function scannedBy(setup: Setup): string[] {
  return readFileSync(setup.runs, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(' '))
    .filter(([, ...args]) => isTrivyScan(args))
    .map(([label]) => label ?? '');
}

describe('the Trivy that runs', () => {
  it('is the trivy on PATH when it is exactly the pinned release', async () => {
    const context = setup();
    const onPath = trivyOnPath(context, DEFAULT_TRIVY_VERSION);
    const run = await gate(context, {});
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`Using Trivy ${DEFAULT_TRIVY_VERSION} from PATH (${onPath}): the pinned version`);
    expect(scannedBy(context)).toEqual(['path']);
  });

  it('is the pinned release, not a newer trivy on PATH', async () => {
    const context = setup();
    const onPath = trivyOnPath(context, '0.99.9');
    const toolCache = toolCacheWith(context, '0.99.0');
    const run = await gate(context, { 'trivy-version': '0.99.0' }, { RUNNER_TOOL_CACHE: toolCache });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`Not using ${onPath}: Trivy 0.99.9, not the pinned 0.99.0; installing Trivy 0.99.0`);
    expect(run.stdout).toContain(`Using Trivy 0.99.0 from the tool cache (${join(toolCache, 'trivy', '0.99.0', arch(), 'trivy')})`);
    expect(scannedBy(context)).toEqual(['cache']);
  });

  it('is the trivy on PATH, whatever its version, with trivy-version path', async () => {
    const context = setup();
    const onPath = trivyOnPath(context, '0.70.0');
    const run = await gate(context, { 'trivy-version': 'path' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`Using Trivy 0.70.0 from PATH (${onPath}): trivy-version is path`);
    expect(scannedBy(context)).toEqual(['path']);
  });

  it('is never a malicious release, even with trivy-version path: the step fails and nothing scans', async () => {
    const context = setup();
    const onPath = trivyOnPath(context, '0.69.4');
    const run = await gate(context, { 'trivy-version': 'path' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.commands.filter((command) => command.command === 'error').map((command) => command.message)).toContainEqual(
      expect.stringContaining(`trivy-version is path, but ${onPath} is Trivy 0.69.4, a known malicious release`),
    );
    expect(scannedBy(context)).toEqual([]);
  });
});
