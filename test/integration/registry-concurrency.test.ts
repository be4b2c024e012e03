/**
 * One bound on registry requests in flight for the whole process, measured where the requests land: a
 * fake registry that counts the requests it holds open at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/model/logger.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { DEFAULT_REGISTRY_CONCURRENCY, RequestLimiter, sharedRequestLimiter } from '../../src/adapters/registry/request-limit.js';
import { FAKE_MANIFEST, FAKE_MANIFEST_DIGEST, startSlowImageRegistry } from '../helpers/fake-image-registry.js';
import { send, sendManifest, startFakeServer, type FakeServer } from '../helpers/registry-fake.js';
import { OCI } from '../helpers/oci-push.js';

const emptyDockerConfig = join(mkdtempSync(join(tmpdir(), 'gate-limit-')), 'config.json');
writeFileSync(emptyDockerConfig, '{}');

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(server: Promise<FakeServer>): Promise<FakeServer> {
  const started = await server;
  servers.push(started);
  return started;
}

function client(options: { limiter?: RequestLimiter; retryDelaysMs?: number[]; timeoutMs?: number } = {}): RegistryClient {
  return new RegistryClient({
    logger: silentLogger,
    dockerConfig: { path: emptyDockerConfig, required: true },
    retryDelaysMs: options.retryDelaysMs ?? [],
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.limiter && { requestLimiter: options.limiter }),
  });
}

describe('registry requests in flight', () => {
  it('never exceed the shared default across many clients, though far more are asked for at once', async () => {
    const fake = await serve(startSlowImageRegistry(30));
    // Five clients, as the gate makes one per image and more for base images: one limit for all of them.
    const clients = Array.from({ length: 5 }, () => client());
    const asked = 60;
    const digests = await Promise.all(
      Array.from({ length: asked }, (_, i) => clients[i % clients.length]!.resolve(parseImageReference(`${fake.host}/lib/image${i}:1.0`))),
    );
    expect(digests.every((resolved) => resolved.digest === FAKE_MANIFEST_DIGEST)).toBe(true);
    expect(fake.requests).toHaveLength(asked);
    expect(fake.load.maxInFlight).toBeLessThanOrEqual(DEFAULT_REGISTRY_CONCURRENCY);
    // The premise: the requests did overlap, up to the limit (not one at a time).
    expect(fake.load.maxInFlight).toBe(DEFAULT_REGISTRY_CONCURRENCY);
    expect(sharedRequestLimiter().inFlight).toBe(0);
  });

  it('hold their slot while the body is read: full GETs stay within an injected limit', async () => {
    const fake = await serve(startSlowImageRegistry(20));
    const limiter = new RequestLimiter(3);
    const registry = client({ limiter });
    const pinned = await Promise.all(Array.from({ length: 12 }, (_, i) => registry.pin(parseImageReference(`${fake.host}/lib/image${i}:1.0`))));
    expect(pinned.every((image) => image.digest === FAKE_MANIFEST_DIGEST)).toBe(true);
    // Per image: HEAD of the tag, GET of the manifest by digest, GET of the config blob.
    expect(fake.requests).toHaveLength(36);
    expect(fake.load.maxInFlight).toBe(3);
    expect(limiter.peak).toBe(3);
    expect(limiter.inFlight).toBe(0);
  });

  it('give the slot back during a retry pause, so other requests go ahead', async () => {
    const order: string[] = [];
    let failedOnce = false;
    const fake = await serve(
      startFakeServer((request, response) => {
        const name = request.url.pathname.split('/')[3] ?? '';
        if (name === 'flaky' && !failedOnce) {
          failedOnce = true;
          order.push('flaky: 503');
          send(response, 503, '');
          return;
        }
        order.push(`${name}: 200`);
        sendManifest(request, response, FAKE_MANIFEST, { 'content-type': OCI.manifest, 'docker-content-digest': FAKE_MANIFEST_DIGEST });
      }),
    );
    const limiter = new RequestLimiter(1);
    const registry = client({ limiter, retryDelaysMs: [400] });
    const flaky = registry.resolve(parseImageReference(`${fake.host}/lib/flaky:1`));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await registry.resolve(parseImageReference(`${fake.host}/lib/steady:1`));
    // Had the retry kept the only slot through its pause, this would have waited for it.
    expect(Date.now() - started).toBeLessThan(250);
    await flaky;
    expect(order).toEqual(['flaky: 503', 'steady: 200', 'flaky: 200']);
  });

  it('do not deadlock on a token fetch made for a request, with a single slot and many callers', async () => {
    const fake = await serve(
      startFakeServer((request, response) => {
        const host = request.headers.host ?? '';
        if (request.url.pathname === '/token') {
          send(response, 200, JSON.stringify({ token: 'pull-token', expires_in: 300 }), { 'content-type': 'application/json' });
          return;
        }
        if (request.headers.authorization !== 'Bearer pull-token') {
          send(response, 401, '{"errors":[{"code":"UNAUTHORIZED"}]}', {
            'www-authenticate': `Bearer realm="http://${host}/token",service="fake"`,
            'content-type': 'application/json',
          });
          return;
        }
        sendManifest(request, response, FAKE_MANIFEST, { 'content-type': OCI.manifest, 'docker-content-digest': FAKE_MANIFEST_DIGEST });
      }),
    );
    const limiter = new RequestLimiter(1);
    const registry = client({ limiter, timeoutMs: 5000 });
    const resolved = await Promise.all(Array.from({ length: 6 }, (_, i) => registry.resolve(parseImageReference(`${fake.host}/lib/private${i}:1`))));
    expect(resolved.map((entry) => entry.digest)).toEqual(Array(6).fill(FAKE_MANIFEST_DIGEST));
    expect(fake.requests.some((request) => request.url.pathname === '/token')).toBe(true);
    expect(fake.load.maxInFlight).toBe(1);
  });

  it('cannot hold a slot for ever with a body nobody reads: the request timeout gives it back', async () => {
    const fake = await serve(
      startFakeServer((_request, response) => {
        // Headers, then a body that never ends.
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.write('partial');
      }),
    );
    const limiter = new RequestLimiter(1);
    const { Transport } = await import('../../src/adapters/registry/http.js');
    const transport = new Transport({ logger: silentLogger, userAgent: 't', timeoutMs: 300, retryDelaysMs: [], insecureRegistries: [], limiter });
    const request = (path: string) => ({ method: 'GET' as const, url: new URL(`http://${fake.host}${path}`), what: path, registry: fake.host });
    const first = await transport.send(request('/unread'));
    expect(first.status).toBe(200);
    expect(limiter.inFlight).toBe(1);
    const started = Date.now();
    const second = await transport.send(request('/next'));
    const waited = Date.now() - started;
    await second.body?.cancel();
    expect(waited).toBeGreaterThanOrEqual(200);
    expect(waited).toBeLessThan(3000);
    expect(limiter.inFlight).toBe(0);
  });
});

describe('RequestLimiter', () => {
  it('hands slots out first come, first served, and a release twice frees one slot only', async () => {
    const limiter = new RequestLimiter(2);
    const a = await limiter.acquire();
    const b = await limiter.acquire();
    const got: string[] = [];
    const c = limiter.acquire().then((release) => (got.push('c'), release));
    const d = limiter.acquire().then((release) => (got.push('d'), release));
    expect(limiter.queued).toBe(2);
    a();
    a();
    await c;
    expect(got).toEqual(['c']);
    expect(limiter.inFlight).toBe(2);
    b();
    (await d)();
    (await c)();
    expect(got).toEqual(['c', 'd']);
    expect(limiter.inFlight).toBe(0);
    expect(limiter.peak).toBe(2);
  });

  it('refuses a limit below one', () => {
    expect(() => new RequestLimiter(0)).toThrow(/at least 1/);
  });
});
