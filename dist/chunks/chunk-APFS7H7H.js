import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  normalizeRegistryHost
} from "./chunk-UKJDPQHB.js";
import {
  GateError,
  infrastructureError
} from "./chunk-QTDHMDYW.js";

// src/http/read-limited.ts
var BodyTooLargeError = class extends Error {
  name = "BodyTooLargeError";
};
async function readLimited(response, maxBytes) {
  if (!response.body) return Buffer.alloc(0);
  let reader = response.body.getReader(), chunks = [], size = 0;
  for (; ; ) {
    let { done, value } = await reader.read();
    if (done) break;
    if (size += value.byteLength, size > maxBytes)
      throw await reader.cancel(), new BodyTooLargeError(`body longer than ${maxBytes} bytes`);
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

// src/registry/http.ts
import { createHash } from "node:crypto";

// src/registry/request-limit.ts
var RequestLimiter = class {
  constructor(limit) {
    this.limit = limit;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a request limit must be a whole number of at least 1, not ${String(limit)}`);
  }
  limit;
  active = 0;
  waiting = [];
  /** The most slots ever held at once: what tests and the bench can read. */
  peak = 0;
  /** Waits for a free slot (first come, first served). */
  async acquire() {
    this.active >= this.limit ? await new Promise((resolve) => this.waiting.push(resolve)) : this.active++, this.peak = Math.max(this.peak, this.active);
    let released = !1;
    return () => {
      if (released) return;
      released = !0;
      let next = this.waiting.shift();
      next ? next() : this.active--;
    };
  }
  /** Requests holding a slot now. */
  get inFlight() {
    return this.active;
  }
  /** Requests waiting for a slot now. */
  get queued() {
    return this.waiting.length;
  }
}, shared = new RequestLimiter(8);
function sharedRequestLimiter() {
  return shared;
}

// src/registry/http.ts
var MAX_REDIRECTS = 5, REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]), RETRY_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]), ERROR_BODY_MAX = 64 * 1024, NULL_BODY_STATUSES = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
function isLoopbackHost(hostname) {
  let host = hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function displayUrl(url) {
  return `${url.protocol}//${url.host}${url.pathname}`;
}
function isTimeout(error) {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}
function networkReason(error) {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    let code = current.code;
    if (typeof code == "string" && code !== "UND_ERR_SOCKET")
      return `${code}${current.message && !current.message.includes(code) ? `: ${current.message}` : ""}`;
    if (!(current.cause instanceof Error)) return current.message;
    current = current.cause;
  }
  return String(error);
}
var Transport = class {
  constructor(options) {
    this.options = options;
    this.insecure = new Set(options.insecureRegistries.map((host) => normalizeRegistryHost(host))), this.limiter = options.limiter ?? sharedRequestLimiter();
  }
  options;
  insecure;
  limiter;
  /** Plain HTTP only where no one else can sit on the wire (loopback) or where the user said so. */
  allowsPlainHttp(url) {
    return isLoopbackHost(url.hostname) || this.insecure.has(url.host.toLowerCase()) || this.insecure.has(url.hostname.toLowerCase());
  }
  baseUrl(host) {
    let https = new URL(`https://${host}/`);
    return this.allowsPlainHttp(https) ? new URL(`http://${host}/`) : https;
  }
  checkScheme(url, request) {
    if (url.protocol !== "https:" && !(url.protocol === "http:" && this.allowsPlainHttp(url)))
      throw infrastructureError(
        `Refusing ${displayUrl(url)} for ${request.what}: only https is allowed for ${url.host} (plain http is for loopback hosts and insecure registries the user lists)`
      );
  }
  /**
   * Sends the request, following redirects and retrying transient failures. Answers with any status
   * other than the retried ones are returned for the caller to judge; the body is read under the same timeout.
   * Each attempt holds a slot of the shared limiter until its body is read, cancelled or timed out; the
   * slot is given back before a retry pause, so a waiting retry never starves the others. The caller
   * must read or cancel the body before it sends another request, or it holds two slots.
   */
  async send(request) {
    let attempts = this.options.retryDelaysMs.length + 1;
    for (let attempt = 1; ; attempt++) {
      let release = await this.limiter.acquire(), signal = AbortSignal.timeout(this.options.timeoutMs), response;
      try {
        response = await this.sendOnce(request, signal);
      } catch (error) {
        if (release(), isTimeout(error))
          throw infrastructureError(`Registry ${request.registry} did not answer within ${this.options.timeoutMs} ms for ${request.what}`, error);
        if (error instanceof GateError) throw error;
        if (attempt < attempts) {
          this.options.logger.debug(`${request.method} ${displayUrl(request.url)} failed (${networkReason(error)}); retrying`), await this.pause(attempt);
          continue;
        }
        throw infrastructureError(`Could not reach registry ${request.registry} for ${request.what}: ${networkReason(error)}`, error);
      }
      if (!RETRY_STATUSES.has(response.status)) return holdUntilRead(response, release, signal);
      let status;
      try {
        status = await describeStatus(response);
      } finally {
        release();
      }
      if (attempt < attempts) {
        this.options.logger.debug(`${request.method} ${displayUrl(request.url)} answered ${response.status}; retrying`), await this.pause(attempt);
        continue;
      }
      throw infrastructureError(
        `Registry ${request.registry} answered ${status} for ${request.what} (${attempts} ${attempts === 1 ? "attempt" : "attempts"})`
      );
    }
  }
  async pause(attempt) {
    let delay = this.options.retryDelaysMs[attempt - 1] ?? 0;
    delay > 0 && await new Promise((resolve) => setTimeout(resolve, delay));
  }
  async sendOnce(request, signal) {
    let url = request.url, method = request.method, body = request.body, headers = { "user-agent": this.options.userAgent, ...request.headers };
    for (let hop = 0; ; hop++) {
      this.checkScheme(url, request);
      let response = await fetch(url, { method, headers, body, redirect: "manual", signal });
      if (this.options.logger.debug(`${method} ${displayUrl(url)} -> ${response.status}`), !REDIRECT_STATUSES.has(response.status)) return response;
      let location = response.headers.get("location");
      if (await response.body?.cancel(), !location)
        throw infrastructureError(`Registry ${request.registry} redirected ${request.what} without a Location`);
      if (hop >= MAX_REDIRECTS)
        throw infrastructureError(`Registry ${request.registry} redirected ${request.what} more than ${MAX_REDIRECTS} times`);
      let next = new URL(location, url);
      next.origin !== url.origin && delete headers.authorization, response.status === 303 && method === "POST" && (method = "GET", body = void 0), url = next;
    }
  }
};
function holdUntilRead(response, release, signal) {
  let body = response.body;
  if (body === null || NULL_BODY_STATUSES.has(response.status) || response.status < 200 || response.status > 599)
    return release(), response;
  let done = () => {
    signal.removeEventListener("abort", done), release();
  };
  signal.addEventListener("abort", done, { once: !0 }), signal.aborted && done();
  let reader = bytesReader(body), held = new ReadableStream(
    {
      async pull(controller) {
        try {
          let chunk = await reader.read();
          chunk.done ? (done(), controller.close()) : controller.enqueue(chunk.value);
        } catch (error) {
          done(), controller.error(error);
        }
      },
      async cancel(reason) {
        done(), await reader.cancel(reason);
      }
    },
    { highWaterMark: 0 }
  );
  return new Response(held, { status: response.status, statusText: response.statusText, headers: response.headers });
}
async function describeStatus(response) {
  let codes = await errorCodes(response);
  return codes.length ? `HTTP ${response.status}, ${codes.join(", ")}` : `HTTP ${response.status}`;
}
async function errorCodes(response) {
  try {
    let text = (await readLimited(response, ERROR_BODY_MAX)).toString("utf8"), json = JSON.parse(text);
    if (typeof json != "object" || json === null || !("errors" in json) || !Array.isArray(json.errors)) return [];
    let codes = json.errors.map((entry) => typeof entry == "object" && entry !== null && "code" in entry ? entry.code : void 0).filter((code) => typeof code == "string" && /^[A-Z][A-Z_]{0,63}$/.test(code));
    return [...new Set(codes)];
  } catch {
    return [];
  }
}
function bytesReader(body) {
  return body.getReader();
}
async function readBody(response, options) {
  let tooLarge = () => infrastructureError(`Registry ${options.registry} served more than ${options.maxBytes} bytes for ${options.what}; refusing it`), declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > options.maxBytes)
    throw await response.body?.cancel(), tooLarge();
  let hash = createHash(options.algorithm), chunks = [], size = 0;
  if (response.body) {
    let reader = bytesReader(response.body);
    try {
      for (; ; ) {
        let { done, value } = await reader.read();
        if (done) break;
        if (size += value.byteLength, size > options.maxBytes)
          throw await reader.cancel(), tooLarge();
        hash.update(value), chunks.push(Buffer.from(value));
      }
    } catch (error) {
      throw isTimeout(error) ? infrastructureError(`Registry ${options.registry} did not finish sending ${options.what} within ${options.timeoutMs} ms`, error) : error instanceof GateError ? error : infrastructureError(`Reading ${options.what} from registry ${options.registry} failed: ${networkReason(error)}`, error);
    }
  }
  return { bytes: Buffer.concat(chunks), digest: `${options.algorithm}:${hash.digest("hex")}` };
}

export {
  BodyTooLargeError,
  readLimited,
  isLoopbackHost,
  displayUrl,
  Transport,
  describeStatus,
  readBody
};
