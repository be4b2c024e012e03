import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  checkBundle,
  formatDigest,
  loadTrustedRoot,
  loadTrustedRootFresh,
  parseArtifactDigest,
  parsePublicKeyRules,
  parseStatement,
  requireSubject,
  toRejection,
  verifyEvidence
} from "./chunk-PVSLAWAR.js";
import "./chunk-7WBELWDF.js";
import "./chunk-4ENMLC6D.js";
import "./chunk-MULAURLS.js";
import "./chunk-ELAGO25P.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";
export {
  checkBundle,
  formatDigest,
  loadTrustedRoot,
  loadTrustedRootFresh,
  parseArtifactDigest,
  parsePublicKeyRules,
  parseStatement,
  requireSubject,
  toRejection,
  verifyEvidence
};
