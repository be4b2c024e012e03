/**
 * Uploads a SARIF log straight to code scanning (gzip, then base64, as the API requires) and optionally waits,
 * within a bound, for GitHub to process it so processing errors reach the log instead of vanishing.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { components, paths } from '@octokit/openapi-types';
import { httpProblem, requestProblem, type ProblemContext } from './problems.js';
import { repoPath, responseJson, type GitHubRest, type RepoRef } from './rest.js';

type UploadRequest = paths['/repos/{owner}/{repo}/code-scanning/sarifs']['post']['requestBody']['content']['application/json'];
export type ProcessingStatus = NonNullable<components['schemas']['code-scanning-sarifs-status']['processing_status']>;

export interface SarifUpload {
  /** The SARIF log as JSON text. */
  sarif: string;
  commitSha: string;
  /** refs/heads/…, refs/tags/…, refs/pull/N/merge or refs/pull/N/head. */
  ref: string;
  /** file:// URI of the checkout root, so result paths resolve against the repository. */
  checkoutUri?: string;
  wait?: { timeoutMs: number; intervalMs: number };
}

/**
 * `status` is there when waiting was asked for; `warning` next to an id: uploaded, but processing failed
 * (`errors` says why) or did not finish in time.
 */
export type SarifUploadResult = { id: string; status?: ProcessingStatus; errors?: string[]; warning?: string } | { warning: string };

/** GitHub's limit on the gzipped SARIF file (decimal MB, to stay under it whichever unit GitHub means). */
export const SARIF_MAX_GZIP_BYTES = 10_000_000;
const ANSWER_MAX_BYTES = 1024 * 1024;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
const NOT_ENABLED =
  'code scanning is not enabled or not available for this repository (on private repositories it needs GitHub Advanced Security / Code Security; on GitHub Enterprise Server, Advanced Security)';

const receiptSchema = z.looseObject({ id: z.string().min(1) });
const statusSchema = z.looseObject({
  processing_status: z.enum(['pending', 'complete', 'failed']).nullish(),
  errors: z.array(z.string()).nullish(),
});

export async function uploadSarif(rest: GitHubRest, repo: RepoRef, upload: SarifUpload): Promise<SarifUploadResult> {
  const where: ProblemContext = {
    doing: `upload SARIF to code scanning of ${repo.owner}/${repo.repo}`,
    permission: 'security-events: write',
    notFound: NOT_ENABLED,
    // GitHub answers 403, not 404, when the repository lacks Advanced Security.
    forbiddenUnlessPermission: { messageMatches: /advanced security|code scanning is not enabled/i, meaning: NOT_ENABLED },
  };
  const refused = badInput(upload);
  if (refused) return { warning: `Could not ${where.doing}: ${refused}` };
  const gzipped = gzipSync(Buffer.from(upload.sarif, 'utf8'));
  if (gzipped.length > SARIF_MAX_GZIP_BYTES) {
    return { warning: `Could not ${where.doing}: it is ${gzipped.length} bytes gzipped, over GitHub's limit of ${SARIF_MAX_GZIP_BYTES}` };
  }
  const request: UploadRequest = {
    commit_sha: upload.commitSha,
    ref: upload.ref,
    sarif: gzipped.toString('base64'),
    ...(upload.checkoutUri ? { checkout_uri: upload.checkoutUri } : {}),
  };
  let id: string;
  try {
    const response = await rest.post(`${repoPath(repo)}/code-scanning/sarifs`, request, ANSWER_MAX_BYTES);
    if (response.status !== 202 && response.status !== 200) return { warning: httpProblem(rest, response, where) };
    const parsed = receiptSchema.safeParse(responseJson(response));
    if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered without an upload id` };
    id = parsed.data.id;
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
  return upload.wait ? waitForProcessing(rest, repo, id, upload.wait, where) : { id };
}

async function waitForProcessing(
  rest: GitHubRest,
  repo: RepoRef,
  id: string,
  wait: { timeoutMs: number; intervalMs: number },
  where: ProblemContext,
): Promise<SarifUploadResult> {
  const interval = Math.max(1, wait.intervalMs);
  // Counting polls as well as time keeps the bound even when the clock or the server is slow.
  const maxPolls = Math.max(1, Math.ceil(wait.timeoutMs / interval));
  const deadline = Date.now() + wait.timeoutMs;
  const poll = { ...where, doing: `read the processing status of SARIF upload ${id} on ${repo.owner}/${repo.repo}` };
  for (let polls = 0; polls < maxPolls && Date.now() < deadline; polls++) {
    await sleep(interval);
    try {
      const response = await rest.get(`${repoPath(repo)}/code-scanning/sarifs/${encodeURIComponent(id)}`, ANSWER_MAX_BYTES);
      // Right after an upload GitHub may not know the id yet.
      if (response.status === 404) continue;
      if (response.status !== 200) return { id, warning: httpProblem(rest, response, poll) };
      const parsed = statusSchema.safeParse(responseJson(response));
      if (!parsed.success) return { id, warning: `Could not ${poll.doing}: GitHub answered in an unexpected shape` };
      const status = parsed.data.processing_status ?? 'pending';
      if (status === 'complete') return { id, status };
      if (status === 'failed') {
        const errors = (parsed.data.errors ?? []).map((error) => rest.redact(error));
        const said = errors.length > 0 ? `: ${errors.join('; ')}` : ' (no errors given)';
        return { id, status, errors, warning: `Code scanning failed to process SARIF upload ${id} on ${repo.owner}/${repo.repo}${said}` };
      }
    } catch (error) {
      return { id, warning: requestProblem(rest, error, poll) };
    }
  }
  return {
    id,
    status: 'pending',
    warning: `Code scanning had not processed SARIF upload ${id} on ${repo.owner}/${repo.repo} after ${wait.timeoutMs} ms; not waiting longer`,
  };
}

function badInput(upload: SarifUpload): string | undefined {
  if (!SHA.test(upload.commitSha)) return `"${upload.commitSha}" is not a commit SHA`;
  if (!REF.test(upload.ref)) return `"${upload.ref}" is not a full Git ref (refs/heads/…, refs/tags/… or refs/pull/…)`;
  try {
    JSON.parse(upload.sarif);
  } catch {
    return 'the SARIF is not JSON';
  }
  return undefined;
}
