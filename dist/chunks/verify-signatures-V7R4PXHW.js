import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
} from "./chunk-IPAKCU2M.js";
import "./chunk-273H4YJN.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-5WRYAL47.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-3G7D2FU6.js";
import "./chunk-YFCTHFMN.js";
import "./chunk-AWIWLHBC.js";
export {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
};
