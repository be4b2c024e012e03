import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BaseCheck, BaseImagePolicy } from '../../../../../src/core/model/base-image.js';
import { approvedChecks, matchesImagePattern, pinnedChecks } from '../../../../../src/core/judge/base-image/dockerfile-rules.js';
import { analyzeDockerfile } from '../../../../../src/adapters/dockerfile/analyze.js';

const DIGEST = 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';

function policy(overrides: Partial<BaseImagePolicy> = {}): BaseImagePolicy {
  return {
    pinned: 'fail',
    allow: [],
    deny: [],
    signed: { mode: 'off', identities: [], keys: [] },
    proven: 'off',
    unknown: 'fail',
    ...overrides,
  };
}

const analyze = (text: string) => analyzeDockerfile(text, 'Dockerfile', {});
const summary = (checks: BaseCheck[]) => checks.map((c) => [c.rule, c.line, c.image, c.status]);

describe('pinnedChecks', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['a digest passes', `FROM alpine@${DIGEST}\n`, [['pinned', 1, `alpine@${DIGEST}`, 'pass']]],
    ['a tag and a digest pass', `FROM alpine:3.20@${DIGEST}\n`, [['pinned', 1, `alpine:3.20@${DIGEST}`, 'pass']]],
    ['a tag alone fails', 'FROM alpine:3.20\n', [['pinned', 1, 'alpine:3.20', 'fail']]],
    ['no tag fails', 'FROM ghcr.io/acme/base\n', [['pinned', 1, 'ghcr.io/acme/base', 'fail']]],
    ['scratch needs no digest', 'FROM scratch\n', []],
    ['a stage reference needs no digest', `FROM alpine@${DIGEST} AS a\nFROM a\nFROM 0\n`, [['pinned', 1, `alpine@${DIGEST}`, 'pass']]],
    [
      'an unpinned build stage counts',
      `FROM golang:1.26 AS build\nFROM alpine@${DIGEST}\n`,
      [
        ['pinned', 1, 'golang:1.26', 'fail'],
        ['pinned', 2, `alpine@${DIGEST}`, 'pass'],
      ],
    ],
    ['an undefined ARG is unknown, not a pass', 'ARG BASE\nFROM $BASE\n', [['pinned', 2, '$BASE', 'unknown']]],
    ['an ARG holding a digest passes', `ARG BASE=alpine@${DIGEST}\nFROM $BASE\n`, [['pinned', 2, `alpine@${DIGEST}`, 'pass']]],
  ])('%s', (_case, text, expected) => {
    expect(summary(pinnedChecks(analyze(text), policy()))).toEqual(expected);
  });

  it('says what to do about an unpinned FROM and leaves the exact digest to the registry check', () => {
    const [check] = pinnedChecks(analyze('FROM node:24\n'), policy());
    expect(check).toEqual({
      rule: 'pinned',
      status: 'fail',
      line: 1,
      image: 'node:24',
      message: 'node:24 (line 1) is not pinned: pin it to the digest of the image you tested (node:24@sha256:…) so every build uses the same base',
    });
    expect(check?.suggestion).toBeUndefined();
  });

  it('says why a FROM is unresolved in an unknown check, by its line', () => {
    const [check] = pinnedChecks(analyze('FROM alpine:${V}\n'), policy());
    expect(check?.message).toBe(
      'Cannot tell whether the FROM on line 1 is pinned: the FROM on line 1 cannot be resolved: it uses a variable that no ARG before the first FROM declares',
    );
  });

  it.each(['fail', 'warn'] as const)('reports a failure when pinned is %s (the gate decides what it costs)', (pinned) => {
    expect(pinnedChecks(analyze('FROM alpine\n'), policy({ pinned })).map((c) => c.status)).toEqual(['fail']);
  });

  it('checks nothing when pinned is off', () => {
    expect(pinnedChecks(analyze('FROM alpine\nFROM $X\n'), policy({ pinned: 'off' }))).toEqual([]);
  });

  it('on the real argo-cd Dockerfile every external FROM is pinned', () => {
    const text = readFileSync(new URL('../../../../fixtures/dockerfiles/argoproj-argo-cd.Dockerfile', import.meta.url), 'utf8');
    expect(pinnedChecks(analyzeDockerfile(text, 'Dockerfile', {}), policy()).map((c) => [c.line, c.status])).toEqual([
      [7, 'pass'],
      [38, 'pass'],
      [102, 'pass'],
      [122, 'pass'],
    ]);
  });

  it('on the real buildx Dockerfile, tags fail, scratch and stages are skipped, $TARGETOS is unknown', () => {
    const text = readFileSync(new URL('../../../../fixtures/dockerfiles/docker-buildx.Dockerfile', import.meta.url), 'utf8');
    const checks = pinnedChecks(analyzeDockerfile(text, 'Dockerfile', {}), policy());
    expect(checks.map((c) => c.line)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 122, 160, 174, 175]);
    expect(checks.filter((c) => c.status !== 'fail').map((c) => [c.line, c.status])).toEqual([[122, 'unknown']]);
  });
});

describe('matchesImagePattern', () => {
  it.each<[string, string, boolean]>([
    ['docker.io/library/*', 'docker.io/library/alpine:3.20', true],
    ['docker.io/library/*', 'docker.io/acme/alpine:3.20', false],
    ['docker.io/library/*', 'docker.io/library/a/b:1', false],
    ['*:latest', 'docker.io/library/alpine:latest', true],
    ['*:latest', 'ghcr.io/acme/tools/base:latest', true],
    ['*:latest', 'docker.io/library/alpine:latest-slim', false],
    ['*:latest', 'docker.io/library/alpine:3.20', false],
    ['cgr.dev/chainguard/**', 'cgr.dev/chainguard/static:latest', true],
    ['cgr.dev/chainguard/**', 'cgr.dev/chainguard/sub/path:1', true],
    ['cgr.dev/chainguard/**', 'cgr.dev/chainguardian/static:1', false],
    ['docker.io/library/alpine', 'docker.io/library/alpine:3.20', true],
    ['docker.io/library/alpine', 'docker.io/library/alpine-foo:3.20', false],
    ['docker.io/library/alpine:3.*', 'docker.io/library/alpine:3.20', true],
    ['docker.io/library/alpine:3.*', 'docker.io/library/alpine:4.0', false],
    ['alpine:*', 'quay.io/mirror/alpine:3.20', true],
    ['docker.io/library/alpine@sha256:*', `docker.io/library/alpine@${DIGEST}`, true],
    ['localhost:5000/**', 'localhost:5000/base:1', true],
    ['ghcr.io/acme/base:1.?', 'ghcr.io/acme/base:1.2', true],
    ['ghcr.io/acme/base:1.?', 'ghcr.io/acme/base:1.20', false],
    ['ghcr.io/acme/base+x', 'ghcr.io/acme/basex', false],
    // A glob is escaped, never wrapped raw: regular-expression syntax in it cannot unanchor the match.
    ['a)|(b', 'docker.io/evil/b:1', false],
    ['ghcr.io/acme/app)|(.*', 'docker.io/evil/anything:1', false],
    ['ghcr.io/acme/[ab]', 'ghcr.io/acme/a:1', false],
  ])('%s against %s → %s', (pattern, subject, expected) => {
    expect(matchesImagePattern(pattern, subject)).toBe(expected);
  });
});

describe('approvedChecks', () => {
  const text = [
    `FROM golang:1.26@${DIGEST} AS build`,
    'FROM ghcr.io/acme/base',
    `FROM cgr.dev/chainguard/static@${DIGEST}`,
    'FROM build',
    'FROM scratch',
    'FROM $UNDECLARED',
  ].join('\n');

  it.each<[string, Partial<BaseImagePolicy>, [number, string][]]>([
    ['no patterns: the rule is not in use', {}, []],
    [
      'deny :latest (implicit latest counts; a tag+digest is judged by its tag; digest-only has no tag)',
      { deny: ['*:latest'] },
      [
        [1, 'pass'],
        [2, 'fail'],
        [3, 'pass'],
        [6, 'unknown'],
      ],
    ],
    [
      'an allow list: anything else fails, build stages included',
      { allow: ['cgr.dev/chainguard/**', 'ghcr.io/acme/*'] },
      [
        [1, 'fail'],
        [2, 'pass'],
        [3, 'pass'],
        [6, 'unknown'],
      ],
    ],
    [
      'deny wins over allow',
      { allow: ['**'], deny: ['ghcr.io/acme/**'] },
      [
        [1, 'pass'],
        [2, 'fail'],
        [3, 'pass'],
        [6, 'unknown'],
      ],
    ],
    [
      'a repository pattern without a tag matches every tag',
      { allow: ['docker.io/library/golang', 'ghcr.io/acme/base', 'cgr.dev/**'] },
      [
        [1, 'pass'],
        [2, 'pass'],
        [3, 'pass'],
        [6, 'unknown'],
      ],
    ],
  ])('%s', (_case, overrides, expected) => {
    expect(approvedChecks(analyze(text), policy(overrides)).map((c) => [c.line, c.status])).toEqual(expected);
  });

  it('names the FROM as written (and a missing tag as latest) and the pattern in its messages', () => {
    const checks = approvedChecks(analyze(text), policy({ allow: ['cgr.dev/chainguard/**'], deny: ['*:latest'] }));
    expect(checks.map((c) => c.message)).toEqual([
      `golang:1.26@${DIGEST} (line 1) is not approved: it matches none of the allowed patterns ("cgr.dev/chainguard/**")`,
      'ghcr.io/acme/base (line 2, no tag: latest) is denied by the pattern "*:latest"',
      `cgr.dev/chainguard/static@${DIGEST} is allowed by the pattern "cgr.dev/chainguard/**"`,
      'Cannot tell whether the FROM on line 6 is approved: the FROM on line 6 cannot be resolved: it uses a variable that no ARG before the first FROM declares',
    ]);
    expect(checks.every((c) => c.rule === 'approved' && c.suggestion === undefined)).toBe(true);
    expect(checks.map((c) => c.image)).toEqual([`golang:1.26@${DIGEST}`, 'ghcr.io/acme/base', `cgr.dev/chainguard/static@${DIGEST}`, '$UNDECLARED']);
  });

  it('names a passing FROM as written too, never in its normalised form', () => {
    const denyOnly = approvedChecks(analyze(text), policy({ deny: ['docker.io/library/alpine:*'] }));
    expect(denyOnly.slice(0, 3).map((c) => c.message)).toEqual([
      `golang:1.26@${DIGEST} is not denied`,
      'ghcr.io/acme/base (no tag: latest) is not denied',
      `cgr.dev/chainguard/static@${DIGEST} is not denied`,
    ]);
    const allowed = approvedChecks(analyze(text), policy({ allow: ['docker.io/library/golang:1.*', 'ghcr.io/acme/*'] }));
    expect(allowed.slice(0, 2).map((c) => c.message)).toEqual([
      `golang:1.26@${DIGEST} is allowed by the pattern "docker.io/library/golang:1.*"`,
      'ghcr.io/acme/base (no tag: latest) is allowed by the pattern "ghcr.io/acme/*"',
    ]);
  });
});
