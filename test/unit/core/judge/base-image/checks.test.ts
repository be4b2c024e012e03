import { describe, expect, it } from 'vitest';
import { currentCheck } from '../../../../../src/core/judge/base-image/current-check.js';
import { pinSuggestion } from '../../../../../src/core/judge/base-image/pin-suggestion.js';
import { provenCheck } from '../../../../../src/core/judge/base-image/proven-check.js';
import type { ResolvedBaseFacts } from '../../../../../src/core/model/base-image.js';

const D = (c: string): string => `sha256:${c.repeat(64)}`;
const OLD = D('a');
const NEW = D('b');
const NAME = 'ghcr.io/acme/base:1.2.3';
const NOW = new Date('2025-03-11T12:00:00Z');

function facts(overrides: Partial<ResolvedBaseFacts>): ResolvedBaseFacts {
  return { written: NAME, line: 5, newerTags: [], unknown: {}, ...overrides };
}

describe('currentCheck', () => {
  const outdated = { written: `${NAME}@${OLD}`, pinnedDigest: OLD, digest: OLD, currentDigest: NEW };
  it.each([
    [
      'unpinned',
      facts({ currentDigest: NEW, digest: NEW }),
      30,
      'pass',
      `${NAME} is not pinned, so it is whatever ${NAME} points to at build time (now ${NEW})`,
    ],
    [
      'pinned and current',
      facts({ written: `${NAME}@${OLD}`, pinnedDigest: OLD, currentDigest: OLD }),
      30,
      'pass',
      `${NAME}@${OLD} is current: ${NAME} still points to the pinned digest`,
    ],
    [
      'outdated within the limit',
      facts({ ...outdated, createdOfCurrent: '2025-03-01T12:00:00Z' }),
      30,
      'pass',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, since 2025-03-01T12:00:00.000Z (10 days ago); it fails once that is 30 days ago`,
    ],
    [
      'outdated past the limit',
      facts({ ...outdated, createdOfCurrent: '2025-03-01T12:00:00Z' }),
      9,
      'fail',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, since 2025-03-01T12:00:00.000Z (10 days ago), the limit is 9 days`,
    ],
    // max-age-days N fails once the newer digest is N days old (README, schema): on the day, not a day later.
    [
      'outdated exactly at the limit',
      facts({ ...outdated, createdOfCurrent: '2025-03-01T12:00:00Z' }),
      10,
      'fail',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, since 2025-03-01T12:00:00.000Z (10 days ago), the limit is 10 days`,
    ],
    [
      'outdated a day within the limit',
      facts({ ...outdated, createdOfCurrent: '2025-03-01T12:00:01Z' }),
      10,
      'pass',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, since 2025-03-01T12:00:01.000Z (9 days ago); it fails once that is 10 days ago`,
    ],
    [
      'outdated today, limit 0',
      facts({ ...outdated, createdOfCurrent: '2025-03-11T11:00:00Z' }),
      0,
      'fail',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, since 2025-03-11T11:00:00.000Z (0 days ago), the limit is 0 days`,
    ],
    [
      'outdated, no limit',
      facts({ ...outdated, createdOfCurrent: '2025-03-10T12:00:00Z' }),
      undefined,
      'pass',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, since 2025-03-10T12:00:00.000Z (1 day ago); only reported, no maximum age is set`,
    ],
    [
      'outdated, date unreadable, with a limit',
      facts({ ...outdated, createdOfCurrent: 'yesterday' }),
      7,
      'unknown',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, but its age cannot be checked against the 7-day limit: its config's "created" date "yesterday" is not a date`,
    ],
    [
      'outdated, date missing, no limit',
      facts({ ...outdated, unknown: { current: 'no created date' } }),
      undefined,
      'pass',
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}; since when is not known (no created date); only reported, no maximum age is set`,
    ],
    [
      'tag not resolvable',
      facts({ pinnedDigest: OLD, unknown: { current: 'Base image x (line 5): 404' } }),
      30,
      'unknown',
      'Base image x (line 5): 404',
    ],
    [
      'digest-only FROM',
      facts({ written: `ghcr.io/acme/base@${OLD}`, pinnedDigest: OLD, unknown: { current: 'names no tag' } }),
      30,
      'unknown',
      'names no tag',
    ],
  ] as const)('%s → %s', (_name, input, maxAgeDays, status, message) => {
    const check = currentCheck(input, maxAgeDays, NOW);
    expect(check).toMatchObject({ rule: 'current', status, line: 5, image: input.written, message });
    expect(check.suggestion).toBe(input.currentDigest === undefined || input.currentDigest === input.pinnedDigest ? undefined : `${NAME}@${NEW}`);
  });
});

describe('provenCheck', () => {
  const base = [D('1'), D('2')];
  it.each([
    ['image begins with the base', base, [D('1'), D('2'), D('3')], 'pass', "begins with the base's 2 layers and adds 1 of its own"],
    ['image is the base', base, base, 'pass', "begins with the base's 2 layers and adds 0 of its own"],
    ['second layer differs', base, [D('1'), D('9'), D('3')], 'fail', `its layer 2 is ${D('9')}, the base's is ${D('2')}`],
    ['first layer differs', base, [D('9'), D('2')], 'fail', `its layer 1 is ${D('9')}, the base's is ${D('1')}`],
    ['base longer than the image', base, [D('1')], 'fail', 'the base has 2 layers, the image only 1'],
    ['image layers unknown', base, undefined, 'unknown', "The image's layers are not known"],
  ] as const)('%s → %s', (_name, baseDiffIds, imageDiffIds, status, message) => {
    const check = provenCheck(facts({ diffIds: [...baseDiffIds] }), imageDiffIds);
    expect(check).toMatchObject({ rule: 'proven', status, line: 5, image: NAME });
    expect(check.message).toContain(message);
  });

  it('is unknown with the reason the base layers could not be read', () => {
    const reason = `Base image ${NAME} (line 5): Image ${NAME} has no linux/s390x variant (it has: linux/amd64)`;
    expect(provenCheck(facts({ unknown: { diffIds: reason } }), [D('1')])).toMatchObject({ status: 'unknown', message: reason });
  });
});

describe('pinSuggestion', () => {
  it.each([
    ['alpine:3.19', D('c'), `alpine:3.19@${D('c')}`],
    [`alpine:3.19@${OLD}`, NEW, `alpine:3.19@${NEW}`],
    ['127.0.0.1:5000/base/busybox:1.36.1', NEW, `127.0.0.1:5000/base/busybox:1.36.1@${NEW}`],
    ['alpine', NEW, `alpine@${NEW}`],
    ['alpine:3.19', undefined, undefined],
  ] as const)('%s now at %s → %s', (written, currentDigest, expected) => {
    expect(pinSuggestion({ written, ...(currentDigest !== undefined && { currentDigest }) })).toBe(expected);
  });
});
