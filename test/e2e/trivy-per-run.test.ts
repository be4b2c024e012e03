/**
 * One run, several images: Trivy is located once, its database cache restored once, its databases brought up to
 * date once and the cache saved once, however many images are scanned. dist/index.js run as the runner runs it,
 * against the real registry, with a fake Actions cache service (v1) that refuses every lookup, as a cache outage does.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pushImage } from '../helpers/oci-push.js';
import { runAction, standInTrivy } from '../helpers/run-dist.js';
import { isTrivyScan, jsonLines, type DbDownloadRecord, type ScanRecord } from '../helpers/trivy-logs.js';

const requests: { method: string; url: string; at: number }[] = [];
let service: Server;
let serviceUrl: string;

beforeAll(async () => {
  service = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', at: Date.now() });
      if (request.method === 'GET' && request.url?.startsWith('/_apis/artifactcache/cache?')) {
        // Not retried by @actions/cache (a 5xx is, with a 5 s pause): a warning per restore it attempts.
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'bad request' }));
      } else if (request.method === 'POST' && request.url === '/_apis/artifactcache/caches') {
        response.writeHead(409, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'already being saved' }));
      } else {
        response.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((ready) => service.listen(0, '127.0.0.1', ready));
  const address = service.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  serviceUrl = `http://127.0.0.1:${address.port}/`;
});

afterAll(() => new Promise<void>((done) => service.close(() => done())));

describe('three images in one step', () => {
  it('locate Trivy once, restore its database cache once, download each database once after it, and save it once', async () => {
    const host = inject('registryHost');
    const images = await Promise.all(
      ['ubuntu-1804', 'debian-buster', 'alpine-310'].map(
        async (name) => `${host}/fixtures/${name}@${(await pushImage(host, `fixtures/${name}`, 'per-run', { user: '1000' })).digest}`,
      ),
    );
    const work = mkdtempSync(join(tmpdir(), 'image-gate-per-run-'));
    const argsLog = join(work, 'trivy-args.jsonl');
    const dbLog = join(work, 'trivy-db.jsonl');
    const scanLog = join(work, 'trivy-scans.jsonl');
    // A database on disk, as the first scan leaves it, so there is something to save.
    const cacheDir = join(work, 'trivy-cache');
    mkdirSync(join(cacheDir, 'db'), { recursive: true });
    writeFileSync(join(cacheDir, 'db', 'trivy.db'), 'db');
    requests.length = 0;

    const run = await runAction(
      { image: images.join('\n'), 'trivy-path': standInTrivy, 'cache-db': 'true', 'fail-on-severity': 'none' },
      {
        env: {
          TRIVY_STANDIN_ARGS_LOG: argsLog,
          TRIVY_STANDIN_DB_LOG: dbLog,
          TRIVY_STANDIN_SCAN_LOG: scanLog,
          TRIVY_CACHE_DIR: cacheDir,
          ACTIONS_CACHE_URL: serviceUrl,
          ACTIONS_RUNTIME_TOKEN: 'test-token',
        },
      },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const invocations = readFileSync(argsLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    // The premise: every image was scanned.
    expect(
      invocations
        .filter(isTrivyScan)
        .map((args) => args.at(-1))
        .sort(),
    ).toEqual([...images].sort());
    expect.soft(invocations.filter((args) => args.includes('--version'))).toHaveLength(1);

    const restores = requests.filter((request) => request.method === 'GET' && request.url.startsWith('/_apis/artifactcache/cache?'));
    const saves = requests.filter((request) => request.method === 'POST' && request.url === '/_apis/artifactcache/caches');
    expect.soft(restores).toHaveLength(1);
    expect.soft(saves).toHaveLength(1);

    // Each database once, into the run's cache directory, after the restore and before any scan.
    const downloads = jsonLines<DbDownloadRecord>(dbLog);
    expect(downloads.map((download) => [download.db, download.cacheDir]).sort()).toEqual([
      ['java', cacheDir],
      ['vulnerability', cacheDir],
    ]);
    const scans = jsonLines<ScanRecord>(scanLog);
    expect(scans).toHaveLength(3);
    const restoredAt = restores[0]?.at ?? Infinity;
    for (const download of downloads) expect(download.start).toBeGreaterThanOrEqual(restoredAt);
    const downloaded = Math.max(...downloads.map((download) => download.end));
    for (const scan of scans) expect(scan.start).toBeGreaterThanOrEqual(downloaded);
    expect((saves[0]?.at ?? 0) >= downloaded).toBe(true);
    const restoreMessages = run.commands.filter((command) => command.message.startsWith('Failed to restore'));
    expect.soft(restoreMessages.map((command) => command.command)).toEqual(['warning']);
  });
});
