import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
} from "./chunk-VMVRXYSW.js";
import "./chunk-273H4YJN.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-7I7JZCFJ.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-BPCT2QDF.js";
import "./chunk-IBDES4N3.js";
import "./chunk-AWIWLHBC.js";
export {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
};
