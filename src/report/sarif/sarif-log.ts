/** The SARIF 2.1.0 log as image-gate writes it (see sarif.ts for why each part is as it is). */
import type { BaseCheck, BaseRule } from '../../core/model/base-image.js';
import type { Finding } from '../../core/model/findings.js';
import type { GateResult } from '../../core/model/result.js';
import type { Severity } from '../../core/model/severity.js';
import type { JudgedBaseCheck, JudgedFinding } from '../../core/model/verdict.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri?: string;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: { 'security-severity': string; tags: string[]; precision: 'very-high' };
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string };
    region: { startLine: number };
  };
  message?: { text: string };
}

export interface SarifSuppression {
  kind: 'external';
  status: 'accepted';
  justification: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: SarifSuppression[];
  /** A base-image check's result carries kind base-image and the check (see sarif-base-image.ts). */
  properties: {
    severity: Severity;
    status: JudgedFinding['status'];
    kind: Finding['kind'] | 'base-image';
    check?: { rule: BaseRule; status: BaseCheck['status']; effect: JudgedBaseCheck['effect'] };
  };
}

export interface SarifToolComponent {
  name: string;
  version?: string;
  informationUri?: string;
  rules?: SarifReportingDescriptor[];
}

export interface SarifRun {
  tool: { driver: SarifToolComponent; extensions?: SarifToolComponent[] };
  automationDetails: { id: string };
  invocations: { executionSuccessful: boolean }[];
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  properties: {
    imageRepository: string;
    imageReference: string;
    imageDigest?: string;
    /** One platform of an index: its name, and its manifest's digest (imageDigest is the index's). */
    platform?: string;
    platformDigest?: string;
    verdict: GateResult['verdict']['outcome'];
    mode: GateResult['verdict']['mode'];
    findings: number;
    resultsOmitted: number;
  };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
