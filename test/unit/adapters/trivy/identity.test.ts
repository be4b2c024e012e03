import { describe, expect, it } from 'vitest';
import { GateError } from '../../../../src/core/model/errors.js';
import { checkScannedIdentity, judgeReportIdentity, type JudgedIdentity } from '../../../../src/adapters/trivy/identity.js';

const CONFIG = `sha256:${'c'.repeat(64)}`;
const MANIFEST = `sha256:${'d'.repeat(64)}`;
const INDEX = `sha256:${'1'.repeat(64)}`;
const DECOY_CONFIG = `sha256:${'e'.repeat(64)}`;
const LABEL = 'The Trivy report for 127.0.0.1:5000/acme/app@' + MANIFEST;

const report = (imageId: string | undefined, repoDigests: string[] = []) => ({ imageId, repoDigests });

function errorOf(run: () => unknown): GateError {
  try {
    run();
  } catch (error) {
    if (error instanceof GateError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('checkScannedIdentity: a report of a scan the gate ran must name the judged image', () => {
  const registry: JudgedIdentity = { configDigest: CONFIG, manifestDigest: MANIFEST, requireRepoDigest: true };
  const layout: JudgedIdentity = { configDigest: CONFIG, manifestDigest: MANIFEST };
  const archive: JudgedIdentity = { configDigest: CONFIG };

  it.each([
    ['registry image: ImageID and RepoDigests name it', report(CONFIG, [`127.0.0.1:5000/acme/app@${MANIFEST}`]), registry],
    ['registry image: the repository spelled otherwise, the digest the same', report(CONFIG, [`acme/app@${MANIFEST}`]), registry],
    ['registry image: one of several RepoDigests', report(CONFIG, [`other/app@${INDEX}`, `acme/app@${MANIFEST}`]), registry],
    ['OCI layout or archive: no RepoDigests (Trivy writes none for --input), ImageID alone', report(CONFIG), layout],
    ['archive: ImageID, and RepoDigests cannot be compared with anything', report(CONFIG, [`acme/app@${INDEX}`]), archive],
  ])('accepts %s', (_name, scanned, judged) => {
    expect(() => checkScannedIdentity(scanned, judged, LABEL)).not.toThrow();
  });

  it.each([
    [
      'another image (a decoy scanned instead)',
      report(DECOY_CONFIG, [`acme/app@${MANIFEST}`]),
      registry,
      `${LABEL} is about image ${DECOY_CONFIG} (Metadata.ImageID), not the judged image ${CONFIG}; refusing its findings`,
    ],
    [
      'the index digest in RepoDigests (Trivy resolved the index itself)',
      report(CONFIG, [`127.0.0.1:5000/acme/app@${INDEX}`]),
      registry,
      `${LABEL} is about 127.0.0.1:5000/acme/app@${INDEX} (Metadata.RepoDigests), not the judged manifest ${MANIFEST}; refusing its findings`,
    ],
    [
      'a RepoDigests entry with the digest only as the repository name',
      report(CONFIG, [`${MANIFEST}@${INDEX}`]),
      registry,
      `${LABEL} is about ${MANIFEST}@${INDEX} (Metadata.RepoDigests), not the judged manifest ${MANIFEST}; refusing its findings`,
    ],
    [
      'a registry scan without RepoDigests (Trivy always writes one for --image-src remote: another scan)',
      report(CONFIG),
      registry,
      `${LABEL} names no repository digest (Metadata.RepoDigests is empty), though Trivy always writes one for a registry image: it is not the report of a scan of the judged manifest ${MANIFEST}; refusing its findings`,
    ],
    [
      'no ImageID at all',
      report(undefined, [`acme/app@${MANIFEST}`]),
      archive,
      `${LABEL} names no image (Metadata.ImageID is missing), so it cannot be tied to the judged image ${CONFIG}; refusing its findings`,
    ],
    [
      'an ImageID that would break the log line',
      report('sha256:x\n::error::forged'),
      archive,
      `${LABEL} is about image "sha256:x\\n::error::forged" (Metadata.ImageID), not the judged image ${CONFIG}; refusing its findings`,
    ],
  ])('refuses %s, naming both', (_name, scanned, judged, message) => {
    const error = errorOf(() => checkScannedIdentity(scanned, judged, LABEL));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toBe(message);
  });

  it('lists at most three RepoDigests', () => {
    const many = Array.from({ length: 5 }, (_, i) => `r${i}@${INDEX}`);
    expect(errorOf(() => checkScannedIdentity(report(CONFIG, many), registry, LABEL)).message).toContain(
      `r0@${INDEX}, r1@${INDEX}, r2@${INDEX} and 2 more (Metadata.RepoDigests)`,
    );
  });
});

describe('judgeReportIdentity: a report given to the gate, against the digest the image input names', () => {
  it.each([
    ['RepoDigests name the digest', report(CONFIG, [`ghcr.io/acme/app@${MANIFEST}`]), MANIFEST, 'verified'],
    ['RepoDigests name it under another spelling of the repository', report(undefined, [`acme/app@${MANIFEST}`]), MANIFEST, 'verified'],
    ['no RepoDigests, ImageID is the digest (a daemon image ID)', report(CONFIG), CONFIG, 'verified'],
    ['no RepoDigests, ImageID is a config digest that cannot be compared with a manifest digest', report(CONFIG), MANIFEST, 'asserted'],
    ['no identity at all', report(undefined), MANIFEST, 'asserted'],
    ['the image input names no digest', report(CONFIG, [`ghcr.io/acme/app@${MANIFEST}`]), undefined, 'asserted'],
  ] as const)('%s', (_name, given, named, expected) => {
    expect(judgeReportIdentity(given, named, 'The report r.json')).toBe(expected);
  });

  it('refuses a report whose RepoDigests name only other digests, naming both', () => {
    const error = errorOf(() => judgeReportIdentity(report(CONFIG, [`ghcr.io/acme/app@${INDEX}`]), MANIFEST, 'The report r.json'));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(
      `The report r.json is about ghcr.io/acme/app@${INDEX} (Metadata.RepoDigests), not ${MANIFEST} named by the image input; ` +
        'give the report of that image, or the image that was scanned',
    );
  });
});
