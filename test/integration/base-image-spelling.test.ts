/**
 * A Dockerfile names its base the short way (`FROM golang:1.22`); Docker normalises that to
 * docker.io/library/golang:1.22. Every base-image rule must name the base the Dockerfile's way, and each
 * report must give the normalised reference exactly once, beside the FROM. Docker Hub is an in-process fake
 * (nock intercepts fetch), so the registry look-ups of the current, proven and signed rules really run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../../src/adapters/dockerfile/analyze.js';
import { checkBaseImage } from '../../src/app/base-image/check-base-image.js';
import { createRunContext } from '../../src/app/context.js';
import { parseConfig } from '../../src/config/parse.js';
import { recordingLogger } from '../../src/core/model/logger.js';
import { DEFAULT_POLICY, type Policy } from '../../src/core/model/policy.js';
import type { GateResult } from '../../src/core/model/result.js';
import { imageAnnotations } from '../../src/report/annotations/annotations.js';
import { checkRunAnnotations, checkRunOutput } from '../../src/report/check-run.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { buildResultDocument } from '../../src/report/result-file/result-json.js';
import { buildSarif } from '../../src/report/sarif/sarif.js';
import { renderSummary } from '../../src/report/summary/summary.js';
import { renderLogTable } from '../../src/report/summary/table.js';
import { restoreEnv } from '../helpers/env.js';
import { asInputs, gateResult, judgedImages, scanOf } from '../helpers/gate-result.js';
import { OCI, sha256 } from '../helpers/oci-push.js';

const WRITTEN = 'golang:1.22';
const NORMALIZED = 'docker.io/library/golang:1.22';
/** The normalised name in any form (with a tag, a digest or neither): what must appear only where it is meant to. */
const NORMALIZED_NAME = /docker\.io\/library\/golang/g;

const BASE_LAYER = sha256('golang base layer');
const CONFIG = Buffer.from(
  JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    created: '2025-05-01T00:00:00Z',
    rootfs: { type: 'layers', diff_ids: [BASE_LAYER] },
    config: {},
  }),
);
const MANIFEST = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI.manifest,
    config: { mediaType: OCI.config, digest: sha256(CONFIG), size: CONFIG.length },
    layers: [{ mediaType: OCI.layerGzip, digest: sha256('gz'), size: 2 }],
  }),
);
const MANIFEST_DIGEST = sha256(MANIFEST);

/** Docker Hub as the registry client sees it: golang:1.22 and its tags; no signatures, no referrers API. */
function fakeDockerHub(): void {
  const answer = (request: Request): [number, Buffer | string, Record<string, string>?] => {
    const path = new URL(request.url).pathname;
    if (path === '/v2/library/golang/manifests/1.22' || path === `/v2/library/golang/manifests/${MANIFEST_DIGEST}`) {
      return [200, MANIFEST, { 'content-type': OCI.manifest, 'docker-content-digest': MANIFEST_DIGEST, 'content-length': String(MANIFEST.length) }];
    }
    if (path === `/v2/library/golang/blobs/${sha256(CONFIG)}`) return [200, CONFIG];
    if (path === '/v2/library/golang/tags/list') {
      return [200, JSON.stringify({ name: 'library/golang', tags: ['1.21', '1.22', '1.23', '1.24'] }), { 'content-type': 'application/json' }];
    }
    return [404, '{"errors":[{"code":"NOT_FOUND"}]}', { 'content-type': 'application/json' }];
  };
  // nock 15 hands a reply function the fetch Request (see test/helpers/sigstore-mock.ts).
  const hub = nock('https://registry-1.docker.io').persist();
  hub.head(/.*/).reply((request: Request) => answer(request));
  hub.get(/.*/).reply((request: Request) => answer(request));
}

describe('a base the Dockerfile names the short way, through every base-image rule and every report', () => {
  const savedEnv = { ...process.env };
  let result: GateResult;

  beforeAll(async () => {
    // The registry client reads credentials from the run's $DOCKER_CONFIG: an empty one, so no helper of this machine runs.
    const dockerConfig = mkdtempSync(join(tmpdir(), 'image-gate-spelling-docker-'));
    nock.disableNetConnect();
    fakeDockerHub();

    const tempDir = mkdtempSync(join(tmpdir(), 'image-gate-spelling-'));
    const config = parseConfig((name) => (name === 'image' ? 'ghcr.io/acme/app:1.0' : ''), {
      workspace: '/ws',
      tempDir,
    });
    const environment = createRunContext({
      config,
      env: { DOCKER_CONFIG: dockerConfig },
      logger: recordingLogger(),
      workspace: '/ws',
      tempDir,
      now: () => new Date('2025-06-01T00:00:00Z'),
    });
    const policy: Policy = {
      ...DEFAULT_POLICY,
      signatures: {
        ...DEFAULT_POLICY.signatures,
        sources: ['referrers', 'cosign-tags'],
        // Read from a file, so no TUF update reaches out; nothing is found to verify against it anyway.
        trustedRootPath: new URL('../fixtures/sigstore/trusted_root.public-good.json', import.meta.url).pathname,
      },
      baseImage: {
        ...DEFAULT_POLICY.baseImage,
        pinned: 'fail',
        allow: ['docker.io/library/*'],
        signed: { mode: 'required', identities: [{ issuer: 'https://token.actions.githubusercontent.com', identity: 'x' }], keys: [] },
        maxAgeDays: 30,
      },
    };
    const analysis = analyzeDockerfile(`FROM ${WRITTEN}\nRUN true\n`, 'Dockerfile', {});
    const { checks, facts } = await checkBaseImage(
      analysis,
      policy.baseImage,
      policy.signatures,
      { platform: 'linux/amd64', diffIds: [BASE_LAYER, sha256('own layer')], attestations: [] },
      config,
      environment,
    );
    result = gateResult(scanOf('alpine-310'), {
      dockerfile: { path: 'Dockerfile', finalFromLine: 1 },
      policy: { baseImage: policy.baseImage },
      baseImage: { checks, facts },
    });
  });

  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    restoreEnv(savedEnv);
  });

  it('runs every rule, and each names the base as written, never normalised', () => {
    const base = result.verdict.baseImage;
    expect(base?.checks.map((check) => [check.rule, check.status])).toEqual([
      ['pinned', 'fail'],
      ['approved', 'pass'],
      ['current', 'pass'],
      ['proven', 'pass'],
      ['provenance', 'pass'],
      ['signed', 'fail'],
    ]);
    for (const check of base?.checks ?? []) {
      expect(check.image).toBe(WRITTEN);
      expect(`${check.message} ${check.suggestion ?? ''}`).not.toMatch(NORMALIZED_NAME);
    }
    // Each message that names the base (all but signed's, which says what was looked for) names it as written.
    expect(base?.checks.filter((check) => check.message.includes(WRITTEN)).map((check) => check.rule)).toEqual([
      'pinned',
      'approved',
      'current',
      'proven',
      'provenance',
    ]);
    // The final base's pin suggestion keeps the Dockerfile's spelling, as every other stage's does.
    expect(base?.checks[0]?.suggestion).toBe(`pin it: FROM ${WRITTEN}@${MANIFEST_DIGEST}`);
    expect(base?.facts).toMatchObject({ written: WRITTEN, normalized: NORMALIZED, digest: MANIFEST_DIGEST, newerTags: ['1.24', '1.23'] });
    expect(base?.advice).toEqual([`newer tags of the base image ${WRITTEN} exist: 1.24, 1.23`]);
    expect(result.verdict.violations.map((violation) => violation.message)).toEqual([
      `Dockerfile line 1: base image ${WRITTEN}: pinned: ${WRITTEN} (line 1) is not pinned: pin it to the digest of the image you tested (${WRITTEN}@sha256:…) so every build uses the same base; pin it: FROM ${WRITTEN}@${MANIFEST_DIGEST}`,
      `Dockerfile line 1: base image ${WRITTEN}: signed: not signed by a trusted signer: no signature was found (looked in referrers, cosign-tags)`,
    ]);
  });

  it('the log, the job summary, the pull request comment and the check run give the normalised reference once, beside the FROM', () => {
    const log = renderLogTable(result);
    expect(log.match(NORMALIZED_NAME)).toHaveLength(1);
    expect(log).toContain(`    FROM ${WRITTEN} (${NORMALIZED})  (Dockerfile line 1)`);
    const summary = renderSummary([result]);
    expect(summary.match(NORMALIZED_NAME)).toHaveLength(1);
    expect(summary).toContain(`- **FROM:** ${WRITTEN} (${NORMALIZED}) (Dockerfile line 1)`);
    const comment = renderPrComment(asInputs(result), { marker: 'image-gate' });
    expect(comment.match(NORMALIZED_NAME)).toHaveLength(1);
    expect(comment).toContain(`- FROM ${WRITTEN} (${NORMALIZED}) (Dockerfile line 1)`);
    // The check run's summary is the comment's image section.
    const checkRun = checkRunOutput(result).summary;
    expect(checkRun.match(NORMALIZED_NAME)).toHaveLength(1);
    expect(checkRun).toContain(`- FROM ${WRITTEN} (${NORMALIZED}) (Dockerfile line 1)`);
  });

  it('the per-check reports (annotations, check-run annotations, SARIF) name the base as written only', () => {
    const annotations = imageAnnotations(result).annotations.filter((annotation) => annotation.title.startsWith('Base image'));
    expect(annotations.map((annotation) => annotation.message.startsWith(`${WRITTEN}: `))).toEqual([true, true]);
    expect(JSON.stringify(annotations)).not.toMatch(NORMALIZED_NAME);
    expect(JSON.stringify(checkRunAnnotations(result))).not.toMatch(NORMALIZED_NAME);
    const sarif = buildSarif(asInputs(result), { toolVersion: '1.2.3', informationUri: 'https://github.com/image-gate/image-gate' });
    const baseResults = sarif.runs[0]?.results.filter((item) => item.properties.kind === 'base-image') ?? [];
    expect(baseResults.map((item) => item.locations[0]?.message?.text)).toEqual([`FROM ${WRITTEN}`, `FROM ${WRITTEN}`]);
    expect(JSON.stringify(baseResults)).not.toMatch(NORMALIZED_NAME);
  });

  it('the result file keeps `written` as the Dockerfile wrote it and adds `normalized`', () => {
    const [image] = judgedImages(buildResultDocument(asInputs(result)));
    expect(image?.baseImage?.from).toEqual({
      written: WRITTEN,
      normalized: NORMALIZED,
      line: 1,
      digest: MANIFEST_DIGEST,
      newerTags: ['1.24', '1.23'],
    });
    expect(image?.baseImage?.checks.every((check) => check.image === WRITTEN)).toBe(true);
  });
});
