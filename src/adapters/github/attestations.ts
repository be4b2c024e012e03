/**
 * GitHub's artifact attestations API: GET /repos/{owner}/{repo}/attestations/{subject_digest}
 * (API version 2022-11-28), which answers `{ attestations: [{ bundle, repository_id, bundle_url }] }`
 * and pages with a Link header.
 */
import { z } from 'zod';
import { nextLink } from '../http/index.js';
import { GitHubRequestError, type GitHubRest, type GitHubResponse } from './rest.js';

export interface GitHubAttestation {
  /** The Sigstore bundle as GitHub stored it (a JSON object), when the answer carries it inline. */
  bundle?: Record<string, unknown>;
  /** Where the (snappy-compressed) bundle can be downloaded instead. */
  bundleUrl?: string;
  repositoryId?: number;
}

export interface AttestationListing {
  attestations: GitHubAttestation[];
  /** More were offered than the limits allow. */
  truncated: boolean;
}

/** An answer that is not a listing: its message says what to fix. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
}

const PAGE_MAX_BYTES = 16 * 1024 * 1024;
const PER_PAGE = 100;

const answerSchema = z.looseObject({
  attestations: z.array(
    z.looseObject({
      bundle: z.record(z.string(), z.unknown()).nullish(),
      bundle_url: z.string().nullish(),
      repository_id: z.number().int().nullish(),
    }),
  ),
});

/** "owner/repo", as in GITHUB_REPOSITORY. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
  if (!match?.[1] || !match[2] || match[2] === '.' || match[2] === '..') {
    throw new GitHubApiError(`"${repository}" is not a GitHub repository (expected owner/repo)`);
  }
  return { owner: match[1], repo: match[2] };
}

function denied(response: GitHubResponse, repository: string, authenticated: boolean): GitHubApiError {
  const where = `the attestations of ${repository}`;
  if (response.status === 401) {
    return new GitHubApiError(`GitHub API rejected the token for ${where} (HTTP 401): it is invalid or expired`);
  }
  if (response.headers.get('x-ratelimit-remaining') === '0' || response.status === 429) {
    return new GitHubApiError(`GitHub API rate limit exceeded reading ${where} (HTTP ${response.status})${authenticated ? '' : '; give a token'}`);
  }
  return new GitHubApiError(
    authenticated
      ? `GitHub API denied reading ${where} (HTTP 403): the token needs the "attestations: read" permission (in a workflow: permissions: attestations: read)`
      : `GitHub API denied reading ${where} (HTTP 403) without a token: give a token with the "attestations: read" permission`,
  );
}

/**
 * Every attestation GitHub stores for `digest` in `repository`, across pages, within the limits.
 * 404 (no attestations, or a repository the token cannot see) is an empty listing.
 */
export async function listAttestations(
  rest: GitHubRest,
  repository: string,
  digest: string,
  limits: { maxAttestations: number; maxPages: number },
  authenticated: boolean,
): Promise<AttestationListing> {
  const { owner, repo } = splitRepository(repository);
  const attestations: GitHubAttestation[] = [];
  let url: URL = rest.resolve(`repos/${owner}/${repo}/attestations/${digest}?per_page=${PER_PAGE}`);
  for (let page = 1; ; page++) {
    const response = await rest.get(url, PAGE_MAX_BYTES);
    if (response.status === 404 && page === 1) return { attestations, truncated: false };
    if (response.status === 401 || response.status === 403 || response.status === 429) {
      throw denied(response, repository, authenticated);
    }
    if (response.status !== 200) {
      throw new GitHubApiError(`GitHub API answered HTTP ${response.status} for the attestations of ${repository}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(response.body.toString('utf8'));
    } catch {
      throw new GitHubApiError(`GitHub API answered the attestations of ${repository} with something that is not JSON`);
    }
    const parsed = answerSchema.safeParse(json);
    if (!parsed.success) {
      throw new GitHubApiError(`GitHub API answered the attestations of ${repository} in an unexpected shape`);
    }
    for (const entry of parsed.data.attestations) {
      const attestation: GitHubAttestation = {};
      if (entry.bundle) attestation.bundle = entry.bundle;
      if (entry.bundle_url) attestation.bundleUrl = entry.bundle_url;
      if (typeof entry.repository_id === 'number') attestation.repositoryId = entry.repository_id;
      attestations.push(attestation);
    }
    if (attestations.length > limits.maxAttestations) {
      return { attestations: attestations.slice(0, limits.maxAttestations), truncated: true };
    }
    const next = nextLink(response.headers.get('link'), response.url);
    if (!next) return { attestations, truncated: false };
    if (page >= limits.maxPages) return { attestations, truncated: true };
    if (next.origin !== rest.base.origin) {
      throw new GitHubRequestError(`GitHub API sent the next page of attestations to another host (${next.host}); not following it`);
    }
    url = next;
  }
}
