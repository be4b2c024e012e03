import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  TRIVY_SCANNERS
} from "./chunk-MAU7Y6NY.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";

// src/config/enums.ts
function anyCaseEnum(names) {
  let nameOf = (value) => names.find((name) => name === value.toLowerCase()), schema = external_exports.string().refine((value) => nameOf(value) !== void 0, { error: `expected one of ${names.join(", ")}` });
  return {
    names,
    schema,
    nameOf,
    described: (meta) => schema.meta({ ...meta, anyOf: [{ enum: [...names] }, { pattern: anyCasePattern(names) }] })
  };
}
function anyCasePattern(names) {
  let letters = (name) => name.replace(/[a-z]|\W/g, (c) => /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : `\\${c}`);
  return `^(${names.map(letters).join("|")})$`;
}
var SEVERITY_NAMES = ["unknown", "low", "medium", "high", "critical"], THRESHOLD_NAMES = [...SEVERITY_NAMES, "none"], SEVERITY_OF = {
  unknown: "UNKNOWN",
  low: "LOW",
  medium: "MEDIUM",
  high: "HIGH",
  critical: "CRITICAL"
};
function thresholdOf(name) {
  return name === "none" ? "NONE" : SEVERITY_OF[name];
}
var MODE = anyCaseEnum(["enforce", "audit"]), THRESHOLD = anyCaseEnum(THRESHOLD_NAMES), SCOPE = anyCaseEnum(["all", "introduced"]), SIGNATURE_MODE = anyCaseEnum(["required", "optional", "off"]), RULE_LEVEL = anyCaseEnum(["fail", "warn", "off"]), IMAGE_SOURCE = anyCaseEnum(["registry", "docker"]), POLICY_SOURCE = anyCaseEnum(["base", "head"]), COMMENT = anyCaseEnum(["always", "on-failure", "never"]), SCANNER = anyCaseEnum(TRIVY_SCANNERS);

export {
  anyCaseEnum,
  SEVERITY_NAMES,
  thresholdOf,
  MODE,
  THRESHOLD,
  SCOPE,
  SIGNATURE_MODE,
  RULE_LEVEL,
  IMAGE_SOURCE,
  POLICY_SOURCE,
  COMMENT,
  SCANNER
};
