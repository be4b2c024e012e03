import type { BaseImageFacts } from '../../core/model/base-image.js';
import { SEVERITIES, type Severity } from '../../core/model/severity.js';
import type { Attribution, JudgedBaseCheck } from '../../core/model/verdict.js';

/** Shared wording of the base-image parts of every report. */

export const RULE_NAMES: Record<JudgedBaseCheck['rule'], string> = {
  pinned: 'pinned to a digest',
  approved: 'approved by the allow/deny lists',
  signed: 'signed by a trusted signer',
  current: 'current (its tag has not moved on)',
  proven: "proven (the image's layers begin with the base's)",
  provenance: 'consistent with the provenance',
};

/**
 * The base's normalised reference when the Dockerfile spells it otherwise (`golang:1.22` is
 * docker.io/library/golang:1.22): each report gives it once, beside the FROM; every check names the base as written.
 */
export function normalizedName(facts: Pick<BaseImageFacts, 'written' | 'normalized'>): string | undefined {
  return facts.normalized === undefined || facts.normalized === facts.written ? undefined : facts.normalized;
}

export function effectText(check: JudgedBaseCheck): string {
  switch (check.effect) {
    case 'pass':
      return 'pass';
    case 'off':
      return `${check.status}, not checked by the policy`;
    case 'warn':
      return check.status === 'unknown' ? 'unknown (reported only)' : 'fail (reported only)';
    case 'fail':
      return check.status === 'unknown' ? 'unknown (fails: could not be checked)' : 'fail';
  }
}

export function effectMark(check: JudgedBaseCheck): 'OK' | 'FAIL' | 'WARN' | 'OFF' {
  return check.effect === 'pass' ? 'OK' : check.effect === 'fail' ? 'FAIL' : check.effect === 'warn' ? 'WARN' : 'OFF';
}

export function total(record: Record<Severity, number>): number {
  return SEVERITIES.reduce((sum, s) => sum + record[s], 0);
}

/** e.g. "12 inherited, 3 introduced, 0 of unknown origin (scope: introduced)". */
export function attributionLine(attribution: Attribution): string {
  const scope =
    attribution.scope === 'introduced'
      ? 'scope introduced: inherited vulnerabilities are reported, not counted'
      : 'scope all: every vulnerability counts';
  return (
    `${total(attribution.inherited)} inherited from the base image (${attribution.inheritedFixable} with a fix), ` +
    `${total(attribution.introduced)} introduced by the image's own layers, ${total(attribution.unknown)} of unknown origin; ${scope}`
  );
}
