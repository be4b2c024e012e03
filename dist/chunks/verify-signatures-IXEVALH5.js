import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  imageSignatures,
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
} from "./chunk-FWTPDKGF.js";
import "./chunk-F5XXMWBI.js";
import "./chunk-MULAURLS.js";
import "./chunk-KVHELDJX.js";
import "./chunk-UKX35ETD.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-I7O7NM34.js";
import "./chunk-RICHWHPH.js";
import "./chunk-WX6WFRWC.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";
export {
  imageSignatures,
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
};
