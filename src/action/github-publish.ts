/**
 * Tells the pull request: one sticky comment for the step's images, one check run per image with every
 * annotation, and the SARIF uploaded to code scanning. Each of these is best effort: a missing
 * permission or an API failure is a warning that names what is missing, and never changes the verdict.
 */
import { readFileSync } from 'node:fs';
import type { ImageSource } from '../config/types.js';
import type { GateResult } from '../core/result.js';
import type { Logger } from '../core/logger.js';
import { splitRepository } from '../github/attestations.js';
import { publishCheckRun } from '../github/check-runs.js';
import { findComment, upsertComment, type AuthorLookup } from '../github/comments.js';
import { uploadSarif } from '../github/code-scanning.js';
import { GitHubRest, type RepoRef } from '../github/rest.js';
import { graphqlUrl, tokenIdentity, type IdentityResult } from '../github/token-identity.js';
import { checkRunAnnotations, checkRunOutput } from '../report/check-run.js';
import { prCommentMarker, renderPrComment } from '../report/pr-comment.js';
import { buildSarif, serializeSarif } from '../report/sarif.js';
import { fitSarifForUpload } from '../report/sarif-limits.js';
import { TOOL_INFORMATION_URI } from '../publish/write-files.js';
import { IMAGE_GATE_VERSION } from '../version.js';
import { commentKey } from './comment-key.js';

export interface GitHubPublishSettings {
  comment: 'always' | 'on-failure' | 'never';
  checkRun: boolean;
  uploadSarif: boolean;
  /** 0: do not wait for code scanning to process the upload. */
  uploadWaitMs: number;
  token?: string | undefined;
  /** The images of the step: their repositories, with the workflow and job, name the sticky comment (comment-key.ts). */
  images: readonly ImageSource[];
}

/**
 * What publishing has to say, for the step's annotations. actionable: a request GitHub refused or that
 * failed (a missing permission, an invalid token, an outage), which the user must fix or know about;
 * otherwise a note (a check run or SARIF upload that was cut to GitHub's limits).
 */
export interface PublishNotice {
  message: string;
  actionable: boolean;
}

interface EventFacts {
  pullRequest?: { number: number; headSha?: string };
}

export async function publishToGitHub(
  results: GateResult[],
  settings: GitHubPublishSettings,
  env: NodeJS.ProcessEnv,
  workspace: string,
  logger: Logger,
): Promise<PublishNotice[]> {
  if (results.length === 0) return [];
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) {
    logger.debug('GITHUB_REPOSITORY is not set: nothing is published to GitHub');
    return [];
  }
  let repo: RepoRef;
  let rest: GitHubRest;
  try {
    repo = splitRepository(repository);
    rest = new GitHubRest({ apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', token: settings.token });
  } catch (error) {
    return [{ message: `Nothing was published to GitHub: ${error instanceof Error ? error.message : String(error)}`, actionable: true }];
  }
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_SERVER_URL ? `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const headSha = event.pullRequest?.headSha ?? env.GITHUB_SHA;

  const tasks: Promise<PublishNotice[]>[] = [];
  if (settings.comment !== 'never' && event.pullRequest) {
    // Every warning about the comment is a request that failed or was refused.
    const commented = comment(rest, repo, event.pullRequest.number, results, settings, env, runUrl);
    tasks.push(commented.then((warnings) => warnings.map((message) => ({ message, actionable: true }))));
  }
  if (settings.checkRun && headSha) tasks.push(checkRuns(rest, repo, headSha, results, runUrl));
  if (settings.uploadSarif && env.GITHUB_SHA && env.GITHUB_REF) {
    tasks.push(sarifUploads(rest, repo, results, settings, env.GITHUB_SHA, env.GITHUB_REF, workspace));
  }
  // Returned, not logged: the step's annotation budget decides what is shown, refused requests first.
  return (await Promise.all(tasks)).flat();
}

async function comment(
  rest: GitHubRest,
  repo: RepoRef,
  number: number,
  results: GateResult[],
  settings: GitHubPublishSettings,
  env: NodeJS.ProcessEnv,
  runUrl: string | undefined,
): Promise<string[]> {
  const keyContext = { workflow: env.GITHUB_WORKFLOW ?? '', job: env.GITHUB_JOB ?? '', workspace: env.GITHUB_WORKSPACE ?? process.cwd() };
  const marker = prCommentMarker(commentKey(settings.images, keyContext));
  // Asked at most once, and only when some comment carries our marker (see comments.ts, token-identity.ts).
  let identity: Promise<IdentityResult> | undefined;
  const author: AuthorLookup = () => (identity ??= tokenIdentity(rest, graphqlUrl(rest.base, env.GITHUB_GRAPHQL_URL)));
  const failing = results.some((result) => result.verdict.outcome === 'fail');
  if (settings.comment === 'on-failure' && !failing) {
    // Passing now: only an earlier failure comment is brought up to date, so it does not mislead.
    const found = await findComment(rest, repo, number, marker, author);
    if ('warning' in found) return [found.warning];
    if (found.comment === undefined) return found.note === undefined ? [] : [`${found.note}; none was updated`];
  }
  const body = renderPrComment(results, { marker, ...(runUrl && { runUrl }) });
  const written = await upsertComment(rest, repo, number, marker, body, author);
  if ('warning' in written) return [written.warning];
  return written.note === undefined ? [] : [written.note];
}

/**
 * Check runs take annotations 50 per request; a report with tens of thousands of findings would cost
 * hundreds of requests (and GitHub's secondary rate limits), so the most severe ones are sent, and
 * the job summary and result file keep everything.
 */
const CHECK_RUN_ANNOTATIONS_MAX = 2_500;

async function checkRuns(
  rest: GitHubRest,
  repo: RepoRef,
  headSha: string,
  results: GateResult[],
  runUrl: string | undefined,
): Promise<PublishNotice[]> {
  const notes: PublishNotice[] = [];
  const published = await Promise.all(
    results.map((result) => {
      const output = checkRunOutput(result, { ...(runUrl && { runUrl }) });
      const annotations = checkRunAnnotations(result);
      if (annotations.length > CHECK_RUN_ANNOTATIONS_MAX) {
        notes.push({
          message: `The check run for ${result.subject.repository} carries the first ${CHECK_RUN_ANNOTATIONS_MAX} of ${annotations.length} annotations; the job summary and the result file have them all`,
          actionable: false,
        });
      }
      return publishCheckRun(rest, repo, {
        name: `image-gate: ${result.subject.repository}`,
        headSha,
        conclusion: output.conclusion,
        title: output.title,
        summary: output.summary,
        ...(output.text !== undefined && { text: output.text }),
        annotations: annotations.slice(0, CHECK_RUN_ANNOTATIONS_MAX),
        ...(runUrl && { detailsUrl: runUrl }),
      });
    }),
  );
  const refused = published.flatMap((item, index) => (item.warning === undefined ? [] : [{ name: `image-gate: ${results[index]?.subject.repository ?? ''}`, warning: item.warning }]));
  return [...collapseSameRefusal(refused), ...notes];
}

/**
 * One check run per image: with a read-only token every one of them is refused for the same reason, and 20
 * copies of one sentence would crowd out every other warning. Refusals that differ only in the run's name
 * are said once, with how many runs they concern.
 */
function collapseSameRefusal(refused: { name: string; warning: string }[]): PublishNotice[] {
  const groups = new Map<string, string[]>();
  for (const { name, warning } of refused) {
    const key = warning.split(`"${name}"`).join('"…"');
    groups.set(key, [...(groups.get(key) ?? []), warning]);
  }
  return [...groups.values()].map(([first = '', ...others]) => ({
    message: others.length === 0 ? first : `${first} (and the same for ${others.length} more check run${others.length === 1 ? '' : 's'})`,
    actionable: true,
  }));
}

async function sarifUploads(
  rest: GitHubRest,
  repo: RepoRef,
  results: GateResult[],
  settings: GitHubPublishSettings,
  commitSha: string,
  ref: string,
  workspace: string,
): Promise<PublishNotice[]> {
  const fitted = fitSarifForUpload(buildSarif(results, { toolVersion: IMAGE_GATE_VERSION, informationUri: TOOL_INFORMATION_URI }));
  const warnings: PublishNotice[] = fitted.notes.map((message) => ({ message, actionable: false }));
  for (const payload of fitted.payloads) {
    const uploaded = await uploadSarif(rest, repo, {
      sarif: serializeSarif(payload),
      commitSha,
      ref,
      checkoutUri: `file://${workspace}`,
      ...(settings.uploadWaitMs > 0 && { wait: { timeoutMs: settings.uploadWaitMs, intervalMs: 2_000 } }),
    });
    if (uploaded.warning !== undefined) warnings.push({ message: uploaded.warning, actionable: true });
  }
  return warnings;
}

function readEvent(path: string | undefined): EventFacts {
  if (!path) return {};
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: unknown; head?: { sha?: unknown } } };
    const number = event.pull_request?.number;
    const headSha = event.pull_request?.head?.sha;
    if (typeof number !== 'number') return {};
    return { pullRequest: { number, ...(typeof headSha === 'string' && { headSha }) } };
  } catch {
    return {};
  }
}
