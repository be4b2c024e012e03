import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  httpProblem
} from "./chunk-FQPRBUFJ.js";
import {
  GitHubRequestError,
  repoPath,
  responseJson
} from "./chunk-PGB4V2F4.js";
import "./chunk-APFS7H7H.js";
import "./chunk-UKJDPQHB.js";
import "./chunk-OGSR4OQS.js";
import "./chunk-QQI2MQNP.js";
import "./chunk-CBAA7TTF.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";
import {
  configError,
  infrastructureError
} from "./chunk-QTDHMDYW.js";
import "./chunk-AWIWLHBC.js";

// src/github/contents.ts
var CONTENTS_PERMISSION = "contents: read", REPOSITORY_FILE_MAX_BYTES = 1e6, COMMIT_ANSWER_MAX_BYTES = 1024 * 1024, fileSchema = external_exports.looseObject({
  type: external_exports.string(),
  encoding: external_exports.string().optional(),
  size: external_exports.number().int().nonnegative(),
  content: external_exports.string().optional(),
  target: external_exports.string().optional()
}), commitSchema = external_exports.looseObject({ sha: external_exports.string() }), BASE64_TEXT = /^[A-Za-z0-9+/=\r\n]*$/, COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, RepositoryAtCommit = class {
  constructor(rest, repo, sha) {
    this.rest = rest;
    this.repo = repo;
    this.sha = sha;
    if (!COMMIT_SHA.test(sha)) throw configError(`The commit "${sha}" is not a full commit SHA`);
  }
  rest;
  repo;
  sha;
  readable;
  /** "acme/app at 1a2b3c4d5e6f", for messages. */
  get name() {
    return `${this.repo.owner}/${this.repo.repo} at ${this.sha.slice(0, 12)}`;
  }
  /** The file's text (UTF-8), or found: false when the commit has no such file. Throws a GateError otherwise. */
  async read(path, maxBytes = REPOSITORY_FILE_MAX_BYTES) {
    let url = `${repoPath(this.repo)}/contents/${encodeRepositoryPath(path)}?ref=${this.sha}`, doing = `read ${path} from ${this.name}`, response = await this.get(url, Math.ceil(maxBytes * 4 / 3 * (61 / 60)) + 64 * 1024, doing);
    if (response.status === 404)
      return await this.ensureReadable(path), { found: !1 };
    if (response.status !== 200) throw this.failure(response, doing);
    return { found: !0, text: decodeFile(response, path, this.name, maxBytes) };
  }
  /** A 404 for a file is "absent" only if the token can read this commit at all (it needs contents: read). */
  async ensureReadable(path) {
    return this.readable ??= (async () => {
      let doing = `read ${path} from ${this.name}`, response = await this.get(`${repoPath(this.repo)}/git/commits/${this.sha}`, COMMIT_ANSWER_MAX_BYTES, doing);
      if (response.status === 200) {
        let commit = commitSchema.safeParse(responseJson(response));
        if (commit.success && commit.data.sha === this.sha) return;
        throw infrastructureError(`Could not ${doing}: GitHub answered the commit lookup with a different commit or an unexpected shape`);
      }
      throw response.status === 404 || response.status === 401 || response.status === 403 ? configError(
        `Could not ${doing}: GitHub answered 404 for the file, and the token cannot read the repository at that commit either (HTTP ${response.status}), so the file's absence is unproven: the token needs "${CONTENTS_PERMISSION}" (in the workflow: permissions: { ${CONTENTS_PERMISSION} })`
      ) : this.failure(response, doing);
    })(), this.readable;
  }
  async get(url, maxBytes, doing) {
    try {
      return await this.rest.get(url, maxBytes);
    } catch (error) {
      throw error instanceof GitHubRequestError ? infrastructureError(`Could not ${doing}: ${this.rest.redact(error.message)}`, error) : error;
    }
  }
  failure(response, doing) {
    let sentence = httpProblem(this.rest, response, { doing, permission: CONTENTS_PERMISSION });
    return response.status === 401 ? configError(`${sentence}; the github-token input must be a valid token with "${CONTENTS_PERMISSION}"`) : response.status === 403 && response.headers.get("x-ratelimit-remaining") !== "0" ? configError(sentence) : infrastructureError(sentence);
  }
};
function encodeRepositoryPath(path) {
  let segments = path.split("/");
  if (path === "" || segments.some((segment) => segment === "" || segment === "." || segment === ".."))
    throw configError(`"${path}" is not a path inside the repository`);
  return segments.map(encodeURIComponent).join("/");
}
function decodeFile(response, path, where, maxBytes) {
  let body = responseJson(response), problem = (text) => configError(`${path} in ${where} ${text}`);
  if (Array.isArray(body)) throw problem("is a directory, not a file");
  let parsed = fileSchema.safeParse(body);
  if (!parsed.success) throw infrastructureError(`GitHub answered for ${path} in ${where} in an unexpected shape`);
  let file = parsed.data;
  if (file.type === "symlink") throw problem("is a symbolic link that does not lead to a file in the repository");
  if (file.type !== "file") throw problem(`is a ${file.type}, not a file`);
  if (file.size > maxBytes) throw problem(`is larger than ${maxBytes} bytes (${file.size}); refusing it`);
  if (file.encoding !== "base64" || file.content === void 0 || !BASE64_TEXT.test(file.content))
    throw infrastructureError(`GitHub answered for ${path} in ${where} without its content in base64`);
  let bytes = Buffer.from(file.content, "base64");
  if (bytes.length !== file.size)
    throw infrastructureError(`GitHub answered for ${path} in ${where} with ${bytes.length} bytes of content for a file of ${file.size}`);
  try {
    return new TextDecoder("utf-8", { fatal: !0 }).decode(bytes);
  } catch {
    throw problem("is not UTF-8 text");
  }
}
export {
  CONTENTS_PERMISSION,
  REPOSITORY_FILE_MAX_BYTES,
  RepositoryAtCommit,
  encodeRepositoryPath
};
