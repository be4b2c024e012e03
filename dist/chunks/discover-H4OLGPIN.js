import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  isLoopbackHost,
  nextLink
} from "./chunk-JMCHPD24.js";
import {
  IMAGE_GATE_VERSION
} from "./chunk-OGSR4OQS.js";
import "./chunk-UIPR3HZG.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";
import {
  digestProblem,
  repositoryName
} from "./chunk-BPCT2QDF.js";
import {
  describeError
} from "./chunk-IBDES4N3.js";
import "./chunk-AWIWLHBC.js";

// src/github/rest.ts
var GitHubRequestError = class extends Error {
  name = "GitHubRequestError";
}, API_VERSION = "2022-11-28", MAX_REDIRECTS = 3, REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]), GitHubRest = class {
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
    let url = this.resolve(pathOrUrl), headers = {
      accept: "application/vnd.github+json",
      "x-github-api-version": API_VERSION,
      "user-agent": this.userAgent
    };
    this.token && (headers.authorization = `Bearer ${this.token}`);
    let signal = AbortSignal.timeout(this.timeoutMs);
    for (let hop = 0; ; hop++) {
      if (url.origin !== this.base.origin)
        throw new GitHubRequestError(`Refusing to send a GitHub API request to ${url.origin}: the API is at ${this.base.origin}`);
      this.sent++;
      let response;
      try {
        response = await fetch(url, { headers, redirect: "manual", signal });
      } catch (error) {
        throw new GitHubRequestError(`GitHub API ${url.origin} did not answer ${url.pathname}: ${reason(error)}`, { cause: error });
      }
      if (REDIRECT_STATUSES.has(response.status) && hop < MAX_REDIRECTS) {
        let location = response.headers.get("location");
        if (await response.body?.cancel(), !location) throw new GitHubRequestError(`GitHub API redirected ${url.pathname} without a Location`);
        url = new URL(location, url);
        continue;
      }
      return { status: response.status, headers: response.headers, url, body: await readCapped(response, maxBytes, url) };
    }
  }
};
function reason(error) {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError") ? "timed out" : error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
}
async function readCapped(response, maxBytes, url) {
  let declared = Number(response.headers.get("content-length")), tooLarge = () => new GitHubRequestError(`GitHub API sent more than ${maxBytes} bytes for ${url.pathname}; refusing it`);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw await response.body?.cancel(), tooLarge();
  if (!response.body) return Buffer.alloc(0);
  let reader = response.body.getReader(), chunks = [], size = 0;
  try {
    for (; ; ) {
      let { done, value } = await reader.read();
      if (done) break;
      if (size += value.byteLength, size > maxBytes)
        throw await reader.cancel(), tooLarge();
      chunks.push(Buffer.from(value));
    }
  } catch (error) {
    throw error instanceof GitHubRequestError ? error : new GitHubRequestError(`Reading the GitHub API answer for ${url.pathname} failed: ${reason(error)}`, { cause: error });
  }
  return Buffer.concat(chunks);
}

// src/signatures/found.ts
var DEFAULT_LIMITS = {
  maxReferrers: 50,
  maxCosignLayers: 50,
  // SLSA provenance envelopes run to hundreds of KiB; signatures and bundles to a few KiB.
  maxBlobBytes: 2 * 1024 * 1024,
  maxGithubAttestations: 50,
  maxGithubPages: 3
};
function split(digest) {
  let problem = digestProblem(digest);
  if (problem) throw new Error(`Invalid digest "${digest}": ${problem}`);
  let colon = digest.indexOf(":");
  return { algorithm: digest.slice(0, colon), hex: digest.slice(colon + 1) };
}
function referrersFallbackTag(digest) {
  let { algorithm, hex } = split(digest);
  return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}
function cosignTag(digest, suffix) {
  let { algorithm, hex } = split(digest);
  return `${algorithm}-${hex}.${suffix}`;
}

// src/signatures/cosign-tags.ts
var COSIGN_LAYER_MEDIA_TYPE = {
  sig: "application/vnd.dev.cosign.simplesigning.v1+json",
  att: "application/vnd.dsse.envelope.v1+json"
};
async function readLayer(client, ref, digest, tag, index, layer, limits) {
  let suffix = tag.endsWith(".att") ? "att" : "sig", name = `tag ${tag}, layer ${index}`, expected = COSIGN_LAYER_MEDIA_TYPE[suffix];
  if (layer.mediaType !== expected)
    return `${repositoryName(ref)} ${name} has media type "${layer.mediaType}", not ${expected}; ignored`;
  if (layer.size > limits.maxBlobBytes)
    return `${repositoryName(ref)} ${name} is ${layer.size} bytes, over the ${limits.maxBlobBytes}-byte limit; not downloaded`;
  let payload = await client.getBlob(ref, layer.digest, layer.size);
  return payload.length !== layer.size ? `${repositoryName(ref)} ${name} is ${payload.length} bytes but the manifest says ${layer.size}` : {
    source: "cosign-tags",
    location: `${repositoryName(ref)} ${name}`,
    subjectDigest: digest,
    form: { kind: "cosign-layer", payload, mediaType: layer.mediaType, annotations: layer.annotations ?? {} }
  };
}
async function readTag(client, ref, digest, suffix, limits, logger) {
  let found = { evidence: [], problems: [] }, tag = cosignTag(digest, suffix), where = `${repositoryName(ref)}:${tag}`, fetched;
  try {
    fetched = await client.getManifestIfPresent(ref, tag);
  } catch (error) {
    return found.problems.push(`Could not read cosign tag ${where}: ${describeError(error)}`), found;
  }
  if (!fetched)
    return logger.debug(`No cosign tag ${where}`), found;
  let manifest = fetched.manifest;
  if (manifest.kind !== "manifest")
    return found.problems.push(`cosign tag ${where} is an index, not an image manifest; ignored`), found;
  if (manifest.layers.length === 0)
    return found.problems.push(`cosign tag ${where} has no layers, so no ${suffix === "sig" ? "signatures" : "attestations"}`), found;
  let layers = manifest.layers;
  return layers.length > limits.maxCosignLayers && (found.problems.push(`cosign tag ${where} has ${layers.length} layers; only the first ${limits.maxCosignLayers} were looked at`), layers = layers.slice(0, limits.maxCosignLayers)), (await Promise.allSettled(layers.map((layer, index) => readLayer(client, ref, digest, tag, index, layer, limits)))).forEach((outcome, index) => {
    outcome.status === "rejected" ? found.problems.push(`Could not read ${where} layer ${index}: ${describeError(outcome.reason)}`) : typeof outcome.value == "string" ? found.problems.push(outcome.value) : found.evidence.push(outcome.value);
  }), found;
}
async function discoverCosignTags(client, ref, digest, limits, logger) {
  let [sig, att] = await Promise.all([
    readTag(client, ref, digest, "sig", limits, logger),
    readTag(client, ref, digest, "att", limits, logger)
  ]);
  return { evidence: [...sig.evidence, ...att.evidence], problems: [...sig.problems, ...att.problems] };
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

// src/signatures/github-attestations.ts
async function discoverGithubAttestations(rest, repository, digest, authenticated, limits, logger) {
  let found = { evidence: [], problems: [] }, listing;
  try {
    listing = await listAttestations(
      rest,
      repository,
      digest,
      { maxAttestations: limits.maxGithubAttestations, maxPages: limits.maxGithubPages },
      authenticated
    );
  } catch (error) {
    return error instanceof GitHubApiError || error instanceof GitHubRequestError ? found.problems.push(error.message) : found.problems.push(`Could not list the GitHub attestations of ${repository}: ${String(error)}`), found;
  }
  listing.truncated && found.problems.push(
    `GitHub lists more attestations for ${digest} in ${repository} than the ${limits.maxGithubAttestations} (or ${limits.maxGithubPages} pages) looked at`
  ), listing.attestations.length === 0 && logger.debug(`GitHub has no attestations for ${digest} in ${repository} (or the token cannot see the repository)`);
  for (let [index, attestation] of listing.attestations.entries()) {
    let repositoryId = attestation.repositoryId === void 0 ? "" : `, repository id ${String(attestation.repositoryId)}`, location = `GitHub attestations API, ${repository}, attestation ${index}${repositoryId}`;
    if (!attestation.bundle) {
      found.problems.push(
        `${location} carries no inline bundle${attestation.bundleUrl ? " (only a compressed download at bundle_url, which is not read)" : ""}; skipped`
      );
      continue;
    }
    let bytes = Buffer.from(JSON.stringify(attestation.bundle));
    if (bytes.length > limits.maxBlobBytes) {
      found.problems.push(`${location} is ${bytes.length} bytes, over the ${limits.maxBlobBytes}-byte limit; skipped`);
      continue;
    }
    let mediaType = attestation.bundle.mediaType, evidence = {
      source: "github-attestations",
      location,
      subjectDigest: digest,
      form: typeof mediaType == "string" ? { kind: "bundle", bytes, mediaType } : { kind: "bundle", bytes }
    };
    found.evidence.push(evidence);
  }
  return found;
}

// src/signatures/referrers.ts
async function listReferrers(client, ref, digest, limits, problems) {
  let fromApi = await client.getReferrers(ref, digest, limits.maxReferrers);
  if (fromApi)
    return fromApi.truncated && problems.push(tooMany(ref, digest, limits)), { descriptors: fromApi.manifests, via: "OCI referrers API" };
  let tag = referrersFallbackTag(digest), index = await client.getManifestIfPresent(ref, tag);
  if (!index) return;
  if (index.manifest.kind !== "index") {
    problems.push(`The referrers tag ${repositoryName(ref)}:${tag} is an image manifest, not an index; no referrers read from it`);
    return;
  }
  let descriptors = index.manifest.manifests;
  return descriptors.length > limits.maxReferrers && (problems.push(tooMany(ref, digest, limits)), descriptors = descriptors.slice(0, limits.maxReferrers)), { descriptors, via: `fallback tag ${tag}` };
}
function tooMany(ref, digest, limits) {
  return `${repositoryName(ref)}@${digest} has more than ${limits.maxReferrers} referrers; only the first ${limits.maxReferrers} were looked at`;
}
async function readReferrer(client, ref, digest, descriptor, via, limits) {
  let name = `referrer ${repositoryName(ref)}@${descriptor.digest} (${via})`, manifest = (await client.getManifest(ref, descriptor.digest)).manifest;
  if (manifest.kind !== "manifest") return `${name} is an index, not an artifact manifest; skipped`;
  if (manifest.subject?.digest !== digest) {
    let claimed = manifest.subject ? `is about ${manifest.subject.digest}` : "names no subject";
    return `${name} ${claimed}, not ${digest}; ignored`;
  }
  if (manifest.layers.length !== 1)
    return `${name} has ${manifest.layers.length} layers; a Sigstore bundle artifact has exactly one`;
  let layer = manifest.layers[0];
  if (layer.size > limits.maxBlobBytes)
    return `${name}: its layer is ${layer.size} bytes, over the ${limits.maxBlobBytes}-byte limit; not downloaded`;
  let bytes = await client.getBlob(ref, layer.digest, layer.size);
  return bytes.length !== layer.size ? `${name}: its layer is ${bytes.length} bytes but the manifest says ${layer.size}` : {
    source: "referrers",
    location: `${repositoryName(ref)}@${descriptor.digest} (referrer, ${via})`,
    subjectDigest: digest,
    form: { kind: "bundle", bytes, mediaType: layer.mediaType }
  };
}
async function discoverReferrers(client, ref, digest, limits, logger) {
  let found = { evidence: [], problems: [] }, listing;
  try {
    listing = await listReferrers(client, ref, digest, limits, found.problems);
  } catch (error) {
    return found.problems.push(`Could not list the referrers of ${repositoryName(ref)}@${digest}: ${describeError(error)}`), found;
  }
  if (!listing)
    return logger.debug(`No referrers for ${repositoryName(ref)}@${digest}`), found;
  let { via, descriptors } = listing;
  return (await Promise.allSettled(descriptors.map((descriptor) => readReferrer(client, ref, digest, descriptor, via, limits)))).forEach((outcome, index) => {
    outcome.status === "rejected" ? found.problems.push(`Could not read referrer ${repositoryName(ref)}@${descriptors[index]?.digest ?? "?"}: ${describeError(outcome.reason)}`) : typeof outcome.value == "string" ? found.problems.push(outcome.value) : found.evidence.push(outcome.value);
  }), found;
}

// src/signatures/discover.ts
async function discoverEvidence(client, ref, digest, options) {
  let limits = { ...DEFAULT_LIMITS, ...options.limits }, problem = digestProblem(digest);
  if (problem)
    return { evidence: [], problems: [`Cannot look for signatures of "${digest}": ${problem}`], requests: 0 };
  let registryBefore = client.requestCount, logger = options.logger, wanted = new Set(options.sources), rest, early = [];
  if (wanted.has("github-attestations"))
    if (!options.github)
      early.push("GitHub attestations were asked for, but no GitHub repository is known (set GITHUB_REPOSITORY)");
    else
      try {
        rest = new GitHubRest({ apiUrl: options.github.apiUrl, token: options.github.token });
      } catch (error) {
        early.push(error instanceof GitHubRequestError ? error.message : describeError(error));
      }
  let registry = Promise.all([
    wanted.has("referrers") ? guarded("referrers", () => discoverReferrers(client, ref, digest, limits, logger)) : none(),
    wanted.has("cosign-tags") ? guarded("cosign tags", () => discoverCosignTags(client, ref, digest, limits, logger)) : none()
  ]), target = options.github, github = rest && target ? guarded(
    "GitHub attestations",
    () => discoverGithubAttestations(rest, target.repository, digest, !!target.token, limits, logger)
  ) : Promise.resolve({ evidence: [], problems: [] }), [registryResults, githubResult] = await Promise.all([registry, github]), all = [...registryResults, githubResult], evidence = all.flatMap((found) => found.evidence), problems = [...early, ...all.flatMap((found) => found.problems)], requests = client.requestCount - registryBefore + (rest?.requestCount ?? 0);
  return logger.debug(
    `Signature discovery for ${repositoryName(ref)}@${digest}: ${evidence.length} found, ${problems.length} problems, ${requests} requests`
  ), { evidence, problems, requests };
}
function none() {
  return Promise.resolve({ evidence: [], problems: [] });
}
async function guarded(what, run) {
  try {
    return await run();
  } catch (error) {
    return { evidence: [], problems: [`Looking for ${what} failed: ${describeError(error)}`] };
  }
}
export {
  DEFAULT_LIMITS,
  discoverEvidence
};
