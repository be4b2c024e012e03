import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  pinSuggestion,
  withoutDigest
} from "./chunk-DQ7MVNSR.js";
import "./chunk-AWIWLHBC.js";
export {
  pinSuggestion,
  withoutDigest
};
