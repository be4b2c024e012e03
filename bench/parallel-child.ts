/**
 * The parallel benchmark, in one process: Debian's docker-registry on a loopback port holds four images, and the
 * gate (gateImages, as a run calls it) gates all four twice, with `parallel` 1 and then 4. Trivy is the stand-in
 * (test/bin/trivy), taking SCAN_MS over each scan and recording each DB download; the recorded reports it
 * replays are the fixtures named after the repositories. Every image must come out judged: an error would time
 * an early exit. Prints one JSON line: ParallelMeasurement. The registry is stopped whatever happens.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRunContext } from '../src/app/context.js';
import { gateImages } from '../src/app/check/gate-images.js';
import { parseConfig, type InputName } from '../src/config/parse.js';
import { silentLogger } from '../src/core/model/logger.js';
import { pushImage } from '../test/helpers/oci-push.js';
import { startRegistry } from '../test/helpers/services.js';

export interface ParallelMeasurement {
  images: number;
  scanMs: number;
  /** Wall time of gating every image with parallel 1, and with parallel = images. */
  serialMs: number;
  parallelMs: number;
  /** DB downloads Trivy was asked for in each of the two runs. */
  downloads: { vulnerability: number; java: number }[];
}

const SCAN_MS = Number(process.argv[2] ?? 2000);
/** Fixtures the stand-in replays, by repository name. */
const NAMES = ['ubuntu-1804', 'debian-buster', 'alpine-310', 'distroless-base'];
const root = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const standIn = join(root, 'test/bin/trivy');

const registry = await startRegistry();
const work = mkdtempSync(join(tmpdir(), 'image-gate-bench-parallel-'));
try {
  const images = await Promise.all(
    NAMES.map(async (name) => `${registry.host}/bench/${name}@${(await pushImage(registry.host, `bench/${name}`, 'v1', { user: '1000' })).digest}`),
  );

  const gateAll = async (parallel: number) => {
    const runDir = mkdtempSync(join(work, `parallel-${parallel}-`));
    const dbLog = join(runDir, 'db.jsonl');
    const inputs: Partial<Record<InputName, string>> = { image: images.join('\n'), 'trivy-path': standIn, parallel: String(parallel) };
    const config = parseConfig((name) => inputs[name] ?? '', { workspace: runDir, tempDir: runDir });
    const env = {
      PATH: process.env.PATH,
      HOME: runDir,
      TRIVY_CACHE_DIR: join(runDir, 'trivy-cache'),
      TRIVY_STANDIN_SCAN_DELAY_MS: String(SCAN_MS),
      TRIVY_STANDIN_DB_LOG: dbLog,
    };
    const started = performance.now();
    const context = createRunContext({ config, env, logger: silentLogger, workspace: runDir, tempDir: runDir });
    const outcomes = await gateImages(config, context);
    const ms = performance.now() - started;
    const failed = outcomes.filter((outcome) => !('result' in outcome));
    if (failed.length > 0 || outcomes.length !== images.length) throw new Error(`not every image was judged: ${JSON.stringify(failed)}`);
    const downloads = existsSync(dbLog)
      ? readFileSync(dbLog, 'utf8')
          .trim()
          .split('\n')
          .map((line) => (JSON.parse(line) as { db: string }).db)
      : [];
    return {
      ms,
      downloads: { vulnerability: downloads.filter((db) => db === 'vulnerability').length, java: downloads.filter((db) => db === 'java').length },
    };
  };

  const serial = await gateAll(1);
  const parallel = await gateAll(images.length);
  const measurement: ParallelMeasurement = {
    images: images.length,
    scanMs: SCAN_MS,
    serialMs: serial.ms,
    parallelMs: parallel.ms,
    downloads: [serial.downloads, parallel.downloads],
  };
  console.log(JSON.stringify(measurement));
} finally {
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(registry.dataDir), { recursive: true, force: true });
}
