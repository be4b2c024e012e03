import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { recordingLogger } from '../../src/core/model/logger.js';
import type { Evidence, EvidenceSource } from '../../src/core/model/signatures.js';
import { RegistryClient } from '../../src/adapters/registry/client.js';
import { parseImageReference, type ImageReference } from '../../src/core/model/image-reference.js';
import { discoverEvidence } from '../../src/app/signatures/discover.js';
import {
  COSIGN_SIG,
  DSSE_ENVELOPE,
  pushCosignTag,
  pushReferrer,
  pushReferrersTag,
  simpleSigningPayload,
  type Subject,
} from '../helpers/cosign-push.js';
import { pushImage, registryBlobPath, type PushedImage } from '../helpers/oci-push.js';

const host = inject('registryHost');
const dataDir = inject('registryDataDir');
const authHost = inject('authRegistryHost');
const authUser = inject('authRegistryUser');
const authPassword = inject('authRegistryPassword');
const ALL: EvidenceSource[] = ['referrers', 'cosign-tags', 'github-attestations'];
const REGISTRY_ONLY: EvidenceSource[] = ['referrers', 'cosign-tags'];

/** No credentials from the machine's own ~/.docker may reach these tests. */
const emptyDockerConfig = join(mkdtempSync(join(tmpdir(), 'gate-sig-')), 'config.json');
writeFileSync(emptyDockerConfig, '{}');

function uniqueRepo(name: string): string {
  return `sig-${randomBytes(4).toString('hex')}/${name}`;
}

function client(options: { auth?: boolean } = {}): RegistryClient {
  return new RegistryClient({
    logger: recordingLogger(),
    retryDelaysMs: [],
    dockerConfig: { path: emptyDockerConfig, required: true },
    ...(options.auth ? { credentials: [{ registry: authHost, username: authUser, password: authPassword }] } : {}),
  });
}

function subjectOf(image: PushedImage): Subject {
  return { digest: image.digest, size: image.size, mediaType: image.mediaType };
}

function refOf(registry: string, repo: string, image: PushedImage): ImageReference {
  return parseImageReference(`${registry}/${repo}@${image.digest}`);
}

function bundleJson(label: string): Buffer {
  return Buffer.from(JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', label }));
}

function bundleBytes(evidence: Evidence | undefined): string {
  if (evidence?.form.kind !== 'bundle') throw new Error(`not a bundle: ${JSON.stringify(evidence)}`);
  return evidence.form.bytes.toString('utf8');
}

describe('discoverEvidence against docker-registry (no referrers API: the fallback tag)', () => {
  it('finds a referrer bundle, two .sig signatures and an .att attestation, in at most 12 requests', async () => {
    const repo = uniqueRepo('signed');
    const image = await pushImage(host, repo, '1.0');
    const bundle = bundleJson('referrer');
    const referrer = await pushReferrer(host, repo, subjectOf(image), bundle);
    await pushReferrersTag(host, repo, image.digest, [referrer.descriptor]);
    const payload = simpleSigningPayload(`${host}/${repo}`, image.digest);
    const annotations = { 'dev.cosignproject.cosign/signature': 'c2lnbmF0dXJl', 'dev.sigstore.cosign/certificate': 'PEM' };
    const secondPayload = Buffer.concat([payload, Buffer.from('\n')]);
    await pushCosignTag(host, repo, image.digest, 'sig', [
      { mediaType: COSIGN_SIG, bytes: payload, annotations },
      { mediaType: COSIGN_SIG, bytes: secondPayload },
    ]);
    const envelope = Buffer.from(JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: 'e30=', signatures: [] }));
    await pushCosignTag(host, repo, image.digest, 'att', [{ mediaType: DSSE_ENVELOPE, bytes: envelope }]);

    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: REGISTRY_ONLY, logger: recordingLogger() });

    expect(result.problems).toEqual([]);
    expect(result.evidence).toHaveLength(4);
    const [fromReferrer, sig0, sig1, att] = result.evidence;
    expect(fromReferrer).toMatchObject({
      source: 'referrers',
      subjectDigest: image.digest,
      form: { kind: 'bundle', mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
    });
    expect(bundleBytes(fromReferrer)).toBe(bundle.toString('utf8'));
    expect(fromReferrer?.location).toBe(`${host}/${repo}@${referrer.descriptor.digest} (referrer, fallback tag ${image.digest.replace(':', '-')})`);
    expect(sig0).toEqual({
      source: 'cosign-tags',
      location: `${host}/${repo} tag ${image.digest.replace(':', '-')}.sig, layer 0`,
      subjectDigest: image.digest,
      form: { kind: 'cosign-layer', payload, mediaType: COSIGN_SIG, annotations },
    });
    expect(sig1).toMatchObject({ form: { kind: 'cosign-layer', payload: secondPayload, annotations: {} } });
    expect(att).toMatchObject({ source: 'cosign-tags', form: { kind: 'cosign-layer', payload: envelope, mediaType: DSSE_ENVELOPE } });
    // referrers 404 + fallback tag + (manifest + blob) + .sig + 2 blobs + .att + 1 blob
    expect(result.requests).toBe(9);
  });

  it('stays within 12 registry requests for a signed image with one attestation (the benchmark case)', async () => {
    const repo = uniqueRepo('bench');
    const image = await pushImage(host, repo, '1.0');
    const signature = await pushReferrer(host, repo, subjectOf(image), bundleJson('signature'));
    const provenance = await pushReferrer(host, repo, subjectOf(image), bundleJson('provenance'), {
      annotations: { 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' },
    });
    await pushReferrersTag(host, repo, image.digest, [signature.descriptor, provenance.descriptor]);
    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: REGISTRY_ONLY, logger: recordingLogger() });
    expect(result.problems).toEqual([]);
    expect(result.evidence.map(bundleBytes)).toEqual([bundleJson('signature').toString(), bundleJson('provenance').toString()]);
    expect(result.requests).toBe(8);
    expect(result.requests).toBeLessThanOrEqual(12);
  });

  it('finds nothing, and reports nothing, for an unsigned image', async () => {
    const repo = uniqueRepo('unsigned');
    const image = await pushImage(host, repo, '1.0');
    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: REGISTRY_ONLY, logger: recordingLogger() });
    expect(result).toEqual({ evidence: [], problems: [], requests: 4 });
  });

  it('looks only where the sources allow', async () => {
    const repo = uniqueRepo('only-cosign');
    const image = await pushImage(host, repo, '1.0');
    const referrer = await pushReferrer(host, repo, subjectOf(image), bundleJson('x'));
    await pushReferrersTag(host, repo, image.digest, [referrer.descriptor]);
    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: ['cosign-tags'], logger: recordingLogger() });
    expect(result).toEqual({ evidence: [], problems: [], requests: 2 });
  });

  it('rejects referrers listed in the tag index that are about another image or about none', async () => {
    const repo = uniqueRepo('liar');
    const image = await pushImage(host, repo, '1.0');
    const other = await pushImage(host, repo, '2.0', { layers: [{ 'other.txt': 'other' }] });
    const good = await pushReferrer(host, repo, subjectOf(image), bundleJson('good'));
    const lying = await pushReferrer(host, repo, subjectOf(image), bundleJson('lying'), { claimedSubject: subjectOf(other) });
    const none = await pushReferrer(host, repo, subjectOf(image), bundleJson('none'), { noSubject: true });
    await pushReferrersTag(host, repo, image.digest, [lying.descriptor, good.descriptor, none.descriptor]);

    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: ['referrers'], logger: recordingLogger() });

    expect(result.evidence.map(bundleBytes)).toEqual([bundleJson('good').toString()]);
    expect(result.problems).toEqual([
      `referrer ${host}/${repo}@${lying.descriptor.digest} (fallback tag ${image.digest.replace(':', '-')}) is about ${other.digest}, not ${image.digest}; ignored`,
      `referrer ${host}/${repo}@${none.descriptor.digest} (fallback tag ${image.digest.replace(':', '-')}) names no subject, not ${image.digest}; ignored`,
    ]);
  });

  it('reports a .sig manifest with no layers and layers of unknown media types, keeping the good ones', async () => {
    const repo = uniqueRepo('bad-cosign');
    const image = await pushImage(host, repo, '1.0');
    await pushCosignTag(host, repo, image.digest, 'sig', []);
    const envelope = Buffer.from('{"payloadType":"x","payload":"","signatures":[]}');
    await pushCosignTag(host, repo, image.digest, 'att', [
      { mediaType: 'application/vnd.example.unknown+json', bytes: Buffer.from('{}') },
      { mediaType: COSIGN_SIG, bytes: simpleSigningPayload(repo, image.digest) },
      { mediaType: DSSE_ENVELOPE, bytes: envelope },
    ]);

    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: ['cosign-tags'], logger: recordingLogger() });

    const tag = image.digest.replace(':', '-');
    expect(result.problems).toEqual([
      `cosign tag ${host}/${repo}:${tag}.sig has no layers, so no signatures`,
      `${host}/${repo} tag ${tag}.att, layer 0 has media type "application/vnd.example.unknown+json", not ${DSSE_ENVELOPE}; ignored`,
      `${host}/${repo} tag ${tag}.att, layer 1 has media type "${COSIGN_SIG}", not ${DSSE_ENVELOPE}; ignored`,
    ]);
    expect(result.evidence).toHaveLength(1);
    expect(result.evidence[0]).toMatchObject({ location: `${host}/${repo} tag ${tag}.att, layer 2`, form: { payload: envelope } });
  });

  it('does not download a bundle over the size limit, and says so', async () => {
    const repo = uniqueRepo('huge');
    const image = await pushImage(host, repo, '1.0');
    const huge = Buffer.alloc(2 * 1024 * 1024 + 1, 0x20);
    const referrer = await pushReferrer(host, repo, subjectOf(image), huge);
    await pushReferrersTag(host, repo, image.digest, [referrer.descriptor]);
    const logger = recordingLogger();
    const registry = new RegistryClient({ logger, retryDelaysMs: [], dockerConfig: { path: emptyDockerConfig, required: true } });

    const result = await discoverEvidence(registry, refOf(host, repo, image), image.digest, { sources: ['referrers'], logger: recordingLogger() });

    expect(result.evidence).toEqual([]);
    expect(result.problems).toEqual([
      `referrer ${host}/${repo}@${referrer.descriptor.digest} (fallback tag ${image.digest.replace(':', '-')}): its layer is ${huge.length} bytes, over the 2097152-byte limit; not downloaded`,
    ]);
    expect(logger.lines.some((line) => line.message.includes(`/blobs/${referrer.layerDigest}`))).toBe(false);
  });

  it('reports a signature blob whose bytes do not match its digest', async () => {
    const repo = uniqueRepo('corrupt');
    const image = await pushImage(host, repo, '1.0');
    const pushed = await pushCosignTag(host, repo, image.digest, 'sig', [{ mediaType: COSIGN_SIG, bytes: simpleSigningPayload(repo, image.digest) }]);
    const path = registryBlobPath(dataDir, pushed.layerDigests[0] ?? '');
    writeFileSync(path, Buffer.from(readFileSync(path).map((byte) => byte ^ 0x20)));

    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: ['cosign-tags'], logger: recordingLogger() });

    expect(result.evidence).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(`Could not read ${host}/${repo}:${image.digest.replace(':', '-')}.sig layer 0`);
    expect(result.problems[0]).toContain('does not match its digest');
  });

  it('reads a registry that needs credentials, and words a missing login as such', async () => {
    const repo = uniqueRepo('private');
    const auth = { username: authUser, password: authPassword };
    const image = await pushImage(authHost, repo, '1.0', { auth });
    await pushCosignTag(authHost, repo, image.digest, 'sig', [{ mediaType: COSIGN_SIG, bytes: simpleSigningPayload(repo, image.digest) }], auth);
    const ref = refOf(authHost, repo, image);

    const withLogin = await discoverEvidence(client({ auth: true }), ref, image.digest, { sources: REGISTRY_ONLY, logger: recordingLogger() });
    expect(withLogin.problems).toEqual([]);
    expect(withLogin.evidence).toHaveLength(1);

    const anonymous = await discoverEvidence(client(), ref, image.digest, { sources: REGISTRY_ONLY, logger: recordingLogger() });
    expect(anonymous.evidence).toEqual([]);
    // The referrers lookup and both cosign tags each say why.
    expect(anonymous.problems).toHaveLength(3);
    for (const problem of anonymous.problems) expect(problem).toMatch(/requires authentication to pull .* no credentials were given/);
  });

  it('reports, without throwing, GitHub attestations asked for without a repository and an invalid digest', async () => {
    const repo = uniqueRepo('no-github');
    const image = await pushImage(host, repo, '1.0');
    const result = await discoverEvidence(client(), refOf(host, repo, image), image.digest, { sources: ALL, logger: recordingLogger() });
    expect(result.evidence).toEqual([]);
    expect(result.problems).toEqual(['GitHub attestations were asked for, but no GitHub repository is known (set GITHUB_REPOSITORY)']);

    const invalid = await discoverEvidence(client(), refOf(host, repo, image), 'sha256:XYZ', { sources: ALL, logger: recordingLogger() });
    expect(invalid).toEqual({ evidence: [], problems: [expect.stringContaining('Cannot look for signatures of "sha256:XYZ"')], requests: 0 });
  });
});
