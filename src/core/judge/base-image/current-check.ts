/**
 * The `current` rule: a pinned base whose tag has moved on is outdated since the day the newer image
 * was made (its config `created`). It fails once that is the policy's maximum age in whole days ago; before
 * that, or without a maximum, it passes with a message that says it is outdated. Pure.
 */
import type { BaseCheck, ResolvedBaseFacts } from '../../model/base-image.js';
import { pinSuggestion, withoutDigest } from './pin-suggestion.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function currentCheck(facts: ResolvedBaseFacts, maxAgeDays: number | undefined, now: Date): BaseCheck {
  const at = { rule: 'current' as const, line: facts.line, image: facts.written };
  const suggestion = pinSuggestion(facts);
  const withSuggestion = suggestion === undefined ? {} : { suggestion };
  const tagged = withoutDigest(facts.written);

  if (facts.currentDigest === undefined) {
    return { ...at, status: 'unknown', message: facts.unknown.current ?? `${facts.written}: what its tag points to now is not known` };
  }
  if (facts.pinnedDigest === undefined) {
    return {
      ...at,
      status: 'pass',
      message: `${facts.written} is not pinned, so it is whatever ${tagged} points to at build time (now ${facts.currentDigest})`,
      ...withSuggestion,
    };
  }
  if (facts.pinnedDigest === facts.currentDigest) {
    return { ...at, status: 'pass', message: `${facts.written} is current: ${tagged} still points to the pinned digest` };
  }

  const moved = `${facts.written} is outdated: ${tagged} now points to ${facts.currentDigest}`;
  const created = facts.createdOfCurrent === undefined ? Number.NaN : Date.parse(facts.createdOfCurrent);
  if (Number.isNaN(created)) {
    const why =
      facts.createdOfCurrent === undefined
        ? (facts.unknown.current ?? 'its creation date is not known')
        : `its config's "created" date ${JSON.stringify(facts.createdOfCurrent)} is not a date`;
    if (maxAgeDays === undefined) {
      return {
        ...at,
        status: 'pass',
        message: `${moved}; since when is not known (${why}); only reported, no maximum age is set`,
        ...withSuggestion,
      };
    }
    return {
      ...at,
      status: 'unknown',
      message: `${moved}, but its age cannot be checked against the ${String(maxAgeDays)}-day limit: ${why}`,
      ...withSuggestion,
    };
  }

  const days = Math.max(0, Math.floor((now.getTime() - created) / DAY_MS));
  const since = `${moved}, since ${new Date(created).toISOString()} (${String(days)} ${days === 1 ? 'day' : 'days'} ago)`;
  if (maxAgeDays === undefined) {
    return { ...at, status: 'pass', message: `${since}; only reported, no maximum age is set`, ...withSuggestion };
  }
  // max-age-days N: it fails once the newer digest is N whole days old (so 0 fails on the day it appears).
  if (days >= maxAgeDays) {
    return { ...at, status: 'fail', message: `${since}, the limit is ${String(maxAgeDays)} ${maxAgeDays === 1 ? 'day' : 'days'}`, ...withSuggestion };
  }
  return {
    ...at,
    status: 'pass',
    message: `${since}; it fails once that is ${String(maxAgeDays)} ${maxAgeDays === 1 ? 'day' : 'days'} ago`,
    ...withSuggestion,
  };
}
