import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  MISTAKES_LISTED,
  buildPolicy,
  parsePolicyText
} from "./chunk-T5X4QAWX.js";
import "./chunk-FNGSUTE7.js";
import "./chunk-RI7KEW47.js";
import "./chunk-LGNO2SGX.js";
import "./chunk-4ENMLC6D.js";
import "./chunk-MULAURLS.js";
import "./chunk-MAU7Y6NY.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";
export {
  MISTAKES_LISTED,
  buildPolicy,
  parsePolicyText
};
