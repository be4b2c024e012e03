/**
 * Every platform of an index, run as the runner and a terminal run dist/: a four-platform Docker manifest list
 * (linux/arm/v7 and a BuildKit attestation manifest among its entries) in the real registry, and the Trivy stand-in
 * replaying a different recorded report for each platform manifest digest, of which only linux/arm64's fails.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PLATFORMS, pushPlatformIndex, reportsByDigest, type BuiltIndex } from '../helpers/platform-index.js';
import { runAction, runCli, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import { isTrivyScan } from '../helpers/trivy-logs.js';

/** The arguments of every `trivy image` scan (not a DB download), as logged by the stand-in (TRIVY_STANDIN_ARGS_LOG). */
function scanned(argsLog: string): string[][] {
  if (!existsSync(argsLog)) return [];
  return readFileSync(argsLog, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string[])
    .filter(isTrivyScan);
}

function errorLines(run: ActionRun): string {
  return run.commands
    .filter((command) => command.command === 'error')
    .map((command) => command.message)
    .join('\n');
}

describe('a four-platform Docker manifest list', () => {
  let host: string;
  let built: BuiltIndex;
  let image: string;
  let env: Record<string, string>;
  const ref = (digest: string): string => `${host}/${built.repository}@${digest}`;

  beforeAll(async () => {
    host = inject('registryHost');
    built = await pushPlatformIndex(host, 'docker', 4);
    image = `${host}/${built.repository}:${built.index.tag}`;
    env = { TRIVY_STANDIN_REPORTS: reportsByDigest(built) };
  });

  const gate = async (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) => {
    const argsLog = join(mkdtempSync(join(tmpdir(), 'image-gate-platforms-')), 'trivy-args.jsonl');
    const run = await runAction(
      { image, 'trivy-path': standInTrivy, 'cache-db': 'false', ...inputs },
      { env: { ...env, ...extraEnv, TRIVY_STANDIN_ARGS_LOG: argsLog } },
    );
    return { run, scans: scanned(argsLog) };
  };

  it('fails the Action on its one failing platform, having scanned each platform manifest by its own digest', async () => {
    const { run, scans } = await gate({});
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(scans.map((args) => args.at(-1)).sort()).toEqual(built.images.map((item) => ref(item.digest)).sort());
    for (const args of scans) expect(args).not.toContain('--platform');
    expect(scans.flat().join(' ')).not.toContain(built.index.digest);
    expect(scans.flat().join(' ')).not.toContain(built.attestation);
    // A line per platform in the log.
    for (const [i, item] of built.images.entries()) {
      expect(run.stdout).toContain(`Gating ${ref(built.index.digest)} for ${PLATFORMS[i]?.name ?? ''} (${item.digest})\n`);
    }
    expect(run.stdout.match(/^Gating \S+@sha256:/gm)).toHaveLength(4);
  });

  it('passes with the platforms input naming the passing platforms only, and scans only those', async () => {
    const { run, scans } = await gate({ platforms: 'linux/amd64\nlinux/arm/v7' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(scans.map((args) => args.at(-1)).sort()).toEqual([ref(built.images[0]?.digest ?? ''), ref(built.images[2]?.digest ?? '')].sort());
  });

  it('ends with verdict=error naming what the index has when a platform named is not in it', async () => {
    const { run, scans } = await gate({ platforms: 'linux/s390x' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(scans).toEqual([]);
    expect(errorLines(run)).toContain(`Image ${image} has no linux/s390x variant (it has: linux/amd64, linux/arm64, linux/arm/v7, linux/ppc64le)`);
  });

  it('ends with verdict=error when one platform cannot be scanned, the others still scanned and judged', async () => {
    const broken = built.images[3]?.digest ?? '';
    const { run, scans } = await gate({ platforms: 'linux/amd64,linux/ppc64le' }, { TRIVY_STANDIN_FAIL_DIGESTS: broken });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(scans.map((args) => args.at(-1)).sort()).toEqual([ref(built.images[0]?.digest ?? ''), ref(broken)].sort());
    expect(errorLines(run)).toContain(ref(broken));
  });

  it('gives the CLI the same platforms: exit 1 for all of them, 0 for the passing ones, 2 for one the index lacks', async () => {
    const check = (...args: string[]) => runCli(['check', image, '--trivy-path', standInTrivy, ...args], { env });
    const all = await check();
    expect(all.code, all.stdout + all.stderr).toBe(1);
    const passing = await check('--platforms', 'linux/amd64,linux/arm/v7,linux/ppc64le');
    expect(passing.code, passing.stdout + passing.stderr).toBe(0);
    const one = await check('--platform', 'linux/arm64');
    expect(one.code, one.stdout + one.stderr).toBe(1);
    const missing = await check('--platforms', 'linux/riscv64');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`has no linux/riscv64 variant (it has: linux/amd64, linux/arm64, linux/arm/v7, linux/ppc64le)`);
  });
});
