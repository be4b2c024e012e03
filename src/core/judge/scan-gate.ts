import type { Origin } from '../model/base-image.js';
import { configError } from '../model/errors.js';
import type { Finding, ScanReport, VulnerabilityFinding } from '../model/findings.js';
import { IgnoreMatcher } from './ignore.js';
import type { VexMatcher } from './vex.js';
import type { Policy } from '../model/policy.js';
import { rootViolation } from './root-user.js';
import { emptySeverityCounts, emptySeverityLists, SEVERITIES, severityRank, type Severity } from '../model/severity.js';
import type { Attribution, JudgedFinding, Verdict, VerdictCounts, Violation } from '../model/verdict.js';

/** What the scan rules make of one scan; `judge` decides pass or fail from these and the other rules' violations. */
export type ScanEvaluation = Pick<Verdict, 'violations' | 'findings' | 'counts' | 'expiredIgnores' | 'unusedIgnores' | 'attribution'>;

/**
 * The scan rules (vulnerabilities, secrets, misconfigurations, licenses, root user) over one scan.
 * Pure and deterministic (time comes in as `now`), and one pass over the findings, because image
 * reports can hold 100,000 vulnerabilities.
 *
 * Ignore rules are tried before any policy switch, so a rule written for an unfixed vulnerability
 * stays "used" under only-fixed. Misconfiguration checks that did not FAIL are excluded before
 * ignore rules see them: a passing check needs no exception.
 *
 * Attribution (with `baseDiffIds`, the base image's rootfs diff_ids, or under scope introduced)
 * marks each finding that has a layer as inherited (from one of those layers) or introduced; without
 * layer information, or without a known base, it is unknown, and under scope introduced an unknown
 * origin counts: it cannot be shown to be the base's.
 *
 * VEX statements (`vex`) are tried after the ignore rules, like a policy switch: a vulnerability a statement
 * says does not affect the package (not_affected) or is fixed in it is excluded and keeps the statement.
 */
export function evaluateScan(report: ScanReport, policy: Policy, now: Date, baseDiffIds?: readonly string[], vex?: VexMatcher): ScanEvaluation {
  checkMaxCount(policy);
  const ignores = new IgnoreMatcher(policy.ignore, now);
  const useIgnores = !ignores.isEmpty;
  const counts: VerdictCounts = {
    vulnerabilities: emptySeverityCounts(),
    fixable: emptySeverityCounts(),
    misconfigurations: emptySeverityCounts(),
    secrets: 0,
    licenses: 0,
    ignored: 0,
    suppressedByVex: 0,
    violating: 0,
  };
  const useVex = vex !== undefined && !vex.isEmpty;
  // One bucket per severity: a bucket sort keeps the order stable and costs no comparisons.
  const buckets = emptySeverityLists<JudgedFinding>();
  const countedVulnerabilities = emptySeverityLists<JudgedFinding>();
  const { onlyFixed } = policy.vulnerabilities;
  const onlyIntroduced = policy.vulnerabilities.scope === 'introduced';
  const attribute = baseDiffIds !== undefined || onlyIntroduced;
  // A Set: the membership test runs once per finding, and reports hold 100,000 of them.
  const baseLayers = new Set(baseDiffIds ?? []);
  const attribution: Attribution | undefined = attribute
    ? {
        scope: policy.vulnerabilities.scope,
        baseLayers: baseLayers.size,
        inherited: emptySeverityCounts(),
        introduced: emptySeverityCounts(),
        unknown: emptySeverityCounts(),
        inheritedFixable: 0,
      }
    : undefined;
  const failSecrets = policy.secrets.fail;
  const misconfigThreshold = thresholdRank(policy.misconfigurations.failOnSeverity);
  const deniedNames = new Set(policy.licenses.deny.map((name) => name.toLowerCase()));
  const deniedCategories = new Set(policy.licenses.denyCategories.map((category) => category.toLowerCase()));
  const checkLicenses = deniedNames.size > 0 || deniedCategories.size > 0;
  const secrets = new Breach();
  const misconfigurations = new Breach();
  const licenses = new Breach();
  const deniedLicenseNames = new Set<string>();

  for (const finding of report.findings) {
    const judged: JudgedFinding = { finding, status: 'allowed' };
    buckets[finding.severity].push(judged);
    if (attribution !== undefined) judged.origin = originOf(finding.layerDiffId, baseLayers);
    switch (finding.kind) {
      case 'vulnerability': {
        counts.vulnerabilities[finding.severity]++;
        const fixable = Boolean(finding.fixedVersion);
        if (fixable) counts.fixable[finding.severity]++;
        if (attribution !== undefined) {
          const origin = judged.origin ?? 'unknown';
          attribution[origin][finding.severity]++;
          if (origin === 'inherited' && fixable) attribution.inheritedFixable++;
        }
        if (useIgnores && ignore(judged, ignores, counts)) break;
        if (useVex && suppress(judged, finding, vex, counts)) break;
        if (onlyIntroduced && judged.origin === 'inherited') {
          judged.status = 'excluded';
          judged.excluded = 'inherited';
          break;
        }
        if (onlyFixed && !fixable) {
          judged.status = 'excluded';
          judged.excluded = 'no-fix';
          break;
        }
        countedVulnerabilities[finding.severity].push(judged);
        break;
      }
      case 'secret':
        counts.secrets++;
        if (useIgnores && ignore(judged, ignores, counts)) break;
        if (failSecrets) secrets.add(judged, finding);
        break;
      case 'misconfiguration':
        if (finding.status.toUpperCase() !== 'FAIL') {
          judged.status = 'excluded';
          judged.excluded = 'check-not-failed';
          break;
        }
        counts.misconfigurations[finding.severity]++;
        if (useIgnores && ignore(judged, ignores, counts)) break;
        if (severityRank(finding.severity) >= misconfigThreshold) misconfigurations.add(judged, finding);
        break;
      case 'license':
        counts.licenses++;
        if (useIgnores && ignore(judged, ignores, counts)) break;
        if (checkLicenses && (deniedNames.has(finding.name.toLowerCase()) || deniedCategories.has(finding.category.toLowerCase()))) {
          licenses.add(judged, finding);
          deniedLicenseNames.add(finding.name);
        }
        break;
    }
  }

  const violations: Violation[] = [];
  let violating = judgeVulnerabilities(countedVulnerabilities, policy, violations);
  if (secrets.count > 0) {
    violations.push({
      rule: 'secret',
      message: `${plural(secrets.count, 'secret', 'secrets')} found; the policy fails on any secret`,
      severity: secrets.severity,
      count: secrets.count,
    });
  }
  if (misconfigurations.count > 0) {
    violations.push({
      rule: 'misconfiguration',
      message:
        `${plural(misconfigurations.count, 'failed misconfiguration check', 'failed misconfiguration checks')} ` +
        `(policy: fail on ${policy.misconfigurations.failOnSeverity} or above)`,
      severity: misconfigurations.severity,
      count: misconfigurations.count,
    });
  }
  if (licenses.count > 0) {
    violations.push({
      rule: 'license',
      message: `${plural(licenses.count, 'license', 'licenses')} denied by the policy: ` + [...deniedLicenseNames].join(', '),
      severity: licenses.severity,
      count: licenses.count,
    });
  }
  violating += secrets.count + misconfigurations.count + licenses.count;
  if (policy.image.forbidRoot) {
    const violation = rootViolation(report, policy.image);
    if (violation) violations.push(violation);
  }
  counts.violating = violating;

  const findings: JudgedFinding[] = [];
  for (const severity of SEVERITIES.toReversed()) {
    for (const judged of buckets[severity]) findings.push(judged);
  }
  return {
    violations,
    findings,
    counts,
    expiredIgnores: ignores.expired(),
    unusedIgnores: ignores.unused(),
    ...(attribution !== undefined && { attribution }),
  };
}

function originOf(layerDiffId: string | undefined, baseLayers: ReadonlySet<string>): Origin {
  if (layerDiffId === undefined || layerDiffId === '' || baseLayers.size === 0) return 'unknown';
  return baseLayers.has(layerDiffId) ? 'inherited' : 'introduced';
}

/** Findings that breach one rule, and the worst severity among them. */
class Breach {
  count = 0;
  severity: Severity | undefined;

  add(judged: JudgedFinding, finding: Finding): void {
    judged.status = 'violation';
    this.count++;
    if (this.severity === undefined || severityRank(finding.severity) > severityRank(this.severity)) {
      this.severity = finding.severity;
    }
  }
}

function ignore(judged: JudgedFinding, ignores: IgnoreMatcher, counts: VerdictCounts): boolean {
  const rule = ignores.match(judged.finding);
  if (rule === undefined) return false;
  judged.status = 'ignored';
  judged.ignoredBy = rule;
  counts.ignored++;
  return true;
}

function suppress(judged: JudgedFinding, finding: VulnerabilityFinding, vex: VexMatcher, counts: VerdictCounts): boolean {
  const suppression = vex.suppression(finding);
  if (suppression === undefined) return false;
  judged.status = 'excluded';
  judged.excluded = 'vex';
  judged.vex = suppression;
  counts.suppressedByVex++;
  return true;
}

/** Marks the counted vulnerabilities of every severity over its allowance; returns how many. */
function judgeVulnerabilities(counted: Record<Severity, JudgedFinding[]>, policy: Policy, violations: Violation[]): number {
  const { failOnSeverity, maxCount, onlyFixed } = policy.vulnerabilities;
  const threshold = thresholdRank(failOnSeverity);
  const qualifier =
    (policy.vulnerabilities.scope === 'introduced' ? ' not inherited from the base image' : '') + (onlyFixed ? ' with a fix available' : '');
  let violating = 0;
  for (const severity of SEVERITIES.toReversed()) {
    const judged = counted[severity];
    const n = judged.length;
    const max = maxCount[severity];
    const allowance = max ?? (severityRank(severity) >= threshold ? 0 : Infinity);
    if (n <= allowance) continue;
    for (const item of judged) item.status = 'violation';
    violating += n;
    const found = `${plural(n, `${severity} vulnerability`, `${severity} vulnerabilities`)}${qualifier}`;
    violations.push(
      max === undefined
        ? {
            rule: 'vulnerability-severity',
            message: `${found} (policy: fail on ${failOnSeverity} or above)`,
            severity,
            count: n,
          }
        : {
            rule: 'vulnerability-count',
            message: `${found}; the policy allows ${max === 0 ? 'none' : `at most ${max}`}`,
            severity,
            count: n,
          },
    );
  }
  return violating;
}

function thresholdRank(threshold: Severity | 'NONE'): number {
  return threshold === 'NONE' ? Infinity : severityRank(threshold);
}

function checkMaxCount(policy: Policy): void {
  // Without exactOptionalPropertyTypes, { HIGH: undefined } is a valid maxCount: an entry may hold undefined.
  for (const [severity, max] of Object.entries<number | undefined>(policy.vulnerabilities.maxCount)) {
    if (max !== undefined && !(Number.isInteger(max) && max >= 0)) {
      throw configError(`policy vulnerabilities.max-count.${severity.toLowerCase()}: ${max} is not a whole number ≥ 0`);
    }
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
