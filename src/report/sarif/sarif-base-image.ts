import { createHash } from 'node:crypto';
import type { BaseRule } from '../../core/model/base-image.js';
import type { GateResult } from '../../core/model/result.js';
import type { Severity } from '../../core/model/severity.js';
import type { JudgedBaseCheck } from '../../core/model/verdict.js';
import { effectText, RULE_NAMES } from '../text/base-image-text.js';
import { singleLine, truncate } from '../summary/markdown.js';
import type { SarifReportingDescriptor, SarifResult } from './sarif-log.js';

/**
 * SARIF results for base-image checks: one per check that fails or warns, rule id
 * `base-image/<rule>`, located at the Dockerfile's FROM line the check is about. The fingerprint
 * hashes the image repository, the rule and the FROM's image as written, not the line, so moving
 * the FROM does not reopen the alert.
 */

/** How code scanning ranks each rule: the ones about who built the base high, hygiene medium. */
const SEVERITY: Record<BaseRule, Severity> = {
  pinned: 'MEDIUM',
  approved: 'HIGH',
  signed: 'HIGH',
  current: 'MEDIUM',
  proven: 'HIGH',
  provenance: 'HIGH',
};

const HELP: Record<BaseRule, string> = {
  pinned: 'Name the base image by digest (FROM image:tag@sha256:…) so every build uses exactly the base that was reviewed.',
  approved: "Use a base image the policy's base-image.allow patterns admit and its deny patterns do not name.",
  signed: 'Use a base image signed by a signer the policy trusts (base-image.signed).',
  current: 'The base tag now points to a newer image: update the pinned digest to pick up its fixes.',
  proven: "The image's layers must begin with the declared base's layers: build on the base the Dockerfile names.",
  provenance: 'The SLSA provenance or the base-image annotations name a different base than the Dockerfile: find out which is right.',
};

export function baseSarifRule(rule: BaseRule): SarifReportingDescriptor {
  const id = `base-image/${rule}`;
  return {
    id,
    name: `BaseImage${rule[0]?.toUpperCase() ?? ''}${rule.slice(1)}`,
    shortDescription: { text: `Base image ${RULE_NAMES[rule]}` },
    fullDescription: { text: `The base image must be ${RULE_NAMES[rule]}.` },
    help: { text: HELP[rule] },
    defaultConfiguration: { level: 'error' },
    properties: {
      // GitHub's band defaults, as sarif.ts's securitySeverity gives them for findings without a score.
      'security-severity': SEVERITY[rule] === 'HIGH' ? '7.0' : '5.5',
      tags: ['security', 'base-image', rule],
      precision: 'very-high',
    },
  };
}

/** The checks SARIF reports: those that fail or warn. */
export function reportableBaseChecks(result: GateResult): JudgedBaseCheck[] {
  return (result.verdict.baseImage?.checks ?? []).filter((c) => c.effect === 'fail' || c.effect === 'warn');
}

export function baseSarifResult(
  check: JudgedBaseCheck,
  ruleIndex: number,
  result: GateResult,
  where: { uri: string; line: number },
  fingerprintKey: string,
): SarifResult {
  const line = result.dockerfile === undefined ? where.line : Math.max(1, check.line);
  const suggestion = check.suggestion === undefined ? '' : ` Suggestion: ${check.suggestion}.`;
  const { repository, platform } = result.subject;
  const imageName = platform === undefined ? repository : `${repository} (${platform.name})`;
  const text = `Base image ${check.image} (FROM on line ${check.line}) is not ${RULE_NAMES[check.rule]}: ${check.message} (${effectText(check)}). Image: ${imageName}.${suggestion}`;
  const identity = JSON.stringify([result.subject.repository, 'base-image', check.rule, check.image]);
  return {
    ruleId: `base-image/${check.rule}`,
    ruleIndex,
    level: check.effect === 'fail' ? 'error' : 'warning',
    message: { text: truncate(singleLine(text), 2_000) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: line } },
        message: { text: truncate(singleLine(`FROM ${check.image}`), 1_000) },
      },
    ],
    partialFingerprints: { [fingerprintKey]: createHash('sha256').update(identity).digest('hex') },
    properties: {
      severity: SEVERITY[check.rule],
      status: check.effect === 'fail' ? 'violation' : 'allowed',
      kind: 'base-image',
      check: { rule: check.rule, status: check.status, effect: check.effect },
    },
  };
}
