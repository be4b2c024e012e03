import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  analyzeDockerfile,
  baseOfFinalStage
} from "./chunk-NSS45QIV.js";
import "./chunk-BPCT2QDF.js";
import "./chunk-IBDES4N3.js";
import "./chunk-AWIWLHBC.js";
export {
  analyzeDockerfile,
  baseOfFinalStage
};
