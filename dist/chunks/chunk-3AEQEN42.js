import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  BodyTooLargeError,
  isLoopbackHost,
  nextLink,
  readLimited
} from "./chunk-C2M375M5.js";
import {
  IMAGE_GATE_VERSION
} from "./chunk-OGSR4OQS.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";

// src/github/rest.ts
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
      return { status: response.status, headers: response.headers, url, body: await readCapped(response, maxBytes, url) };
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
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError") ? "timed out" : error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
}
async function readCapped(response, maxBytes, url) {
  let declared = Number(response.headers.get("content-length")), tooLarge = () => new GitHubRequestError(`GitHub API sent more than ${maxBytes} bytes for ${url.pathname}; refusing it`);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw await response.body?.cancel(), tooLarge();
  try {
    return await readLimited(response, maxBytes);
  } catch (error) {
    throw error instanceof BodyTooLargeError ? tooLarge() : new GitHubRequestError(`Reading the GitHub API answer for ${url.pathname} failed: ${reason(error)}`, { cause: error });
  }
}

// src/github/attestations.ts
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
  return response.status === 401 ? new GitHubApiError(
    `GitHub API rejected the token for ${where} (HTTP 401): it is invalid or expired`
  ) : response.headers.get("x-ratelimit-remaining") === "0" || response.status === 429 ? new GitHubApiError(`GitHub API rate limit exceeded reading ${where} (HTTP ${response.status})${authenticated ? "" : "; give a token"}`) : new GitHubApiError(
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

export {
  GitHubRequestError,
  repoPath,
  GitHubRest,
  responseJson,
  GitHubApiError,
  splitRepository,
  listAttestations
};
