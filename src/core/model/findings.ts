import type { Severity } from './severity.js';

/**
 * Our own typed findings: the Trivy adapter turns its JSON into these at the border,
 * and nothing past the border sees Trivy's raw shape.
 */

export interface CvssScore {
  /** Who scored it: "nvd", "redhat", "ghsa", ... */
  source: string;
  score: number;
  vector?: string;
}

export interface VulnerabilityFinding {
  kind: 'vulnerability';
  /** CVE-…, GHSA-…, … */
  id: string;
  packageName: string;
  /** Trivy's PkgID, e.g. "bash@4.4.18-2ubuntu1.2" or a Maven coordinate. */
  packageId?: string;
  purl?: string;
  /** Path of the file the package was found in (language packages), if any. */
  packagePath?: string;
  installedVersion: string;
  /** Empty when no fix exists. May list several versions, comma-separated, as Trivy does. */
  fixedVersion?: string;
  /** Trivy's status: fixed, affected, will_not_fix, fix_deferred, end_of_life, ... */
  status?: string;
  severity: Severity;
  /** The highest V3 (else V2) score over all sources. */
  cvss?: CvssScore;
  title: string;
  url?: string;
  /** The layer the package was installed by: what base-image attribution keys on. */
  layerDiffId?: string;
  /** Trivy's Result.Target, e.g. "debian 10.1" or "app/pom.xml". */
  target: string;
  /** Trivy's Result.Class: os-pkgs, lang-pkgs, ... */
  targetClass: string;
  /** Trivy's Result.Type: debian, alpine, jar, npm, ... */
  targetType?: string;
}

export interface SecretFinding {
  kind: 'secret';
  ruleId: string;
  category: string;
  severity: Severity;
  title: string;
  /** The file the secret is in. The secret itself is never kept. */
  target: string;
  startLine: number;
  endLine: number;
  layerDiffId?: string;
}

export interface MisconfigurationFinding {
  kind: 'misconfiguration';
  /** e.g. "DS-0002" (newer Trivy) or "DS002". */
  id: string;
  title: string;
  message: string;
  resolution?: string;
  severity: Severity;
  /** FAIL, PASS, EXCEPTION: only FAIL is a finding that policy can act on. */
  status: string;
  url?: string;
  target: string;
  targetType?: string;
  startLine?: number;
  endLine?: number;
  layerDiffId?: string;
}

export interface LicenseFinding {
  kind: 'license';
  /** License name or SPDX id, e.g. "GPL-3.0-only", "MIT License". */
  name: string;
  /** Trivy's category: forbidden, restricted, reciprocal, notice, permissive, unencumbered, unknown. */
  category: string;
  severity: Severity;
  /** Empty for license files found outside any package. */
  packageName: string;
  filePath?: string;
  target: string;
  confidence?: number;
  layerDiffId?: string;
}

export type Finding = VulnerabilityFinding | SecretFinding | MisconfigurationFinding | LicenseFinding;
export type FindingKind = Finding['kind'];

/** What the image's config says about how it runs; used by the non-root rule. */
export interface ImageConfigFacts {
  /** The config's User; "" means root. */
  user?: string;
  created?: string;
  architecture?: string;
  os?: string;
}

/** One Trivy run, parsed. */
export interface ScanReport {
  /** Where the report came from (file name, or "trivy image <ref>") for error messages. */
  source: string;
  trivyVersion?: string;
  createdAt?: string;
  artifactName: string;
  /** container_image, filesystem, repository, cyclonedx, ... */
  artifactType: string;
  os?: { family: string; name: string; eosl?: boolean };
  imageId?: string;
  /** The image's rootfs diff_ids, base layers first. */
  diffIds: string[];
  repoDigests: string[];
  imageConfig?: ImageConfigFacts;
  findings: Finding[];
}

/** The identifier ignore rules and SARIF rules key on, whatever the kind. */
export function findingId(finding: Finding): string {
  switch (finding.kind) {
    case 'vulnerability':
    case 'misconfiguration':
      return finding.id;
    case 'secret':
      return finding.ruleId;
    case 'license':
      return finding.name;
  }
}

/** The package (vulnerabilities, licenses) a finding belongs to, if any. */
export function findingPackage(finding: Finding): string | undefined {
  switch (finding.kind) {
    case 'vulnerability':
      return finding.packageName;
    case 'license':
      return finding.packageName || undefined;
    default:
      return undefined;
  }
}

/** The file path a finding is located at, if any: what ignore rules' `path` matches. */
export function findingPath(finding: Finding): string {
  switch (finding.kind) {
    case 'vulnerability':
      return finding.packagePath ?? finding.target;
    case 'license':
      return finding.filePath || finding.target;
    default:
      return finding.target;
  }
}
