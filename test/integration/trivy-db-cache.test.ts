import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import { restoreTrivyDb, saveTrivyDb } from '../../src/adapters/trivy/db-cache.js';
import { restoreEnv, unsetEnv } from '../helpers/env.js';

const saved = { ...process.env };
afterEach(() => {
  restoreEnv(saved);
});

function cacheDirWithDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-trivy-db-'));
  mkdirSync(join(dir, 'db'));
  writeFileSync(join(dir, 'db', 'trivy.db'), 'db');
  return dir;
}

/** Just enough of the Actions cache service (v1) to answer "no such entry" and "already being saved". */
const requests: { method: string; url: string; body: string }[] = [];
let service: Server;
let serviceUrl: string;

beforeAll(async () => {
  service = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', body });
      if (request.method === 'GET' && request.url?.startsWith('/_apis/artifactcache/cache?')) {
        response.writeHead(204).end();
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

describe('Trivy DB cache', () => {
  it('does nothing outside GitHub Actions, quietly', async () => {
    unsetEnv('ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2');
    const logger = recordingLogger();
    const state = await restoreTrivyDb(cacheDirWithDb(), logger);
    expect(state).toBeUndefined();
    await saveTrivyDb(cacheDirWithDb(), state, logger);
    expect(logger.lines.filter((line) => line.level !== 'debug')).toEqual([]);
  });

  it('restores by today’s key, falling back to earlier days, and saves under today’s key', async () => {
    process.env.ACTIONS_CACHE_URL = serviceUrl;
    process.env.ACTIONS_RUNTIME_TOKEN = 'test-token';
    // Without it @actions/cache builds its archive under /home/actions/temp.
    process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'image-gate-runner-temp-'));
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    requests.length = 0;
    const logger = recordingLogger();
    const dir = cacheDirWithDb();
    const key = `image-gate-trivy-db-${process.platform}-2026-11-28`;

    const state = await restoreTrivyDb(dir, logger, new Date('2026-11-28T10:00:00Z'));
    expect(state).toEqual({ key, restoredKey: undefined });
    const lookup = new URL(requests[0]?.url ?? '', serviceUrl);
    expect(lookup.searchParams.get('keys')).toBe(`${key},image-gate-trivy-db-${process.platform}-`);

    await saveTrivyDb(dir, state, logger);
    const reserve = requests.find((request) => request.method === 'POST');
    expect(JSON.parse(reserve?.body ?? '{}')).toMatchObject({ key });
    // Same paths as the restore, so the entry's version matches: the restore's version is the save's.
    expect((JSON.parse(reserve?.body ?? '{}') as { version?: string }).version).toBe(lookup.searchParams.get('version'));
    expect(logger.lines.map((line) => line.message)).toEqual(['No cached Trivy database yet', `The Trivy database was not saved to cache (${key})`]);
  });

  it('does not save again under the key it restored, nor without a database on disk', async () => {
    const logger = recordingLogger();
    await saveTrivyDb(cacheDirWithDb(), { key: 'k', restoredKey: 'k' }, logger);
    await saveTrivyDb(mkdtempSync(join(tmpdir(), 'image-gate-trivy-db-')), { key: 'k' }, logger);
    expect(logger.lines.map((line) => line.message)).toEqual(['No Trivy database on disk to cache']);
  });
});
