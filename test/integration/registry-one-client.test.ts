/**
 * One registry client per run: the images of a run, their signatures and their Dockerfile's base images
 * (the final base's facts and signature, the pin suggestions for the other stages) all go through the
 * RunContext's one client, so a registry's token server is asked once per scope, whatever the number of
 * images and checks that need the scope. Against a recording token registry (every repository needs its
 * own pull token) and the Trivy stand-in, through gateImages as the shells call it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type InputName } from '../../src/config/parse.js';
import { recordingLogger } from '../../src/core/model/logger.js';
import { gateImages } from '../../src/app/check/gate-images.js';
import { createRunContext } from '../../src/app/context.js';
import { OCI } from '../helpers/oci-push.js';
import { send, sendManifest, SMALL_IMAGE, startFakeServer, type FakeServer } from '../helpers/registry-fake.js';

const STANDIN = resolve(import.meta.dirname, '..', 'bin', 'trivy');
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const { configBytes, configDigest, manifestBytes, manifestDigest } = SMALL_IMAGE;
const BASE_SIGNER = {
  issuer: 'https://token.actions.githubusercontent.com',
  identity: 'https://github.com/acme/base/.github/workflows/release.yml@refs/heads/main',
};

let work: string;
const servers: FakeServer[] = [];
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'image-gate-one-client-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
});

/**
 * A registry serving SMALL_IMAGE under every repository and tag (no signatures: referrers and cosign tags are
 * absent), each repository behind its own Bearer token, and the token server that issues them.
 */
async function tokenRegistry(): Promise<{ registry: FakeServer; tokens: FakeServer }> {
  const tokens = await startFakeServer((request, response) => {
    const repository = /^repository:(.+):pull$/.exec(request.url.searchParams.get('scope') ?? '')?.[1];
    if (repository === undefined) send(response, 400, 'bad scope');
    else send(response, 200, JSON.stringify({ token: `tok-${repository.replaceAll('/', '.')}`, expires_in: 300 }));
  });
  const registry = await startFakeServer((request, response) => {
    const [, repository = '', kind, reference = ''] = /^\/v2\/(.+)\/(manifests|blobs|tags|referrers)\/(.+)$/.exec(request.url.pathname) ?? [];
    if (request.headers.authorization !== `Bearer tok-${repository.replaceAll('/', '.')}`) {
      send(response, 401, '{"errors":[{"code":"UNAUTHORIZED"}]}', {
        'www-authenticate': `Bearer realm="http://${tokens.host}/token",service="fake-registry",scope="repository:${repository}:pull"`,
      });
    } else if (kind === 'tags') {
      send(response, 200, JSON.stringify({ name: repository, tags: ['1.0', '2'] }), { 'content-type': 'application/json' });
    } else if (kind === 'blobs' && reference === configDigest) {
      send(response, 200, configBytes);
    } else if (kind === 'manifests' && !reference.startsWith('sha256-') && (!reference.includes(':') || reference === manifestDigest)) {
      // Tags and the image's own digest; cosign's sha256-<hex>.sig/.att tags are absent, as they are for an unsigned image.
      sendManifest(request, response, manifestBytes, { 'content-type': OCI.manifest, 'docker-content-digest': manifestDigest });
    } else {
      send(response, 404, '{"errors":[{"code":"NOT_FOUND"}]}', { 'content-type': 'application/json' });
    }
  });
  servers.push(tokens, registry);
  return { registry, tokens };
}

/** A recorded Trivy report made about SMALL_IMAGE, for the stand-in to write as its own (TRIVY_STANDIN_IDENTITY=recorded). */
function reportAboutTheImage(): string {
  const report = JSON.parse(readFileSync(join(FIXTURES, 'trivy', 'alpine-310.json'), 'utf8')) as { Metadata: Record<string, unknown> };
  report.Metadata.ImageID = configDigest;
  report.Metadata.RepoDigests = [`team/app@${manifestDigest}`];
  const path = join(work, 'report.json');
  writeFileSync(path, JSON.stringify(report));
  return path;
}

const scopesAsked = (tokens: FakeServer): string[] => tokens.requests.map((request) => request.url.searchParams.get('scope') ?? '').sort();

describe('one registry client per run', () => {
  it('asks the token server once per scope for two images, their signatures and their Dockerfile’s bases', async () => {
    const { registry, tokens } = await tokenRegistry();
    const host = registry.host;
    const dockerfile = join(work, 'Dockerfile');
    writeFileSync(dockerfile, `FROM ${host}/team/builder:2 AS build\nRUN true\n\nFROM ${host}/team/base:1.0\nCOPY --from=build /x /x\n`);
    writeFileSync(
      join(work, 'image-gate.yml'),
      [
        'base-image:',
        '  pinned: fail',
        '  proven: off',
        '  signed:',
        '    mode: required',
        `    identities: [{ issuer: "${BASE_SIGNER.issuer}", identity: "${BASE_SIGNER.identity}" }]`,
        '',
      ].join('\n'),
    );
    const inputs: Partial<Record<InputName, string>> = {
      image: `${host}/team/app:1.0\n${host}/team/worker:1.0`,
      dockerfile,
      policy: join(work, 'image-gate.yml'),
      'trivy-path': STANDIN,
      signatures: 'required',
      'certificate-identity': BASE_SIGNER.identity,
      'certificate-oidc-issuer': BASE_SIGNER.issuer,
      'trusted-root': join(FIXTURES, 'sigstore', 'trusted_root.public-good.json'),
    };
    const tempDir = join(work, 'tmp');
    const config = parseConfig((name) => inputs[name] ?? '', { workspace: work, tempDir });
    // Trivy (the stand-in) gets its settings through the environment the run was given, as the shells hand it over.
    const env = {
      PATH: process.env.PATH,
      DOCKER_CONFIG: work,
      TRIVY_CACHE_DIR: join(work, 'trivy-cache'),
      TRIVY_STANDIN_IDENTITY: 'recorded',
      TRIVY_STANDIN_REPORT: reportAboutTheImage(),
    };
    const context = createRunContext({ config, env, logger: recordingLogger(), workspace: work, tempDir });

    const outcomes = await gateImages(config, context);

    // The premise: both images were judged, and every check that reads the registry ran.
    expect(outcomes.map((outcome) => outcome.error)).toEqual([undefined, undefined]);
    const asked = (repository: string, what: RegExp): boolean =>
      registry.requests.some(
        (request) =>
          request.headers.authorization !== undefined && request.url.pathname.startsWith(`/v2/${repository}/`) && what.test(request.url.pathname),
      );
    expect(asked('team/app', /\/manifests\/sha256-[0-9a-f]{64}\.sig$/)).toBe(true); // the image's signatures
    expect(asked('team/worker', /\/referrers\//)).toBe(true);
    expect(asked('team/base', /\/tags\/list$/)).toBe(true); // the final base's facts
    expect(asked('team/base', /\/manifests\/sha256-[0-9a-f]{64}\.sig$/)).toBe(true); // the base's signature check
    expect(asked('team/builder', /\/manifests\/2$/)).toBe(true); // the pin suggestion for the build stage
    // One token per scope for the whole run: two images check the same bases, three checks read team/base.
    expect(scopesAsked(tokens)).toEqual([
      'repository:team/app:pull',
      'repository:team/base:pull',
      'repository:team/builder:pull',
      'repository:team/worker:pull',
    ]);
    expect(await context.registry()).toBe(await context.registry());
  });

  it('gives a second run its own client: its token cache starts empty', async () => {
    const { registry, tokens } = await tokenRegistry();
    const inputs: Partial<Record<InputName, string>> = { image: `${registry.host}/team/app:1.0` };
    const config = parseConfig((name) => inputs[name] ?? '', { workspace: work, tempDir: join(work, 'tmp') });
    const runs = [1, 2].map(() =>
      createRunContext({ config, env: { DOCKER_CONFIG: work }, logger: recordingLogger(), workspace: work, tempDir: work }),
    );
    for (const run of runs) {
      const client = await run.registry();
      await Promise.all([
        client.resolve({ registry: registry.host, repository: 'team/app', tag: '1.0' }),
        client.listTags({ registry: registry.host, repository: 'team/app' }, 10),
      ]);
    }
    // Once per run, although each run's two requests met their 401 together.
    expect(scopesAsked(tokens)).toEqual(['repository:team/app:pull', 'repository:team/app:pull']);
  });
});
