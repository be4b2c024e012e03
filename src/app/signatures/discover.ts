/**
 * Finds the signatures and attestations of one pinned image digest in every place the policy allows:
 * OCI referrers (API or fallback tag), cosign's `.sig`/`.att` tags, and GitHub's attestations API.
 * Discovery only: nothing here is trusted yet. It never throws; what could not be read is a problem,
 * and since required signatures are then missing, the verdict fails closed on it.
 */
import { describeError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import type { Evidence, EvidenceSource } from '../../core/model/signatures.js';
import { GitHubRequestError, GitHubRest } from '../../adapters/github/index.js';
import { countRequests, type RegistryClient } from '../../adapters/registry/index.js';
import { digestProblem, repositoryName, type ImageReference } from '../../core/model/image-reference.js';
import { discoverCosignTags } from './cosign-tags.js';
import { DEFAULT_LIMITS, type DiscoveryLimits, type Found } from './found.js';
import { discoverGithubAttestations } from './github-attestations.js';
import { discoverReferrers } from './referrers.js';

export { DEFAULT_LIMITS, type DiscoveryLimits } from './found.js';

export interface GitHubAttestationsTarget {
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  token?: string | undefined;
  /** owner/repo whose attestations to read (GITHUB_REPOSITORY for images built here). */
  repository: string;
}

export interface DiscoverOptions {
  sources: EvidenceSource[];
  github?: GitHubAttestationsTarget | undefined;
  logger: Logger;
  limits?: Partial<DiscoveryLimits>;
}

export interface Discovery {
  evidence: Evidence[];
  problems: string[];
  /** HTTP requests made: to the registry (token requests included) and to the GitHub API. */
  requests: number;
}

/**
 * `ref` names the registry and repository; `digest` is the manifest to find evidence for (the pinned
 * top-level digest, or one platform's manifest). The registry requests counted are this call's own, even
 * while other images of the run use the same client (see countRequests).
 */
export async function discoverEvidence(client: RegistryClient, ref: ImageReference, digest: string, options: DiscoverOptions): Promise<Discovery> {
  const limits: DiscoveryLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const problem = digestProblem(digest);
  if (problem) {
    return { evidence: [], problems: [`Cannot look for signatures of "${digest}": ${problem}`], requests: 0 };
  }
  const logger = options.logger;
  const wanted = new Set(options.sources);

  let rest: GitHubRest | undefined;
  const early: string[] = [];
  if (wanted.has('github-attestations')) {
    if (!options.github) {
      early.push('GitHub attestations were asked for, but no GitHub repository is known (set GITHUB_REPOSITORY)');
    } else {
      try {
        rest = new GitHubRest({ apiUrl: options.github.apiUrl, token: options.github.token });
      } catch (error) {
        early.push(error instanceof GitHubRequestError ? error.message : describeError(error));
      }
    }
  }

  // All sources at once. The image was pinned through this client (the run's one) first, so its pull token
  // is cached; requests that do start together ask for a token once between them (see auth.ts).
  const registry = countRequests(() =>
    Promise.all([
      wanted.has('referrers') ? guarded('referrers', () => discoverReferrers(client, ref, digest, limits, logger)) : none(),
      wanted.has('cosign-tags') ? guarded('cosign tags', () => discoverCosignTags(client, ref, digest, limits, logger)) : none(),
    ]),
  );
  const target = options.github;
  const github =
    rest && target
      ? guarded('GitHub attestations', () => discoverGithubAttestations(rest, target.repository, digest, Boolean(target.token), limits, logger))
      : Promise.resolve<Found>({ evidence: [], problems: [] });
  const [{ value: registryResults, requests: registryRequests }, githubResult] = await Promise.all([registry, github]);

  const all = [...registryResults, githubResult];
  const evidence = all.flatMap((found) => found.evidence);
  const problems = [...early, ...all.flatMap((found) => found.problems)];
  const requests = registryRequests + (rest?.requestCount ?? 0);
  logger.debug(
    `Signature discovery for ${repositoryName(ref)}@${digest}: ${evidence.length} found, ${problems.length} problems, ${requests} requests`,
  );
  return { evidence, problems, requests };
}

function none(): Promise<Found> {
  return Promise.resolve({ evidence: [], problems: [] });
}

/** The sources catch their own failures; this is the backstop that keeps "never throws" true. */
async function guarded(what: string, run: () => Promise<Found>): Promise<Found> {
  try {
    return await run();
  } catch (error) {
    return { evidence: [], problems: [`Looking for ${what} failed: ${describeError(error)}`] };
  }
}
