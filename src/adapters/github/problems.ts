/**
 * Turns a GitHub API failure into one warning sentence that says what to fix. Reporting to GitHub is a
 * courtesy to reviewers: a missing permission or an outage must never crash the gate or change its verdict,
 * so callers get text, not exceptions.
 */
import { GitHubRequestError, responseJson, type GitHubResponse, type GitHubRest } from './rest.js';

export interface ProblemContext {
  /** What was attempted, e.g. "update the pull request comment on o/r#5". */
  doing: string;
  /** The workflow permission the call needs, e.g. "pull-requests: write"; none when no permission would help. */
  permission?: string;
  /** What a 404 means for this endpoint, when it means more than "not found or not visible". */
  notFound?: string;
  /** What a 403 means when GitHub's message shows it is not about the token (e.g. a feature that is off). */
  forbiddenUnlessPermission?: { messageMatches: RegExp; meaning: string };
}

const MAX_DETAIL_CHARS = 300;

/** A warning for an answer that is not the success the caller expected. */
export function httpProblem(rest: GitHubRest, response: GitHubResponse, context: ProblemContext): string {
  const status = response.status;
  const detail = githubMessage(response);
  const said = githubSaid(rest, response);
  const prefix = `Could not ${context.doing}`;
  if (status === 401) return `${prefix}: GitHub rejected the token (HTTP 401): it is invalid or expired${said}`;
  if (status === 429 || (status === 403 && response.headers.get('x-ratelimit-remaining') === '0')) {
    return `${prefix}: GitHub API rate limit exceeded (HTTP ${status}); try again later${said}`;
  }
  if (status === 403) {
    const special = context.forbiddenUnlessPermission;
    if (special && detail && special.messageMatches.test(detail)) return `${prefix} (HTTP 403): ${special.meaning}${said}`;
    if (context.permission === undefined) return `${prefix}: GitHub denied it (HTTP 403)${said}`;
    return (
      `${prefix}: GitHub denied it (HTTP 403): the token needs the "${context.permission}" permission ` +
      `(in the workflow: permissions: { ${context.permission} }); pull requests from forks only get a read-only token${said}`
    );
  }
  if (status === 404) {
    const needs = context.permission === undefined ? '' : ` (it needs "${context.permission}")`;
    return `${prefix} (HTTP 404): ${context.notFound ?? `not found, or the token cannot see it${needs}`}${said}`;
  }
  if (status === 413) return `${prefix}: GitHub refused the payload as too large (HTTP 413)${said}`;
  if (status === 400 || status === 422) return `${prefix}: GitHub refused the request as invalid (HTTP ${status})${said}`;
  if (status >= 500) return `${prefix}: GitHub failed (HTTP ${status}); try again later${said}`;
  return `${prefix}: GitHub answered HTTP ${status}${said}`;
}

/** What GitHub said in the answer (its `message`, a 422's `errors`) as `; GitHub said: "…"`, short, the token blanked out; '' when nothing. */
export function githubSaid(rest: GitHubRest, response: GitHubResponse): string {
  const detail = githubMessage(response);
  return detail ? `; GitHub said: ${JSON.stringify(rest.redact(detail))}` : '';
}

/** A warning for a request that got no usable answer; anything else is a bug and is rethrown. */
export function requestProblem(rest: GitHubRest, error: unknown, context: Pick<ProblemContext, 'doing'>): string {
  if (error instanceof GitHubRequestError) return `Could not ${context.doing}: ${rest.redact(error.message)}`;
  throw error;
}

/** GitHub's `message`, plus the `errors` of a 422 (strings or `{ message | code, field }`), short. */
function githubMessage(response: GitHubResponse): string {
  const json = responseJson(response);
  if (!isRecord(json)) return '';
  const parts: string[] = [];
  if (typeof json.message === 'string' && json.message) parts.push(json.message);
  if (Array.isArray(json.errors)) {
    for (const entry of json.errors as unknown[]) {
      if (typeof entry === 'string') parts.push(entry);
      else if (isRecord(entry)) {
        const text = typeof entry.message === 'string' ? entry.message : typeof entry.code === 'string' ? entry.code : '';
        const field = typeof entry.field === 'string' ? ` (${entry.field})` : '';
        if (text) parts.push(`${text}${field}`);
      }
    }
  }
  const joined = parts.join(': ');
  return joined.length > MAX_DETAIL_CHARS ? `${joined.slice(0, MAX_DETAIL_CHARS)}…` : joined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
