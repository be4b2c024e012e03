import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  IMAGE_GATE_VERSION
} from "./chunk-GS55YYJ5.js";
import {
  CredentialStore,
  MANIFEST_ACCEPT,
  MEDIA_TYPE,
  Transport,
  countRequestSent,
  describeStatus,
  displayUrl,
  formatPlatform,
  isAttestation,
  isImageConfigMediaType,
  isIndexMediaType,
  isManifestMediaType,
  nextLink,
  parseImageConfig,
  parseManifest,
  parsePlatform,
  platformMatches,
  readBody
} from "./chunk-BJR5CI72.js";
import {
  apiHost,
  digestProblem,
  formatReference,
  isDigest,
  repositoryName
} from "./chunk-WX6WFRWC.js";
import "./chunk-I7O7NM34.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-ELAGO25P.js";
import {
  configError,
  errorMessage,
  infrastructureError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/adapters/registry/www-authenticate.ts
var TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/, TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/, Cursor = class {
  constructor(text) {
    this.text = text;
  }
  text;
  index = 0;
  /** A method, not a getter: TypeScript narrows a getter like a field and would not see it change as the cursor moves. */
  atEnd() {
    return this.index >= this.text.length;
  }
  peek(offset = 0) {
    return this.text[this.index + offset] ?? "";
  }
  skipSpace() {
    for (; this.peek() === " " || this.peek() === "	"; ) this.index++;
  }
  /** Skips whitespace and any run of empty list elements (",  ,"). */
  skipSeparators() {
    for (; this.peek() === " " || this.peek() === "	" || this.peek() === ","; ) this.index++;
  }
  token() {
    let start = this.index;
    for (; TCHAR.test(this.peek()); ) this.index++;
    return this.text.slice(start, this.index);
  }
  quoted() {
    this.index++;
    let value = "";
    for (; !this.atEnd(); ) {
      let char = this.peek();
      if (char === "\\" && this.index + 1 < this.text.length)
        value += this.peek(1), this.index += 2;
      else {
        if (char === '"')
          return this.index++, value;
        value += char, this.index++;
      }
    }
    throw new Error("unterminated quoted string");
  }
};
function atParam(cursor) {
  let i = cursor.index, text = cursor.text;
  for (; i < text.length && TCHAR.test(text[i] ?? ""); ) i++;
  if (i === cursor.index) return !1;
  for (; text[i] === " " || text[i] === "	"; ) i++;
  if (text[i] !== "=") return !1;
  for (i++; text[i] === " " || text[i] === "	"; ) i++;
  return text[i] !== "=" && text[i] !== "," && i < text.length;
}
function readToken68(cursor) {
  let start = cursor.index, i = start, text = cursor.text;
  for (; i < text.length && TOKEN68_CHAR.test(text[i] ?? ""); ) i++;
  if (i === start) return;
  for (; text[i] === "="; ) i++;
  let end = i;
  for (; text[end] === " " || text[end] === "	"; ) end++;
  if (!(end < text.length && text[end] !== ","))
    return cursor.index = i, text.slice(start, i);
}
function parseWwwAuthenticate(header) {
  let cursor = new Cursor(header), challenges = [];
  for (cursor.skipSeparators(); !cursor.atEnd(); ) {
    let scheme = cursor.token();
    if (!scheme) throw new Error(`unexpected character "${cursor.peek()}" at position ${cursor.index}`);
    let challenge = { scheme: scheme.toLowerCase(), params: {} };
    if (challenges.push(challenge), cursor.skipSpace(), !cursor.atEnd() && cursor.peek() !== "," && !atParam(cursor)) {
      let token68 = readToken68(cursor);
      if (token68 === void 0) throw new Error(`malformed challenge "${scheme}"`);
      challenge.token68 = token68, cursor.skipSeparators();
      continue;
    }
    for (; cursor.skipSeparators(), !(cursor.atEnd() || !atParam(cursor)); ) {
      let name = cursor.token().toLowerCase();
      cursor.skipSpace(), cursor.index++, cursor.skipSpace();
      let value = cursor.peek() === '"' ? cursor.quoted() : cursor.token();
      if (challenge.params[name] = value, cursor.skipSpace(), !cursor.atEnd() && cursor.peek() !== ",")
        throw new Error(`expected "," after parameter "${name}" at position ${cursor.index}`);
    }
  }
  return challenges;
}

// src/adapters/registry/auth.ts
var TOKEN_RESPONSE_MAX = 1024 * 1024, DEFAULT_TOKEN_SECONDS = 60, EXPIRY_MARGIN_MS = 1e4;
function pullScope(repository) {
  return `repository:${repository}:pull`;
}
function basicHeader(username, password) {
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}
function who(credential) {
  return credential ? credential.kind === "password" ? `as "${credential.username}" (from ${credential.source})` : `with the identity token from ${credential.source}` : "anonymously";
}
var RegistryAuthenticator = class {
  constructor(transport, credentials, logger) {
    this.transport = transport;
    this.credentials = credentials;
    this.logger = logger;
  }
  transport;
  credentials;
  logger;
  tokens = /* @__PURE__ */ new Map();
  /** Token requests in flight, by registry and scope: whoever needs the same token meanwhile waits for this one. */
  fetching = /* @__PURE__ */ new Map();
  /** Registries known to want Basic: send it up front instead of waiting for each 401. */
  basic = /* @__PURE__ */ new Map();
  /**
   * The Authorization header to send before any challenge: Basic for a registry known to want it, a cached
   * token, or the token being fetched for this scope right now (waited for, so requests that start together
   * cost one token request). Undefined when nothing is known: the request goes out bare and its 401 says how.
   */
  async current(registry, repository) {
    let basic = this.basic.get(registry);
    if (basic) return basic;
    let key = `${registry} ${pullScope(repository)}`, fetching = this.fetching.get(key);
    if (fetching) return fetching.catch(() => {
    });
    let token = this.tokens.get(key);
    if (token && token.expiresAt > Date.now()) return token.header;
  }
  /** Forget what was sent, after the registry rejected it. */
  invalidate(registry, repository) {
    this.basic.delete(registry), this.tokens.delete(`${registry} ${pullScope(repository)}`);
  }
  /** Credentials in use for a registry, for error messages ("as user X"). */
  async describeIdentity(registry) {
    return who(await this.credentials.get(registry));
  }
  /** Answers a 401: picks the challenge, gets credentials or a token, returns the Authorization header. */
  async authorize(registry, repository, wwwAuthenticate) {
    if (!wwwAuthenticate)
      throw infrastructureError(`Registry ${registry} answered 401 without a WWW-Authenticate challenge`);
    let challenges;
    try {
      challenges = parseWwwAuthenticate(wwwAuthenticate);
    } catch (error) {
      throw infrastructureError(`Registry ${registry} sent a malformed WWW-Authenticate header (${errorMessage(error)})`);
    }
    let bearer = challenges.find((challenge) => challenge.scheme === "bearer");
    if (bearer) return this.bearer(registry, repository, bearer);
    if (challenges.some((challenge) => challenge.scheme === "basic")) return this.basicAuth(registry, repository);
    let schemes = challenges.map((challenge) => challenge.scheme).join(", ") || "none";
    throw infrastructureError(`Registry ${registry} asks for an unsupported authentication scheme (${schemes})`);
  }
  async basicAuth(registry, repository) {
    let credential = await this.credentials.get(registry);
    if (!credential)
      throw configError(
        `Registry ${registry} requires authentication to pull ${repository} and no credentials were given for it (set registry credentials or run docker login)`
      );
    if (credential.kind !== "password")
      throw configError(`Registry ${registry} asks for Basic authentication but only an identity token is configured for it (${credential.source})`);
    let header = basicHeader(credential.username, credential.password);
    return this.basic.set(registry, header), header;
  }
  /**
   * One token request per registry and scope at a time: a second 401 for the scope joins the one in flight, and one
   * that arrives after it finished takes the token it left. That token is newer than the request that met the 401:
   * the client invalidates the token it sent before it asks here, so a cached one was fetched since.
   */
  bearer(registry, repository, challenge) {
    let key = `${registry} ${pullScope(repository)}`, inFlight = this.fetching.get(key);
    if (inFlight) return inFlight;
    let cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.header);
    let fetched = this.fetchToken(registry, repository, challenge).finally(() => this.fetching.delete(key));
    return this.fetching.set(key, fetched), fetched;
  }
  async fetchToken(registry, repository, challenge) {
    let scope = pullScope(repository), key = `${registry} ${scope}`, realm = challenge.params.realm;
    if (!realm) throw infrastructureError(`Registry ${registry} sent a Bearer challenge without a realm`);
    let url;
    try {
      url = new URL(realm);
    } catch {
      throw infrastructureError(`Registry ${registry} sent a Bearer realm that is not a URL`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw infrastructureError(`Registry ${registry} sent a Bearer realm that is not an http(s) URL`);
    let credential = await this.credentials.get(registry), service = challenge.params.service, what = `a pull token for ${repository} from ${displayUrl(url)}`, response;
    if (credential?.kind === "identity-token") {
      let form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: credential.identityToken, client_id: "image-gate", scope });
      service && form.set("service", service), response = await this.transport.send({
        method: "POST",
        url,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: form.toString(),
        what,
        registry
      });
    } else {
      service && url.searchParams.set("service", service), url.searchParams.set("scope", scope);
      let headers = {};
      credential && (headers.authorization = basicHeader(credential.username, credential.password)), response = await this.transport.send({ method: "GET", url, headers, what, registry });
    }
    if (response.status === 401 || response.status === 403) {
      let status = await describeStatus(response);
      throw credential ? configError(`Authentication to registry ${registry} failed ${who(credential)} (${status}): check the username and password or token`) : configError(
        `Registry ${registry} refused an anonymous pull token for ${repository} (${status}): it needs credentials (set registry credentials or run docker login)`
      );
    }
    if (response.status !== 200) {
      let status = await describeStatus(response);
      throw infrastructureError(`The token server for ${registry} answered ${status} when asked for ${what}`);
    }
    let { bytes } = await readBody(response, {
      maxBytes: TOKEN_RESPONSE_MAX,
      algorithm: "sha256",
      what,
      registry,
      timeoutMs: this.transport.options.timeoutMs
    }), token = parseTokenResponse(bytes, registry), lifetimeMs = (token.expiresIn ?? DEFAULT_TOKEN_SECONDS) * 1e3, header = `Bearer ${token.token}`;
    return this.tokens.set(key, { header, expiresAt: Date.now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, 0) }), this.logger.debug(`Got a pull token for ${repository} on ${registry} ${who(credential)}`), header;
  }
};
function parseTokenResponse(bytes, registry) {
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw infrastructureError(`The token server for ${registry} answered with something that is not JSON`);
  }
  if (typeof json != "object" || json === null)
    throw infrastructureError(`The token server for ${registry} answered with something that is not a JSON object`);
  let record = json, token = typeof record.token == "string" && record.token ? record.token : record.access_token;
  if (typeof token != "string" || token === "")
    throw infrastructureError(`The token server for ${registry} answered without a token`);
  if (!/^[\x21-\x7e]+$/.test(token)) throw infrastructureError(`The token server for ${registry} answered with a malformed token`);
  let result = { token };
  return typeof record.expires_in == "number" && record.expires_in > 0 && (result.expiresIn = record.expires_in), result;
}

// src/adapters/registry/pin.ts
async function pin(client, logger, ref, options = {}) {
  let pinned = await pinManifests(client, ref, options), platforms = [];
  for (let entry of pinned.platforms) platforms.push(await readPlatformImage(client, logger, ref, entry));
  return { reference: pinned.reference, digest: pinned.digest, mediaType: pinned.mediaType, platforms };
}
async function pinManifests(client, ref, options = {}) {
  let required = [...options.platform === void 0 ? [] : [options.platform], ...options.platforms ?? []], wanted = required.length === 0 ? void 0 : required.map(parsePlatform), preferred = options.defaultPlatform === void 0 ? void 0 : parsePlatform(options.defaultPlatform), resolved = await client.resolve(ref), top = await client.getManifest(ref, resolved.digest), reference = { ...ref, digest: top.digest };
  if (top.manifest.kind === "manifest") {
    let direct = { digest: top.digest, mediaType: top.mediaType, manifest: top.manifest, ...wanted && { requiredPlatforms: wanted } };
    return { reference, digest: top.digest, mediaType: top.mediaType, platforms: [direct] };
  }
  let entries = client.imageEntries(ref, top.manifest.manifests), target = wanted ?? (entries.length > 1 && preferred ? [preferred] : void 0), selected = target ? selectPlatforms(ref, entries, target) : entries, platforms = [];
  for (let entry of selected) {
    let child = await client.getReferencedManifest(ref, entry.digest);
    if (child.manifest.kind !== "manifest")
      throw infrastructureError(`${repositoryName(ref)}@${entry.digest} is an index nested in an index; that is not supported`);
    if (child.bytes.length !== entry.size)
      throw infrastructureError(`Manifest ${repositoryName(ref)}@${entry.digest} is ${child.bytes.length} bytes but the index says ${entry.size}`);
    platforms.push({
      digest: child.digest,
      mediaType: child.mediaType,
      manifest: child.manifest,
      ...entry.platform && { declared: entry.platform }
    });
  }
  return { reference, digest: top.digest, mediaType: top.mediaType, platforms };
}
async function readPlatformImage(client, logger, ref, entry) {
  let config = await client.getImageConfig(ref, entry.manifest), fromConfig = configPlatform(config), missing = entry.requiredPlatforms?.find((required) => !platformMatches(required, fromConfig));
  if (missing)
    throw configError(`Image ${formatReference(ref)} is for ${formatPlatform(fromConfig)}, not ${formatPlatform(missing)}`);
  let declared = entry.declared;
  return declared && (declared.os !== fromConfig.os || declared.architecture !== fromConfig.architecture) && logger.warning(
    `${repositoryName(ref)}@${entry.digest} is listed as ${formatPlatform(declared)} but its config says ${formatPlatform(fromConfig)}`
  ), {
    platform: formatPlatform(declared ?? fromConfig),
    digest: entry.digest,
    mediaType: entry.mediaType,
    configDigest: entry.manifest.config.digest,
    config,
    layers: entry.manifest.layers
  };
}
function configPlatform(config) {
  return config.variant ? { os: config.os, architecture: config.architecture, variant: config.variant } : { os: config.os, architecture: config.architecture };
}
function selectPlatforms(ref, entries, wanted) {
  let selected = new Set(wanted.map((platform) => selectPlatform(ref, entries, platform)));
  return entries.filter((entry) => selected.has(entry));
}
function selectPlatform(ref, entries, wanted) {
  let candidates = entries.filter((entry) => entry.platform && platformMatches(wanted, entry.platform)), available = entries.map((entry) => entry.platform ? formatPlatform(entry.platform) : entry.digest).join(", ");
  if (candidates.length === 0)
    throw configError(`Image ${formatReference(ref)} has no ${formatPlatform(wanted)} variant (it has: ${available})`);
  if (candidates.length === 1 || wanted.variant) return candidates[0];
  let plain = candidates.filter((entry) => !entry.platform?.variant);
  if (plain.length === 1) return plain[0];
  throw configError(
    `Image ${formatReference(ref)} has several ${formatPlatform(wanted)} variants (${candidates.map((entry) => formatPlatform(entry.platform)).join(", ")}); name one, e.g. ${formatPlatform(candidates[0]?.platform)}`
  );
}

// src/adapters/registry/client.ts
var MANIFEST_MAX_BYTES = 4 * 1024 * 1024, CONFIG_MAX_BYTES = 8 * 1024 * 1024, DEFAULT_TIMEOUT_MS = 3e4, DEFAULT_RETRY_DELAYS_MS = [250, 1e3], DEFAULT_USER_AGENT = `image-gate/${IMAGE_GATE_VERSION}`, CountingTransport = class extends Transport {
  sent = 0;
  async send(request) {
    return this.sent++, countRequestSent(), super.send(request);
  }
}, TAGS_MAX_BYTES = 4 * 1024 * 1024, TAGS_MAX_PAGES = 20, REFERRERS_MAX_BYTES = 4 * 1024 * 1024, REFERRERS_MAX_PAGES = 5, SKIPPED_ENTRIES_LOGGED = 10;
function algorithmOf(digest) {
  return digest.slice(0, digest.indexOf(":"));
}
var RegistryClient = class {
  transport;
  auth;
  logger;
  /** Verified manifests by registry/repository@digest, so resolving then fetching costs one GET. */
  manifests = /* @__PURE__ */ new Map();
  constructor(options) {
    this.logger = options.logger, this.transport = new CountingTransport({
      logger: options.logger,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      insecureRegistries: options.insecureRegistries ?? [],
      ...options.requestLimiter && { limiter: options.requestLimiter }
    });
    let store = new CredentialStore(options.credentials ?? [], options.dockerConfig, options.logger, options.helperEnv ?? {});
    this.auth = new RegistryAuthenticator(this.transport, store, options.logger);
  }
  /** Whether this registry is reached over plain HTTP (loopback or listed insecure); Trivy must then be told so too. */
  isPlainHttp(registry) {
    return this.transport.baseUrl(apiHost({ registry, repository: "x" })).protocol === "http:";
  }
  /** The tag's (or given digest's) manifest digest, without trusting anything but the registry's answer for a tag. */
  async resolve(ref) {
    let reference = ref.digest ?? ref.tag ?? "latest", response = await this.request(ref, "HEAD", { kind: "manifest", reference }, { accept: MANIFEST_ACCEPT });
    if (response.status === 405 || response.status === 501) {
      await response.body?.cancel();
      let fetched2 = await this.getManifest(ref, reference);
      return { digest: fetched2.digest, mediaType: fetched2.mediaType, size: fetched2.bytes.length };
    }
    await this.expectOk(ref, response, { kind: "manifest", reference });
    let header = response.headers.get("docker-content-digest")?.trim(), mediaType = response.headers.get("content-type")?.split(";")[0]?.trim() ?? "", size = Number(response.headers.get("content-length") ?? Number.NaN);
    if (ref.digest) {
      if (header && header !== ref.digest)
        throw this.mismatch(ref, ref.digest);
      return { digest: ref.digest, mediaType, size: Number.isFinite(size) ? size : -1 };
    }
    if (header && isDigest(header) && mediaType && Number.isFinite(size)) return { digest: header, mediaType, size };
    let fetched = await this.getManifest(ref, reference);
    return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
  }
  /**
   * Fetches a manifest or index by digest (verified against it) or by tag (hashed, and checked against
   * Docker-Content-Digest when the registry sends one).
   */
  async getManifest(ref, digestOrTag) {
    return this.fetchManifest(ref, digestOrTag, !1);
  }
  /**
   * Like getManifest, but a manifest the registry does not have (404) is `undefined` rather than an
   * error: for tags whose absence is normal, such as cosign's `sha256-<hex>.sig`.
   */
  async getManifestIfPresent(ref, digestOrTag) {
    return this.fetchManifest(ref, digestOrTag, !1, !0);
  }
  /** HTTP requests this client has sent so far, token requests included (for a run's client: the whole run's). */
  get requestCount() {
    return this.transport.sent;
  }
  /**
   * The OCI 1.1 referrers of `digest` (GET /v2/<name>/referrers/<digest>), following the registry's
   * Link pages up to a cap. `undefined` when the registry answers 404: it has no referrers API, and
   * the caller should fall back to the `sha256-<hex>` tag. Every entry still needs its `subject` checked.
   */
  async getReferrers(ref, digest, maxEntries) {
    let problem = digestProblem(digest);
    if (problem) throw configError(`Invalid digest "${digest}" for ${repositoryName(ref)}: ${problem}`);
    let target = { kind: "referrers", digest }, what = describeTarget(ref, target), manifests = [], url;
    for (let page = 1; ; page++) {
      let response = await this.request(ref, "GET", target, { accept: MEDIA_TYPE.ociIndex, url });
      if (page === 1 && response.status === 404) {
        await response.body?.cancel();
        return;
      }
      await this.expectOk(ref, response, target);
      let body = await readBody(response, {
        maxBytes: REFERRERS_MAX_BYTES,
        algorithm: "sha256",
        what,
        registry: ref.registry,
        timeoutMs: this.transport.options.timeoutMs
      }), parsed = parseManifest(body.bytes, response.headers.get("content-type") ?? MEDIA_TYPE.ociIndex, what);
      if (parsed.kind !== "index") throw infrastructureError(`Registry ${ref.registry} answered with an image manifest, not an index, for ${what}`);
      if (manifests.push(...parsed.manifests), manifests.length > maxEntries) return { manifests: manifests.slice(0, maxEntries), truncated: !0 };
      let pageUrl = url ?? new URL(this.path(ref, target), this.transport.baseUrl(apiHost(ref))), next = nextLink(response.headers.get("link"), pageUrl);
      if (!next) return { manifests, truncated: !1 };
      if (page >= REFERRERS_MAX_PAGES) return { manifests, truncated: !0 };
      if (next.origin !== pageUrl.origin)
        throw infrastructureError(`Registry ${ref.registry} sent the next page of ${what} to another host (${next.host}); not following it`);
      url = next;
    }
  }
  /**
   * The repository's tags (GET /v2/<name>/tags/list), following Link pages up to `limit` tags or a
   * page cap, whichever comes first. The registry's order is kept (distribution sorts lexically).
   */
  async listTags(ref, limit) {
    let target = { kind: "tags" }, what = describeTarget(ref, target), tags = [], url;
    for (let page = 1; ; page++) {
      let response = await this.request(ref, "GET", target, { accept: "application/json", url });
      await this.expectOk(ref, response, target);
      let body = await readBody(response, {
        maxBytes: TAGS_MAX_BYTES,
        algorithm: "sha256",
        what,
        registry: ref.registry,
        timeoutMs: this.transport.options.timeoutMs
      });
      if (tags.push(...parseTagList(body.bytes, what)), tags.length > limit) return { tags: tags.slice(0, limit), truncated: !0 };
      let pageUrl = url ?? new URL(this.path(ref, target), this.transport.baseUrl(apiHost(ref))), next = nextLink(response.headers.get("link"), pageUrl);
      if (!next) return { tags, truncated: !1 };
      if (page >= TAGS_MAX_PAGES) return { tags, truncated: !0 };
      if (next.origin !== pageUrl.origin)
        throw infrastructureError(`Registry ${ref.registry} sent the next page of ${what} to another host (${next.host}); not following it`);
      url = next;
    }
  }
  /** Like getManifest, for a digest another manifest names: the registry not having it is the registry's fault. */
  async getReferencedManifest(ref, digest) {
    return this.fetchManifest(ref, digest, !0);
  }
  async fetchManifest(ref, digestOrTag, referenced, optional = !1) {
    let byDigest = digestOrTag.includes(":");
    if (byDigest) {
      let problem = digestProblem(digestOrTag);
      if (problem) throw configError(`Invalid digest "${digestOrTag}" for ${repositoryName(ref)}: ${problem}`);
    }
    let what = `manifest ${repositoryName(ref)}${byDigest ? "@" : ":"}${digestOrTag} on registry ${ref.registry}`, cacheKey = `${repositoryName(ref)}@${digestOrTag}`, cached = byDigest ? this.manifests.get(cacheKey) : void 0, bytes, digest, contentType;
    if (cached)
      ({ bytes } = cached), digest = digestOrTag, contentType = cached.mediaType;
    else {
      let target = { kind: "manifest", reference: digestOrTag, referenced }, response = await this.request(ref, "GET", target, { accept: MANIFEST_ACCEPT });
      if (optional && response.status === 404) {
        await response.body?.cancel();
        return;
      }
      await this.expectOk(ref, response, target), contentType = response.headers.get("content-type") ?? void 0;
      let body = await readBody(response, {
        maxBytes: MANIFEST_MAX_BYTES,
        algorithm: byDigest ? algorithmOf(digestOrTag) : "sha256",
        what,
        registry: ref.registry,
        timeoutMs: this.transport.options.timeoutMs
      });
      if (bytes = body.bytes, digest = body.digest, byDigest && digest !== digestOrTag) throw this.mismatch(ref, digestOrTag);
      let header = response.headers.get("docker-content-digest")?.trim();
      if (!byDigest && header && header.startsWith("sha256:") && header !== digest) throw this.mismatch(ref, header);
    }
    let manifest = parseManifest(bytes, contentType, what);
    return this.manifests.set(`${repositoryName(ref)}@${digest}`, { bytes, mediaType: manifest.mediaType }), { digest, mediaType: manifest.mediaType, bytes, manifest };
  }
  /** Downloads a blob into memory, capped at maxBytes, and verifies it against its digest. */
  async getBlob(ref, digest, maxBytes) {
    let problem = digestProblem(digest);
    if (problem) throw configError(`Invalid blob digest "${digest}" for ${repositoryName(ref)}: ${problem}`);
    let target = { kind: "blob", digest }, response = await this.request(ref, "GET", target, {});
    await this.expectOk(ref, response, target);
    let body = await readBody(response, {
      maxBytes,
      algorithm: algorithmOf(digest),
      what: `blob ${digest} of ${repositoryName(ref)}`,
      registry: ref.registry,
      timeoutMs: this.transport.options.timeoutMs
    });
    if (body.digest !== digest) throw this.mismatch(ref, digest);
    return body.bytes;
  }
  async getImageConfig(ref, manifest) {
    let descriptor = manifest.config;
    if (!isImageConfigMediaType(descriptor.mediaType))
      throw infrastructureError(`${repositoryName(ref)} is not a container image: its config has media type "${descriptor.mediaType}"`);
    if (descriptor.size > CONFIG_MAX_BYTES)
      throw infrastructureError(`The config of ${repositoryName(ref)} is ${descriptor.size} bytes; the limit is ${CONFIG_MAX_BYTES}`);
    let bytes = await this.getBlob(ref, descriptor.digest, CONFIG_MAX_BYTES);
    if (bytes.length !== descriptor.size)
      throw infrastructureError(
        `The config blob ${descriptor.digest} of ${repositoryName(ref)} is ${bytes.length} bytes but its manifest says ${descriptor.size}`
      );
    return parseImageConfig(bytes, `image config ${descriptor.digest} of ${repositoryName(ref)}`);
  }
  /** Pins a reference, configs read: see pin.ts. */
  pin(ref, options = {}) {
    return pin(this, this.logger, ref, options);
  }
  /** Pins a reference's manifests only, never a config: see pin.ts. */
  pinManifests(ref, options = {}) {
    return pinManifests(this, ref, options);
  }
  /** A pinned platform manifest with its config: see pin.ts. */
  readPlatformImage(ref, entry) {
    return readPlatformImage(this, this.logger, ref, entry);
  }
  /**
   * The index entries that are platform images: attestations and other artifacts are not scanned.
   * Throws when there are none. Public so that signature checks visit the same platforms as pins.
   */
  imageEntries(ref, manifests) {
    let skipped = 0, entries = manifests.filter((entry) => isAttestation(entry) ? !1 : isManifestMediaType(entry.mediaType) || isIndexMediaType(entry.mediaType) ? !0 : (++skipped <= SKIPPED_ENTRIES_LOGGED && this.logger.debug(`Skipping ${entry.digest} in ${repositoryName(ref)}: media type ${entry.mediaType} is not an image`), !1));
    if (skipped > SKIPPED_ENTRIES_LOGGED && this.logger.debug(`\u2026 and ${String(skipped - SKIPPED_ENTRIES_LOGGED)} more entries of ${repositoryName(ref)} that are not images skipped`), entries.length === 0)
      throw infrastructureError(`The index ${formatReference(ref)} lists no image manifests`);
    return entries;
  }
  path(ref, target) {
    switch (target.kind) {
      case "manifest":
        return `/v2/${ref.repository}/manifests/${target.reference}`;
      case "blob":
        return `/v2/${ref.repository}/blobs/${target.digest}`;
      case "referrers":
        return `/v2/${ref.repository}/referrers/${target.digest}`;
      case "tags":
        return `/v2/${ref.repository}/tags/list`;
    }
  }
  /** Sends with whatever authorization is known, and answers one 401 by authenticating and retrying. */
  async request(ref, method, target, extra) {
    let host = apiHost(ref), url = extra.url ?? new URL(this.path(ref, target), this.transport.baseUrl(host)), what = describeTarget(ref, target), headers = {};
    extra.accept && (headers.accept = extra.accept);
    let known = await this.auth.current(ref.registry, ref.repository);
    known && (headers.authorization = known);
    let response = await this.transport.send({ method, url, headers, what, registry: ref.registry });
    return response.status !== 401 || (await response.body?.cancel(), known && this.auth.invalidate(ref.registry, ref.repository), headers.authorization = await this.auth.authorize(ref.registry, ref.repository, response.headers.get("www-authenticate")), response = await this.transport.send({ method, url, headers, what, registry: ref.registry })), response;
  }
  async expectOk(ref, response, target) {
    if (response.status === 200) return;
    let status = await describeStatus(response);
    await response.body?.cancel().catch(() => {
    });
    let what = describeTarget(ref, target);
    if (response.status === 401 || response.status === 403) {
      let identity = await this.auth.describeIdentity(ref.registry);
      throw identity === "anonymously" ? configError(`Registry ${ref.registry} denied anonymous access to ${what} (${status}): it may not exist, or it needs credentials`) : configError(
        `Authentication to registry ${ref.registry} failed ${identity} for ${what} (${status}): check the credentials and that they may pull ${ref.repository}`
      );
    }
    throw response.status === 404 ? target.kind === "manifest" && !target.referenced ? configError(
      `Image ${repositoryName(ref)}${target.reference.includes(":") ? "@" : ":"}${target.reference} not found on registry ${ref.registry} (${status})`
    ) : target.kind === "referrers" ? infrastructureError(`Registry ${ref.registry} lost a page of ${what} (${status})`) : target.kind === "tags" ? configError(`Repository ${repositoryName(ref)} not found on registry ${ref.registry} (${status})`) : infrastructureError(`Registry ${ref.registry} has no ${what} (${status}) although a manifest refers to it`) : infrastructureError(`Registry ${ref.registry} answered ${status} for ${what}`);
  }
  mismatch(ref, digest) {
    return infrastructureError(`Registry ${ref.registry} served content that does not match its digest for ${repositoryName(ref)}@${digest}`);
  }
};
function describeTarget(ref, target) {
  if (target.kind === "blob") return `blob ${target.digest} of ${repositoryName(ref)}`;
  if (target.kind === "referrers") return `referrers of ${repositoryName(ref)}@${target.digest}`;
  if (target.kind === "tags") return `tag list of ${repositoryName(ref)}`;
  let separator = target.reference.includes(":") ? "@" : ":";
  return `manifest ${repositoryName(ref)}${separator}${target.reference}`;
}
function parseTagList(bytes, what) {
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw infrastructureError(`${what} is not valid JSON`);
  }
  let tags = typeof json == "object" && json !== null && "tags" in json ? json.tags : void 0;
  if (tags === null) return [];
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag == "string"))
    throw infrastructureError(`${what} has no "tags" list of strings`);
  return tags;
}
export {
  CONFIG_MAX_BYTES,
  MANIFEST_MAX_BYTES,
  REFERRERS_MAX_BYTES,
  RegistryClient,
  TAGS_MAX_BYTES
};
