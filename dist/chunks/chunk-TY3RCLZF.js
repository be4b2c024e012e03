import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  IMAGE_GATE_VERSION
} from "./chunk-GS55YYJ5.js";
import {
  BodyTooLargeError,
  isLoopbackHost,
  nextLink,
  readLimited
} from "./chunk-BJR5CI72.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";
import {
  configError,
  errorMessage,
  infrastructureError
} from "./chunk-YQNRIA6J.js";

// src/adapters/github/rest.ts
var GitHubRequestError = class extends Error {
  name = "GitHubRequestError";
};
function repoPath(repo) {
  return `repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}
var API_VERSION = "2022-11-28", MAX_REDIRECTS = 3, REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]), WRITE_REDIRECT_STATUSES = /* @__PURE__ */ new Set([307, 308]), GitHubRest = class {
  base;
  sent = 0;
  token;
  timeoutMs;
  userAgent;
  constructor(options) {
    let base;
    try {
      base = new URL(options.apiUrl.endsWith("/") ? options.apiUrl : `${options.apiUrl}/`);
    } catch {
      throw new GitHubRequestError(`The GitHub API URL "${options.apiUrl}" is not a URL`);
    }
    if (base.protocol !== "https:" && !(base.protocol === "http:" && isLoopbackHost(base.hostname)))
      throw new GitHubRequestError(`The GitHub API URL ${base.origin} must use https (plain http is for loopback hosts only)`);
    this.base = base, this.token = options.token || void 0, this.timeoutMs = options.timeoutMs ?? 3e4, this.userAgent = options.userAgent ?? `image-gate/${IMAGE_GATE_VERSION}`;
  }
  get requestCount() {
    return this.sent;
  }
  /** A path relative to the API URL ("repos/o/r/…") or an absolute URL on the same origin (a Link target). */
  resolve(pathOrUrl) {
    return pathOrUrl instanceof URL ? pathOrUrl : new URL(pathOrUrl.replace(/^\/+/, ""), this.base);
  }
  async get(pathOrUrl, maxBytes) {
    return this.request("GET", pathOrUrl, void 0, maxBytes);
  }
  /** Sends `json` as the request body; the answer is returned whatever its status (the caller judges it). */
  async post(pathOrUrl, json, maxBytes) {
    return this.request("POST", pathOrUrl, JSON.stringify(json), maxBytes);
  }
  async patch(pathOrUrl, json, maxBytes) {
    return this.request("PATCH", pathOrUrl, JSON.stringify(json), maxBytes);
  }
  /**
   * GETs a URL the API handed out, such as an attestation's `bundle_url`: a pre-signed download that may live
   * on another host (blob storage). The token and the API's headers go only to the API's own origin, and only
   * while every hop so far stayed there: once the download has been on another origin, no later hop gets them,
   * not even one redirected back to the API (that origin chose the path), as fetch drops credentials for good
   * at an origin change. Any other origin gets no credentials at all. https only (plain http only
   * for a loopback host while the API itself is on loopback, as the test fakes are). The answer is returned
   * whatever its status; errors name the host, never the query (it carries the download's signature).
   */
  async download(url, maxBytes) {
    let signal = AbortSignal.timeout(this.timeoutMs), leftApiOrigin = !1;
    for (let hop = 0; ; hop++) {
      let plainHttpAllowed = url.protocol === "http:" && this.base.protocol === "http:" && isLoopbackHost(url.hostname);
      if (url.protocol !== "https:" && !plainHttpAllowed)
        throw new GitHubRequestError(`refusing ${url.protocol}//${url.host}: downloads must use https`);
      if (url.username || url.password) throw new GitHubRequestError(`refusing a URL with credentials in it (${url.host})`);
      let headers = { "user-agent": this.userAgent };
      url.origin !== this.base.origin && (leftApiOrigin = !0), leftApiOrigin || (headers.accept = "application/vnd.github+json", headers["x-github-api-version"] = API_VERSION, this.token && (headers.authorization = `Bearer ${this.token}`)), this.sent++;
      let response;
      try {
        response = await fetch(url, { headers, redirect: "manual", signal });
      } catch (error) {
        throw new GitHubRequestError(`${url.host} did not answer: ${reason(error)}`, { cause: error });
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        let location = response.headers.get("location");
        if (await response.body?.cancel(), !location) throw new GitHubRequestError(`${url.host} redirected without a Location`);
        if (hop >= MAX_REDIRECTS) throw new GitHubRequestError(`${url.host} redirected more than ${MAX_REDIRECTS} times`);
        url = new URL(location, url);
        continue;
      }
      let body = await readCapped(response, maxBytes, `${url.host} sent more than ${maxBytes} bytes`, `the answer of ${url.host}`);
      return { status: response.status, headers: response.headers, url, body };
    }
  }
  /** `text` with the token blanked out, for anything built from an answer that might echo it. */
  redact(text) {
    return this.token ? text.split(this.token).join("***") : text;
  }
  async request(method, pathOrUrl, body, maxBytes) {
    let url = this.resolve(pathOrUrl), headers = {
      accept: "application/vnd.github+json",
      "x-github-api-version": API_VERSION,
      "user-agent": this.userAgent
    };
    body !== void 0 && (headers["content-type"] = "application/json; charset=utf-8"), this.token && (headers.authorization = `Bearer ${this.token}`);
    let followed = method === "GET" ? REDIRECT_STATUSES : WRITE_REDIRECT_STATUSES, signal = AbortSignal.timeout(this.timeoutMs);
    for (let hop = 0; ; hop++) {
      if (url.origin !== this.base.origin)
        throw new GitHubRequestError(`Refusing to send a GitHub API request to ${url.origin}: the API is at ${this.base.origin}`);
      this.sent++;
      let response;
      try {
        response = await fetch(url, { method, headers, body, redirect: "manual", signal });
      } catch (error) {
        throw new GitHubRequestError(`GitHub API ${url.origin} did not answer ${url.pathname}: ${reason(error)}`, { cause: error });
      }
      if (followed.has(response.status) && hop < MAX_REDIRECTS) {
        let location = response.headers.get("location");
        if (await response.body?.cancel(), !location) throw new GitHubRequestError(`GitHub API redirected ${url.pathname} without a Location`);
        url = new URL(location, url);
        continue;
      }
      let tooLarge = `GitHub API sent more than ${maxBytes} bytes for ${url.pathname}; refusing it`;
      return {
        status: response.status,
        headers: response.headers,
        url,
        body: await readCapped(response, maxBytes, tooLarge, `the GitHub API answer for ${url.pathname}`)
      };
    }
  }
};
function responseJson(response) {
  if (response.body.length !== 0)
    try {
      return JSON.parse(response.body.toString("utf8"));
    } catch {
      return;
    }
}
function reason(error) {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError") ? "timed out" : error instanceof Error && error.cause instanceof Error ? error.cause.message : errorMessage(error);
}
async function readCapped(response, maxBytes, tooLarge, what) {
  let declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes)
    throw await response.body?.cancel(), new GitHubRequestError(tooLarge);
  try {
    return await readLimited(response, maxBytes);
  } catch (error) {
    throw error instanceof BodyTooLargeError ? new GitHubRequestError(tooLarge) : new GitHubRequestError(`Reading ${what} failed: ${reason(error)}`, { cause: error });
  }
}

// src/adapters/github/attestations.ts
var GitHubApiError = class extends Error {
  name = "GitHubApiError";
}, PAGE_MAX_BYTES = 16 * 1024 * 1024, PER_PAGE = 100, answerSchema = external_exports.looseObject({
  attestations: external_exports.array(
    external_exports.looseObject({
      bundle: external_exports.record(external_exports.string(), external_exports.unknown()).nullish(),
      bundle_url: external_exports.string().nullish(),
      repository_id: external_exports.number().int().nullish()
    })
  )
});
function splitRepository(repository) {
  let match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
  if (!match?.[1] || !match[2] || match[2] === "." || match[2] === "..")
    throw new GitHubApiError(`"${repository}" is not a GitHub repository (expected owner/repo)`);
  return { owner: match[1], repo: match[2] };
}
function denied(response, repository, authenticated) {
  let where = `the attestations of ${repository}`;
  return response.status === 401 ? new GitHubApiError(`GitHub API rejected the token for ${where} (HTTP 401): it is invalid or expired`) : response.headers.get("x-ratelimit-remaining") === "0" || response.status === 429 ? new GitHubApiError(`GitHub API rate limit exceeded reading ${where} (HTTP ${response.status})${authenticated ? "" : "; give a token"}`) : new GitHubApiError(
    authenticated ? `GitHub API denied reading ${where} (HTTP 403): the token needs the "attestations: read" permission (in a workflow: permissions: attestations: read)` : `GitHub API denied reading ${where} (HTTP 403) without a token: give a token with the "attestations: read" permission`
  );
}
async function listAttestations(rest, repository, digest, limits, authenticated) {
  let { owner, repo } = splitRepository(repository), attestations = [], url = rest.resolve(`repos/${owner}/${repo}/attestations/${digest}?per_page=${PER_PAGE}`);
  for (let page = 1; ; page++) {
    let response = await rest.get(url, PAGE_MAX_BYTES);
    if (response.status === 404 && page === 1) return { attestations, truncated: !1 };
    if (response.status === 401 || response.status === 403 || response.status === 429)
      throw denied(response, repository, authenticated);
    if (response.status !== 200)
      throw new GitHubApiError(`GitHub API answered HTTP ${response.status} for the attestations of ${repository}`);
    let json;
    try {
      json = JSON.parse(response.body.toString("utf8"));
    } catch {
      throw new GitHubApiError(`GitHub API answered the attestations of ${repository} with something that is not JSON`);
    }
    let parsed = answerSchema.safeParse(json);
    if (!parsed.success)
      throw new GitHubApiError(`GitHub API answered the attestations of ${repository} in an unexpected shape`);
    for (let entry of parsed.data.attestations) {
      let attestation = {};
      entry.bundle && (attestation.bundle = entry.bundle), entry.bundle_url && (attestation.bundleUrl = entry.bundle_url), typeof entry.repository_id == "number" && (attestation.repositoryId = entry.repository_id), attestations.push(attestation);
    }
    if (attestations.length > limits.maxAttestations)
      return { attestations: attestations.slice(0, limits.maxAttestations), truncated: !0 };
    let next = nextLink(response.headers.get("link"), response.url);
    if (!next) return { attestations, truncated: !1 };
    if (page >= limits.maxPages) return { attestations, truncated: !0 };
    if (next.origin !== rest.base.origin)
      throw new GitHubRequestError(`GitHub API sent the next page of attestations to another host (${next.host}); not following it`);
    url = next;
  }
}

// src/adapters/github/problems.ts
var MAX_DETAIL_CHARS = 300;
function httpProblem(rest, response, context2) {
  let status = response.status, detail = githubMessage(response), said = githubSaid(rest, response), prefix = `Could not ${context2.doing}`;
  if (status === 401) return `${prefix}: GitHub rejected the token (HTTP 401): it is invalid or expired${said}`;
  if (status === 429 || status === 403 && response.headers.get("x-ratelimit-remaining") === "0")
    return `${prefix}: GitHub API rate limit exceeded (HTTP ${status}); try again later${said}`;
  if (status === 403) {
    let special = context2.forbiddenUnlessPermission;
    return special && detail && special.messageMatches.test(detail) ? `${prefix} (HTTP 403): ${special.meaning}${said}` : context2.permission === void 0 ? `${prefix}: GitHub denied it (HTTP 403)${said}` : `${prefix}: GitHub denied it (HTTP 403): the token needs the "${context2.permission}" permission (in the workflow: permissions: { ${context2.permission} }); pull requests from forks only get a read-only token${said}`;
  }
  if (status === 404) {
    let needs = context2.permission === void 0 ? "" : ` (it needs "${context2.permission}")`;
    return `${prefix} (HTTP 404): ${context2.notFound ?? `not found, or the token cannot see it${needs}`}${said}`;
  }
  return status === 413 ? `${prefix}: GitHub refused the payload as too large (HTTP 413)${said}` : status === 400 || status === 422 ? `${prefix}: GitHub refused the request as invalid (HTTP ${status})${said}` : status >= 500 ? `${prefix}: GitHub failed (HTTP ${status}); try again later${said}` : `${prefix}: GitHub answered HTTP ${status}${said}`;
}
function githubSaid(rest, response) {
  let detail = githubMessage(response);
  return detail ? `; GitHub said: ${JSON.stringify(rest.redact(detail))}` : "";
}
function requestProblem(rest, error, context2) {
  if (error instanceof GitHubRequestError) return `Could not ${context2.doing}: ${rest.redact(error.message)}`;
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

// src/adapters/github/check-runs.ts
var ANNOTATIONS_PER_REQUEST = 50, OUTPUT_MAX_CHARS = 65535, ANNOTATION_TEXT_MAX_BYTES = 64 * 1024, ANNOTATION_TITLE_MAX_CHARS = 255, ANSWER_MAX_BYTES = 4 * 1024 * 1024, SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, runSchema = external_exports.looseObject({ id: external_exports.number().int().positive() });
async function publishCheckRun(rest, repo, input) {
  let where = {
    doing: `publish the check run "${input.name}" on ${repo.owner}/${repo.repo}`,
    permission: "checks: write",
    notFound: `${repo.owner}/${repo.repo} or commit ${input.headSha} was not found, or the token cannot see it`
  };
  if (!SHA.test(input.headSha)) return { warning: `Could not ${where.doing}: "${input.headSha}" is not a commit SHA` };
  let annotations = input.annotations.map(fitAnnotation), batches = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  let output = (batch) => ({
    title: input.title,
    summary: truncate(input.summary, OUTPUT_MAX_CHARS, "the job summary has all of it"),
    ...input.text === void 0 ? {} : { text: truncate(input.text, OUTPUT_MAX_CHARS, "the job summary has all of it") },
    ...batch ? { annotations: batch } : {}
  }), create = {
    name: input.name,
    head_sha: input.headSha,
    status: "completed",
    conclusion: input.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: output(batches[0]),
    ...input.detailsUrl ? { details_url: input.detailsUrl } : {}
  }, id;
  try {
    let response = await rest.post(`${repoPath(repo)}/check-runs`, create, ANSWER_MAX_BYTES);
    if (response.status !== 201) return { warning: httpProblem(rest, response, where), status: response.status };
    let parsed = runSchema.safeParse(responseJson(response));
    if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered in an unexpected shape` };
    id = parsed.data.id;
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
  let sent = batches[0]?.length ?? 0;
  for (let batch of batches.slice(1)) {
    let update = { output: output(batch) }, more = { ...where, doing: `add annotations to the check run "${input.name}" (${sent} of ${annotations.length} sent)` };
    try {
      let response = await rest.patch(`${repoPath(repo)}/check-runs/${id}`, update, ANSWER_MAX_BYTES);
      if (response.status !== 200) return { id, annotationsSent: sent, warning: httpProblem(rest, response, more) };
    } catch (error) {
      return { id, annotationsSent: sent, warning: requestProblem(rest, error, more) };
    }
    sent += batch.length;
  }
  return { id, annotationsSent: sent };
}
function fitAnnotation(annotation) {
  let start = Math.max(1, Math.trunc(annotation.start_line) || 1), end = Math.max(start, Math.trunc(annotation.end_line) || start), fitted = {
    path: annotation.path || ".",
    start_line: start,
    end_line: end,
    annotation_level: annotation.annotation_level,
    message: truncateBytes(annotation.message, ANNOTATION_TEXT_MAX_BYTES)
  };
  return annotation.title !== void 0 && (fitted.title = truncate(annotation.title, ANNOTATION_TITLE_MAX_CHARS)), annotation.raw_details !== void 0 && (fitted.raw_details = truncateBytes(annotation.raw_details, ANNOTATION_TEXT_MAX_BYTES)), start === end && annotation.start_column !== void 0 && (fitted.start_column = annotation.start_column), start === end && annotation.end_column !== void 0 && (fitted.end_column = annotation.end_column), fitted;
}
function truncate(text, max, where) {
  if (text.length <= max) return text;
  let note = where ? `

\u2026 truncated (${where})` : "\u2026";
  return cutChars(text, Math.max(0, max - note.length)) + note;
}
function cutChars(text, length) {
  let cut = text.slice(0, length), last = cut.charCodeAt(cut.length - 1);
  return last >= 55296 && last <= 56319 ? cut.slice(0, -1) : cut;
}
function truncateBytes(text, maxBytes) {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let note = "\u2026 (truncated)", room = maxBytes - Buffer.byteLength(note), cut = cutChars(text, room);
  for (; Buffer.byteLength(cut) > room; ) cut = cutChars(cut, Math.max(0, cut.length - Math.ceil((Buffer.byteLength(cut) - room) / 3)));
  return cut + note;
}

// src/adapters/github/code-scanning.ts
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
var SARIF_MAX_GZIP_BYTES = 1e7, ANSWER_MAX_BYTES2 = 1024 * 1024, SHA2 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, REF = /^refs\/(?:heads|tags|pull)\/\S+$/, NOT_ENABLED = "code scanning is not enabled or not available for this repository (on private repositories it needs GitHub Advanced Security / Code Security; on GitHub Enterprise Server, Advanced Security)", receiptSchema = external_exports.looseObject({ id: external_exports.string().min(1) }), statusSchema = external_exports.looseObject({
  processing_status: external_exports.enum(["pending", "complete", "failed"]).nullish(),
  errors: external_exports.array(external_exports.string()).nullish()
});
async function uploadSarif(rest, repo, upload) {
  let where = {
    doing: `upload SARIF to code scanning of ${repo.owner}/${repo.repo}`,
    permission: "security-events: write",
    notFound: NOT_ENABLED,
    // GitHub answers 403, not 404, when the repository lacks Advanced Security.
    forbiddenUnlessPermission: { messageMatches: /advanced security|code scanning is not enabled/i, meaning: NOT_ENABLED }
  }, refused = badInput(upload);
  if (refused) return { warning: `Could not ${where.doing}: ${refused}` };
  let gzipped = gzipSync(Buffer.from(upload.sarif, "utf8"));
  if (gzipped.length > SARIF_MAX_GZIP_BYTES)
    return { warning: `Could not ${where.doing}: it is ${gzipped.length} bytes gzipped, over GitHub's limit of ${SARIF_MAX_GZIP_BYTES}` };
  let request = {
    commit_sha: upload.commitSha,
    ref: upload.ref,
    sarif: gzipped.toString("base64"),
    ...upload.checkoutUri ? { checkout_uri: upload.checkoutUri } : {}
  }, id;
  try {
    let response = await rest.post(`${repoPath(repo)}/code-scanning/sarifs`, request, ANSWER_MAX_BYTES2);
    if (response.status !== 202 && response.status !== 200) return { warning: httpProblem(rest, response, where) };
    let parsed = receiptSchema.safeParse(responseJson(response));
    if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered without an upload id` };
    id = parsed.data.id;
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
  return upload.wait ? waitForProcessing(rest, repo, id, upload.wait, where) : { id };
}
async function waitForProcessing(rest, repo, id, wait, where) {
  let interval = Math.max(1, wait.intervalMs), maxPolls = Math.max(1, Math.ceil(wait.timeoutMs / interval)), deadline = Date.now() + wait.timeoutMs, poll = { ...where, doing: `read the processing status of SARIF upload ${id} on ${repo.owner}/${repo.repo}` };
  for (let polls = 0; polls < maxPolls && Date.now() < deadline; polls++) {
    await sleep(interval);
    try {
      let response = await rest.get(`${repoPath(repo)}/code-scanning/sarifs/${encodeURIComponent(id)}`, ANSWER_MAX_BYTES2);
      if (response.status === 404) continue;
      if (response.status !== 200) return { id, warning: httpProblem(rest, response, poll) };
      let parsed = statusSchema.safeParse(responseJson(response));
      if (!parsed.success) return { id, warning: `Could not ${poll.doing}: GitHub answered in an unexpected shape` };
      let status = parsed.data.processing_status ?? "pending";
      if (status === "complete") return { id, status };
      if (status === "failed") {
        let errors = (parsed.data.errors ?? []).map((error) => rest.redact(error)), said = errors.length > 0 ? `: ${errors.join("; ")}` : " (no errors given)";
        return { id, status, errors, warning: `Code scanning failed to process SARIF upload ${id} on ${repo.owner}/${repo.repo}${said}` };
      }
    } catch (error) {
      return { id, warning: requestProblem(rest, error, poll) };
    }
  }
  return {
    id,
    status: "pending",
    warning: `Code scanning had not processed SARIF upload ${id} on ${repo.owner}/${repo.repo} after ${wait.timeoutMs} ms; not waiting longer`
  };
}
function badInput(upload) {
  if (!SHA2.test(upload.commitSha)) return `"${upload.commitSha}" is not a commit SHA`;
  if (!REF.test(upload.ref)) return `"${upload.ref}" is not a full Git ref (refs/heads/\u2026, refs/tags/\u2026 or refs/pull/\u2026)`;
  try {
    JSON.parse(upload.sarif);
  } catch {
    return "the SARIF is not JSON";
  }
}

// src/adapters/github/comments.ts
var COMMENT_MAX_CHARS = 65536, PER_PAGE2 = 100, MAX_PAGES = 50, PAGE_MAX_BYTES2 = 32 * 1024 * 1024, ANSWER_MAX_BYTES3 = 1024 * 1024, MARKER = /^<!--[^]*-->$/, commentSchema = external_exports.looseObject({
  id: external_exports.number().int().positive(),
  body: external_exports.string().nullish(),
  // null for a deleted ("ghost") account.
  user: external_exports.looseObject({ login: external_exports.string(), type: external_exports.string() }).nullish()
});
function context(repo, issueNumber, doing) {
  return {
    doing: `${doing} the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}`,
    permission: "pull-requests: write",
    notFound: `${repo.owner}/${repo.repo}#${issueNumber} was not found, or the token cannot see it`
  };
}
async function findComment(rest, repo, issueNumber, marker, author) {
  let problem = badInput2(marker, issueNumber);
  if (problem) return { warning: problem };
  let where = context(repo, issueNumber, "find"), url = rest.resolve(`${repoPath(repo)}/issues/${issueNumber}/comments?per_page=${PER_PAGE2}`), identity;
  try {
    for (let page = 1; ; page++) {
      let response = await rest.get(url, PAGE_MAX_BYTES2);
      if (response.status !== 200) return { warning: httpProblem(rest, response, where) };
      let parsed = external_exports.array(commentSchema).safeParse(responseJson(response));
      if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered in an unexpected shape` };
      for (let comment of parsed.data)
        if (firstLine(comment.body ?? "") === marker) {
          if (identity === void 0) {
            let learned = await author();
            if ("warning" in learned)
              return { comment: void 0, note: `${learned.warning}, so no comment carrying the marker can be proven the gate's own` };
            identity = learned.identity;
          }
          if (writtenBy(comment, identity)) return { comment: { id: comment.id, body: comment.body ?? "" } };
        }
      let next = nextLink(response.headers.get("link"), response.url);
      if (!next) return { comment: void 0 };
      if (page >= MAX_PAGES)
        return {
          warning: `Could not ${where.doing}: it has more than ${MAX_PAGES * PER_PAGE2} comments; not searching further (and not adding another)`
        };
      url = next;
    }
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}
function firstLine(body) {
  let end = body.search(/\r?\n/);
  return end === -1 ? body : body.slice(0, end);
}
function writtenBy(comment, identity) {
  return comment.user?.login === identity.login && comment.user.type === identity.type;
}
async function upsertComment(rest, repo, issueNumber, marker, body, author) {
  let text = firstLine(body) === marker ? body : `${marker}
${body}`;
  if (text.length > COMMENT_MAX_CHARS)
    return {
      warning: `Could not write the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}: it has ${text.length} characters, GitHub takes at most ${COMMENT_MAX_CHARS}`
    };
  let found = await findComment(rest, repo, issueNumber, marker, author);
  if ("warning" in found) return found;
  let note = found.note === void 0 ? {} : { note: `${found.note}; a new one was added` }, request = { body: text }, existing = found.comment;
  if (existing?.body === text) return { action: "unchanged", id: existing.id };
  let where = context(repo, issueNumber, existing ? "update" : "create");
  try {
    let response = existing ? await rest.patch(`${repoPath(repo)}/issues/comments/${existing.id}`, request, ANSWER_MAX_BYTES3) : await rest.post(`${repoPath(repo)}/issues/${issueNumber}/comments`, request, ANSWER_MAX_BYTES3);
    if (response.status !== (existing ? 200 : 201)) return { warning: httpProblem(rest, response, where) };
    let parsed = commentSchema.safeParse(responseJson(response)), id = parsed.success ? parsed.data.id : existing?.id;
    return { action: existing ? "updated" : "created", ...id !== void 0 && { id }, ...note };
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}
function badInput2(marker, issueNumber) {
  if (!MARKER.test(marker)) return `The comment marker must be a hidden HTML comment (<!-- \u2026 -->), not ${JSON.stringify(marker)}`;
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) return `${issueNumber} is not a pull request number`;
}

// src/adapters/github/contents.ts
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

// src/adapters/github/snappy-block.ts
var SnappyError = class extends Error {
  name = "SnappyError";
}, SnappyTooLargeError = class extends SnappyError {
  constructor(declaredLength, maxLength) {
    super(`it declares ${declaredLength} bytes uncompressed, over the ${maxLength}-byte limit`);
    this.declaredLength = declaredLength;
    this.maxLength = maxLength;
  }
  declaredLength;
  maxLength;
};
function maxSnappyBlockLength(length) {
  return 32 + length + Math.floor(length / 6);
}
function snappyDeclaredLength(block) {
  let length = 0;
  for (let index = 0; index < 5; index++) {
    let byte = block[index];
    if (byte === void 0) throw new SnappyError(block.length === 0 ? "it is empty" : "its length preamble is cut short");
    if (index === 4 && byte > 15) throw new SnappyError("its declared length does not fit in 32 bits");
    if (length += (byte & 127) * 2 ** (7 * index), byte < 128) return { length, headerBytes: index + 1 };
  }
  throw new SnappyError("its declared length does not fit in 32 bits");
}
function littleEndian(block, at, count) {
  let value = 0;
  for (let index = count - 1; index >= 0; index--) value = value * 256 + (block[at + index] ?? 0);
  return value;
}
function snappyDecode(block, maxLength) {
  let { length, headerBytes } = snappyDeclaredLength(block);
  if (length > maxLength) throw new SnappyTooLargeError(length, maxLength);
  let output = Buffer.alloc(length), at = headerBytes, written = 0;
  for (; at < block.length; ) {
    let tag = block[at++] ?? 0;
    if ((tag & 3) === 0) {
      let literal = tag >>> 2;
      if (literal >= 60) {
        let extra = literal - 59;
        if (at + extra > block.length) throw new SnappyError("a literal length is cut short");
        literal = littleEndian(block, at, extra), at += extra;
      }
      if (literal += 1, literal > block.length - at) throw new SnappyError("a literal runs past the end of the input");
      if (literal > length - written) throw new SnappyError(`it writes more than the ${length} bytes it declares`);
      output.set(block.subarray(at, at + literal), written), at += literal, written += literal;
      continue;
    }
    let copy, offset, offsetBytes = [0, 1, 2, 4][tag & 3] ?? 0;
    if (at + offsetBytes > block.length) throw new SnappyError("a copy is cut short");
    if ((tag & 3) === 1 ? (copy = 4 + (tag >>> 2 & 7), offset = (tag >>> 5 << 8) + littleEndian(block, at, 1)) : (copy = 1 + (tag >>> 2), offset = littleEndian(block, at, offsetBytes)), at += offsetBytes, offset === 0) throw new SnappyError("a copy has offset 0");
    if (offset > written) throw new SnappyError("a copy refers to before the start of the output");
    if (copy > length - written) throw new SnappyError(`it writes more than the ${length} bytes it declares`);
    if (offset >= copy)
      output.copyWithin(written, written - offset, written - offset + copy);
    else
      for (let index = 0; index < copy; index++) output[written + index] = output[written - offset + index] ?? 0;
    written += copy;
  }
  if (written !== length) throw new SnappyError(`it ends after ${written} of the ${length} bytes it declares`);
  return output;
}

// src/adapters/github/token-identity.ts
var ANSWER_MAX_BYTES4 = 64 * 1024, VIEWER_QUERY = "query { viewer { login } }", LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98})(?:\[bot\])?$/, viewerAnswer = external_exports.object({ data: external_exports.object({ viewer: external_exports.object({ login: external_exports.string().regex(LOGIN) }) }) }), userAnswer = external_exports.object({ login: external_exports.string().regex(LOGIN), type: external_exports.enum(["User", "Bot"]) });
function graphqlUrl(apiBase, fromEnv) {
  if (fromEnv)
    try {
      return new URL(fromEnv);
    } catch {
    }
  let path = apiBase.pathname.replace(/\/+$/, "");
  return new URL(path.endsWith("/api/v3") ? `${path.slice(0, -3)}/graphql` : `${path}/graphql`, apiBase);
}
var ASK_GRAPHQL = { doing: "learn which account the token acts as from GraphQL (viewer)" }, ASK_REST = { doing: "learn it from GET /user either" };
async function tokenIdentity(rest, graphql) {
  let viewerProblem;
  try {
    let response = await rest.post(graphql, { query: VIEWER_QUERY }, ANSWER_MAX_BYTES4), parsed = viewerAnswer.safeParse(responseJson(response));
    if (response.status === 200 && parsed.success) {
      let login = parsed.data.data.viewer.login;
      return { identity: { login, type: login.endsWith("[bot]") ? "Bot" : "User" } };
    }
    viewerProblem = answerProblem(rest, response, ASK_GRAPHQL);
  } catch (error) {
    viewerProblem = requestProblem(rest, error, ASK_GRAPHQL);
  }
  let userProblem;
  try {
    let response = await rest.get("user", ANSWER_MAX_BYTES4), parsed = userAnswer.safeParse(responseJson(response));
    if (response.status === 200 && parsed.success) return { identity: parsed.data };
    userProblem = answerProblem(rest, response, ASK_REST);
  } catch (error) {
    userProblem = requestProblem(rest, error, ASK_REST);
  }
  return { warning: `${viewerProblem}. ${userProblem}` };
}
function answerProblem(rest, response, context2) {
  return response.status === 200 ? `Could not ${context2.doing}: GitHub answered in an unexpected shape${githubSaid(rest, response)}` : httpProblem(rest, response, context2);
}

export {
  GitHubRequestError,
  GitHubRest,
  GitHubApiError,
  splitRepository,
  listAttestations,
  publishCheckRun,
  uploadSarif,
  findComment,
  upsertComment,
  RepositoryAtCommit,
  SnappyError,
  SnappyTooLargeError,
  maxSnappyBlockLength,
  snappyDecode,
  graphqlUrl,
  tokenIdentity
};
