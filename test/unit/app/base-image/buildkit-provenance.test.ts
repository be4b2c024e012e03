import { describe, expect, it } from 'vitest';
import {
  attestationManifestFor,
  loadBuildKitProvenance,
  parseProvenanceStatement,
  provenanceLayers,
  type AttestationRegistry,
} from '../../../../src/app/base-image/buildkit-provenance.js';
import { provenanceCheck } from '../../../../src/core/judge/base-image/provenance-check.js';
import { recordingLogger } from '../../../../src/core/model/logger.js';
import { SLSA_PROVENANCE_V0_2, SLSA_PROVENANCE_V1 } from '../../../../src/core/judge/slsa.js';
import type { FetchedManifest } from '../../../../src/adapters/registry/client.js';
import { parseImageReference } from '../../../../src/core/model/image-reference.js';

const hex = (c: string): string => c.repeat(64);
const PLATFORM = `sha256:${hex('b')}`;
const BASE = `sha256:${hex('a')}`;
const OTHER = `sha256:${hex('e')}`;

function statement(fields: Record<string, unknown>): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: SLSA_PROVENANCE_V1,
      subject: [{ name: 'pkg:docker/acme/app@1', digest: { sha256: hex('b') } }],
      predicate: { buildDefinition: { resolvedDependencies: [] } },
      ...fields,
    }),
  );
}

describe('parseProvenanceStatement', () => {
  it('returns the predicate of an SLSA statement about the platform manifest', () => {
    expect(parseProvenanceStatement(statement({}), PLATFORM)).toEqual({
      predicateType: SLSA_PROVENANCE_V1,
      predicate: { buildDefinition: { resolvedDependencies: [] } },
    });
    expect(parseProvenanceStatement(statement({ predicateType: SLSA_PROVENANCE_V0_2, predicate: { materials: [] } }), PLATFORM)).toEqual({
      predicateType: SLSA_PROVENANCE_V0_2,
      predicate: { materials: [] },
    });
  });

  it.each<[string, Buffer, string]>([
    ['not JSON', Buffer.from('{nope'), 'is not JSON'],
    ['an array', Buffer.from('[]'), 'is not an in-toto statement'],
    ['an SBOM', statement({ predicateType: 'https://spdx.dev/Document' }), 'has predicate type https://spdx.dev/Document'],
    ['no predicate', statement({ predicate: null }), 'has no predicate'],
    ['another subject', statement({ subject: [{ name: 'x', digest: { sha256: hex('c') } }] }), `does not name ${PLATFORM}`],
    ['no subject', statement({ subject: 'x' }), `does not name ${PLATFORM}`],
  ])('rejects %s', (_, bytes, problem) => {
    const parsed = parseProvenanceStatement(bytes, PLATFORM);
    expect('problem' in parsed && parsed.problem).toContain(problem);
  });
});

describe('attestationManifestFor and provenanceLayers', () => {
  const attestation = (digest: string) => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${hex('f')}`,
    size: 10,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': digest },
  });
  it('finds the entry annotated for the platform manifest only', () => {
    const image = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: PLATFORM, size: 5 };
    expect(attestationManifestFor([image, attestation(OTHER)], PLATFORM)).toBeUndefined();
    expect(attestationManifestFor([image, attestation(OTHER), attestation(PLATFORM)], PLATFORM)).toEqual(attestation(PLATFORM));
  });
  it('keeps in-toto layers annotated as SLSA provenance', () => {
    const layer = (mediaType: string, predicateType: string) => ({
      mediaType,
      digest: BASE,
      size: 1,
      annotations: { 'in-toto.io/predicate-type': predicateType },
    });
    const kept = layer('application/vnd.in-toto+json', SLSA_PROVENANCE_V0_2);
    expect(
      provenanceLayers([kept, layer('application/vnd.in-toto+json', 'https://spdx.dev/Document'), layer('application/json', SLSA_PROVENANCE_V1)]),
    ).toEqual([kept]);
  });
});

describe('loadBuildKitProvenance', () => {
  const parsed = parseImageReference('registry.example/acme/app:1');
  it('never throws: a registry failure is an info note and no provenance', async () => {
    const client: AttestationRegistry = {
      getManifest: () => Promise.reject(new Error('registry.example answered 500')),
      getBlob: () => Promise.reject(new Error('unreachable')),
    };
    const logger = recordingLogger();
    await expect(loadBuildKitProvenance({ client, parsed, indexDigest: BASE, platformDigest: PLATFORM }, logger)).resolves.toEqual([]);
    expect(logger.lines).toEqual([{ level: 'info', message: expect.stringContaining('could not be read: registry.example answered 500') as string }]);
  });
  it('reads nothing for a single-platform image', async () => {
    const client: AttestationRegistry = {
      getManifest: (): Promise<FetchedManifest> => Promise.reject(new Error('must not be called')),
      getBlob: () => Promise.reject(new Error('must not be called')),
    };
    await expect(loadBuildKitProvenance({ client, parsed, indexDigest: PLATFORM, platformDigest: PLATFORM }, recordingLogger())).resolves.toEqual([]);
  });
});

describe('provenanceCheck with unsigned BuildKit provenance', () => {
  const facts = { written: 'docker.io/library/alpine:3.19', line: 2, digest: BASE, platformDigest: `sha256:${hex('c')}` };
  const unsigned = (digest: string) => [
    {
      predicateType: SLSA_PROVENANCE_V1,
      predicate: {
        buildDefinition: { resolvedDependencies: [{ uri: 'pkg:docker/alpine@3.19?platform=linux%2Famd64', digest: { sha256: digest.slice(7) } }] },
      },
    },
  ];
  it('agrees, labelled as unsigned', () => {
    const check = provenanceCheck(facts, { attestations: [], unsigned: unsigned(BASE) });
    expect(check).toMatchObject({ rule: 'provenance', status: 'pass', line: 2 });
    expect(check.message).toContain('the BuildKit provenance (unsigned) names it');
  });
  it('fails on a contradiction, naming both digests', () => {
    const check = provenanceCheck(facts, { attestations: [], unsigned: unsigned(OTHER) });
    expect(check.status).toBe('fail');
    expect(check.message).toContain(BASE);
    expect(check.message).toContain(OTHER);
    expect(check.message).toContain('the BuildKit provenance (unsigned) names');
  });
  it('fails when signed provenance agrees but the unsigned one contradicts it', () => {
    const signed = { verified: true, ...unsigned(BASE)[0]! };
    const check = provenanceCheck(facts, { attestations: [signed], unsigned: unsigned(OTHER) });
    expect(check.status).toBe('fail');
  });
});
