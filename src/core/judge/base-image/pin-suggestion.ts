/** The exact reference to pin a base to, in the FROM's own spelling. Pure. */
import type { ResolvedBaseFacts } from '../../model/base-image.js';

/**
 * `name:tag@sha256:…` for what the FROM's tag points to now: the fix for an unpinned FROM, and the
 * update for an outdated one. Undefined when the tag could not be resolved (or there is none).
 */
export function pinSuggestion(facts: Pick<ResolvedBaseFacts, 'written' | 'currentDigest'>): string | undefined {
  if (facts.currentDigest === undefined) return undefined;
  return `${withoutDigest(facts.written)}@${facts.currentDigest}`;
}

/** The FROM's reference without its `@digest`: a digest never contains "@", a name never does either. */
export function withoutDigest(written: string): string {
  const at = written.indexOf('@');
  return at === -1 ? written : written.slice(0, at);
}
