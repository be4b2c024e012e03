import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubRequestError,
  responseJson
} from "./chunk-PGB4V2F4.js";

// src/github/problems.ts
var MAX_DETAIL_CHARS = 300;
function httpProblem(rest, response, context) {
  let status = response.status, detail = githubMessage(response), said = githubSaid(rest, response), prefix = `Could not ${context.doing}`;
  if (status === 401) return `${prefix}: GitHub rejected the token (HTTP 401): it is invalid or expired${said}`;
  if (status === 429 || status === 403 && response.headers.get("x-ratelimit-remaining") === "0")
    return `${prefix}: GitHub API rate limit exceeded (HTTP ${status}); try again later${said}`;
  if (status === 403) {
    let special = context.forbiddenUnlessPermission;
    return special && detail && special.messageMatches.test(detail) ? `${prefix} (HTTP 403): ${special.meaning}${said}` : context.permission === void 0 ? `${prefix}: GitHub denied it (HTTP 403)${said}` : `${prefix}: GitHub denied it (HTTP 403): the token needs the "${context.permission}" permission (in the workflow: permissions: { ${context.permission} }); pull requests from forks only get a read-only token${said}`;
  }
  if (status === 404) {
    let needs = context.permission === void 0 ? "" : ` (it needs "${context.permission}")`;
    return `${prefix} (HTTP 404): ${context.notFound ?? `not found, or the token cannot see it${needs}`}${said}`;
  }
  return status === 413 ? `${prefix}: GitHub refused the payload as too large (HTTP 413)${said}` : status === 400 || status === 422 ? `${prefix}: GitHub refused the request as invalid (HTTP ${status})${said}` : status >= 500 ? `${prefix}: GitHub failed (HTTP ${status}); try again later${said}` : `${prefix}: GitHub answered HTTP ${status}${said}`;
}
function githubSaid(rest, response) {
  let detail = githubMessage(response);
  return detail ? `; GitHub said: ${JSON.stringify(rest.redact(detail))}` : "";
}
function requestProblem(rest, error, context) {
  if (error instanceof GitHubRequestError) return `Could not ${context.doing}: ${rest.redact(error.message)}`;
  throw error;
}
function githubMessage(response) {
  let json = responseJson(response);
  if (!isRecord(json)) return "";
  let parts = [];
  if (typeof json.message == "string" && json.message && parts.push(json.message), Array.isArray(json.errors)) {
    for (let entry of json.errors)
      if (typeof entry == "string") parts.push(entry);
      else if (isRecord(entry)) {
        let text = typeof entry.message == "string" ? entry.message : typeof entry.code == "string" ? entry.code : "", field = typeof entry.field == "string" ? ` (${entry.field})` : "";
        text && parts.push(`${text}${field}`);
      }
  }
  let joined = parts.join(": ");
  return joined.length > MAX_DETAIL_CHARS ? `${joined.slice(0, MAX_DETAIL_CHARS)}\u2026` : joined;
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

export {
  httpProblem,
  githubSaid,
  requestProblem
};
