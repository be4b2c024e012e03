import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { currentCheck } from '../../src/core/judge/base-image/current-check.js';
import { pinSuggestion } from '../../src/core/judge/base-image/pin-suggestion.js';
import { provenCheck } from '../../src/core/judge/base-image/proven-check.js';
import { resolveBaseFacts } from '../../src/app/base-image/resolve.js';
import { silentLogger } from '../../src/core/model/logger.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { buildAndPush, importOtherBase, push, pushBusyboxBase } from '../helpers/base-images.js';
import { buildOnBase, docker } from '../helpers/docker-images.js';
import { pushImage, pushIndex } from '../helpers/oci-push.js';

const registry = inject('registryHost');
const dockerHost = inject('dockerHost');
const run = randomBytes(4).toString('hex');

function client(): RegistryClient {
  return new RegistryClient({ logger: silentLogger, retryDelaysMs: [] });
}

async function diffIdsOf(reference: string): Promise<{ platform: string; diffIds: string[]; created?: string }> {
  const pinned = await client().pin(parseImageReference(reference));
  const [image] = pinned.platforms;
  if (!image) throw new Error(`${reference} has no image`);
  return { platform: image.platform, diffIds: image.config.diffIds, ...(image.config.created !== undefined && { created: image.config.created }) };
}

describe('base image facts from a real registry, images built by a real dockerd', () => {
  const base = `${registry}/base-${run}/busybox:1.36.1`;
  const app = `${registry}/app-${run}/app:1`;
  const claimer = `${registry}/app-${run}/claimer:1`;
  let baseDigest = '';
  let platform = '';

  beforeAll(() => {
    baseDigest = pushBusyboxBase(dockerHost, base);
    buildAndPush(dockerHost, base, app);
    const other = `gate-other-base-${run}:1`;
    importOtherBase(dockerHost, other);
    buildAndPush(dockerHost, other, claimer);
    platform = `linux/${docker(dockerHost, ['version', '-f', '{{.Server.Arch}}'])}`;
  });

  it('resolves an unpinned FROM to what its tag points to, with the base diff_ids, and suggests the pin', async () => {
    const facts = await resolveBaseFacts(client(), base, platform, { line: 3 });
    expect(facts).toMatchObject({ written: base, line: 3, digest: baseDigest, currentDigest: baseDigest, platformDigest: baseDigest, unknown: {} });
    expect(facts.pinnedDigest).toBeUndefined();
    const built = await diffIdsOf(base);
    expect(facts.diffIds).toEqual(built.diffIds);
    expect(facts.diffIds).toHaveLength(1);
    expect(pinSuggestion(facts)).toBe(`${base}@${baseDigest}`);
    const current = currentCheck(facts, 30, new Date());
    expect(current).toMatchObject({ rule: 'current', status: 'pass', line: 3, suggestion: `${base}@${baseDigest}` });
    expect(current.message).toContain('is not pinned');
  });

  it('proves an image built FROM the base, by its diff_ids prefix', async () => {
    const facts = await resolveBaseFacts(client(), `${base}@${baseDigest}`, platform, { line: 1 });
    const image = await diffIdsOf(app);
    expect(image.diffIds).toHaveLength(2);
    const check = provenCheck(facts, image.diffIds);
    expect(check).toMatchObject({ rule: 'proven', status: 'pass', line: 1 });
    expect(check.message).toContain("begins with the base's 1 layer and adds 1 of its own");
  });

  it('fails an image that claims the base but was built on another one, naming the first differing layer', async () => {
    const facts = await resolveBaseFacts(client(), `${base}@${baseDigest}`, platform, { line: 7 });
    const image = await diffIdsOf(claimer);
    const check = provenCheck(facts, image.diffIds);
    expect(check.status).toBe('fail');
    expect(check.message).toContain(
      `not built on ${base}@${baseDigest}: its layer 1 is ${image.diffIds[0] ?? '?'}, the base's is ${facts.diffIds?.[0] ?? '?'}`,
    );
  });

  it('finds a pinned base outdated once its tag is pushed with new content, since the new config was created', async () => {
    const moving = `${registry}/base-${run}/moving:1.36.1`;
    const oldDigest = pushBusyboxBase(dockerHost, moving);
    const written = `${moving}@${oldDigest}`;
    expect((await resolveBaseFacts(client(), written, platform, { line: 2 })).currentDigest).toBe(oldDigest);

    buildOnBase(dockerHost, moving, moving);
    const newDigest = push(dockerHost, moving);
    expect(newDigest).not.toBe(oldDigest);
    const newer = await diffIdsOf(moving);

    const facts = await resolveBaseFacts(client(), written, platform, { line: 2 });
    expect(facts).toMatchObject({ digest: oldDigest, pinnedDigest: oldDigest, currentDigest: newDigest, createdOfCurrent: newer.created });
    // The pinned digest still gives the pinned image's layers, not the tag's.
    expect(facts.diffIds).toHaveLength(1);
    const created = Date.parse(newer.created ?? '');
    const tenDaysLater = new Date(created + 10 * 86_400_000 + 1000);

    const failing = currentCheck(facts, 7, tenDaysLater);
    expect(failing).toMatchObject({ status: 'fail', line: 2, suggestion: `${moving}@${newDigest}` });
    expect(failing.message).toBe(
      `${written} is outdated: ${moving} now points to ${newDigest}, since ${new Date(created).toISOString()} (10 days ago), the limit is 7 days`,
    );
    expect(currentCheck(facts, 30, tenDaysLater)).toMatchObject({ status: 'pass', suggestion: `${moving}@${newDigest}` });
    expect(currentCheck(facts, 30, tenDaysLater).message).toContain('is outdated');
    expect(currentCheck(facts, undefined, tenDaysLater).message).toContain('only reported, no maximum age is set');
  });

  it('lists newer tags of the same line from the registry, newest first', async () => {
    const repository = `base-${run}/lines`;
    for (const tag of ['1.36.1', '1.36.0', '1.36.2', '1.37.0', '2.0.0', '1.36.1-glibc', '1.37.0-glibc', 'latest', '1.36', '1.37']) {
      await pushImage(registry, repository, tag, { layers: [{ 'etc/tag': tag }] });
    }
    const facts = await resolveBaseFacts(client(), `${registry}/${repository}:1.36.1`, 'linux/amd64', { line: 1 });
    expect(facts.newerTags).toEqual(['1.37.0', '1.36.2']);
    expect(facts.tagsTruncated).toBeUndefined();
    const glibc = await resolveBaseFacts(client(), `${registry}/${repository}:1.36.1-glibc`, 'linux/amd64', { line: 1 });
    expect(glibc.newerTags).toEqual(['1.37.0-glibc']);
    const floating = await resolveBaseFacts(client(), `${registry}/${repository}:1.36`, 'linux/amd64', { line: 1 });
    expect(floating.newerTags).toEqual(['1.37']);
    const capped = await resolveBaseFacts(client(), `${registry}/${repository}:1.36.1`, 'linux/amd64', { line: 1, tagLimit: 3 });
    expect(capped.tagsTruncated).toBe(true);
  });

  it('reads the diff_ids of the requested platform from a two-platform index, and none for a missing platform', async () => {
    const repository = `base-${run}/multi`;
    const amd = await pushImage(registry, repository, 'amd64', { platform: 'linux/amd64', layers: [{ 'etc/arch': 'amd64' }] });
    const arm = await pushImage(registry, repository, 'arm64', { platform: 'linux/arm64', layers: [{ 'etc/arch': 'arm64' }, { 'etc/extra': 'x' }] });
    const index = await pushIndex(registry, repository, '1.0', [amd, arm]);
    const written = `${registry}/${repository}:1.0`;

    const facts = await resolveBaseFacts(client(), written, 'linux/arm64', { line: 4 });
    expect(facts).toMatchObject({ digest: index.digest, currentDigest: index.digest, platformDigest: arm.digest, diffIds: arm.diffIds });
    expect(provenCheck(facts, [...arm.diffIds, 'sha256:' + 'c'.repeat(64)]).status).toBe('pass');
    expect(provenCheck(facts, amd.diffIds).status).toBe('fail');

    const missing = await resolveBaseFacts(client(), written, 'linux/s390x', { line: 4 });
    expect(missing.digest).toBe(index.digest);
    expect(missing.diffIds).toBeUndefined();
    expect(missing.unknown.diffIds).toBe(
      `Base image ${written} (line 4): Image ${written}@${index.digest} has no linux/s390x variant (it has: linux/amd64, linux/arm64)`,
    );
    const check = provenCheck(missing, amd.diffIds);
    expect(check).toMatchObject({ status: 'unknown', line: 4, message: missing.unknown.diffIds });
  });

  it('reports a base that is not on the registry as unknown for every fact, naming the line', async () => {
    const written = `${registry}/base-${run}/absent:1.0`;
    const facts = await resolveBaseFacts(client(), written, 'linux/amd64', { line: 9 });
    expect(facts.digest).toBeUndefined();
    expect(facts.unknown.current).toMatch(new RegExp(`^Base image ${written.replace(/[.]/g, '\\.')} \\(line 9\\): Image .* not found on registry`));
    expect(facts.unknown.diffIds).toBe(facts.unknown.current);
    expect(facts.unknown.newerTags).toMatch(/line 9\): Repository .* not found on registry/);
    expect(currentCheck(facts, 30, new Date())).toMatchObject({ status: 'unknown', line: 9 });
    expect(provenCheck(facts, ['sha256:' + 'a'.repeat(64)])).toMatchObject({ status: 'unknown', line: 9 });
    expect(pinSuggestion(facts)).toBeUndefined();
  });
});
