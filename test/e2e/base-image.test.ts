/**
 * Base-image provenance through dist/index.js: images really built by the test dockerd on a base pushed to
 * the loopback registry, judged with the Dockerfile they were built from.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildAndPush, importOtherBase, push, pushBusyboxBase } from '../helpers/base-images.js';
import { pushCosignTag, pushReferrer, pushReferrersTag, simpleSigningPayload } from '../helpers/cosign-push.js';
import { DOCKER } from '../helpers/oci-push.js';
import { fixture, runAction, standInTrivy, type ActionRun } from '../helpers/run-dist.js';
import {
  cosignLayer,
  createMockSigstore,
  createSigningKey,
  IN_TOTO_PAYLOAD_TYPE,
  inTotoStatement,
  type SigningKey,
} from '../helpers/sigstore-mock.js';

const BASE_SIGNER = {
  identity: 'https://github.com/acme/base-images/.github/workflows/release.yml@refs/heads/main',
  issuer: 'https://token.actions.githubusercontent.com',
};

// The annotations on a line of the Dockerfile (the step's failure message, which comes first, has none).
const errors = (run: ActionRun) => run.commands.filter((command) => command.command === 'error' && command.properties.file !== undefined);

describe('base-image provenance through the Action', () => {
  let host: string;
  let baseDigest: string;
  let otherDigest: string;
  let workspace: string;
  let trustedRootPath: string;
  let baseKey: SigningKey;

  beforeAll(() => {
    host = inject('registryHost');
    const dockerHost = inject('dockerHost');
    baseDigest = pushBusyboxBase(dockerHost, `${host}/base/busybox:1.36.1`);
    buildAndPush(dockerHost, `${host}/base/busybox:1.36.1`, `${host}/app/web:1`);
    // An image that was really built on another base, though its Dockerfile will claim busybox.
    importOtherBase(dockerHost, `${host}/base/other:1`);
    otherDigest = push(dockerHost, `${host}/base/other:1`);
    buildAndPush(dockerHost, `${host}/base/other:1`, `${host}/app/claimer:1`);
    workspace = mkdtempSync(join(tmpdir(), 'image-gate-base-'));
  }, 180_000);

  beforeAll(async () => {
    // The busybox base is signed (keyless, by the offline mock Sigstore); the other base is not.
    const mock = await createMockSigstore();
    trustedRootPath = join(workspace, 'trusted_root.json');
    writeFileSync(trustedRootPath, JSON.stringify(mock.trustedRoot));
    const manifest = await (
      await fetch(`http://${host}/v2/base/busybox/manifests/${baseDigest}`, { headers: { accept: DOCKER.manifest } })
    ).arrayBuffer();
    const subject = { digest: baseDigest, size: manifest.byteLength, mediaType: DOCKER.manifest };
    const bundle = await mock.signDsse(inTotoStatement(baseDigest, 'https://sigstore.dev/cosign/sign/v1'), IN_TOTO_PAYLOAD_TYPE, BASE_SIGNER);
    const referrer = await pushReferrer(host, 'base/busybox', subject, Buffer.from(JSON.stringify(bundle)));
    await pushReferrersTag(host, 'base/busybox', baseDigest, [referrer.descriptor]);
    // And by a key, as `cosign sign --key --tlog-upload=false` does: a `.sig` layer with no log entry.
    baseKey = createSigningKey('p256');
    const layer = cosignLayer(baseKey, simpleSigningPayload(`${host}/base/busybox`, baseDigest));
    await pushCosignTag(host, 'base/busybox', baseDigest, 'sig', [
      { mediaType: layer.mediaType, bytes: layer.payload, annotations: layer.annotations },
    ]);
  });

  function gate(image: string, dockerfile: string, policy: string): Promise<ActionRun> {
    writeFileSync(join(workspace, 'Dockerfile'), dockerfile);
    writeFileSync(join(workspace, 'policy.yml'), policy);
    return runAction(
      {
        image,
        dockerfile: 'Dockerfile',
        policy: 'policy.yml',
        'trivy-path': standInTrivy,
        'cache-db': 'false',
        'fail-on-severity': 'none',
        'trusted-root': trustedRootPath,
      },
      { workspace, env: { TRIVY_STANDIN_REPORT: fixture('trivy/alpine-310.json') } },
    );
  }

  it('passes an image proven to be built on its pinned base', async () => {
    const run = await gate(
      `${host}/app/web:1`,
      `FROM ${host}/base/busybox:1.36.1@${baseDigest}\nCOPY hello.txt /hello.txt\n`,
      'base-image:\n  pinned: fail\n  proven: fail\n',
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('Base image');
  });

  it('fails an unpinned FROM on its line, suggesting the exact digest to pin to', async () => {
    const run = await gate(
      `${host}/app/web:1`,
      `# syntax=docker/dockerfile:1\nFROM ${host}/base/busybox:1.36.1\nCOPY hello.txt /hello.txt\n`,
      'base-image:\n  pinned: fail\n',
    );
    expect(run.code).toBe(1);
    const pinned = errors(run).find((command) => /pinned/i.test(`${command.properties.title ?? ''} ${command.message}`));
    expect(pinned?.properties).toMatchObject({ file: 'Dockerfile', line: '2' });
    expect(pinned?.message).toContain(`@${baseDigest}`);
  });

  it('suggests the exact digest for an unpinned build stage too', async () => {
    const run = await gate(
      `${host}/app/web:1`,
      `FROM ${host}/base/busybox:1.36.1 AS tools\nRUN true\n\nFROM ${host}/base/busybox:1.36.1@${baseDigest}\nCOPY hello.txt /hello.txt\n`,
      'base-image:\n  pinned: fail\n',
    );
    expect(run.code).toBe(1);
    const pinned = errors(run).find((command) => command.properties.line === '1');
    expect(pinned?.message).toContain(`${host}/base/busybox:1.36.1@${baseDigest}`);
  });

  it('fails an image whose layers do not start with the base its Dockerfile declares', async () => {
    const run = await gate(
      `${host}/app/claimer:1`,
      `FROM ${host}/base/busybox:1.36.1@${baseDigest}\nCOPY hello.txt /hello.txt\n`,
      'base-image:\n  proven: fail\n',
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(errors(run).some((command) => /proven/i.test(`${command.properties.title ?? ''} ${command.message}`))).toBe(true);
  });

  const signedPolicy = [
    'base-image:',
    '  proven: off',
    '  signed:',
    '    mode: required',
    `    identities: [{ issuer: "${BASE_SIGNER.issuer}", identity: "${BASE_SIGNER.identity}" }]`,
    '',
  ].join('\n');

  it('passes a base signed by the trusted base-image signer', async () => {
    const run = await gate(`${host}/app/web:1`, `FROM ${host}/base/busybox:1.36.1@${baseDigest}\nCOPY hello.txt /hello.txt\n`, signedPolicy);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  it('needs a log entry for a base signed with a key, unless the key says require-tlog: false, and then says so', async () => {
    const keyPolicy = (requireTlog: string) =>
      [
        'base-image:',
        '  proven: off',
        '  signed:',
        '    mode: required',
        '    keys:',
        `      - name: base-key`,
        `        pem: ${JSON.stringify(baseKey.pem)}`,
        requireTlog,
        '',
      ].join('\n');
    const dockerfile = `FROM ${host}/base/busybox:1.36.1@${baseDigest}\nCOPY hello.txt /hello.txt\n`;
    const strict = await gate(`${host}/app/web:1`, dockerfile, keyPolicy(''));
    expect(strict.code, strict.stdout + strict.stderr).toBe(1);
    expect(strict.summary).toContain('no-tlog-entry');
    const relaxed = await gate(`${host}/app/web:1`, dockerfile, keyPolicy('        require-tlog: false'));
    expect(relaxed.code, relaxed.stdout + relaxed.stderr).toBe(0);
    expect(relaxed.summary).toContain('signed by a trusted signer');
    expect(relaxed.summary).toContain('transparency log not checked (insecure-ignore-tlog)');
  });

  it('fails a base nobody trusted signed, on its FROM line', async () => {
    const run = await gate(`${host}/app/claimer:1`, `\nFROM ${host}/base/other:1@${otherDigest}\nCOPY hello.txt /hello.txt\n`, signedPolicy);
    expect(run.code).toBe(1);
    const signed = errors(run).find((command) => /signed/i.test(`${command.properties.title ?? ''} ${command.message}`));
    expect(signed?.properties).toMatchObject({ file: 'Dockerfile', line: '2' });
  });

  it('fails a denied base and names its line', async () => {
    const run = await gate(
      `${host}/app/web:1`,
      `FROM ${host}/base/busybox:1.36.1@${baseDigest}\nCOPY hello.txt /hello.txt\n`,
      'base-image:\n  deny: ["**/base/busybox:*"]\n',
    );
    expect(run.code).toBe(1);
    expect(errors(run).some((command) => command.properties.line === '1')).toBe(true);
  });
});
