import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubApiError,
  GitHubRequestError,
  GitHubRest,
  RepositoryAtCommit,
  SnappyError,
  SnappyTooLargeError,
  findComment,
  graphqlUrl,
  listAttestations,
  maxSnappyBlockLength,
  publishCheckRun,
  snappyDecode,
  splitRepository,
  tokenIdentity,
  uploadSarif,
  upsertComment
} from "./chunk-TY3RCLZF.js";
import "./chunk-GS55YYJ5.js";
import "./chunk-UP5ZSMSQ.js";
import "./chunk-BJR5CI72.js";
import "./chunk-WX6WFRWC.js";
import "./chunk-I7O7NM34.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-ELAGO25P.js";
import "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";
export {
  GitHubApiError,
  GitHubRequestError,
  GitHubRest,
  RepositoryAtCommit,
  SnappyError,
  SnappyTooLargeError,
  findComment,
  graphqlUrl,
  listAttestations,
  maxSnappyBlockLength,
  publishCheckRun,
  snappyDecode,
  splitRepository,
  tokenIdentity,
  uploadSarif,
  upsertComment
};
