/**
 * One run, several images: Trivy is located once and its database cache restored once and saved once,
 * however many images are scanned. dist/index.js run as the runner runs it, against the real registry,
 * with a fake Actions cache service (v1) that refuses every lookup, as a cache outage does.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pushImage } from '../helpers/oci-push.js';
import { runAction, standInTrivy } from '../helpers/run-dist.js';

const requests: { method: string; url: string }[] = [];
let service: Server;
let serviceUrl: string;

beforeAll(async () => {
  service = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '' });
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
  it('locate Trivy once, restore its database cache once and save it once', async () => {
    const host = inject('registryHost');
    const images = await Promise.all(
      ['ubuntu-1804', 'debian-buster', 'alpine-310'].map(
        async (name) => `${host}/fixtures/${name}@${(await pushImage(host, `fixtures/${name}`, 'per-run', { user: '1000' })).digest}`,
      ),
    );
    const work = mkdtempSync(join(tmpdir(), 'image-gate-per-run-'));
    const argsLog = join(work, 'trivy-args.jsonl');
    // A database on disk, as the first scan leaves it, so there is something to save.
    const cacheDir = join(work, 'trivy-cache');
    mkdirSync(join(cacheDir, 'db'), { recursive: true });
    writeFileSync(join(cacheDir, 'db', 'trivy.db'), 'db');
    requests.length = 0;

    const run = await runAction(
      { image: images.join('\n'), 'trivy-path': standInTrivy, 'cache-db': 'true', 'fail-on-severity': 'none' },
      { env: { TRIVY_STANDIN_ARGS_LOG: argsLog, TRIVY_CACHE_DIR: cacheDir, ACTIONS_CACHE_URL: serviceUrl, ACTIONS_RUNTIME_TOKEN: 'test-token' } },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const invocations = readFileSync(argsLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    // The premise: every image was scanned.
    expect(
      invocations
        .filter((args) => args[0] === 'image')
        .map((args) => args.at(-1))
        .sort(),
    ).toEqual([...images].sort());
    expect.soft(invocations.filter((args) => args.includes('--version'))).toHaveLength(1);

    expect.soft(requests.filter((request) => request.method === 'GET' && request.url.startsWith('/_apis/artifactcache/cache?'))).toHaveLength(1);
    expect.soft(requests.filter((request) => request.method === 'POST' && request.url === '/_apis/artifactcache/caches')).toHaveLength(1);
    const restoreMessages = run.commands.filter((command) => command.message.startsWith('Failed to restore'));
    expect.soft(restoreMessages.map((command) => command.command)).toEqual(['warning']);
  });
});
