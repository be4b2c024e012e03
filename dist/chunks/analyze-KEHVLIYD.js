import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  analyzeDockerfile,
  baseOfFinalStage
} from "./chunk-Z65Q4KZT.js";
import "./chunk-3G7D2FU6.js";
import "./chunk-YFCTHFMN.js";
import "./chunk-AWIWLHBC.js";
export {
  analyzeDockerfile,
  baseOfFinalStage
};
