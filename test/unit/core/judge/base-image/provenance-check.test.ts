import { describe, expect, it } from 'vitest';
import {
  BASE_DIGEST_KEY,
  BASE_NAME_KEY,
  provenanceCheck,
  type ProvenanceWitnesses,
} from '../../../../../src/core/judge/base-image/provenance-check.js';
import { SLSA_PROVENANCE_V0_2, SLSA_PROVENANCE_V1 } from '../../../../../src/core/judge/slsa.js';

const hex = (c: string): string => c.repeat(64);
const INDEX = `sha256:${hex('a')}`;
const PLATFORM = `sha256:${hex('b')}`;
const OTHER = `sha256:${hex('e')}`;
const WRITTEN = `docker.io/library/alpine:3.19@${INDEX}`;
const FACTS = { written: WRITTEN, line: 4, digest: INDEX, pinnedDigest: INDEX, platformDigest: PLATFORM };

function v1(...dependencies: { uri: string; digest?: Record<string, string> }[]): ProvenanceWitnesses['attestations'][number] {
  return { verified: true, predicateType: SLSA_PROVENANCE_V1, predicate: { buildDefinition: { resolvedDependencies: dependencies } } };
}
function v02(...materials: { uri: string; digest?: Record<string, string> }[]): ProvenanceWitnesses['attestations'][number] {
  return { verified: true, predicateType: SLSA_PROVENANCE_V0_2, predicate: { materials } };
}
const GIT = { uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { sha1: '1'.repeat(40) } };

describe('provenanceCheck', () => {
  it.each<[string, ProvenanceWitnesses, 'pass' | 'fail' | 'unknown', string]>([
    ['nothing to compare', { attestations: [] }, 'pass', 'Nothing to cross-check'],
    ['provenance with no image dependency', { attestations: [v1(GIT)] }, 'pass', 'Nothing to cross-check'],
    [
      'v0.2 BuildKit material, index digest',
      { attestations: [v02(GIT, { uri: 'pkg:docker/alpine@3.19?platform=linux%2Famd64', digest: { sha256: hex('a') } })] },
      'pass',
      'agrees with the provenance names it (pkg:docker/alpine@3.19?platform=linux%2Famd64)',
    ],
    [
      'v1 dependency by platform digest, with a builder image besides',
      {
        attestations: [
          v1(
            { uri: 'pkg:docker/golang@1.22', digest: { sha256: hex('c') } },
            { uri: 'pkg:docker/library/alpine@3.19?platform=linux%2Famd64', digest: { sha256: hex('b') } },
          ),
        ],
      },
      'pass',
      'the provenance names it',
    ],
    [
      'v1 dependency: the same image at another digest',
      { attestations: [v1({ uri: 'pkg:docker/docker.io/library/alpine@3.19', digest: { sha256: hex('e') } })] },
      'fail',
      `The Dockerfile's base is ${WRITTEN}, but the provenance names pkg:docker/docker.io/library/alpine@3.19 (${OTHER}), another digest of that image`,
    ],
    [
      'v0.2 material: another image altogether',
      { attestations: [v02({ uri: 'docker-image://docker.io/library/busybox:1.36', digest: { sha256: hex('e') } })] },
      'fail',
      `but the provenance names docker-image://docker.io/library/busybox:1.36 (${OTHER}), not this base`,
    ],
    [
      'purl with repository_url and a digest version',
      { attestations: [v1({ uri: `pkg:docker/acme/base@sha256%3A${hex('e')}?repository_url=ghcr.io` })] },
      'fail',
      'not this base',
    ],
    [
      'unverified provenance is not read',
      { attestations: [{ ...v1({ uri: 'pkg:docker/busybox@1', digest: { sha256: hex('e') } }), verified: false }] },
      'pass',
      'Nothing to cross-check',
    ],
    [
      'label digest agrees',
      { attestations: [], labels: { [BASE_DIGEST_KEY]: INDEX, [BASE_NAME_KEY]: 'alpine:3.19' } },
      'pass',
      `agrees with its label ${BASE_DIGEST_KEY}=${INDEX} and its label ${BASE_NAME_KEY}=alpine:3.19`,
    ],
    [
      'annotation digest contradicts',
      { attestations: [], annotations: { [BASE_DIGEST_KEY]: OTHER } },
      'fail',
      `but its annotation ${BASE_DIGEST_KEY}=${OTHER} names another base`,
    ],
    [
      'label name contradicts',
      { attestations: [], labels: { [BASE_NAME_KEY]: 'docker.io/library/debian:12' } },
      'fail',
      `its label ${BASE_NAME_KEY}=docker.io/library/debian:12 names another base`,
    ],
    ['label name unreadable', { attestations: [], labels: { [BASE_NAME_KEY]: 'Not A Reference' } }, 'unknown', 'is not an image reference'],
  ])('%s → %s', (_name, witnesses, status, message) => {
    const check = provenanceCheck(FACTS, witnesses);
    expect(check).toMatchObject({ rule: 'provenance', status, line: 4, image: WRITTEN });
    expect(check.message).toContain(message);
  });

  it('names both sides when labels and provenance disagree with the Dockerfile', () => {
    const check = provenanceCheck(FACTS, {
      attestations: [v1({ uri: 'pkg:docker/busybox@1.36', digest: { sha256: hex('e') } })],
      annotations: { [BASE_DIGEST_KEY]: OTHER },
    });
    expect(check.status).toBe('fail');
    expect(check.message).toBe(
      `The Dockerfile's base is ${WRITTEN}, but the provenance names pkg:docker/busybox@1.36 (${OTHER}), not this base; its annotation ${BASE_DIGEST_KEY}=${OTHER} names another base`,
    );
  });

  it('cannot compare digests when the base did not resolve', () => {
    const check = provenanceCheck(
      { written: 'alpine:3.19', line: 2 },
      { attestations: [v1({ uri: 'pkg:docker/alpine@3.19', digest: { sha256: hex('a') } })], labels: { [BASE_DIGEST_KEY]: INDEX } },
    );
    expect(check.status).toBe('unknown');
    expect(check.message).toContain("the base's digest is not known");
  });
});

describe('provenanceCheck, how it reads what witnesses name', () => {
  const check = (witnesses: ProvenanceWitnesses) => provenanceCheck(FACTS, witnesses);

  it('does not read a verified attestation that is not SLSA provenance', () => {
    const sbom = { verified: true, predicateType: 'https://spdx.dev/Document', predicate: { materials: [{ uri: 'pkg:docker/busybox@1' }] } };
    const result = check({ attestations: [sbom] });
    expect(result.status).toBe('pass');
    expect(result.message).toContain('Nothing to cross-check');
  });

  it('reads a purl without a version by its digest, and a reference by the digest it names', () => {
    const purl = check({ attestations: [v1({ uri: 'pkg:docker/alpine?platform=linux%2Famd64', digest: { sha256: hex('b') } })] });
    expect([purl.status, purl.message]).toEqual([
      'pass',
      `${WRITTEN} agrees with the provenance names it (pkg:docker/alpine?platform=linux%2Famd64)`,
    ]);
    const byReference = check({ attestations: [v02({ uri: `docker-image://docker.io/library/alpine@${INDEX}` })] });
    expect([byReference.status, byReference.message]).toEqual([
      'pass',
      `${WRITTEN} agrees with the provenance names it (docker-image://docker.io/library/alpine@${INDEX})`,
    ]);
    const another = check({ attestations: [v02({ uri: `oci://ghcr.io/acme/base@${OTHER}` })] });
    expect(another).toMatchObject({ status: 'fail' });
    expect(another.message).toContain(`names oci://ghcr.io/acme/base@${OTHER} (${OTHER}), not this base`);
  });

  it('keeps a purl whose percent-encoding is broken as written, and still fails it when it is not the base', () => {
    const broken = 'pkg:docker/al%ZZpine@3.19';
    const result = check({ attestations: [v1({ uri: broken, digest: { sha256: hex('e') } })] });
    expect(result.status).toBe('fail');
    expect(result.message).toContain(`names ${broken} (${OTHER}), not this base`);
  });

  it('names a dependency without a digest by its uri alone, and at most three of them', () => {
    const images = ['debian:12', 'ubuntu:24.04', 'busybox:1.36', 'fedora:40', 'rockylinux:9'].map((name) => ({ uri: `docker-image://${name}` }));
    const result = check({ attestations: [v1(...images)] });
    expect(result.status).toBe('fail');
    expect(result.message).toBe(
      `The Dockerfile's base is ${WRITTEN}, but the provenance names docker-image://debian:12, docker-image://ubuntu:24.04, docker-image://busybox:1.36 and 2 more, not this base`,
    );
  });

  it('cannot compare a base name label with a FROM that is no image reference', () => {
    const result = provenanceCheck(
      { written: 'Alpine:3.19', line: 4, digest: INDEX },
      { attestations: [], labels: { [BASE_NAME_KEY]: 'alpine:3.19' } },
    );
    expect(result).toMatchObject({
      status: 'unknown',
      message: `Whether Alpine:3.19 (${INDEX}) is the image's base cannot be cross-checked: its label ${BASE_NAME_KEY}=alpine:3.19 cannot be compared: Alpine:3.19 is not an image reference`,
    });
  });
});
