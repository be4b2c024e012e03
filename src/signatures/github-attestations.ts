/** Attestations GitHub's attest actions stored through the REST API, for images built on GitHub. */
import type { Logger } from '../core/logger.js';
import type { Evidence } from '../core/signatures.js';
import { GitHubApiError, listAttestations } from '../github/attestations.js';
import { GitHubRequestError, type GitHubRest } from '../github/rest.js';
import type { DiscoveryLimits, Found } from './found.js';

export async function discoverGithubAttestations(
  rest: GitHubRest,
  repository: string,
  digest: string,
  authenticated: boolean,
  limits: DiscoveryLimits,
  logger: Logger,
): Promise<Found> {
  const found: Found = { evidence: [], problems: [] };
  let listing;
  try {
    listing = await listAttestations(
      rest,
      repository,
      digest,
      { maxAttestations: limits.maxGithubAttestations, maxPages: limits.maxGithubPages },
      authenticated,
    );
  } catch (error) {
    if (error instanceof GitHubApiError || error instanceof GitHubRequestError) found.problems.push(error.message);
    else found.problems.push(`Could not list the GitHub attestations of ${repository}: ${String(error)}`);
    return found;
  }
  if (listing.truncated) {
    found.problems.push(
      `GitHub lists more attestations for ${digest} in ${repository} than the ${limits.maxGithubAttestations} (or ${limits.maxGithubPages} pages) looked at`,
    );
  }
  if (listing.attestations.length === 0) {
    logger.debug(`GitHub has no attestations for ${digest} in ${repository} (or the token cannot see the repository)`);
  }
  for (const [index, attestation] of listing.attestations.entries()) {
    const repositoryId = attestation.repositoryId === undefined ? '' : `, repository id ${String(attestation.repositoryId)}`;
    const location = `GitHub attestations API, ${repository}, attestation ${index}${repositoryId}`;
    if (!attestation.bundle) {
      found.problems.push(
        `${location} carries no inline bundle${attestation.bundleUrl ? ' (only a compressed download at bundle_url, which is not read)' : ''}; skipped`,
      );
      continue;
    }
    const bytes = Buffer.from(JSON.stringify(attestation.bundle));
    if (bytes.length > limits.maxBlobBytes) {
      found.problems.push(`${location} is ${bytes.length} bytes, over the ${limits.maxBlobBytes}-byte limit; skipped`);
      continue;
    }
    const mediaType = attestation.bundle.mediaType;
    const evidence: Evidence = {
      source: 'github-attestations',
      location,
      subjectDigest: digest,
      form: typeof mediaType === 'string' ? { kind: 'bundle', bytes, mediaType } : { kind: 'bundle', bytes },
    };
    found.evidence.push(evidence);
  }
  return found;
}
