/**
 * The sticky pull request comment: one comment, found again by a hidden HTML marker we wrote into it, edited in
 * place on every run so a pull request never collects one comment per push.
 */
import { z } from 'zod';
import type { paths } from '@octokit/openapi-types';
import { nextLink } from '../http/link-header.js';
import { httpProblem, requestProblem, type ProblemContext } from './problems.js';
import { repoPath, responseJson, type GitHubRest, type RepoRef } from './rest.js';

export interface FoundComment {
  id: number;
  body: string;
}

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; id?: number } | { warning: string };
export type FindResult = { comment: FoundComment | undefined } | { warning: string };

type CommentRequest = paths['/repos/{owner}/{repo}/issues/{issue_number}/comments']['post']['requestBody']['content']['application/json'];

/** GitHub refuses longer comment bodies (HTTP 422); the caller keeps its text under this. */
export const COMMENT_MAX_CHARS = 65_536;
const PER_PAGE = 100;
// 50 pages of 100: a pull request with more comments than that is not one we can search without duplicating.
const MAX_PAGES = 50;
const PAGE_MAX_BYTES = 32 * 1024 * 1024;
const ANSWER_MAX_BYTES = 1024 * 1024;
const MARKER = /^<!--[^]*-->$/;

const commentSchema = z.looseObject({ id: z.number().int().positive(), body: z.string().nullish() });

function context(repo: RepoRef, issueNumber: number, doing: string): ProblemContext {
  return {
    doing: `${doing} the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}`,
    permission: 'pull-requests: write',
    notFound: `${repo.owner}/${repo.repo}#${issueNumber} was not found, or the token cannot see it`,
  };
}

/** The first comment on the issue or pull request whose body contains `marker`, searching every page within bounds. */
export async function findComment(rest: GitHubRest, repo: RepoRef, issueNumber: number, marker: string): Promise<FindResult> {
  const problem = badInput(marker, issueNumber);
  if (problem) return { warning: problem };
  const where = context(repo, issueNumber, 'find');
  let url = rest.resolve(`${repoPath(repo)}/issues/${issueNumber}/comments?per_page=${PER_PAGE}`);
  try {
    for (let page = 1; ; page++) {
      const response = await rest.get(url, PAGE_MAX_BYTES);
      if (response.status !== 200) return { warning: httpProblem(rest, response, where) };
      const parsed = z.array(commentSchema).safeParse(responseJson(response));
      if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered in an unexpected shape` };
      const hit = parsed.data.find((comment) => comment.body?.includes(marker));
      if (hit) return { comment: { id: hit.id, body: hit.body ?? '' } };
      const next = nextLink(response.headers.get('link'), response.url);
      if (!next) return { comment: undefined };
      if (page >= MAX_PAGES) {
        return { warning: `Could not ${where.doing}: it has more than ${MAX_PAGES * PER_PAGE} comments; not searching further (and not adding another)` };
      }
      url = next;
    }
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}

/**
 * Edits the comment carrying `marker` to `body`, or adds one when there is none. `body` gets the marker
 * prepended when it lacks it, so the next run finds it.
 */
export async function upsertComment(
  rest: GitHubRest,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<UpsertResult> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  if (text.length > COMMENT_MAX_CHARS) {
    return { warning: `Could not write the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}: it has ${text.length} characters, GitHub takes at most ${COMMENT_MAX_CHARS}` };
  }
  const found = await findComment(rest, repo, issueNumber, marker);
  if ('warning' in found) return found;
  const request: CommentRequest = { body: text };
  const existing = found.comment;
  if (existing?.body === text) return { action: 'unchanged', id: existing.id };
  const where = context(repo, issueNumber, existing ? 'update' : 'create');
  try {
    const response = existing
      ? await rest.patch(`${repoPath(repo)}/issues/comments/${existing.id}`, request, ANSWER_MAX_BYTES)
      : await rest.post(`${repoPath(repo)}/issues/${issueNumber}/comments`, request, ANSWER_MAX_BYTES);
    if (response.status !== (existing ? 200 : 201)) return { warning: httpProblem(rest, response, where) };
    const parsed = commentSchema.safeParse(responseJson(response));
    const id = parsed.success ? parsed.data.id : existing?.id;
    return id === undefined ? { action: existing ? 'updated' : 'created' } : { action: existing ? 'updated' : 'created', id };
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}

function badInput(marker: string, issueNumber: number): string | undefined {
  if (!MARKER.test(marker)) return `The comment marker must be a hidden HTML comment (<!-- … -->), not ${JSON.stringify(marker)}`;
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) return `${issueNumber} is not a pull request number`;
  return undefined;
}
