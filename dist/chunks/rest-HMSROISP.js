import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubRequestError,
  GitHubRest,
  repoPath,
  responseJson
} from "./chunk-W62SKDGB.js";
import "./chunk-GBOM6UUE.js";
import "./chunk-Q5RBDHA7.js";
import "./chunk-OGSR4OQS.js";
import "./chunk-CRON7FWU.js";
import "./chunk-IBDES4N3.js";
import "./chunk-AWIWLHBC.js";
export {
  GitHubRequestError,
  GitHubRest,
  repoPath,
  responseJson
};
