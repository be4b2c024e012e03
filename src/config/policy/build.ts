import { MODE, SCOPE, THRESHOLD, thresholdOf } from '../enums.js';
import { configError } from '../../core/model/errors.js';
import { DEFAULT_POLICY, type IgnoreRule, type Policy } from '../../core/model/policy.js';
import { parseSeverity, type Severity } from '../../core/model/severity.js';
import { buildBaseImagePolicy, type BaseImageOverrides } from './build-base-image.js';
import { buildSignaturePolicy, type SignatureOverrides } from './build-signatures.js';
import { SEVERITY_NAMES, type PolicyFile } from './schema.js';

/**
 * The action's or CLI's inputs for the common settings, already parsed. Each one given wins over
 * the policy file; leave a field undefined when its input was not set (an empty list is a setting).
 */
export interface PolicyOverrides extends SignatureOverrides, BaseImageOverrides {
  mode?: Policy['mode'];
  failOnSeverity?: Severity | 'NONE';
  onlyFixed?: boolean;
  secretsFail?: boolean;
  misconfigFailOnSeverity?: Severity | 'NONE';
  forbidRoot?: boolean;
  /** Replaces the file's licenses.deny. */
  licensesDeny?: string[];
  /** vulnerabilities.scope. */
  scope?: Policy['vulnerabilities']['scope'];
}

/** Defaults, then the policy file, then the inputs. */
export function buildPolicy(file: PolicyFile | undefined, overrides: PolicyOverrides, source: string): Policy {
  const doc = file?.document ?? {};
  const vulnerabilities = doc.vulnerabilities ?? {};
  const maxCount: Partial<Record<Severity, number>> = {};
  for (const name of SEVERITY_NAMES) {
    const max = vulnerabilities['max-count']?.[name];
    if (max !== undefined) maxCount[toSeverity(name, source)] = max;
  }
  const fileThreshold = vulnerabilities['fail-on-severity'];
  const fileMisconfigThreshold = doc.misconfigurations?.['fail-on-severity'];
  return {
    mode: overrides.mode ?? toMode(doc.mode, source) ?? DEFAULT_POLICY.mode,
    vulnerabilities: {
      failOnSeverity:
        overrides.failOnSeverity ??
        (fileThreshold === undefined ? DEFAULT_POLICY.vulnerabilities.failOnSeverity : toThreshold(fileThreshold, source)),
      maxCount,
      onlyFixed: overrides.onlyFixed ?? vulnerabilities['only-fixed'] ?? DEFAULT_POLICY.vulnerabilities.onlyFixed,
      scope: overrides.scope ?? toScope(vulnerabilities.scope, source) ?? DEFAULT_POLICY.vulnerabilities.scope,
    },
    secrets: { fail: overrides.secretsFail ?? doc.secrets?.fail ?? DEFAULT_POLICY.secrets.fail },
    misconfigurations: {
      failOnSeverity:
        overrides.misconfigFailOnSeverity ??
        (fileMisconfigThreshold === undefined ? DEFAULT_POLICY.misconfigurations.failOnSeverity : toThreshold(fileMisconfigThreshold, source)),
    },
    licenses: {
      deny: [...(overrides.licensesDeny ?? doc.licenses?.deny ?? DEFAULT_POLICY.licenses.deny)],
      denyCategories: (doc.licenses?.['deny-categories'] ?? DEFAULT_POLICY.licenses.denyCategories).map((c) => c.toLowerCase()),
    },
    image: {
      forbidRoot: overrides.forbidRoot ?? doc.image?.['forbid-root'] ?? DEFAULT_POLICY.image.forbidRoot,
      allowNamedUser: doc.image?.['allow-named-user'] ?? DEFAULT_POLICY.image.allowNamedUser,
    },
    ignore: (doc.ignore ?? []).map((entry, index): IgnoreRule => {
      const line = file?.ignoreLines[index];
      const rule: IgnoreRule = {
        reason: entry.reason.trim(),
        origin: line === undefined ? `${source} ignore[${index}]` : `${source} line ${line}`,
      };
      if (entry.id !== undefined) rule.id = entry.id;
      if (entry.package !== undefined) rule.package = entry.package;
      if (entry.path !== undefined) rule.path = entry.path;
      if (entry.expires !== undefined) rule.expires = entry.expires;
      return rule;
    }),
    signatures: buildSignaturePolicy(file, overrides, source),
    baseImage: buildBaseImagePolicy(file, overrides, source),
  };
}

function toScope(scope: string | undefined, source: string): Policy['vulnerabilities']['scope'] | undefined {
  if (scope === undefined) return undefined;
  const known = SCOPE.nameOf(scope);
  if (known === undefined) throw configError(`${source}: vulnerabilities.scope "${scope}" is not one of ${SCOPE.names.join(', ')}`);
  return known;
}

// The schema has validated these values; the checks below only keep the types honest.

function toMode(mode: string | undefined, source: string): Policy['mode'] | undefined {
  if (mode === undefined) return undefined;
  const known = MODE.nameOf(mode);
  if (known === undefined) throw configError(`${source}: mode "${mode}" is not one of ${MODE.names.join(', ')}`);
  return known;
}

function toThreshold(value: string, source: string): Severity | 'NONE' {
  const known = THRESHOLD.nameOf(value);
  if (known === undefined) throw configError(`${source}: "${value}" is not one of ${THRESHOLD.names.join(', ')}`);
  return thresholdOf(known);
}

function toSeverity(value: string, source: string): Severity {
  const severity = parseSeverity(value);
  if (severity === undefined) throw configError(`${source}: "${value}" is not a severity`);
  return severity;
}
