import { describe, expect, it } from 'vitest';
import { newerTags } from '../../../../../src/core/judge/base-image/newer-tags.js';

const TAGS = [
  '1.36.1',
  '1.36.0',
  '1.36.2',
  '1.36.10',
  '1.37.0',
  '2.0.0',
  '1.36.1-glibc',
  '1.36.2-glibc',
  '1.37.0-uclibc',
  'latest',
  'stable',
  '1.36',
  '1.37',
  '1.4',
  '1',
  '2',
  'v1.36.1',
  'v1.40.0',
  '1.38.0-rc1',
  '1.36.2-alpine3.19',
  '1.36.3-alpine3.20',
  '1.36.4-alpine3.19',
  '20240101',
  'sha-abc123',
];

describe('newerTags', () => {
  it.each([
    ['1.36.1', ['1.37.0', '1.36.10', '1.36.2'], 'same major, no suffix, three parts; 1.36.10 sorts above 1.36.2'],
    ['1.36.1-glibc', ['1.36.2-glibc'], 'the variant suffix must match'],
    ['1.36.2-alpine3.19', ['1.36.4-alpine3.19'], 'a suffix with a version in it must match exactly'],
    ['1.36', ['1.37'], 'a floating minor is compared with two-part tags only'],
    ['1.4', ['1.37', '1.36'], '1.4 < 1.36 numerically, not lexically'],
    ['1', [], 'a major-only tag has nothing newer within its major'],
    ['v1.36.1', ['v1.40.0'], 'a v prefix is part of the line'],
    ['2.0.0', [], 'nothing newer'],
    ['1.37.0', [], '1.38.0-rc1 is another line (a prerelease), 2.0.0 another major'],
    ['latest', [], 'not a version'],
    ['sha-abc123', [], 'not a version'],
  ])('%s → %j (%s)', (current, expected) => {
    expect(newerTags(current, TAGS, 10)).toEqual(expected);
  });

  it('caps the list, keeping the newest', () => {
    expect(newerTags('1.36.1', TAGS, 2)).toEqual(['1.37.0', '1.36.10']);
    expect(newerTags('1.36.1', TAGS, 0)).toEqual([]);
  });

  it('lists a duplicated tag once', () => {
    expect(newerTags('1.0.0', ['1.0.1', '1.0.1'], 10)).toEqual(['1.0.1']);
  });
});
