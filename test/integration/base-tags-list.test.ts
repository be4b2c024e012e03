import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../../src/core/model/logger.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { gateError } from '../helpers/gate-error.js';
import { pushImage } from '../helpers/oci-push.js';
import { send, startFakeServer, type FakeHandler, type FakeServer } from '../helpers/registry-fake.js';

const registry = inject('registryHost');
const authRegistry = inject('authRegistryHost');
const emptyDockerConfig = join(mkdtempSync(join(tmpdir(), 'gate-tags-')), 'config.json');
writeFileSync(emptyDockerConfig, '{}');

function client(credentials: { registry: string; username: string; password: string }[] = []): RegistryClient {
  return new RegistryClient({ logger: silentLogger, retryDelaysMs: [], dockerConfig: { path: emptyDockerConfig, required: true }, credentials });
}

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: FakeHandler): Promise<FakeServer> {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

/** Distribution's paging: `n` per page, `last` the previous page's last tag, a relative Link to the next. */
function pagedTags(all: string[], perPage: number, link: (next: string) => string = (next) => `<${next}>; rel="next"`): FakeHandler {
  return (request, response) => {
    const last = request.url.searchParams.get('last');
    const start = last === null ? 0 : all.indexOf(last) + 1;
    const page = all.slice(start, start + perPage);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const lastTag = page.at(-1);
    if (start + perPage < all.length && lastTag !== undefined) headers.link = link(`/v2/acme/base/tags/list?n=${String(perPage)}&last=${lastTag}`);
    send(response, 200, JSON.stringify({ name: 'acme/base', tags: page }), headers);
  };
}

describe('RegistryClient.listTags', () => {
  it('lists the tags docker-registry holds', async () => {
    const repository = `tags-${String(Date.now())}/base`;
    for (const tag of ['1.0', '1.1', 'latest']) await pushImage(registry, repository, tag, { layers: [{ tag }] });
    const listed = await client().listTags(parseImageReference(`${registry}/${repository}`), 100);
    expect([...listed.tags].sort()).toEqual(['1.0', '1.1', 'latest']);
    expect(listed.truncated).toBe(false);
  });

  it('reads a registry with Basic auth using the given credentials', async () => {
    const repository = `tags-${String(Date.now())}/private`;
    const auth = { username: inject('authRegistryUser'), password: inject('authRegistryPassword') };
    await pushImage(authRegistry, repository, '2.0', { auth });
    const listed = await client([{ registry: authRegistry, ...auth }]).listTags(parseImageReference(`${authRegistry}/${repository}`), 100);
    expect(listed.tags).toEqual(['2.0']);
  });

  it('names the repository when the registry does not have it', async () => {
    const error = await gateError(client().listTags(parseImageReference(`${registry}/nobody/here`), 100));
    expect(error.kind).toBe('config');
    expect(error.message).toMatch(
      new RegExp(`^Repository ${registry.replace(/\./g, '\\.')}/nobody/here not found on registry .*\\(HTTP 404, NAME_UNKNOWN\\)$`),
    );
  });

  it('follows Link pages and stops at the limit, saying it was cut', async () => {
    const all = Array.from({ length: 7 }, (_, i) => `1.0.${String(i)}`);
    const server = await serve(pagedTags(all, 3));
    const ref = parseImageReference(`${server.host}/acme/base`);
    expect(await client().listTags(ref, 100)).toEqual({ tags: all, truncated: false });
    expect(server.requests.map((request) => request.url.search)).toEqual(['', '?n=3&last=1.0.2', '?n=3&last=1.0.5']);
    server.requests.length = 0;
    expect(await client().listTags(ref, 4)).toEqual({ tags: all.slice(0, 4), truncated: true });
    expect(server.requests).toHaveLength(2);
  });

  it('stops after the page cap and says the list was cut', async () => {
    const all = Array.from({ length: 30 }, (_, i) => `t${String(i)}`);
    const server = await serve(pagedTags(all, 1));
    const listed = await client().listTags(parseImageReference(`${server.host}/acme/base`), 1000);
    expect(listed).toEqual({ tags: all.slice(0, 20), truncated: true });
    expect(server.requests).toHaveLength(20);
  });

  it('does not follow a next page to another host', async () => {
    const server = await serve(pagedTags(['a', 'b'], 1, (next) => `<http://127.0.0.2:1${next}>; rel="next"`));
    const error = await gateError(client().listTags(parseImageReference(`${server.host}/acme/base`), 100));
    expect(error.message).toMatch(/sent the next page of tag list of .*acme\/base to another host \(127\.0\.0\.2:1\); not following it$/);
  });

  it('reads `"tags": null` as no tags, and rejects an answer without a list of strings', async () => {
    const empty = await serve((_request, response) => {
      send(response, 200, JSON.stringify({ name: 'acme/base', tags: null }), { 'content-type': 'application/json' });
    });
    expect(await client().listTags(parseImageReference(`${empty.host}/acme/base`), 10)).toEqual({ tags: [], truncated: false });
    const broken = await serve((_request, response) => {
      send(response, 200, JSON.stringify({ name: 'acme/base', tags: [1, 2] }), { 'content-type': 'application/json' });
    });
    const error = await gateError(client().listTags(parseImageReference(`${broken.host}/acme/base`), 10));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toMatch(/^tag list of .*acme\/base has no "tags" list of strings$/);
  });
});
