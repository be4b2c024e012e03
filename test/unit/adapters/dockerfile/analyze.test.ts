import { describe, expect, it } from 'vitest';
import type { DockerfileAnalysis, DockerfileStage } from '../../../../src/core/model/base-image.js';
import { analyzeDockerfile, baseOfFinalStage } from '../../../../src/adapters/dockerfile/analyze.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const DIGEST = 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';

const analyze = (text: string, buildArgs: Record<string, string> = {}) => analyzeDockerfile(text, 'app/Dockerfile', buildArgs);
const stageAt = (analysis: DockerfileAnalysis, index: number): DockerfileStage => {
  const found = analysis.stages[index];
  if (!found) throw new Error(`no stage ${String(index)}`);
  return found;
};

describe('analyzeDockerfile', () => {
  it('honours the backtick escape directive: continuations and escaped characters', () => {
    const text = '# escape=`\n\nARG TAG=3.20\nFROM --platform=linux/amd64 `\n  alpine:${TAG} `\n  AS build\nRUN echo C:\\path\nFROM build\n';
    const analysis = analyze(text);
    expect(analysis.stages.map((s) => [s.line, s.name, s.platform, s.from])).toEqual([
      [4, 'build', 'linux/amd64', { kind: 'image', written: 'alpine:3.20', reference: 'docker.io/library/alpine:3.20', tag: '3.20' }],
      [8, undefined, undefined, { kind: 'stage', written: 'build', stage: 0 }],
    ]);
  });

  it('under the backtick escape a backslash is an ordinary character, not a continuation', () => {
    // With escape=` the trailing "\" does not join the lines, so "AS x" is a separate (unknown) instruction.
    const error = thrownGateError(() => analyze('# escape=`\nFROM alpine \\\nAS x\n'));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(
      'Dockerfile app/Dockerfile line 3, column 1: unknown instruction (expected a Dockerfile instruction such as FROM, ARG, RUN or COPY)',
    );
  });

  it('joins a FROM continued over lines, skipping comment lines inside it, and reports its first line', () => {
    const text = 'FROM \\\n  # the base\n  --platform=linux/arm64 \\\n\n  busybox@' + DIGEST + ' \\\n  as Final\n';
    const [only] = analyze(text).stages;
    expect(only).toEqual({
      index: 0,
      line: 1,
      name: 'final',
      platform: 'linux/arm64',
      from: { kind: 'image', written: `busybox@${DIGEST}`, reference: `docker.io/library/busybox@${DIGEST}`, digest: DIGEST },
    });
  });

  it('build-args override global ARG defaults, and defaults can use earlier ARGs', () => {
    const text = 'ARG REGISTRY=ghcr.io\nARG NAME=${REGISTRY}/acme/base\nARG TAG=1\nFROM $NAME:${TAG}\n';
    expect(stageAt(analyze(text), 0).from).toMatchObject({ written: 'ghcr.io/acme/base:1' });
    expect(stageAt(analyze(text, { TAG: '2', REGISTRY: 'quay.io' }), 0).from).toMatchObject({
      written: 'quay.io/acme/base:2',
      reference: 'quay.io/acme/base:2',
      tag: '2',
    });
  });

  it('a build-arg for an ARG declared only inside a stage does not reach FROM', () => {
    const text = 'FROM alpine AS a\nARG BASE=debian\nFROM ${BASE}\n';
    const from = stageAt(analyze(text, { BASE: 'debian' }), 1).from;
    expect(from).toEqual({
      kind: 'unresolved',
      written: '${BASE}',
      reason: 'the FROM on line 3 cannot be resolved: it uses a variable that no ARG before the first FROM declares',
    });
  });

  it.each([
    [
      'an ARG without a default or build-arg',
      'ARG BASE\nFROM $BASE\n',
      'the FROM on line 2 cannot be resolved: the ARG on line 1 has no default and no build-arg',
    ],
    [
      'an ARG that is never declared',
      'FROM alpine:${VERSION}\n',
      'the FROM on line 1 cannot be resolved: it uses a variable that no ARG before the first FROM declares',
    ],
    [
      'an ARG whose default uses one without a value',
      'ARG V\nARG TAG=${V}-slim\nFROM debian:$TAG\n',
      'the FROM on line 3 cannot be resolved: the ARG on line 2 has no value: its default uses a variable that has none',
    ],
    ['an empty expansion', 'ARG EMPTY=""\nFROM $EMPTY\n', 'the FROM on line 2 expands to an empty image name'],
    ['${VAR:?message}', 'ARG B\nFROM ${B:?required}\n', 'the FROM on line 2: a ${…:?…} substitution stops the build: its variable has no value'],
    [
      'an unsupported substitution',
      'ARG B=x\nFROM ${B%x}\n',
      'the FROM on line 2: a substitution form that is not supported here (expected ${VAR}, ${VAR:-word}, ${VAR:+word} or ${VAR:?message})',
    ],
    [
      'an invalid reference',
      'ARG NAME=My/Image\nFROM $NAME\n',
      'the FROM on line 2 does not name a valid image (expected [registry/]repository[:tag][@digest], lowercase)',
    ],
    [
      'a stage defined later',
      'FROM later\nFROM alpine AS later\n',
      'the FROM on line 1 names stage 1, defined later on line 2; a FROM can only build on an earlier stage',
    ],
  ])('is unresolved for %s, naming the ARG and the line', (_case, text, reason) => {
    const unresolved = analyze(text).stages.filter((s) => s.from.kind === 'unresolved');
    expect(unresolved.map((s) => s.from)).toEqual([expect.objectContaining({ kind: 'unresolved', reason })]);
  });

  it.each([
    ['${V:-3.20} when V is unset', 'ARG V\nFROM alpine:${V:-3.20}\n', {}, 'alpine:3.20'],
    ['${V:-3.20} when V is empty', 'ARG V=\nFROM alpine:${V:-3.20}\n', {}, 'alpine:3.20'],
    ['${V-3.20} when V is empty', 'ARG V=\nFROM alpine${V-:3.20}\n', {}, 'alpine'],
    ['${V:-3.20} when V is set', 'ARG V\nFROM alpine:${V:-3.20}\n', { V: '3.19' }, 'alpine:3.19'],
    ['${D:+@…} when D is unset', 'ARG D\nFROM alpine${D:+@$D}\n', {}, 'alpine'],
    ['${D:+@…} when D is set', 'ARG D\nFROM alpine${D:+@$D}\n', { D: DIGEST }, `alpine@${DIGEST}`],
    ['quotes and $VAR', 'ARG V="3.20"\nFROM "alpine":$V\n', {}, 'alpine:3.20'],
    ['single quotes keep $ literal, so the name is invalid', "ARG V=1\nFROM 'alpine:$V'\n", {}, 'alpine:$V'],
    ['an escaped $', 'ARG V=1\nFROM alpine\\$V\n', {}, 'alpine$V'],
  ])('substitutes %s as BuildKit does', (_case, text, buildArgs, written) => {
    const from = stageAt(analyze(text, buildArgs), 0).from;
    expect('written' in from ? from.written : undefined).toBe(written);
  });

  it('treats FROM scratch as no base at all', () => {
    const analysis = analyze('FROM golang AS build\nFROM scratch\nCOPY --from=build /app /app\n');
    expect(stageAt(analysis, 1).from).toEqual({ kind: 'scratch' });
    expect(baseOfFinalStage(analysis)?.from).toEqual({ kind: 'scratch' });
  });

  it('follows stage references by index and by name, case-insensitively, with a lowercase "as"', () => {
    const text = 'FROM debian:12 as Base\nFROM 0 as middle\nFROM MIDDLE\n';
    const analysis = analyze(text);
    expect(analysis.stages.map((s) => [s.name, s.from])).toEqual([
      ['base', { kind: 'image', written: 'debian:12', reference: 'docker.io/library/debian:12', tag: '12' }],
      ['middle', { kind: 'stage', written: '0', stage: 0 }],
      [undefined, { kind: 'stage', written: 'MIDDLE', stage: 1 }],
    ]);
    expect(analysis.finalStage).toBe(2);
    expect(baseOfFinalStage(analysis)?.line).toBe(1);
  });

  it('COPY --from names a stage without making it a FROM', () => {
    const analysis = analyze('FROM alpine AS tools\nFROM busybox\nCOPY --from=tools /bin/sh /bin/sh\n');
    expect(analysis.stages).toHaveLength(2);
    expect(baseOfFinalStage(analysis)?.from).toMatchObject({ kind: 'image', written: 'busybox' });
  });

  it('keeps --platform=$BUILDPLATFORM as written unless build-args give it', () => {
    const text = 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nFROM --platform=${TARGETPLATFORM:-linux/amd64} alpine\n';
    expect(analyze(text).stages.map((s) => s.platform)).toEqual(['$BUILDPLATFORM', 'linux/amd64']);
    expect(analyze(text, { BUILDPLATFORM: 'linux/arm64', TARGETPLATFORM: 'linux/s390x' }).stages.map((s) => s.platform)).toEqual([
      'linux/arm64',
      'linux/s390x',
    ]);
  });

  it('a number that is not an earlier stage is an image name', () => {
    expect(stageAt(analyze('FROM 0\n'), 0).from).toMatchObject({ kind: 'image', reference: 'docker.io/library/0' });
  });

  it.each([
    ['no FROM', 'ARG X=1\n# nothing\n', 'Dockerfile app/Dockerfile has no FROM instruction'],
    ['an empty file', '', 'Dockerfile app/Dockerfile has no FROM instruction'],
    ['FROM without an image', 'FROM\n', 'Dockerfile app/Dockerfile line 1, column 1: FROM requires an image name'],
    ['two words', 'ARG A=1\nFROM alpine build\n', 'Dockerfile app/Dockerfile line 2, column 13: expected FROM <image> [AS <name>]'],
    ['AS without a name', 'FROM alpine AS\n', 'Dockerfile app/Dockerfile line 1, column 13: expected FROM <image> [AS <name>]'],
    [
      'an unknown flag',
      'FROM --pull=always alpine\n',
      'Dockerfile app/Dockerfile line 1, column 6: unknown flag on FROM (expected only --platform=<os>/<arch>)',
    ],
    [
      '--platform without a value',
      'FROM --platform alpine\n',
      'Dockerfile app/Dockerfile line 1, column 6: FROM --platform needs a value: --platform=<os>/<arch>',
    ],
    [
      'an invalid stage name',
      'FROM alpine AS 1st\n',
      'Dockerfile app/Dockerfile line 1, column 16: invalid stage name: expected it to start with a letter and contain only letters, digits, "-", "_" and "."',
    ],
    [
      'a duplicate stage name',
      'FROM alpine AS a\nRUN true\nFROM debian AS A\n',
      'Dockerfile app/Dockerfile line 3, column 16: duplicate stage name (first used on line 1)',
    ],
    [
      'an instruction before FROM',
      'ARG A=1\nRUN true\nFROM alpine\n',
      'Dockerfile app/Dockerfile line 2, column 1: RUN before the first FROM (only ARG may come before it)',
    ],
    [
      'an unknown instruction',
      'FROM alpine\nFORM debian\n',
      'Dockerfile app/Dockerfile line 2, column 1: unknown instruction (expected a Dockerfile instruction such as FROM, ARG, RUN or COPY)',
    ],
    [
      'an unterminated ${',
      'ARG A=${B\nFROM alpine\n',
      "Dockerfile app/Dockerfile line 1, column 5: the ARG's default: unexpected end of statement while looking for matching }",
    ],
    [
      'an unterminated quote in FROM',
      'FROM "alpine\n',
      'Dockerfile app/Dockerfile line 1, column 6: the image name: unexpected end of statement while looking for matching double-quote',
    ],
  ])('rejects a Dockerfile with %s, naming the file and the line', (_case, text, message) => {
    const error = thrownGateError(() => analyze(text));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(message);
  });
});
