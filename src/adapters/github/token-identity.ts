/**
 * Which account the token acts as, so the sticky comment adopts only comments that account wrote.
 *
 * How: GraphQL `query { viewer { login } }`. It needs no permission and answers for every kind of
 * token: the workflow's GITHUB_TOKEN is `github-actions[bot]`, a GitHub App installation token is
 * `<app-slug>[bot]`, a personal access or OAuth token is its user (as marocchino/sticky-pull-request-comment
 * and others learn it). REST cannot: `GET /user` answers installation tokens 403 "Resource not accessible
 * by integration", and `GET /app` needs the app's JWT, which an installation token is not. So REST
 * `GET /user` is only the fallback when GraphQL gives no usable answer, and it names users only.
 *
 * Never assumed: `github-actions[bot]` for a token that refuses to say. An installation token may belong
 * to any app, and guessing would both miss our own comments and adopt ones another workflow of the
 * repository wrote as github-actions[bot]. With no identity the caller adopts nothing.
 */
import { z } from 'zod';
import { githubSaid, httpProblem, requestProblem } from './problems.js';
import { responseJson, type GitHubResponse, type GitHubRest } from './rest.js';

/** A comment's author as the REST API shows it (`user.login`, `user.type`). */
export interface TokenIdentity {
  login: string;
  /** "Bot" for GITHUB_TOKEN and app installation tokens, "User" for a person's token. */
  type: string;
}

export type IdentityResult = { identity: TokenIdentity } | { warning: string };

const ANSWER_MAX_BYTES = 64 * 1024;
const VIEWER_QUERY = 'query { viewer { login } }';
// GitHub logins: letters, digits and single hyphens; a bot's REST login is its slug with "[bot]".
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98})(?:\[bot\])?$/;

const viewerAnswer = z.object({ data: z.object({ viewer: z.object({ login: z.string().regex(LOGIN) }) }) });
const userAnswer = z.object({ login: z.string().regex(LOGIN), type: z.enum(['User', 'Bot']) });

/**
 * The GraphQL endpoint next to `apiBase`: the runner's GITHUB_GRAPHQL_URL when set (the REST client still
 * refuses any other origin than the API's), else https://api.github.com/graphql or, on GitHub Enterprise
 * Server, /api/graphql beside /api/v3.
 */
export function graphqlUrl(apiBase: URL, fromEnv: string | undefined): URL {
  if (fromEnv) {
    try {
      return new URL(fromEnv);
    } catch {
      // Not a URL: the derived one below is as good.
    }
  }
  const path = apiBase.pathname.replace(/\/+$/, '');
  return new URL(path.endsWith('/api/v3') ? `${path.slice(0, -'/v3'.length)}/graphql` : `${path}/graphql`, apiBase);
}

// No permission lets a token ask who it is where GitHub refuses (an installation token and GET /user):
// the problems below name none.
const ASK_GRAPHQL = { doing: 'learn which account the token acts as from GraphQL (viewer)' };
const ASK_REST = { doing: 'learn it from GET /user either' };

/** The identity, or a warning saying why neither GraphQL nor REST told it. */
export async function tokenIdentity(rest: GitHubRest, graphql: URL): Promise<IdentityResult> {
  let viewerProblem: string;
  try {
    const response = await rest.post(graphql, { query: VIEWER_QUERY }, ANSWER_MAX_BYTES);
    const parsed = viewerAnswer.safeParse(responseJson(response));
    if (response.status === 200 && parsed.success) {
      const login = parsed.data.data.viewer.login;
      // GraphQL's viewer is typed User even for a bot; the "[bot]" suffix tells them apart, and no user login can carry it.
      return { identity: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
    }
    viewerProblem = answerProblem(rest, response, ASK_GRAPHQL);
  } catch (error) {
    viewerProblem = requestProblem(rest, error, ASK_GRAPHQL);
  }
  let userProblem: string;
  try {
    const response = await rest.get('user', ANSWER_MAX_BYTES);
    const parsed = userAnswer.safeParse(responseJson(response));
    if (response.status === 200 && parsed.success) return { identity: parsed.data };
    userProblem = answerProblem(rest, response, ASK_REST);
  } catch (error) {
    userProblem = requestProblem(rest, error, ASK_REST);
  }
  return { warning: `${viewerProblem}. ${userProblem}` };
}

/**
 * A refusal as problems.ts words every GitHub refusal. A 200 here is an answer of the wrong shape: a login
 * that is not one, or GraphQL's own `errors` (which it sends with 200).
 */
function answerProblem(rest: GitHubRest, response: GitHubResponse, context: { doing: string }): string {
  if (response.status === 200) return `Could not ${context.doing}: GitHub answered in an unexpected shape${githubSaid(rest, response)}`;
  return httpProblem(rest, response, context);
}
