import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  TarIndex,
  pinLocalImage
} from "./chunk-J75MMYGL.js";
import "./chunk-ELAGO25P.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";
export {
  TarIndex,
  pinLocalImage
};
