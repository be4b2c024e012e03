import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  GitHubRequestError
} from "./chunk-PGB4V2F4.js";
import {
  nextLink
} from "./chunk-WKHMELK3.js";
import {
  external_exports
} from "./chunk-VF2KQCP3.js";

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

export {
  GitHubApiError,
  splitRepository,
  listAttestations
};
