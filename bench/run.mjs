// npm run bench: speed and memory of the gate, as ratios against baselines measured in the same run.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'image-gate-bench-'));
const count = Number(process.env.BENCH_VULNERABILITIES ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

await build({
  absWorkingDir: root,
  entryPoints: { 'pipeline-child': 'bench/pipeline-child.ts', 'synthetic-report': 'bench/synthetic-report.ts' },
  outdir: work,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  logLevel: 'warning',
});
// The signature benchmark bundles the test helpers' CommonJS dependencies (nock, @sigstore/mock), which call
// require(): a separate build gives it the require ESM lacks, leaving the pipeline bundles as they were. So does
// the parallel benchmark, which bundles the whole gate (@actions/tool-cache and @actions/cache among it).
await build({
  absWorkingDir: root,
  entryPoints: { 'verify-child': 'bench/verify-child.ts', 'parallel-child': 'bench/parallel-child.ts' },
  outdir: work,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  logLevel: 'warning',
  external: ['*.node'],
  banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
});
// nock's interceptors load their HTTP parser from a .wasm file next to the running module.
mkdirSync(join(work, 'llhttp'));
copyFileSync(join(root, 'node_modules/@mswjs/interceptors/lib/node/llhttp/llhttp.wasm'), join(work, 'llhttp/llhttp.wasm'));
/** @type {typeof import('./synthetic-report.js')} */
const { writeSyntheticReport } = await import(join(work, 'synthetic-report.js'));
const reportPath = join(work, 'report.json');
const reportBytes = writeSyntheticReport(join(root, 'test/fixtures/trivy'), count, reportPath);

/** @typedef {{ ms: number, maxRssBytes: number }} Measurement what pipeline-child.ts prints */

/** @param {'baseline' | 'pipeline'} mode @returns {Measurement} */
function measure(mode) {
  const child = spawnSync(process.execPath, [join(work, 'pipeline-child.js'), mode, reportPath], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${mode} failed: ${child.stderr}`);
  return /** @type {Measurement} */ (JSON.parse(child.stdout.trim().split('\n').at(-1) ?? ''));
}
/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const baseline = [];
const pipeline = [];
for (let round = 0; round < rounds; round++) {
  baseline.push(measure('baseline'));
  pipeline.push(measure('pipeline'));
}
const baselineMs = median(baseline.map((m) => m.ms));
const pipelineMs = median(pipeline.map((m) => m.ms));
const pipelineRss = Math.max(...pipeline.map((m) => m.maxRssBytes));
const baselineRss = Math.max(...baseline.map((m) => m.maxRssBytes));

// Cold start: spawn dist/index.js as the runner does and time its first line of output, and the whole run to
// its verdict on a small recorded report (all the Action loads for it). Each run ends before the next starts,
// so runs do not compete for the CPU.
/** @returns {Promise<{ first: number; verdict: number }>} */
function coldRun() {
  return new Promise((resolve, reject) => {
    const temp = mkdtempSync(join(work, 'runner-'));
    writeFileSync(join(temp, 'out'), '');
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
      env: {
        PATH: process.env.PATH,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: join(temp, 'out'),
        INPUT_REPORT: join(root, 'test/fixtures/trivy/debian-buster.json'),
        'INPUT_IMAGE-SOURCE': 'registry',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    /** @type {number | undefined} */
    let first;
    child.stdout.once('data', () => {
      first = performance.now() - started;
    });
    child.on('error', reject);
    child.on('close', () => {
      if (first === undefined) reject(new Error('dist/index.js printed nothing'));
      else resolve({ first, verdict: performance.now() - started });
    });
  });
}
const coldStarts = [];
for (let round = 0; round < 10; round++) coldStarts.push(await coldRun());
const coldStart = median(coldStarts.map((run) => run.first));
const toVerdict = median(coldStarts.map((run) => run.verdict));

/** @param {number} bytes */
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const lines = [
  `image-gate benchmark (Node ${process.version}, median of ${rounds} rounds, each in a fresh process)`,
  `report: ${count.toLocaleString('en')} vulnerabilities, ${mib(reportBytes)}`,
  `JSON.parse baseline:                 ${baselineMs.toFixed(0)} ms, peak RSS ${mib(baselineRss)}`,
  `parse+evaluate+redact+SARIF+summary: ${pipelineMs.toFixed(0)} ms, peak RSS ${mib(pipelineRss)}`,
  `time ratio to JSON.parse:            ${(pipelineMs / baselineMs).toFixed(2)}x   (target <= 3x)`,
  `peak RSS / report size:              ${(pipelineRss / reportBytes).toFixed(2)}x   (target <= 3x)`,
  `dist/index.js cold start to 1st line: ${coldStart.toFixed(0)} ms (median of 10; target < 200 ms)`,
  `dist/index.js whole run to its verdict (small report): ${toVerdict.toFixed(0)} ms (median of 10)`,
];
console.log(lines.join('\n'));

// Signatures: one process starts the loopback registry, signs, measures and stops the registry.
const verifyRounds = Number(process.env.BENCH_VERIFY_ROUNDS ?? 20);
const verifyChild = spawnSync(process.execPath, [join(work, 'verify-child.js'), String(verifyRounds)], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
  timeout: 300_000,
});
if (verifyChild.status !== 0) throw new Error(`verify-child failed (${verifyChild.signal ?? verifyChild.status}): ${verifyChild.stderr}`);
/** @type {import('./verify-child.js').VerifyMeasurement} */
const verify = JSON.parse(verifyChild.stdout.trim().split('\n').at(-1) ?? '');
/** @param {number} ms */
const millis = (ms) => `${ms.toFixed(1)} ms`;
const ratio = verify.wholeMs / verify.bareMs;
const offlineRatio = verify.offlineMs / verify.bareMs;
console.log(
  [
    '',
    `signature verification (loopback docker-registry, 1 platform, ${verify.found} referrers via the fallback tag: cosign signature + SLSA v1 attestation; median of ${verify.rounds} rounds after warm-up, one process)`,
    `image-gate, whole (pin + discovery + verify + judge): ${millis(verify.wholeMs)}, ${verify.requests} registry requests (${verify.pinRequests} for the pin)   (target <= 12 requests)`,
    `  registry part alone (pin + discovery):            ${millis(verify.networkMs)}  (${verify.requests} plain fetch() GETs to the same registry: ${millis(verify.fetchFloorMs)})`,
    `  offline part alone (trusted root + verify + judge): ${millis(verify.offlineMs)}  (trust material prebuilt: ${millis(verify.offlinePreloadedMs)})`,
    `bare @sigstore/verify, same ${verify.found} bundles:              ${millis(verify.bareMs)}`,
    `ratio whole / bare:                 ${ratio.toFixed(2)}x   (target <= 1.5x; whole includes ${verify.requests} loopback round trips bare does not make)`,
    `ratio offline / bare:               ${offlineRatio.toFixed(2)}x   (target <= 1.2x; same work as bare plus identity, subject and policy checks)`,
    `prehash verification of a message signature, warm: ${millis(verify.prehashSignatureMs)}   (target <= 2 ms: the signature over the digest, ECDSA P-256 by @noble/curves;`,
    `   node:crypto checks the same signature over the bytes in well under 0.1 ms, but cannot take a digest)`,
    `  the whole real rfc8785 wheel bundle from its sha256 digest (chain, SCT, log entry, identity, signature): ${millis(verify.prehashMs)};`,
    `  bare @sigstore/verify of one real public-good bundle from its content, for scale: ${millis(verify.bareRealMs)} (ratio ${(verify.prehashMs / verify.bareRealMs).toFixed(2)}x)`,
  ].join('\n'),
);

// Parallel scans: one process starts the loopback registry, gates four images with parallel 1 and with parallel 4
// through a stand-in Trivy that takes BENCH_SCAN_MS over each scan, and stops the registry.
const scanMs = Number(process.env.BENCH_SCAN_MS ?? 2000);
const parallelChild = spawnSync(process.execPath, [join(work, 'parallel-child.js'), String(scanMs), root], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
  timeout: 300_000,
});
if (parallelChild.status !== 0) throw new Error(`parallel-child failed (${parallelChild.signal ?? parallelChild.status}): ${parallelChild.stderr}`);
/** @type {import('./parallel-child.js').ParallelMeasurement} */
const parallel = JSON.parse(parallelChild.stdout.trim().split('\n').at(-1) ?? '');
const parallelRatio = parallel.parallelMs / parallel.serialMs;
const dbFetchedOnce = parallel.downloads.every((run) => run.vulnerability === 1 && run.java === 1);
console.log(
  [
    '',
    `parallel Trivy scans (${parallel.images} images in the loopback docker-registry, gated in one process; the stand-in Trivy takes ${(parallel.scanMs / 1000).toFixed(1)} s per scan)`,
    `parallel 1: ${parallel.serialMs.toFixed(0)} ms   parallel ${parallel.images}: ${parallel.parallelMs.toFixed(0)} ms`,
    `time ratio parallel ${parallel.images} / parallel 1:   ${parallelRatio.toFixed(2)}x   (target <= 0.4x)`,
    `Trivy DB downloads per run (parallel 1, parallel ${parallel.images}): vulnerability DB ${parallel.downloads.map((run) => run.vulnerability).join(', ')}; Java DB ${parallel.downloads.map((run) => run.java).join(', ')}   (target: 1 each, whatever the number of images)`,
  ].join('\n'),
);
rmSync(work, { recursive: true, force: true });
const failed =
  pipelineMs / baselineMs > 3 ||
  pipelineRss / reportBytes > 3 ||
  coldStart >= 200 ||
  verify.requests > 12 ||
  ratio > 1.5 ||
  offlineRatio > 1.2 ||
  verify.prehashSignatureMs > 2 ||
  parallelRatio > 0.4 ||
  !dbFetchedOnce;
if (failed) console.log('At least one target is missed.');
