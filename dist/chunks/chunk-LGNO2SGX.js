import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/core/model/severity.ts
var SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"], RANK = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
function severityRank(severity) {
  return RANK[severity];
}
function isSeverity(value) {
  return typeof value == "string" && Object.hasOwn(RANK, value);
}
function parseSeverity(value) {
  let upper = value.trim().toUpperCase();
  return isSeverity(upper) ? upper : void 0;
}
function atLeast(severity, threshold) {
  return RANK[severity] >= RANK[threshold];
}
function emptySeverityCounts() {
  return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
}
function emptySeverityLists() {
  return { UNKNOWN: [], LOW: [], MEDIUM: [], HIGH: [], CRITICAL: [] };
}

export {
  SEVERITIES,
  severityRank,
  isSeverity,
  parseSeverity,
  atLeast,
  emptySeverityCounts,
  emptySeverityLists
};
