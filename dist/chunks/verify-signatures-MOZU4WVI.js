import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
} from "./chunk-MUYDW4CR.js";
import "./chunk-F5XXMWBI.js";
import "./chunk-MULAURLS.js";
import "./chunk-KGZSNMQF.js";
import "./chunk-WGUKEJXU.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-WD5TK4V6.js";
import "./chunk-Z3XQXXU5.js";
import "./chunk-RICHWHPH.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";
export {
  mergePlatformVerdicts,
  platformLabels,
  verifySignatures
};
