import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSlsa, readSlsaProvenance, SLSA_PROVENANCE_V0_2, SLSA_PROVENANCE_V1, type SlsaConditions } from '../../../../src/core/judge/slsa.js';

/** The in-toto statement inside npm's real provenance bundle for sigstore@2.1.0 (SLSA v1, GitHub Actions). */
function npmProvenance(): { predicateType: string; predicate: unknown } {
  const bundle = JSON.parse(
    readFileSync(new URL('../../../fixtures/sigstore/npm-sigstore-2.1.0.provenance.v0.3.sigstore.json', import.meta.url), 'utf8'),
  ) as { dsseEnvelope: { payload: string } };
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
    predicateType: string;
    predicate: unknown;
  };
}

/** SLSA v0.2 as slsa-github-generator's container workflow writes it (slsa.dev/spec/v0.2/provenance). */
const V02_PREDICATE = {
  builder: { id: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v1.9.0' },
  buildType: 'https://github.com/slsa-framework/slsa-github-generator/container@v1',
  invocation: {
    configSource: {
      uri: 'git+https://github.com/acme/app@refs/tags/v1.2.0',
      digest: { sha1: '26d16513386ffaa790b1c32f927544f1322e4194' },
      entryPoint: '.github/workflows/release.yml',
    },
    parameters: {},
    environment: { github_event_name: 'push' },
  },
  metadata: { buildInvocationID: '6014488666-1', completeness: { parameters: true, environment: false, materials: false } },
  materials: [{ uri: 'git+https://github.com/acme/app@refs/tags/v1.2.0', digest: { sha1: '26d16513386ffaa790b1c32f927544f1322e4194' } }],
};

describe('readSlsaProvenance', () => {
  it('reads npm’s real SLSA v1 provenance', () => {
    const { predicateType, predicate } = npmProvenance();
    expect(predicateType).toBe(SLSA_PROVENANCE_V1);
    expect(readSlsaProvenance(predicateType, predicate)).toEqual({
      version: 'v1',
      builderId: 'https://github.com/actions/runner/github-hosted',
      sourceRepository: 'https://github.com/sigstore/sigstore-js',
      sourceRef: 'refs/heads/main',
      dependencies: [
        { uri: 'git+https://github.com/sigstore/sigstore-js@refs/heads/main', digest: { gitCommit: '26d16513386ffaa790b1c32f927544f1322e4194' } },
      ],
    });
  });

  it('reads SLSA v0.2 provenance, splitting the config source into repository and ref', () => {
    expect(readSlsaProvenance(SLSA_PROVENANCE_V0_2, V02_PREDICATE)).toEqual({
      version: 'v0.2',
      builderId: V02_PREDICATE.builder.id,
      sourceRepository: 'https://github.com/acme/app',
      sourceRef: 'refs/tags/v1.2.0',
      sourceDigest: { sha1: '26d16513386ffaa790b1c32f927544f1322e4194' },
      dependencies: V02_PREDICATE.materials,
    });
  });

  it('is undefined for other predicate types', () => {
    expect(readSlsaProvenance('https://spdx.dev/Document', V02_PREDICATE)).toBeUndefined();
    expect(readSlsaProvenance(undefined, V02_PREDICATE)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'provenance'],
    ['a list', [1, 2]],
    [
      'fields of the wrong type',
      { runDetails: { builder: { id: 7 } }, buildDefinition: { externalParameters: { workflow: 'x' }, resolvedDependencies: 'x' } },
    ],
    ['an inherited field only', JSON.parse('{"__proto__": {"runDetails": {"builder": {"id": "evil"}}}}') as unknown],
  ])('reads nothing from %s', (_name, predicate) => {
    expect(readSlsaProvenance(SLSA_PROVENANCE_V1, predicate)).toEqual({ version: 'v1', dependencies: [] });
  });

  it('keeps a v0.2 source without a ref as the repository alone', () => {
    const predicate = { invocation: { configSource: { uri: 'https://github.com/acme/app.git' } } };
    expect(readSlsaProvenance(SLSA_PROVENANCE_V0_2, predicate)).toMatchObject({ sourceRepository: 'https://github.com/acme/app' });
    expect(readSlsaProvenance(SLSA_PROVENANCE_V0_2, predicate)?.sourceRef).toBeUndefined();
  });

  it('keeps a v0.2 source that is not a URL as written, with no ref split off', () => {
    const predicate = { invocation: { configSource: { uri: 'git+acme/app@refs/heads/main' } } };
    expect(readSlsaProvenance(SLSA_PROVENANCE_V0_2, predicate)).toEqual({
      version: 'v0.2',
      sourceRepository: 'acme/app@refs/heads/main',
      dependencies: [],
    });
  });

  it('keeps a ref whose percent-encoding is broken as written rather than failing', () => {
    const predicate = { invocation: { configSource: { uri: 'git+https://github.com/acme/app@refs/heads/100%' } } };
    expect(readSlsaProvenance(SLSA_PROVENANCE_V0_2, predicate)).toMatchObject({
      sourceRepository: 'https://github.com/acme/app',
      sourceRef: 'refs/heads/100%',
    });
  });
});

describe('checkSlsa', () => {
  const npm = npmProvenance();
  const table: { name: string; type?: string; predicate?: unknown; conditions: SlsaConditions | undefined; ok: boolean; reason?: RegExp }[] = [
    { name: 'no conditions', conditions: undefined, ok: true },
    { name: 'empty conditions on anything', type: 'https://spdx.dev/Document', predicate: {}, conditions: {}, ok: true },
    {
      name: 'all three match (v1)',
      conditions: {
        builderId: 'https://github.com/actions/runner/github-hosted',
        sourceRepository: 'https://github.com/sigstore/sigstore-js',
        sourceRef: 'refs/heads/main',
      },
      ok: true,
    },
    { name: 'repository written with git+ and .git', conditions: { sourceRepository: 'git+https://github.com/sigstore/sigstore-js.git' }, ok: true },
    {
      name: 'another repository',
      conditions: { sourceRepository: 'https://github.com/evil/sigstore-js' },
      ok: false,
      reason: /source repository is "https:\/\/github.com\/sigstore\/sigstore-js", the policy wants "https:\/\/github.com\/evil\/sigstore-js"/,
    },
    { name: 'a repository that only shares a prefix', conditions: { sourceRepository: 'https://github.com/sigstore/sigstore' }, ok: false },
    { name: 'a short ref is not the full ref', conditions: { sourceRef: 'main' }, ok: false, reason: /source ref is "refs\/heads\/main"/ },
    { name: 'another builder', conditions: { builderId: 'https://github.com/actions/runner/self-hosted' }, ok: false, reason: /builder id/ },
    {
      name: 'two mismatches are both named',
      conditions: { sourceRef: 'refs/tags/v1', builderId: 'https://example.com/builder' },
      ok: false,
      reason: /builder id .*; source ref/,
    },
    {
      name: 'v0.2 builder without a version matches any version',
      type: SLSA_PROVENANCE_V0_2,
      predicate: V02_PREDICATE,
      conditions: {
        builderId: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml',
        sourceRepository: 'https://github.com/acme/app',
        sourceRef: 'refs/tags/v1.2.0',
      },
      ok: true,
    },
    {
      name: 'v0.2 builder at another version',
      type: SLSA_PROVENANCE_V0_2,
      predicate: V02_PREDICATE,
      conditions: {
        builderId: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v1.8.0',
      },
      ok: false,
    },
    {
      name: 'v0.2 builder that only shares a prefix',
      type: SLSA_PROVENANCE_V0_2,
      predicate: V02_PREDICATE,
      conditions: { builderId: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container' },
      ok: false,
    },
    {
      name: 'a provenance without a source',
      type: SLSA_PROVENANCE_V1,
      predicate: { runDetails: { builder: { id: 'b' } } },
      conditions: { sourceRepository: 'https://github.com/acme/app' },
      ok: false,
      reason: /names no source repository/,
    },
    {
      name: 'conditions on a predicate that is not provenance',
      type: 'https://spdx.dev/Document',
      predicate: {},
      conditions: { builderId: 'b' },
      ok: false,
      reason: /not SLSA provenance/,
    },
  ];

  it.each(table)('$name: ok=$ok', ({ type, predicate, conditions, ok, reason }) => {
    const result = checkSlsa(type ?? npm.predicateType, predicate === undefined ? npm.predicate : predicate, conditions);
    expect(result.ok).toBe(ok);
    if (reason) expect(result.reason).toMatch(reason);
    if (ok) expect(result.reason).toBeUndefined();
  });
});

describe('reading provenance defensively', () => {
  it('a statement that names no predicate type says so when conditions are asked of it', () => {
    expect(checkSlsa(undefined, {}, { builderId: 'b' })).toEqual({ ok: false, reason: 'predicate type (none) is not SLSA provenance v1 or v0.2' });
  });

  it('a builder id the policy asks for but the provenance leaves out fails, saying it is missing', () => {
    const withoutBuilder = { buildDefinition: { externalParameters: { workflow: { repository: 'https://github.com/acme/app' } } } };
    expect(checkSlsa(SLSA_PROVENANCE_V1, withoutBuilder, { builderId: 'https://github.com/actions/runner/github-hosted' })).toEqual({
      ok: false,
      reason: 'the provenance names no builder id (the policy wants "https://github.com/actions/runner/github-hosted")',
    });
  });

  it('keeps only dependencies with a uri, and only digests that are text', () => {
    const predicate = {
      buildDefinition: {
        resolvedDependencies: [
          { digest: { sha256: 'a'.repeat(64) } },
          { uri: '', digest: { sha256: 'b'.repeat(64) } },
          { uri: 'pkg:docker/alpine@3.19', digest: { sha256: 'c'.repeat(64), sha512: 42, gitCommit: null } },
          { uri: 'git+https://github.com/acme/app', digest: ['d'] },
          'pkg:docker/busybox@1',
        ],
      },
    };
    expect(readSlsaProvenance(SLSA_PROVENANCE_V1, predicate)?.dependencies).toEqual([
      { uri: 'pkg:docker/alpine@3.19', digest: { sha256: 'c'.repeat(64) } },
      { uri: 'git+https://github.com/acme/app', digest: {} },
    ]);
  });
});
