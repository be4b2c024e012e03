import type { Finding } from '../../core/model/findings.js';

/**
 * What makes two findings the same one: the same kind, rule and place in the image. SARIF's fingerprint is this
 * identity with the image repository (sarif.ts), so an alert survives a rebuild; the reports of an index group its
 * platforms' findings by it, so a finding every platform has is listed once. Neither the installed version nor a
 * line is part of it: a bump to a still-vulnerable version is the same finding.
 */
export function findingIdentity(finding: Finding): string[] {
  return [finding.kind, ruleIdOf(finding), ...placeInImage(finding)];
}

/** Secrets and licenses are prefixed: their IDs are free text that could collide with a CVE or a check ID. */
export function ruleIdOf(finding: Finding): string {
  switch (finding.kind) {
    case 'secret':
      return `secret/${finding.ruleId}`;
    case 'license':
      return `license/${finding.name}`;
    default:
      return finding.id;
  }
}

/** Where in the image the finding is, without anything that changes on a rebuild. */
function placeInImage(finding: Finding): string[] {
  switch (finding.kind) {
    case 'vulnerability':
      // An OS package's target is "debian 10.1", which changes on a point release; the OS family does not.
      return [
        finding.packageName,
        finding.packagePath ?? (finding.targetClass === 'os-pkgs' ? (finding.targetType ?? finding.targetClass) : finding.target),
      ];
    case 'license':
      return [finding.packageName, finding.filePath || finding.target];
    default:
      return [finding.target];
  }
}
