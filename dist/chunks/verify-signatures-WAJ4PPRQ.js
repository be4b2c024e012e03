import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
} from "./chunk-OTIEZ2JS.js";
import "./chunk-DAT6SHZA.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-EFPDOSJC.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-BPCT2QDF.js";
import "./chunk-IBDES4N3.js";
import "./chunk-AWIWLHBC.js";
export {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
};
