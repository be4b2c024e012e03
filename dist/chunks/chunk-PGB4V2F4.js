import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  BodyTooLargeError,
  isLoopbackHost,
  readLimited
} from "./chunk-APFS7H7H.js";
import {
  IMAGE_GATE_VERSION
} from "./chunk-OGSR4OQS.js";
import {
  errorMessage
} from "./chunk-QTDHMDYW.js";

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

export {
  GitHubRequestError,
  repoPath,
  GitHubRest,
  responseJson
};
