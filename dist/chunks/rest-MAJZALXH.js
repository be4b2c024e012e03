import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubRequestError,
  GitHubRest,
  repoPath,
  responseJson
} from "./chunk-PGB4V2F4.js";
import "./chunk-APFS7H7H.js";
import "./chunk-UKJDPQHB.js";
import "./chunk-OGSR4OQS.js";
import "./chunk-QQI2MQNP.js";
import "./chunk-CBAA7TTF.js";
import "./chunk-QTDHMDYW.js";
import "./chunk-AWIWLHBC.js";
export {
  GitHubRequestError,
  GitHubRest,
  repoPath,
  responseJson
};
