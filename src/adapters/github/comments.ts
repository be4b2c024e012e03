/**
 * The sticky pull request comment: one comment, found again by the hidden HTML marker we wrote as its first
 * line, edited in place on every run so a pull request never collects one comment per push.
 *
 * The marker is predictable, so anyone can post a comment carrying it. A comment is adopted only when its
 * first line is the marker AND its author is the account the token acts as (login and type, see
 * token-identity.ts); anything else is left alone and a new comment is made. Otherwise a stranger's comment
 * would be shown as the gate's verdict, under their name, and they could edit it to say anything.
 */
import { z } from 'zod';
import type { paths } from '@octokit/openapi-types';
import { nextLink } from '../http/index.js';
import { httpProblem, requestProblem, type ProblemContext } from './problems.js';
import { repoPath, responseJson, type GitHubRest, type RepoRef } from './rest.js';
import type { IdentityResult, TokenIdentity } from './token-identity.js';

export interface FoundComment {
  id: number;
  body: string;
}

/**
 * `note`: the comment was written, but something the user should know happened (e.g. the token's account
 * could not be learned, so an earlier comment could not be adopted).
 */
export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; id?: number; note?: string } | { warning: string };
export type FindResult = { comment: FoundComment | undefined; note?: string } | { warning: string };

/**
 * Who the token acts as, asked only when some comment carries the marker (most runs on a new pull request
 * need no extra request). Pass the same function to several calls: it should remember its answer.
 */
export type AuthorLookup = () => Promise<IdentityResult>;

type CommentRequest = paths['/repos/{owner}/{repo}/issues/{issue_number}/comments']['post']['requestBody']['content']['application/json'];

/** GitHub refuses longer comment bodies (HTTP 422); the caller keeps its text under this. */
export const COMMENT_MAX_CHARS = 65_536;
const PER_PAGE = 100;
// 50 pages of 100: a pull request with more comments than that is not one we can search without duplicating.
const MAX_PAGES = 50;
const PAGE_MAX_BYTES = 32 * 1024 * 1024;
const ANSWER_MAX_BYTES = 1024 * 1024;
const MARKER = /^<!--[^]*-->$/;

const commentSchema = z.looseObject({
  id: z.number().int().positive(),
  body: z.string().nullish(),
  // null for a deleted ("ghost") account.
  user: z.looseObject({ login: z.string(), type: z.string() }).nullish(),
});
type ListedComment = z.infer<typeof commentSchema>;

function context(repo: RepoRef, issueNumber: number, doing: string): ProblemContext {
  return {
    doing: `${doing} the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}`,
    permission: 'pull-requests: write',
    notFound: `${repo.owner}/${repo.repo}#${issueNumber} was not found, or the token cannot see it`,
  };
}

/**
 * The first comment on the issue or pull request that is ours: `marker` as its first line, written by the
 * account the token acts as. Every page is searched within bounds.
 */
export async function findComment(rest: GitHubRest, repo: RepoRef, issueNumber: number, marker: string, author: AuthorLookup): Promise<FindResult> {
  const problem = badInput(marker, issueNumber);
  if (problem) return { warning: problem };
  const where = context(repo, issueNumber, 'find');
  let url = rest.resolve(`${repoPath(repo)}/issues/${issueNumber}/comments?per_page=${PER_PAGE}`);
  let identity: TokenIdentity | undefined;
  try {
    for (let page = 1; ; page++) {
      const response = await rest.get(url, PAGE_MAX_BYTES);
      if (response.status !== 200) return { warning: httpProblem(rest, response, where) };
      const parsed = z.array(commentSchema).safeParse(responseJson(response));
      if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered in an unexpected shape` };
      for (const comment of parsed.data) {
        if (firstLine(comment.body ?? '') !== marker) continue;
        if (identity === undefined) {
          const learned = await author();
          if ('warning' in learned) {
            // Unproven is not ours: adopt nothing and let the caller add a comment of its own.
            return { comment: undefined, note: `${learned.warning}, so no comment carrying the marker can be proven the gate's own` };
          }
          identity = learned.identity;
        }
        if (writtenBy(comment, identity)) return { comment: { id: comment.id, body: comment.body ?? '' } };
      }
      const next = nextLink(response.headers.get('link'), response.url);
      if (!next) return { comment: undefined };
      if (page >= MAX_PAGES) {
        return {
          warning: `Could not ${where.doing}: it has more than ${MAX_PAGES * PER_PAGE} comments; not searching further (and not adding another)`,
        };
      }
      url = next;
    }
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}

/** The body's first line; GitHub may store a body edited in the browser with CRLF line ends. */
export function firstLine(body: string): string {
  const end = body.search(/\r?\n/);
  return end === -1 ? body : body.slice(0, end);
}

function writtenBy(comment: ListedComment, identity: TokenIdentity): boolean {
  return comment.user?.login === identity.login && comment.user.type === identity.type;
}

/**
 * Edits our comment carrying `marker` (see findComment) to `body`, or adds one when there is none. `body`
 * gets the marker as its first line when it does not start with it, so the next run finds it.
 */
export async function upsertComment(
  rest: GitHubRest,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  author: AuthorLookup,
): Promise<UpsertResult> {
  const text = firstLine(body) === marker ? body : `${marker}\n${body}`;
  if (text.length > COMMENT_MAX_CHARS) {
    return {
      warning: `Could not write the pull request comment on ${repo.owner}/${repo.repo}#${issueNumber}: it has ${text.length} characters, GitHub takes at most ${COMMENT_MAX_CHARS}`,
    };
  }
  const found = await findComment(rest, repo, issueNumber, marker, author);
  if ('warning' in found) return found;
  const note = found.note === undefined ? {} : { note: `${found.note}; a new one was added` };
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
    return { action: existing ? 'updated' : 'created', ...(id !== undefined && { id }), ...note };
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
}

function badInput(marker: string, issueNumber: number): string | undefined {
  if (!MARKER.test(marker)) return `The comment marker must be a hidden HTML comment (<!-- … -->), not ${JSON.stringify(marker)}`;
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) return `${issueNumber} is not a pull request number`;
  return undefined;
}
