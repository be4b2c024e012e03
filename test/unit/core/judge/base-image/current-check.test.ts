import { describe, expect, it } from 'vitest';
import { currentCheck } from '../../../../../src/core/judge/base-image/current-check.js';

/** The facts currentCheck reads, by its own signature (they come from the registry look-up). */
type Facts = Parameters<typeof currentCheck>[0];

const D = (c: string): string => `sha256:${c.repeat(64)}`;
const OLD = D('a');
const NEW = D('b');
const NAME = 'ghcr.io/acme/base:1.2.3';
const NOW = new Date('2025-03-11T12:00:00Z');
const OUTDATED: Facts = { written: `${NAME}@${OLD}`, line: 5, newerTags: [], unknown: {}, pinnedDigest: OLD, digest: OLD, currentDigest: NEW };

describe('currentCheck without a reason from the look-up', () => {
  // resolveBaseFacts always gives one today; the rule must still say what is missing, never pass, without it.
  it('a tag that was not resolved is unknown, naming the base', () => {
    const check = currentCheck({ written: NAME, line: 5, newerTags: [], unknown: {} }, 30, NOW);
    expect(check).toEqual({
      rule: 'current',
      status: 'unknown',
      line: 5,
      image: NAME,
      message: `${NAME}: what its tag points to now is not known`,
    });
  });

  it('an outdated base with no creation date says so: unknown with a limit, reported only without one', () => {
    const limited = currentCheck(OUTDATED, 7, NOW);
    expect(limited.status).toBe('unknown');
    expect(limited.message).toBe(
      `${NAME}@${OLD} is outdated: ${NAME} now points to ${NEW}, but its age cannot be checked against the 7-day limit: its creation date is not known`,
    );
    const unlimited = currentCheck(OUTDATED, undefined, NOW);
    expect(unlimited.status).toBe('pass');
    expect(unlimited.message).toContain('since when is not known (its creation date is not known); only reported');
    expect([limited.suggestion, unlimited.suggestion]).toEqual([`${NAME}@${NEW}`, `${NAME}@${NEW}`]);
  });
});

describe('currentCheck with a one-day limit', () => {
  const since = '2025-03-10T12:00:00Z';
  it.each([
    ['a day old: fails', '2025-03-10T12:00:00Z', 'fail', `(1 day ago), the limit is 1 day`],
    ['hours old: passes, and says when it will fail', '2025-03-11T06:00:00Z', 'pass', `(0 days ago); it fails once that is 1 day ago`],
  ] as const)('%s', (_name, createdOfCurrent, status, ending) => {
    const check = currentCheck({ ...OUTDATED, createdOfCurrent }, 1, NOW);
    expect(check.status).toBe(status);
    expect(check.message.endsWith(ending)).toBe(true);
    expect(check.message).not.toContain('1 days');
  });

  it('counts whole days only, never less than 0 for a date in the future', () => {
    expect(currentCheck({ ...OUTDATED, createdOfCurrent: since }, 2, NOW).message).toContain('(1 day ago); it fails once that is 2 days ago');
    const future = currentCheck({ ...OUTDATED, createdOfCurrent: '2025-03-12T12:00:00Z' }, 1, NOW);
    expect(future).toMatchObject({ status: 'pass' });
    expect(future.message).toContain('(0 days ago)');
  });
});
