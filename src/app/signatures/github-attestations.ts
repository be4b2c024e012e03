/**
 * Attestations GitHub's attest actions stored through the REST API, for images built on GitHub.
 *
 * Each attestation comes with its Sigstore bundle inline (`bundle`), as a download (`bundle_url`, snappy-
 * compressed), or both. As `gh attestation` does, a `bundle_url` is read whenever it is given and the inline
 * bundle is used only without one, so both tools verify the same bytes. An attestation whose bundle cannot be
 * read is a problem naming it, never evidence: it verifies nothing, so a requirement it was meant to meet fails.
 */
import type { Logger } from '../../core/model/logger.js';
import type { Evidence } from '../../core/model/signatures.js';
import { GitHubApiError, GitHubRequestError, listAttestations, type GitHubAttestation, type GitHubRest } from '../../adapters/github/index.js';
import type { DiscoveryLimits, Found } from './found.js';
import { downloadBundle } from './github-bundle-url.js';

/** Bundle downloads in flight at once: enough to hide latency, few enough to be polite to storage. */
const DOWNLOADS_AT_ONCE = 4;

type Read = { bytes: Buffer; mediaType: string | undefined } | { problem: string };

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
  const located = listing.attestations.map((attestation, index) => {
    const repositoryId = attestation.repositoryId === undefined ? '' : `, repository id ${String(attestation.repositoryId)}`;
    return { attestation, location: `GitHub attestations API, ${repository}, attestation ${index}${repositoryId}` };
  });
  const reads = await mapLimited(located, DOWNLOADS_AT_ONCE, ({ attestation, location }) => readBundle(rest, attestation, location, limits, logger));
  for (const [index, read] of reads.entries()) {
    const location = located[index]?.location ?? '';
    if ('problem' in read) {
      found.problems.push(read.problem);
      continue;
    }
    const evidence: Evidence = {
      source: 'github-attestations',
      location,
      subjectDigest: digest,
      form: read.mediaType === undefined ? { kind: 'bundle', bytes: read.bytes } : { kind: 'bundle', bytes: read.bytes, mediaType: read.mediaType },
    };
    found.evidence.push(evidence);
  }
  return found;
}

async function readBundle(
  rest: GitHubRest,
  attestation: GitHubAttestation,
  location: string,
  limits: DiscoveryLimits,
  logger: Logger,
): Promise<Read> {
  if (attestation.bundleUrl !== undefined) {
    const download = await downloadBundle(rest, attestation.bundleUrl, limits.maxBlobBytes);
    if (!download.ok) return { problem: `${location}: ${download.reason}; not verified` };
    logger.debug(
      `${location}: read ${download.bytes.length} bytes from its bundle_url${attestation.bundle ? ' (the inline bundle is not used, as gh does)' : ''}`,
    );
    return { bytes: download.bytes, mediaType: download.mediaType };
  }
  if (!attestation.bundle) return { problem: `${location} carries neither a bundle nor a bundle_url; not verified` };
  const bytes = Buffer.from(JSON.stringify(attestation.bundle));
  if (bytes.length > limits.maxBlobBytes) {
    return { problem: `${location} is ${bytes.length} bytes, over the ${limits.maxBlobBytes}-byte limit; not verified` };
  }
  const mediaType = attestation.bundle.mediaType;
  return { bytes, mediaType: typeof mediaType === 'string' ? mediaType : undefined };
}

/** `run` over every item, at most `width` at a time, results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
