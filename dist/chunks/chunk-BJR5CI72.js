import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  isDigest
} from "./chunk-WX6WFRWC.js";
import {
  runProcess
} from "./chunk-I7O7NM34.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";
import {
  INPUT_LIMITS,
  InputFileError,
  readInputTextSync
} from "./chunk-ELAGO25P.js";
import {
  GateError,
  configError,
  errorMessage,
  infrastructureError
} from "./chunk-YQNRIA6J.js";

// src/adapters/registry/credentials.ts
import { homedir } from "node:os";
import { join } from "node:path";
var HUB_ALIASES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]), HUB_SERVER_URL = "https://index.docker.io/v1/", HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, HELPER_TIMEOUT_MS = 3e4, HELPER_MAX_OUTPUT = 1024 * 1024;
function normalizeRegistryHost(value) {
  let host = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/.*$/, "").toLowerCase();
  return HUB_ALIASES.has(host) ? "docker.io" : host;
}
function defaultDockerConfigPath(env) {
  let dir = env.DOCKER_CONFIG ? env.DOCKER_CONFIG : join(homedir(), ".docker");
  return join(dir, "config.json");
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function optionalString(value, where) {
  if (value != null) {
    if (typeof value != "string") throw new Error(`${where} must be a string`);
    return value;
  }
}
function parseDockerConfig(text, path) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw configError(`Docker config ${path} is not valid JSON`);
  }
  try {
    if (!isRecord(json)) throw new Error("it must be a JSON object");
    let auths = {};
    if (json.auths !== void 0 && json.auths !== null) {
      if (!isRecord(json.auths)) throw new Error('"auths" must be an object');
      for (let [key, value] of Object.entries(json.auths)) {
        if (!isRecord(value)) throw new Error(`auths["${key}"] must be an object`);
        let entry = {}, auth = optionalString(value.auth, `auths["${key}"].auth`), username = optionalString(value.username, `auths["${key}"].username`), password = optionalString(value.password, `auths["${key}"].password`), identitytoken = optionalString(value.identitytoken, `auths["${key}"].identitytoken`);
        auth && (entry.auth = auth), username && (entry.username = username), password && (entry.password = password), identitytoken && (entry.identitytoken = identitytoken), auths[key] = entry;
      }
    }
    let credHelpers = {};
    if (json.credHelpers !== void 0 && json.credHelpers !== null) {
      if (!isRecord(json.credHelpers)) throw new Error('"credHelpers" must be an object');
      for (let [key, value] of Object.entries(json.credHelpers)) {
        let helper = optionalString(value, `credHelpers["${key}"]`);
        helper && (credHelpers[key] = checkHelperName(helper, `credHelpers["${key}"]`));
      }
    }
    let config = { path, auths, credHelpers }, credsStore = optionalString(json.credsStore, '"credsStore"');
    return credsStore && (config.credsStore = checkHelperName(credsStore, '"credsStore"')), config;
  } catch (error) {
    throw error instanceof GateError ? error : configError(`Docker config ${path} is invalid: ${errorMessage(error)}`);
  }
}
function checkHelperName(name, where) {
  if (!HELPER_NAME.test(name)) throw new Error(`${where} is not a credential helper name`);
  return name;
}
function readDockerConfig(location) {
  let text;
  try {
    text = readInputTextSync(location.path, { what: "Docker config", maxBytes: INPUT_LIMITS.dockerConfig });
  } catch (error) {
    if (error instanceof InputFileError && error.problem === "missing" && !location.required) return;
    throw error;
  }
  return parseDockerConfig(text, location.path);
}
function findEntry(map, registry) {
  for (let [key, value] of Object.entries(map))
    if (normalizeRegistryHost(key) === registry) return [key, value];
}
function credentialFromAuths(config, registryHost) {
  let registry = normalizeRegistryHost(registryHost), found = findEntry(config.auths, registry);
  if (!found) return;
  let [key, entry] = found, source = `${config.path} (auths "${key}")`;
  if (entry.identitytoken) return { kind: "identity-token", identityToken: entry.identitytoken, source };
  if (entry.auth) {
    let decoded = Buffer.from(entry.auth, "base64").toString("utf8"), colon = decoded.indexOf(":");
    if (colon <= 0 || !/^[A-Za-z0-9+/=\s]+$/.test(entry.auth))
      throw configError(`Docker config ${config.path}: auths["${key}"].auth is not base64 of "username:password"`);
    return { kind: "password", username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (entry.username && entry.password)
    return { kind: "password", username: entry.username, password: entry.password, source };
}
function helperFor(config, registryHost) {
  let registry = normalizeRegistryHost(registryHost);
  return findEntry(config.credHelpers, registry)?.[1] ?? config.credsStore;
}
async function credentialFromHelper(helper, registryHost, logger, baseEnv) {
  let registry = normalizeRegistryHost(registryHost), serverUrl = registry === "docker.io" ? HUB_SERVER_URL : registry, program = `docker-credential-${checkHelperName(helper, "credential helper")}`, result = await runHelper(program, serverUrl, baseEnv);
  if (result.kind === "failed") {
    logger.warning(`Credential helper ${program} could not be run for ${registry} (${result.reason}); continuing without its credentials`);
    return;
  }
  if (result.code !== 0) {
    if (/credentials not found/i.test(result.stdout)) return;
    logger.warning(`Credential helper ${program} failed for ${registry} (exit code ${result.code}); continuing without its credentials`);
    return;
  }
  let answer;
  try {
    answer = JSON.parse(result.stdout);
  } catch {
    logger.warning(`Credential helper ${program} printed something that is not JSON for ${registry}; continuing without its credentials`);
    return;
  }
  if (typeof answer.Secret != "string" || answer.Secret === "") return;
  let source = `credential helper ${program}`;
  if (answer.Username === "<token>") return { kind: "identity-token", identityToken: answer.Secret, source };
  if (!(typeof answer.Username != "string" || answer.Username === ""))
    return { kind: "password", username: answer.Username, password: answer.Secret, source };
}
async function runHelper(program, input, baseEnv) {
  let outcome;
  try {
    outcome = await runProcess(program, ["get"], {
      // The helper is found on the PATH of, and runs in, the run's environment: keychains need its HOME, D-Bus address.
      baseEnv,
      timeoutMs: HELPER_TIMEOUT_MS,
      maxStdoutBytes: HELPER_MAX_OUTPUT,
      stopOnStdoutOverflow: !0,
      stdin: input
    });
  } catch (error) {
    let code = error.code;
    return { kind: "failed", reason: code === "ENOENT" ? "not installed" : code ?? errorMessage(error) };
  }
  return outcome.stdoutOverflowed ? { kind: "failed", reason: "output too large" } : outcome.timedOut ? { kind: "failed", reason: `no answer within ${HELPER_TIMEOUT_MS / 1e3} s` } : outcome.signal ? { kind: "failed", reason: `killed by ${outcome.signal}` } : { kind: "ran", code: outcome.exitCode ?? 1, stdout: outcome.stdout };
}
var CredentialStore = class {
  constructor(explicit, dockerConfig, logger, helperEnv) {
    this.explicit = explicit;
    this.dockerConfig = dockerConfig;
    this.logger = logger;
    this.helperEnv = helperEnv;
    for (let entry of explicit)
      if (!entry.registry || !entry.username || !entry.password)
        throw configError(`Registry credentials for "${entry.registry}" need a registry, a username and a password`);
  }
  explicit;
  dockerConfig;
  logger;
  helperEnv;
  cache = /* @__PURE__ */ new Map();
  config = null;
  get(registryHost) {
    let registry = normalizeRegistryHost(registryHost), found = this.cache.get(registry);
    return found || (found = this.lookup(registry), this.cache.set(registry, found)), found;
  }
  async lookup(registry) {
    let explicit = this.explicit.find((entry) => normalizeRegistryHost(entry.registry) === registry);
    if (explicit)
      return this.logger.debug(`Using the given credentials for ${registry}`), { kind: "password", username: explicit.username, password: explicit.password, source: "the given credentials" };
    this.config === null && (this.config = this.dockerConfig && readDockerConfig(this.dockerConfig));
    let config = this.config;
    if (!config) return;
    let helper = helperFor(config, registry);
    if (helper) {
      let fromHelper = await credentialFromHelper(helper, registry, this.logger, this.helperEnv);
      if (fromHelper)
        return this.logger.debug(`Using credentials for ${registry} from ${fromHelper.source}`), fromHelper;
    }
    let fromFile = credentialFromAuths(config, registry);
    return fromFile && this.logger.debug(`Using credentials for ${registry} from ${fromFile.source}`), fromFile;
  }
};

// src/adapters/http/link-header.ts
function nextLink(header, base) {
  if (header)
    for (let match of header.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
      let [, target = "", params = ""] = match, rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
      if ((rels?.[1] ?? rels?.[2] ?? "").toLowerCase().split(/\s+/).includes("next"))
        try {
          return new URL(target, base);
        } catch {
          return;
        }
    }
}

// src/adapters/http/read-limited.ts
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

// src/adapters/registry/http.ts
import { createHash } from "node:crypto";

// src/adapters/registry/request-limit.ts
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

// src/adapters/registry/http.ts
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

// src/adapters/registry/manifest.ts
var MEDIA_TYPE = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json"
}, INDEX_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPE.ociIndex, MEDIA_TYPE.dockerManifestList]), MANIFEST_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifest]), CONFIG_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPE.ociConfig, MEDIA_TYPE.dockerConfig]), MANIFEST_ACCEPT = [MEDIA_TYPE.ociIndex, MEDIA_TYPE.ociManifest, MEDIA_TYPE.dockerManifestList, MEDIA_TYPE.dockerManifest].join(", ");
function isIndexMediaType(mediaType) {
  return INDEX_TYPES.has(mediaType);
}
function isManifestMediaType(mediaType) {
  return MANIFEST_TYPES.has(mediaType);
}
function isImageConfigMediaType(mediaType) {
  return CONFIG_TYPES.has(mediaType);
}
var digestSchema = external_exports.string().refine(isDigest, { error: "not a valid digest" }), annotationsSchema = external_exports.record(external_exports.string(), external_exports.string()), platformSchema = external_exports.looseObject({
  os: external_exports.string(),
  architecture: external_exports.string(),
  variant: external_exports.string().optional(),
  "os.version": external_exports.string().optional()
}), descriptorSchema = external_exports.looseObject({
  mediaType: external_exports.string().min(1),
  digest: digestSchema,
  size: external_exports.number().int().nonnegative(),
  platform: platformSchema.optional(),
  annotations: annotationsSchema.optional(),
  artifactType: external_exports.string().optional()
}), indexSchema = external_exports.looseObject({
  schemaVersion: external_exports.literal(2),
  mediaType: external_exports.string().optional(),
  manifests: external_exports.array(descriptorSchema),
  annotations: annotationsSchema.optional()
}), manifestSchema = external_exports.looseObject({
  schemaVersion: external_exports.literal(2),
  mediaType: external_exports.string().optional(),
  config: descriptorSchema,
  layers: external_exports.array(descriptorSchema),
  subject: descriptorSchema.optional(),
  artifactType: external_exports.string().optional(),
  annotations: annotationsSchema.optional()
}), configSchema = external_exports.looseObject({
  architecture: external_exports.string().min(1),
  os: external_exports.string().min(1),
  variant: external_exports.string().optional(),
  created: external_exports.string().optional(),
  config: external_exports.looseObject({
    User: external_exports.string().nullish(),
    Labels: external_exports.record(external_exports.string(), external_exports.string()).nullish()
  }).nullish(),
  rootfs: external_exports.looseObject({ type: external_exports.string(), diff_ids: external_exports.array(digestSchema) })
});
function firstIssue(error) {
  let issue = error.issues[0];
  return issue ? `${issue.path.length ? issue.path.map(String).join(".") : "(top level)"}: ${issue.message}` : "invalid";
}
function parseJson(bytes, what) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw infrastructureError(`${what} is not valid JSON`);
  }
}
function descriptor(value) {
  let result = { mediaType: value.mediaType, digest: value.digest, size: value.size };
  if (value.platform) {
    let platform = { os: value.platform.os, architecture: value.platform.architecture };
    value.platform.variant && (platform.variant = value.platform.variant), value.platform["os.version"] && (platform["os.version"] = value.platform["os.version"]), result.platform = platform;
  }
  return value.annotations && (result.annotations = value.annotations), value.artifactType && (result.artifactType = value.artifactType), result;
}
function parseManifest(bytes, contentType, what) {
  let json = parseJson(bytes, what);
  if (typeof json != "object" || json === null || Array.isArray(json))
    throw infrastructureError(`${what} is not a JSON object`);
  let declared = "mediaType" in json && typeof json.mediaType == "string" ? json.mediaType : void 0, header = contentType?.split(";")[0]?.trim(), mediaType = declared ?? (header && (INDEX_TYPES.has(header) || MANIFEST_TYPES.has(header)) ? header : void 0);
  if (mediaType ??= "manifests" in json ? MEDIA_TYPE.ociIndex : MEDIA_TYPE.ociManifest, INDEX_TYPES.has(mediaType)) {
    let parsed = indexSchema.safeParse(json);
    if (!parsed.success) throw infrastructureError(`${what} is not a valid image index (${firstIssue(parsed.error)})`);
    let index = { kind: "index", mediaType, manifests: parsed.data.manifests.map(descriptor) };
    return parsed.data.annotations && (index.annotations = parsed.data.annotations), index;
  }
  if (MANIFEST_TYPES.has(mediaType)) {
    let parsed = manifestSchema.safeParse(json);
    if (!parsed.success) throw infrastructureError(`${what} is not a valid image manifest (${firstIssue(parsed.error)})`);
    let manifest = {
      kind: "manifest",
      mediaType,
      config: descriptor(parsed.data.config),
      layers: parsed.data.layers.map(descriptor)
    };
    return parsed.data.subject && (manifest.subject = descriptor(parsed.data.subject)), parsed.data.artifactType && (manifest.artifactType = parsed.data.artifactType), parsed.data.annotations && (manifest.annotations = parsed.data.annotations), manifest;
  }
  throw infrastructureError(`${what} has unsupported media type "${mediaType}" (expected an OCI or Docker v2 manifest or index)`);
}
function parseImageConfig(bytes, what) {
  let parsed = configSchema.safeParse(parseJson(bytes, what));
  if (!parsed.success) throw infrastructureError(`${what} is not a valid image config (${firstIssue(parsed.error)})`);
  let data = parsed.data, config = {
    architecture: data.architecture,
    os: data.os,
    diffIds: data.rootfs.diff_ids,
    labels: data.config?.Labels ?? {}
  };
  return data.variant && (config.variant = data.variant), data.created && (config.created = data.created), typeof data.config?.User == "string" && (config.user = data.config.User), config;
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function parsePlatform(text) {
  let parts = text.trim().split("/"), [os, architecture, variant] = parts;
  if (parts.length < 2 || parts.length > 3 || !os || !architecture || parts.some((part) => !/^[a-z0-9._-]+$/.test(part)))
    throw configError(`Invalid platform "${text}": expected os/architecture[/variant], e.g. linux/amd64`);
  return variant ? { os, architecture, variant } : { os, architecture };
}
function normalVariant(platform) {
  if (!(platform.architecture === "arm64" && platform.variant === "v8"))
    return platform.variant || void 0;
}
function platformMatches(wanted, candidate) {
  if (wanted.os !== candidate.os || wanted.architecture !== candidate.architecture) return !1;
  let variant = normalVariant(wanted);
  return variant === void 0 || variant === normalVariant(candidate);
}
function isAttestation(entry) {
  return entry.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || entry.platform?.os === "unknown" && entry.platform.architecture === "unknown";
}

// src/adapters/registry/request-count.ts
import { AsyncLocalStorage } from "node:async_hooks";
var tallies = new AsyncLocalStorage();
async function countRequests(work) {
  let tally = { sent: 0, outer: tallies.getStore() };
  return { value: await tallies.run(tally, work), requests: tally.sent };
}
function countRequestSent() {
  for (let tally = tallies.getStore(); tally !== void 0; tally = tally.outer) tally.sent++;
}

export {
  normalizeRegistryHost,
  defaultDockerConfigPath,
  CredentialStore,
  nextLink,
  BodyTooLargeError,
  readLimited,
  isLoopbackHost,
  displayUrl,
  Transport,
  describeStatus,
  readBody,
  MEDIA_TYPE,
  MANIFEST_ACCEPT,
  isIndexMediaType,
  isManifestMediaType,
  isImageConfigMediaType,
  parseManifest,
  parseImageConfig,
  formatPlatform,
  parsePlatform,
  platformMatches,
  isAttestation,
  countRequests,
  countRequestSent
};
