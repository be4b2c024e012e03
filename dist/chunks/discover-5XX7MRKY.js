import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubApiError,
  GitHubRequestError,
  GitHubRest,
  SnappyError,
  SnappyTooLargeError,
  listAttestations,
  maxSnappyBlockLength,
  snappyDecode
} from "./chunk-TY3RCLZF.js";
import "./chunk-GS55YYJ5.js";
import "./chunk-UP5ZSMSQ.js";
import {
  countRequests
} from "./chunk-BJR5CI72.js";
import {
  digestProblem,
  repositoryName
} from "./chunk-WX6WFRWC.js";
import "./chunk-I7O7NM34.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-ELAGO25P.js";
import {
  describeError
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/app/signatures/found.ts
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

// src/app/signatures/cosign-tags.ts
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
  let [sig, att] = await Promise.all([readTag(client, ref, digest, "sig", limits, logger), readTag(client, ref, digest, "att", limits, logger)]);
  return { evidence: [...sig.evidence, ...att.evidence], problems: [...sig.problems, ...att.problems] };
}

// src/app/signatures/github-bundle-url.ts
async function downloadBundle(rest, bundleUrl, maxBundleBytes) {
  let url;
  try {
    url = new URL(bundleUrl);
  } catch {
    return { ok: !1, reason: "its bundle_url is not an absolute URL" };
  }
  let from = `the bundle at bundle_url on ${url.host || url.protocol}`, maxCompressed = maxSnappyBlockLength(maxBundleBytes), response;
  try {
    response = await rest.download(url, maxCompressed);
  } catch (error) {
    let why = error instanceof GitHubRequestError ? error.message : String(error);
    return { ok: !1, reason: `${from} could not be downloaded: ${why}` };
  }
  if (response.status !== 200)
    return { ok: !1, reason: `${from} answered HTTP ${response.status}` };
  let bytes;
  try {
    bytes = snappyDecode(response.body, maxBundleBytes);
  } catch (error) {
    if (error instanceof SnappyTooLargeError) return { ok: !1, reason: `${from} is too large: ${error.message}` };
    if (error instanceof SnappyError) return { ok: !1, reason: `${from} is not valid snappy: ${error.message}` };
    throw error;
  }
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    return { ok: !1, reason: `${from} is not JSON` };
  }
  if (typeof json != "object" || json === null || Array.isArray(json))
    return { ok: !1, reason: `${from} is not a JSON object` };
  let mediaType = json.mediaType;
  return { ok: !0, bytes, mediaType: typeof mediaType == "string" ? mediaType : void 0 };
}

// src/app/signatures/github-attestations.ts
var DOWNLOADS_AT_ONCE = 4;
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
  let located = listing.attestations.map((attestation, index) => {
    let repositoryId = attestation.repositoryId === void 0 ? "" : `, repository id ${String(attestation.repositoryId)}`;
    return { attestation, location: `GitHub attestations API, ${repository}, attestation ${index}${repositoryId}` };
  }), reads = await mapLimited(located, DOWNLOADS_AT_ONCE, ({ attestation, location }) => readBundle(rest, attestation, location, limits, logger));
  for (let [index, read] of reads.entries()) {
    let location = located[index]?.location ?? "";
    if ("problem" in read) {
      found.problems.push(read.problem);
      continue;
    }
    let evidence = {
      source: "github-attestations",
      location,
      subjectDigest: digest,
      form: read.mediaType === void 0 ? { kind: "bundle", bytes: read.bytes } : { kind: "bundle", bytes: read.bytes, mediaType: read.mediaType }
    };
    found.evidence.push(evidence);
  }
  return found;
}
async function readBundle(rest, attestation, location, limits, logger) {
  if (attestation.bundleUrl !== void 0) {
    let download = await downloadBundle(rest, attestation.bundleUrl, limits.maxBlobBytes);
    return download.ok ? (logger.debug(
      `${location}: read ${download.bytes.length} bytes from its bundle_url${attestation.bundle ? " (the inline bundle is not used, as gh does)" : ""}`
    ), { bytes: download.bytes, mediaType: download.mediaType }) : { problem: `${location}: ${download.reason}; not verified` };
  }
  if (!attestation.bundle) return { problem: `${location} carries neither a bundle nor a bundle_url; not verified` };
  let bytes = Buffer.from(JSON.stringify(attestation.bundle));
  if (bytes.length > limits.maxBlobBytes)
    return { problem: `${location} is ${bytes.length} bytes, over the ${limits.maxBlobBytes}-byte limit; not verified` };
  let mediaType = attestation.bundle.mediaType;
  return { bytes, mediaType: typeof mediaType == "string" ? mediaType : void 0 };
}
async function mapLimited(items, width, run) {
  let results = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let index = next++;
      results[index] = await run(items[index]);
    }
  };
  return await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker)), results;
}

// src/app/signatures/referrers.ts
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

// src/app/signatures/discover.ts
async function discoverEvidence(client, ref, digest, options) {
  let limits = { ...DEFAULT_LIMITS, ...options.limits }, problem = digestProblem(digest);
  if (problem)
    return { evidence: [], problems: [`Cannot look for signatures of "${digest}": ${problem}`], requests: 0 };
  let logger = options.logger, wanted = new Set(options.sources), rest, early = [];
  if (wanted.has("github-attestations"))
    if (!options.github)
      early.push("GitHub attestations were asked for, but no GitHub repository is known (set GITHUB_REPOSITORY)");
    else
      try {
        rest = new GitHubRest({ apiUrl: options.github.apiUrl, token: options.github.token });
      } catch (error) {
        early.push(error instanceof GitHubRequestError ? error.message : describeError(error));
      }
  let registry = countRequests(
    () => Promise.all([
      wanted.has("referrers") ? guarded("referrers", () => discoverReferrers(client, ref, digest, limits, logger)) : none(),
      wanted.has("cosign-tags") ? guarded("cosign tags", () => discoverCosignTags(client, ref, digest, limits, logger)) : none()
    ])
  ), target = options.github, github = rest && target ? guarded("GitHub attestations", () => discoverGithubAttestations(rest, target.repository, digest, !!target.token, limits, logger)) : Promise.resolve({ evidence: [], problems: [] }), [{ value: registryResults, requests: registryRequests }, githubResult] = await Promise.all([registry, github]), all = [...registryResults, githubResult], evidence = all.flatMap((found) => found.evidence), problems = [...early, ...all.flatMap((found) => found.problems)], requests = registryRequests + (rest?.requestCount ?? 0);
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
