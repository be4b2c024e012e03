import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubRequestError,
  GitHubRest,
  repoPath,
  responseJson
} from "./chunk-QGVPVEEW.js";
import "./chunk-SOYQMJFM.js";
import "./chunk-VQ6J3JRS.js";
import "./chunk-OGSR4OQS.js";
import "./chunk-IA3TRKIC.js";
import "./chunk-YFCTHFMN.js";
import "./chunk-AWIWLHBC.js";
export {
  GitHubRequestError,
  GitHubRest,
  repoPath,
  responseJson
};
