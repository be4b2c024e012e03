import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { recordingLogger } from '../../src/core/model/logger.js';
import { DEFAULT_POLICY } from '../../src/core/model/policy.js';
import { SLSA_PROVENANCE_V1 } from '../../src/core/judge/slsa.js';
import { analyzeDockerfile } from '../../src/adapters/dockerfile/analyze.js';
import { pinRegistryImage } from '../../src/app/check/acquire-scan.js';
import { checkBaseImage } from '../../src/app/base-image/check-base-image.js';
import { createRunContext } from '../../src/app/context.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';
import { OCI, pushBlob, pushImage, pushIndex, pushManifest, sha256, type PushedImage } from '../helpers/oci-push.js';

const registry = inject('registryHost');
const run = randomBytes(4).toString('hex');

/** Pushes app:<tag>, an index of one linux/amd64 image and BuildKit's attestation manifest for it. */
async function pushBuiltImage(tag: string, dependencyDigest: string, baseUri: string): Promise<PushedImage> {
  const repository = `bk-${run}/app`;
  const image = await pushImage(registry, repository, `${tag}-image`, { platform: 'linux/amd64' });
  const statement = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: SLSA_PROVENANCE_V1,
      subject: [{ name: `pkg:docker/${registry}/${repository}@${tag}?platform=linux%2Famd64`, digest: { sha256: image.digest.slice(7) } }],
      predicate: {
        buildDefinition: {
          buildType: 'https://mobyproject.org/buildkit@v1',
          resolvedDependencies: [
            { uri: 'pkg:docker/docker/dockerfile@1', digest: { sha256: 'd'.repeat(64) } },
            { uri: baseUri, digest: { sha256: dependencyDigest.slice(7) } },
          ],
        },
        runDetails: { builder: { id: '' } },
      },
    }),
  );
  const statementDigest = await pushBlob(registry, repository, statement);
  const configBytes = Buffer.from(JSON.stringify({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [] } }));
  const configDigest = await pushBlob(registry, repository, configBytes);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI.manifest,
      config: { mediaType: OCI.config, digest: configDigest, size: configBytes.length },
      layers: [
        {
          mediaType: 'application/vnd.in-toto+json',
          digest: statementDigest,
          size: statement.length,
          annotations: { 'in-toto.io/predicate-type': SLSA_PROVENANCE_V1 },
        },
      ],
    }),
  );
  const attestationDigest = await pushManifest(registry, repository, sha256(manifest), manifest, OCI.manifest);
  await pushIndex(registry, repository, tag, [image], {
    extra: [
      {
        mediaType: OCI.manifest,
        digest: attestationDigest,
        size: manifest.length,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': image.digest },
      },
    ],
  });
  return image;
}

async function provenanceOf(app: string, base: string): Promise<{ status: string; message: string; log: string }> {
  const config = parseConfig((name) => (name === 'image' ? app : ''), { workspace: '/ws', tempDir: '/tmp/gate' });
  const logger = recordingLogger();
  const environment = createRunContext({
    config,
    env: {},
    logger,
    now: () => new Date('2024-01-02T00:00:00Z'),
    workspace: '/ws',
    tempDir: '/tmp/gate',
  });
  const [pinned, ...more] = await pinRegistryImage(parseImageReference(app), config, environment);
  // One platform in the index: BuildKit's attestation manifest beside it is none.
  if (!pinned || more.length > 0) throw new Error(`expected one platform of ${app}`);
  const image = await pinned.platformImage();
  const analysis = analyzeDockerfile(`FROM ${base}\nRUN true\n`, 'Dockerfile', {});
  const result = await checkBaseImage(
    analysis,
    DEFAULT_POLICY.baseImage,
    DEFAULT_POLICY.signatures,
    { platform: image.platform, diffIds: image.config.diffIds, attestations: [], registry: pinned },
    config,
    environment,
  );
  const check = result.checks.find((item) => item.rule === 'provenance');
  if (!check) throw new Error('no provenance check');
  return { status: check.status, message: check.message, log: logger.lines.map((line) => line.message).join('\n') };
}

describe("BuildKit's attestation manifests in a real registry, cross-checked against the Dockerfile's base", () => {
  const baseName = `${registry}/bk-${run}/base`;
  let baseDigest = '';
  let otherDigest = '';

  beforeAll(async () => {
    baseDigest = (await pushImage(registry, `bk-${run}/base`, '1', { platform: 'linux/amd64' })).digest;
    otherDigest = (await pushImage(registry, `bk-${run}/other`, '1', { platform: 'linux/amd64', layers: [{ 'etc/other': 'x\n' }] })).digest;
  });

  it('passes when the provenance names the true base digest, and says it is unsigned', async () => {
    await pushBuiltImage('good', baseDigest, `pkg:docker/${baseName}@1?platform=linux%2Famd64`);
    const check = await provenanceOf(`${registry}/bk-${run}/app:good`, `${baseName}:1`);
    expect(check.status).toBe('pass');
    expect(check.message).toContain('the BuildKit provenance (unsigned) names it');
  });

  it('fails naming both digests when the provenance names another base', async () => {
    await pushBuiltImage('bad', otherDigest, `pkg:docker/${registry}/bk-${run}/other@1?platform=linux%2Famd64`);
    const check = await provenanceOf(`${registry}/bk-${run}/app:bad`, `${baseName}:1`);
    expect(check.status).toBe('fail');
    expect(check.message).toContain('the BuildKit provenance (unsigned) names');
    expect(check.message).toContain(baseDigest);
    expect(check.message).toContain(otherDigest);
  });

  it('leaves the check as it was when the image has no attestation manifest', async () => {
    const image = await pushImage(registry, `bk-${run}/plain`, 'image', { platform: 'linux/amd64' });
    await pushIndex(registry, `bk-${run}/plain`, 'idx', [image]);
    const check = await provenanceOf(`${registry}/bk-${run}/plain:idx`, `${baseName}:1`);
    expect(check.status).toBe('pass');
    expect(check.message).toContain('Nothing to cross-check');
    expect(check.log).toContain('No BuildKit attestation manifest');
  });
});
