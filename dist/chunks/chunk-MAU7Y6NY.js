import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/core/model/trivy.ts
var TRIVY_SCANNERS = ["vuln", "secret", "misconfig", "license"], DEFAULT_TRIVY_VERSION = "0.74.0", TRIVY_VERSION_FROM_PATH = "path", COMPROMISED_VERSIONS = /* @__PURE__ */ new Set(["0.69.4", "0.69.5", "0.69.6"]);

export {
  TRIVY_SCANNERS,
  DEFAULT_TRIVY_VERSION,
  TRIVY_VERSION_FROM_PATH,
  COMPROMISED_VERSIONS
};
