import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
} from "./chunk-BZQZTSWN.js";
import "./chunk-C2FRMPVS.js";
import "./chunk-4TRXQ6F2.js";
import "./chunk-CXOLH6GH.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-LUCZD3HT.js";
import "./chunk-QTDHMDYW.js";
import "./chunk-AWIWLHBC.js";
export {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
};
