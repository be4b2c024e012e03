import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../../src/config/inputs.js';
import { INPUT_NAMES, parseConfig, type InputName } from '../../../src/config/parse.js';
import { DEFAULT_TRIVY_VERSION, TRIVY_VERSION_FROM_PATH } from '../../../src/core/model/trivy.js';
import { IMAGE_GATE_VERSION } from '../../../src/core/model/version.js';
import { namedImage } from '../../helpers/named-image.js';

const context = { workspace: '/ws', tempDir: '/tmp/gate' };
const parseWith = (inputs: Partial<Record<InputName, string>>) => parseConfig((name) => inputs[name] ?? '', context);

describe('action.yml and the parser', () => {
  const action = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };
  it('declare the same inputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });
  it('default the cosign switches to false, as the README table says (absent and false mean the same to the parser)', () => {
    for (const name of ['insecure-ignore-tlog', 'insecure-ignore-sct'])
      expect((action.inputs[name] as { default?: string }).default, name).toBe('false');
  });
  it('declare each input as the one list of inputs does: in its order, with its description and default', () => {
    // src/config/inputs.ts is the source: change an input there, and copy its description and default here.
    expect(Object.entries(action.inputs).map(([name, declared]) => ({ name, ...(declared as object) }))).toEqual(
      INPUTS.map((input) => ({
        name: input.name,
        description: input.description,
        required: false,
        ...('default' in input && { default: input.default }),
      })),
    );
  });
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(IMAGE_GATE_VERSION).toBe(pkg.version);
  });
});

describe('parseConfig', () => {
  it('fills defaults relative to the workspace and temp dir', () => {
    const config = parseWith({ image: 'ghcr.io/acme/app:1' });
    // Parsed here, once: nothing downstream parses the image input again.
    expect(config.sources).toEqual([
      { kind: 'registry', image: { written: 'ghcr.io/acme/app:1', reference: { registry: 'ghcr.io', repository: 'acme/app', tag: '1' } } },
    ]);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types asymmetric matchers `any` on purpose, so they fit any field
    expect(config.policy).toEqual({ path: '/ws/.github/image-gate.yml', required: false, overrides: expect.any(Object), trust: {} });
    expect(config.sarifFile).toBe('/tmp/gate/image-gate.sarif');
    expect(config.trivy.scanners).toEqual(['vuln', 'secret']);
    expect(config.trivy.cacheDb).toBe(true);
  });

  it('reads policy overrides, leaving unset ones undefined', () => {
    const { overrides } = parseWith({
      report: 'r.json',
      'fail-on-severity': 'Critical',
      'only-fixed': 'true',
      'deny-licenses': 'GPL-3.0\nAGPL-3.0',
    }).policy;
    expect(overrides).toEqual({
      failOnSeverity: 'CRITICAL',
      onlyFixed: true,
      licensesDeny: ['GPL-3.0', 'AGPL-3.0'],
      mode: undefined,
      secretsFail: undefined,
      misconfigFailOnSeverity: undefined,
      forbidRoot: undefined,
    });
  });

  it('keeps the key and trusted-root inputs as paths, read later with the policy (from the base branch on a pull request)', () => {
    // No file exists at these paths: parsing reads none of them.
    const { trust, overrides } = parseWith({
      image: 'a',
      key: '.github/cosign.pub\n/etc/keys/other.pub',
      'trusted-root': '.github/trusted_root.json',
    }).policy;
    expect(trust).toEqual({
      keys: [
        { kind: 'path', path: '/ws/.github/cosign.pub' },
        { kind: 'path', path: '/etc/keys/other.pub' },
      ],
      trustedRootPath: '/ws/.github/trusted_root.json',
    });
    expect(overrides).not.toHaveProperty('keys');
    expect(overrides).not.toHaveProperty('trustedRootPath');
    const pem = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----';
    expect(parseWith({ image: 'a', key: pem }).policy.trust).toEqual({ keys: [{ kind: 'pem', pem }] });
  });

  it('reads insecure-ignore-tlog as a boolean, unset when not given (a key signature then needs a log entry)', () => {
    expect(parseWith({ image: 'a' }).policy.overrides.insecureIgnoreTlog).toBeUndefined();
    expect(parseWith({ image: 'a', 'insecure-ignore-tlog': 'true' }).policy.overrides.insecureIgnoreTlog).toBe(true);
    expect(parseWith({ image: 'a', 'insecure-ignore-tlog': 'False' }).policy.overrides.insecureIgnoreTlog).toBe(false);
    expect(() => parseWith({ image: 'a', 'insecure-ignore-tlog': 'yes' })).toThrow('Input insecure-ignore-tlog must be true or false, not "yes"');
  });

  it('keeps the private-CA inputs as paths too, and refuses the combinations cosign refuses', () => {
    expect(parseWith({ image: 'a', 'ca-roots': 'pki/roots.pem', 'ca-intermediates': '/etc/pki/ints.pem' }).policy.trust).toEqual({
      certificateAuthority: { kind: 'roots', rootsPath: '/ws/pki/roots.pem', intermediatesPath: '/etc/pki/ints.pem' },
    });
    expect(parseWith({ image: 'a', 'certificate-chain': 'pki/chain.pem' }).policy.trust).toEqual({
      certificateAuthority: { kind: 'chain', chainPath: '/ws/pki/chain.pem' },
    });
    expect(() => parseWith({ image: 'a', 'certificate-chain': 'c.pem', 'ca-roots': 'r.pem' })).toThrow(
      /certificate-chain .* does not go with ca-roots or ca-intermediates/,
    );
    expect(() => parseWith({ image: 'a', 'certificate-chain': 'c.pem', 'ca-intermediates': 'i.pem' })).toThrow(/does not go with/);
    expect(() => parseWith({ image: 'a', 'ca-intermediates': 'i.pem' })).toThrow(/ca-intermediates needs ca-roots/);
  });

  it('reads insecure-ignore-sct as a boolean', () => {
    expect(parseWith({ image: 'a', 'insecure-ignore-sct': 'true' }).policy.overrides.insecureIgnoreSct).toBe(true);
    expect(parseWith({ image: 'a' }).policy.overrides.insecureIgnoreSct).toBeUndefined();
    expect(() => parseWith({ image: 'a', 'insecure-ignore-sct': 'yes' })).toThrow(/insecure-ignore-sct must be true or false/);
  });

  it('reads build-args as NAME=value lines', () => {
    expect(parseWith({ image: 'a', 'build-args': 'ARCH=arm64\n\n  OS=linux\nEMPTY=\nFLAG' }).buildArgs).toEqual({
      ARCH: 'arm64',
      OS: 'linux',
      EMPTY: '',
      FLAG: '',
    });
    expect(() => parseWith({ image: 'a', 'build-args': '1BAD=x' })).toThrow('Input build-args: "1BAD=x" is not NAME=value');
  });

  it('reads the image input as one image per line or comma, every one of them a source', () => {
    const registry = (reference: string) => ({ kind: 'registry', image: namedImage(reference) });
    expect(parseWith({ image: 'a:1,b:2' }).sources).toEqual([registry('a:1'), registry('b:2')]);
    expect(parseWith({ image: 'a:1\n b:2 \n\nc:3' }).sources).toEqual([registry('a:1'), registry('b:2'), registry('c:3')]);
    expect(parseWith({ image: 'a:1,' }).sources).toEqual([registry('a:1')]);
    expect(parseWith({ image: 'a:1,b:2', 'image-source': 'docker' }).sources).toEqual([
      { kind: 'docker', image: namedImage('a:1') },
      { kind: 'docker', image: namedImage('b:2') },
    ]);
    expect(() => parseWith({ image: 'a:1,b:2', report: 'r.json' })).toThrow('input and report go with one image only');
  });

  it('reads the enum inputs only inputs have in any case too, as the shared ones (config-enums.test.ts)', () => {
    expect(parseWith({ image: 'a', 'image-source': 'Docker' }).sources).toEqual([{ kind: 'docker', image: namedImage('a') }]);
    expect(parseWith({ image: 'a', 'policy-source': 'HEAD' }).policy.source).toBe('head');
    expect(parseWith({ image: 'a', comment: 'On-Failure' }).github.comment).toBe('on-failure');
    expect(() => parseWith({ image: 'a', comment: 'sometimes' })).toThrow(
      'Input comment: expected one of always, on-failure, never, not "sometimes"',
    );
  });

  it('reads trivy-version as a release, v or not, or path (the trivy on PATH), defaulting to the pinned release', () => {
    const version = (value?: string) => parseWith({ image: 'a', ...(value !== undefined && { 'trivy-version': value }) }).trivy.version;
    expect(version()).toBe(DEFAULT_TRIVY_VERSION);
    expect(version('0.70.0')).toBe('0.70.0');
    expect(version('v0.70.0')).toBe('0.70.0');
    expect(version('path')).toBe(TRIVY_VERSION_FROM_PATH);
    expect(version(' Path ')).toBe(TRIVY_VERSION_FROM_PATH);
    for (const wrong of ['latest', '0.70', '0.70.0.1', 'paths', '/usr/bin/trivy']) {
      expect(() => version(wrong), wrong).toThrow(
        `Input trivy-version must be a release such as ${DEFAULT_TRIVY_VERSION}, or path (the trivy on PATH), not "${wrong}"`,
      );
    }
  });

  it('refuses a trivy-version that names a known malicious release before anything runs, v or not', () => {
    for (const malicious of ['0.69.4', 'v0.69.5', '0.69.6']) {
      expect(() => parseWith({ image: 'a', 'trivy-version': malicious }), malicious).toThrow(
        `Input trivy-version names Trivy ${malicious.replace(/^v/, '')}, a known malicious release (GHSA-69fq-xp46-6x23); pin another release`,
      );
    }
    // Its neighbours are ordinary releases.
    expect(parseWith({ image: 'a', 'trivy-version': '0.69.3' }).trivy.version).toBe('0.69.3');
    expect(parseWith({ image: 'a', 'trivy-version': '0.69.7' }).trivy.version).toBe('0.69.7');
  });

  it('gates every platform of an index by default, or those the platforms input (or the platform input, its one-platform form) names', () => {
    expect(parseWith({ image: 'a' }).platforms).toBe('all');
    expect(parseWith({ image: 'a', platforms: 'ALL' }).platforms).toBe('all');
    expect(parseWith({ image: 'a', platforms: 'linux/amd64, linux/arm/v7\nlinux/arm64\nlinux/amd64' }).platforms).toEqual([
      'linux/amd64',
      'linux/arm/v7',
      'linux/arm64',
    ]);
    expect(parseWith({ image: 'a', platform: 'linux/arm64' }).platforms).toEqual(['linux/arm64']);
  });

  it('attaches registry credentials to the image registry', () => {
    const config = parseWith({ image: 'docker.io/library/alpine', 'registry-username': 'u', 'registry-password': 'p' });
    expect(config.registry.credentials).toEqual([{ registry: 'docker.io', username: 'u', password: 'p' }]);
  });

  it.each([
    [{}, 'Nothing to gate'],
    [{ image: 'a', report: 'r', input: 'i' }, 'Give only one of the inputs input and report'],
    [{ image: 'a', 'image-source': 'podman' }, 'Input image-source: expected one of registry, docker, not "podman"'],
    [{ image: 'a', mode: 'strict' }, 'Input mode: expected one of enforce, audit, not "strict"'],
    [{ image: 'a', 'only-fixed': 'yes' }, 'Input only-fixed must be true or false, not "yes"'],
    [{ image: 'a', scanners: 'vuln,sbom' }, '"sbom" is not one'],
    [{ image: 'a', platform: 'amd64' }, 'Input platform must look like os/arch[/variant], e.g. linux/amd64, not "amd64"'],
    [{ image: 'a', platforms: 'linux/amd64,arm64' }, 'Input platforms must look like os/arch[/variant], e.g. linux/amd64, not "arm64"'],
    [{ image: 'a', platforms: ',' }, 'Input platforms is all or a list of platforms, not ","'],
    [{ image: 'a', platforms: 'all,linux/arm64' }, 'Input platforms is all or a list of platforms, not both: "all,linux/arm64"'],
    [
      { image: 'a', platform: 'linux/amd64,linux/arm64' },
      'Input platform names one platform, not "linux/amd64,linux/arm64"; list several in platforms',
    ],
    [{ image: 'a', platform: 'linux/arm64', platforms: 'linux/arm64' }, 'Give only one of the inputs platforms and platform'],
    [{ image: 'a', 'trivy-version': 'latest' }, 'Input trivy-version must be a release'],
    [{ image: 'a', 'trivy-server': 'trivy:4954' }, 'Input trivy-server must be'],
    [{ image: 'a', 'registry-username': 'u' }, 'registry-username and registry-password go together'],
    [{ image: 'a', 'trivy-timeout': 'soon' }, 'Input trivy-timeout must be a duration such as 600, 10m or 1h, not "soon"'],
    [{ image: 'a', 'trivy-timeout': '0' }, 'Input trivy-timeout must be a duration such as 600, 10m or 1h, not "0"'],
    [{ image: 'a', 'upload-sarif-wait': 'abc' }, 'Input upload-sarif-wait must be 0 or a duration such as 90s or 2m, not "abc"'],
    [{ image: 'a', 'trivy-server-token': 't' }, 'Input trivy-server-token needs trivy-server'],
    [{ image: 'Bad Ref' }, 'Invalid image reference "Bad Ref"'],
  ])('rejects %j', (inputs, message) => {
    expect(() => parseWith(inputs as Partial<Record<InputName, string>>)).toThrow(message);
  });
});

describe('the parallel input', () => {
  it('defaults to 4 scans at once, as action.yml says', () => {
    expect(parseWith({ image: 'a' }).parallel).toBe(4);
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['64', 64],
    [' 8 ', 8],
  ])('reads %j as %d', (text, count) => {
    expect(parseWith({ image: 'a', parallel: text }).parallel).toBe(count);
  });

  it.each(['0', '65', '-1', '2.5', '1e1', '0x10', 'four', '4 images'])('refuses %j in one line naming the input', (text) => {
    expect(() => parseWith({ image: 'a', parallel: text })).toThrow(`Input parallel must be a whole number from 1 to 64, not "${text}"`);
  });
});

describe('the duration inputs', () => {
  it.each([
    ['600', 600_000],
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
  ])('%s', (text, ms) => {
    expect(parseWith({ image: 'a', 'trivy-timeout': text }).trivy.timeoutMs).toBe(ms);
    expect(parseWith({ image: 'a', 'upload-sarif-wait': text }).github.uploadWaitMs).toBe(ms);
  });
  it('takes 0 as "do not wait" for upload-sarif-wait only', () => {
    expect(parseWith({ image: 'a', 'upload-sarif-wait': '0' }).github.uploadWaitMs).toBe(0);
    expect(parseWith({ image: 'a' }).github.uploadWaitMs).toBe(0);
    expect(() => parseWith({ image: 'a', 'trivy-timeout': '0' })).toThrow('Input trivy-timeout');
  });
  // Each error names the input it is about: a bad upload-sarif-wait was once reported as trivy-timeout.
  it.each(['10 minutes', '-5', 'm', 'abc'])('rejects %j, naming the input', (text) => {
    expect(() => parseWith({ image: 'a', 'trivy-timeout': text })).toThrow(
      `Input trivy-timeout must be a duration such as 600, 10m or 1h, not "${text}"`,
    );
    expect(() => parseWith({ image: 'a', 'upload-sarif-wait': text })).toThrow(
      `Input upload-sarif-wait must be 0 or a duration such as 90s or 2m, not "${text}"`,
    );
  });
});

describe('the vex input', () => {
  it('none given: no VEX documents', () => {
    expect(parseWith({ image: 'alpine:3.20' }).vex).toEqual([]);
  });

  it('one path per line (commas kept: a path may hold one), relative to the workspace, named as given', () => {
    expect(parseWith({ image: 'alpine:3.20', vex: '\n vex/app.openvex.json \n/abs/a,b.json\n\n' }).vex).toEqual([
      { path: '/ws/vex/app.openvex.json', display: 'vex/app.openvex.json' },
      { path: '/abs/a,b.json', display: '/abs/a,b.json' },
    ]);
  });
});

describe('the full report kept', () => {
  it('uploads the artifact unless told not to, and names the input of a bad value', () => {
    expect(parseWith({ image: 'a' }).github.uploadArtifact).toBe(true);
    expect(parseWith({ image: 'a', 'upload-artifact': 'false' }).github.uploadArtifact).toBe(false);
    expect(() => parseWith({ image: 'a', 'upload-artifact': 'maybe' })).toThrow(/upload-artifact/);
  });

  it("keeps Trivy's reports only where trivy-reports says, relative to the workspace", () => {
    expect(parseWith({ image: 'a' }).trivyReportsDir).toBeUndefined();
    expect(parseWith({ image: 'a', 'trivy-reports': 'out/trivy' }).trivyReportsDir).toBe('/ws/out/trivy');
  });
});
