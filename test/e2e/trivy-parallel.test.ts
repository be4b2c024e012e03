/**
 * Several images in one step, scanned at once: Trivy's databases are brought up to date once, before any scan,
 * and then at most `parallel` scans run together, each told to update nothing and to keep its scan cache in
 * memory. dist/index.js run as the runner runs it, against the real registry; the stand-in Trivy takes a while
 * over each scan and records when it started and ended, so the overlap is measured, not assumed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pushImage } from '../helpers/oci-push.js';
import { runAction, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import { jsonLines, mostAtOnce, type DbDownloadRecord, type ScanRecord } from '../helpers/trivy-logs.js';

/** Long against the time it takes to start the next stand-in, so "at once" and "one after another" cannot be confused. */
const SCAN_MS = 1500;

let images: string[];

beforeAll(async () => {
  const host = inject('registryHost');
  images = await Promise.all(
    ['ubuntu-1804', 'debian-buster', 'alpine-310'].map(
      async (name) => `${host}/fixtures/${name}@${(await pushImage(host, `fixtures/${name}`, 'parallel', { user: '1000' })).digest}`,
    ),
  );
});

interface ParallelRun extends ActionRun {
  scans: ScanRecord[];
  downloads: DbDownloadRecord[];
  cacheDir: string;
}

async function gate(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ParallelRun> {
  const work = mkdtempSync(join(tmpdir(), 'image-gate-parallel-'));
  const scanLog = join(work, 'scans.jsonl');
  const dbLog = join(work, 'db.jsonl');
  const cacheDir = join(work, 'trivy-cache');
  const run = await runAction(
    { image: images.join('\n'), 'trivy-path': standInTrivy, 'cache-db': 'false', 'fail-on-severity': 'none', ...inputs },
    {
      env: {
        TRIVY_CACHE_DIR: cacheDir,
        TRIVY_STANDIN_SCAN_DELAY_MS: String(SCAN_MS),
        TRIVY_STANDIN_SCAN_LOG: scanLog,
        TRIVY_STANDIN_DB_LOG: dbLog,
        ...env,
      },
    },
  );
  return { ...run, scans: jsonLines<ScanRecord>(scanLog), downloads: jsonLines<DbDownloadRecord>(dbLog), cacheDir };
}

/** The premise of every overlap: each image was scanned, once. */
function expectEveryImageScanned(run: ParallelRun): void {
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(run.scans.map((scan) => scan.target).sort()).toEqual([...images].sort());
}

describe('parallel', () => {
  it('2: two of three scans run at once, and the third when one of them is done', async () => {
    const run = await gate({ parallel: '2' });
    expectEveryImageScanned(run);
    expect(mostAtOnce(run.scans)).toBe(2);
  });

  it('3: all three scans run at once', async () => {
    const run = await gate({ parallel: '3' });
    expectEveryImageScanned(run);
    expect(mostAtOnce(run.scans)).toBe(3);
    // At once: the whole run took about one scan's time, not three.
    const span = Math.max(...run.scans.map((scan) => scan.end)) - Math.min(...run.scans.map((scan) => scan.start));
    expect(span).toBeLessThan(2 * SCAN_MS);
  });

  it('1: the scans run one after another', async () => {
    const run = await gate({ parallel: '1' });
    expectEveryImageScanned(run);
    expect(mostAtOnce(run.scans)).toBe(1);
  });

  it('is a one-line configuration error naming the input when it is not a whole number from 1 to 64', async () => {
    const run = await gate({ parallel: '0' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toContain('Input parallel must be a whole number from 1 to 64, not "0"');
    expect(run.scans).toEqual([]);
    expect(run.downloads).toEqual([]);
  });
});

describe("Trivy's databases with several images", () => {
  it('are downloaded once each into the cache directory before any scan, and every scan reads them without updating', async () => {
    const run = await gate({ parallel: '3' });
    expectEveryImageScanned(run);
    expect(run.downloads.map((download) => [download.db, download.cacheDir]).sort()).toEqual([
      ['java', run.cacheDir],
      ['vulnerability', run.cacheDir],
    ]);
    const downloaded = Math.max(...run.downloads.map((download) => download.end));
    for (const scan of run.scans) {
      expect(scan.start).toBeGreaterThanOrEqual(downloaded);
      expect(scan.args).toEqual(expect.arrayContaining(['--skip-db-update', '--skip-java-db-update']));
      expect(scan.args[scan.args.indexOf('--cache-backend') + 1]).toBe('memory');
      expect(scan.args[scan.args.indexOf('--cache-dir') + 1]).toBe(run.cacheDir);
    }
  });

  it('are downloaded from the mirrors the inputs name', async () => {
    const run = await gate({ 'trivy-db-repository': 'mirror.example/trivy-db:2', 'trivy-java-db-repository': 'mirror.example/trivy-java-db:1' });
    expectEveryImageScanned(run);
    expect(run.downloads.map((download) => [download.db, download.repository]).sort()).toEqual([
      ['java', 'mirror.example/trivy-java-db:1'],
      ['vulnerability', 'mirror.example/trivy-db:2'],
    ]);
  });

  it('are not downloaded when no scanner reads them', async () => {
    const run = await gate({ scanners: 'secret' });
    expectEveryImageScanned(run);
    expect(run.downloads).toEqual([]);
  });

  it("are left as they are when the runner's Trivy is told not to update them (an air-gapped runner's own copy)", async () => {
    const run = await gate({}, { TRIVY_SKIP_DB_UPDATE: 'true', TRIVY_SKIP_JAVA_DB_UPDATE: '1' });
    expectEveryImageScanned(run);
    expect(run.downloads).toEqual([]);
  });

  it('that cannot be downloaded fail every image with the reason, and no scan runs on them', async () => {
    const run = await gate({}, { TRIVY_STANDIN_DB_EXIT: '5' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.scans).toEqual([]);
    const result = run.commands.filter((command) => command.command === 'error').map((command) => command.message);
    expect(result.join('\n')).toMatch(/Could not bring Trivy's (vulnerability|Java) DB up to date in .*trivy-cache: Trivy failed with exit code 5/);
    const counts = JSON.parse(run.outputs.counts ?? '[]') as unknown[];
    expect(counts).toEqual([null, null, null]);
  });
});

describe('a Trivy server', () => {
  it('holds the vulnerability DB: the client downloads only the Java DB it reads JARs with, and scans at once', async () => {
    const run = await gate({ 'trivy-server': 'http://127.0.0.1:4954', parallel: '3' });
    expectEveryImageScanned(run);
    expect(run.downloads.map((download) => download.db)).toEqual(['java']);
    expect(mostAtOnce(run.scans)).toBe(3);
    for (const scan of run.scans) {
      expect(scan.args[scan.args.indexOf('--server') + 1]).toBe('http://127.0.0.1:4954');
      expect(scan.args).toContain('--skip-java-db-update');
      // The server's business: a client neither has a vulnerability DB nor uses its own scan cache.
      expect(scan.args).not.toContain('--skip-db-update');
      expect(scan.args).not.toContain('--cache-backend');
    }
  });

  it('is still bounded by parallel', async () => {
    const run = await gate({ 'trivy-server': 'http://127.0.0.1:4954', parallel: '2' });
    expectEveryImageScanned(run);
    expect(mostAtOnce(run.scans)).toBe(2);
  });
});
