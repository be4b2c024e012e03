import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DockerfileAnalysis, FromTarget } from '../../../../src/core/model/base-image.js';
import { analyzeDockerfile, baseOfFinalStage } from '../../../../src/adapters/dockerfile/analyze.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/dockerfiles/${name}`, import.meta.url), 'utf8');

const GOLANG = 'docker.io/library/golang:1.26.6@sha256:640a234f4bea3e399c056b7b8f9c667c4939befae8db2f14e9785e16eccd4205';
const UBUNTU = 'docker.io/library/ubuntu:26.04@sha256:f3d28607ddd78734bb7f71f117f3c6706c666b8b76cbff7c9ff6e5718d46ff64';
const NODE = 'docker.io/library/node:24.17.0@sha256:032e78d7e54e352129831743737e3a83171d9cc5b5896f411649c597ce0b11ea';

const image = (written: string, reference: string, tag?: string, digest?: string): FromTarget => ({
  kind: 'image',
  written,
  reference,
  ...(tag !== undefined && { tag }),
  ...(digest !== undefined && { digest }),
});
const stage = (written: string, index: number): FromTarget => ({ kind: 'stage', written, stage: index });

/** [line, name, platform, what it is built from] per stage, in order. */
type Row = [number, string | undefined, string | undefined, FromTarget];

function rows(analysis: DockerfileAnalysis): Row[] {
  return analysis.stages.map((s) => [s.line, s.name, s.platform, s.from]);
}

/** Every stage's line really is a FROM in the file, and every FROM in the file is a stage. */
function expectLinesMatchText(text: string, analysis: DockerfileAnalysis): void {
  const lines = text.split('\n');
  const fromLines = lines.flatMap((line, index) => (/^\s*FROM\s/i.test(line) ? [index + 1] : []));
  expect(analysis.stages.map((s) => s.line)).toEqual(fromLines);
  analysis.stages.forEach((s, index) => expect(s.index).toBe(index));
  expect(analysis.finalStage).toBe(analysis.stages.length - 1);
}

describe('analyzeDockerfile on real Dockerfiles', () => {
  it('argo-cd: a global ARG holding a pinned image, --platform=$BUILDPLATFORM, an unnamed final stage built on a stage', () => {
    const name = 'argoproj-argo-cd.Dockerfile';
    const text = fixture(name);
    const analysis = analyzeDockerfile(text, 'argo/Dockerfile', {});
    expectLinesMatchText(text, analysis);
    expect(analysis.path).toBe('argo/Dockerfile');
    expect(rows(analysis)).toEqual<Row[]>([
      [7, 'builder', undefined, image(GOLANG, GOLANG, '1.26.6', GOLANG.split('@')[1])],
      [38, 'argocd-base', undefined, image(UBUNTU, UBUNTU, '26.04', UBUNTU.split('@')[1])],
      [102, 'argocd-ui', '$BUILDPLATFORM', image(NODE, NODE, '24.17.0', NODE.split('@')[1])],
      [122, 'argocd-build', '$BUILDPLATFORM', image(GOLANG, GOLANG, '1.26.6', GOLANG.split('@')[1])],
      [152, undefined, undefined, stage('argocd-base', 1)],
    ]);
    expect(baseOfFinalStage(analysis)?.line).toBe(38);
  });

  it('argo-cd: a build-arg overrides the global ARG, and a known BUILDPLATFORM is substituted', () => {
    const analysis = analyzeDockerfile(fixture('argoproj-argo-cd.Dockerfile'), 'Dockerfile', {
      BASE_IMAGE: 'ubuntu:24.04',
      BUILDPLATFORM: 'linux/arm64',
    });
    expect(analysis.stages[1]?.from).toEqual(image('ubuntu:24.04', 'docker.io/library/ubuntu:24.04', '24.04'));
    expect(analysis.stages[2]?.platform).toBe('linux/arm64');
    expect(baseOfFinalStage(analysis)?.from).toEqual(image('ubuntu:24.04', 'docker.io/library/ubuntu:24.04', '24.04'));
  });

  it('buildx: ARGs in tags, an ARG defaulting to another, scratch, a long stage graph, a stage named by $TARGETOS', () => {
    const name = 'docker-buildx.Dockerfile';
    const text = fixture(name);
    const analysis = analyzeDockerfile(text, name, {});
    expectLinesMatchText(text, analysis);
    const got = rows(analysis);
    expect(got.slice(0, 13)).toEqual<Row[]>([
      [18, 'xx', '$BUILDPLATFORM', image('tonistiigi/xx:1.9.0', 'docker.io/tonistiigi/xx:1.9.0', '1.9.0')],
      [19, 'golatest', '$BUILDPLATFORM', image('golang:1.26-alpine3.23', 'docker.io/library/golang:1.26-alpine3.23', '1.26-alpine3.23')],
      [20, 'docker-engine', undefined, image('moby/moby-bin:29.6', 'docker.io/moby/moby-bin:29.6', '29.6')],
      // ARG DOCKER_CLI_VERSION=${DOCKER_VERSION}
      [21, 'docker-cli', undefined, image('dockereng/cli-bin:29.6', 'docker.io/dockereng/cli-bin:29.6', '29.6')],
      [22, 'docker-engine-alt28', undefined, image('moby/moby-bin:28.5', 'docker.io/moby/moby-bin:28.5', '28.5')],
      [23, 'docker-engine-alt27', undefined, image('moby/moby-bin:27.5.1', 'docker.io/moby/moby-bin:27.5.1', '27.5.1')],
      [24, 'docker-cli-alt28', undefined, image('dockereng/cli-bin:28.5', 'docker.io/dockereng/cli-bin:28.5', '28.5')],
      [25, 'docker-cli-alt27', undefined, image('dockereng/cli-bin:27.5.1', 'docker.io/dockereng/cli-bin:27.5.1', '27.5.1')],
      [26, 'registry', undefined, image('registry:3.0.0', 'docker.io/library/registry:3.0.0', '3.0.0')],
      [27, 'buildkit', undefined, image('moby/buildkit:v0.32.1', 'docker.io/moby/buildkit:v0.32.1', 'v0.32.1')],
      [28, 'compose', undefined, image('docker/compose-bin:v5.1.0', 'docker.io/docker/compose-bin:v5.1.0', 'v5.1.0')],
      [29, 'undock', undefined, image('crazymax/undock:0.9.0', 'docker.io/crazymax/undock:0.9.0', '0.9.0')],
      [31, 'gobase', undefined, stage('golatest', 1)],
    ]);
    expect(got.slice(16, 26)).toEqual<Row[]>([
      [99, 'test', undefined, stage('gobase', 12)],
      [107, 'test-coverage', undefined, { kind: 'scratch' }],
      [110, 'binaries-unix', undefined, { kind: 'scratch' }],
      [113, 'binaries-darwin', undefined, stage('binaries-unix', 18)],
      [114, 'binaries-freebsd', undefined, stage('binaries-unix', 18)],
      [115, 'binaries-linux', undefined, stage('binaries-unix', 18)],
      [116, 'binaries-netbsd', undefined, stage('binaries-unix', 18)],
      [117, 'binaries-openbsd', undefined, stage('binaries-unix', 18)],
      [119, 'binaries-windows', undefined, { kind: 'scratch' }],
      [
        122,
        'binaries',
        undefined,
        {
          kind: 'unresolved',
          written: 'binaries-$TARGETOS',
          reason: "the FROM on line 122 cannot be resolved: TARGETOS is set by the build's platform; pass it in build-args to resolve this FROM",
        },
      ],
    ]);
    expect(got.slice(28)).toEqual<Row[]>([
      [160, 'releaser', '$BUILDPLATFORM', image('alpine:3.23', 'docker.io/library/alpine:3.23', '3.23')],
      [170, 'release', undefined, { kind: 'scratch' }],
      [174, 'dockerd-release', undefined, image('docker:29.6', 'docker.io/library/docker:29.6', '29.6')],
      [175, 'shell', undefined, image('alpine:3.23', 'docker.io/library/alpine:3.23', '3.23')],
      [187, undefined, undefined, stage('binaries', 25)],
    ]);
    // The final stage's base cannot be known without the target OS: it stops at the unresolved FROM.
    expect(baseOfFinalStage(analysis)?.line).toBe(122);
  });

  it('buildx: with TARGETOS as a build-arg the final stage resolves through three stages to scratch', () => {
    const analysis = analyzeDockerfile(fixture('docker-buildx.Dockerfile'), 'Dockerfile', { TARGETOS: 'linux' });
    expect(analysis.stages[25]?.from).toEqual(stage('binaries-linux', 21));
    const base = baseOfFinalStage(analysis);
    expect([base?.line, base?.name, base?.from]).toEqual([110, 'binaries-unix', { kind: 'scratch' }]);
  });

  it('prometheus: quoted global ARG defaults interpolated into the repository name', () => {
    const name = 'prometheus.Dockerfile';
    const text = fixture(name);
    const analysis = analyzeDockerfile(text, name, {});
    expectLinesMatchText(text, analysis);
    const written = 'quay.io/prometheus/busybox-linux-amd64:latest';
    expect(rows(analysis)).toEqual<Row[]>([[3, undefined, undefined, image(written, written, 'latest')]]);
    expect(analyzeDockerfile(text, name, { ARCH: 'arm64' }).stages[0]?.from).toMatchObject({
      reference: 'quay.io/prometheus/busybox-linux-arm64:latest',
    });
  });

  it('dotnet: the backtick escape directive, and an ARG before the tag', () => {
    const name = 'dotnet-framework-sdk-4.8.1-windowsservercore-ltsc2022.Dockerfile';
    const text = fixture(name);
    const analysis = analyzeDockerfile(text, name, {});
    expectLinesMatchText(text, analysis);
    const written = 'mcr.microsoft.com/dotnet/framework/runtime:4.8.1-20260714-windowsservercore-ltsc2022';
    expect(rows(analysis)).toEqual<Row[]>([[4, undefined, undefined, image(written, written, '4.8.1-20260714-windowsservercore-ltsc2022')]]);
  });

  it('policy-controller fancy_from: a licence header, a constant --platform, no tag', () => {
    const name = 'policy-controller-fancy_from.Dockerfile';
    const text = fixture(name);
    const analysis = analyzeDockerfile(text, name, {});
    expectLinesMatchText(text, analysis);
    const written = 'ghcr.io/chainguard-images/alpine-base';
    expect(rows(analysis)).toEqual<Row[]>([[15, 'base', 'linux/amd64', image(written, written)]]);
  });
});
