/**
 * A stateful fake of the few GitHub REST endpoints the pull request reporting uses (issue comments, check runs,
 * SARIF uploads, and who the token is: GraphQL `viewer` and REST `GET /user`) on 127.0.0.1. Shapes come from GitHub's OpenAPI description; it enforces the limits GitHub
 * enforces (50 annotations per request, 65,535-character outputs, 65,536-character comments), records every
 * request, and answers any route with a scripted 403/404/422/5xx.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { components, paths } from '@octokit/openapi-types';
import { contentFile } from './github-fake.js';
import { send, startFakeServer, type RecordedRequest } from './registry-fake.js';

type IssueComment = components['schemas']['issue-comment'];
type SimpleUser = components['schemas']['simple-user'];
type CommentRequest = paths['/repos/{owner}/{repo}/issues/{issue_number}/comments']['post']['requestBody']['content']['application/json'];
type CheckRunCreate = paths['/repos/{owner}/{repo}/check-runs']['post']['requestBody']['content']['application/json'];
type CheckRunUpdate = paths['/repos/{owner}/{repo}/check-runs/{check_run_id}']['patch']['requestBody']['content']['application/json'];
type Annotation = NonNullable<NonNullable<CheckRunCreate['output']>['annotations']>[number];
type SarifUploadRequest = paths['/repos/{owner}/{repo}/code-scanning/sarifs']['post']['requestBody']['content']['application/json'];
type SarifReceipt = components['schemas']['code-scanning-sarifs-receipt'];
type SarifStatus = components['schemas']['code-scanning-sarifs-status'];

export type RouteName =
  | 'listComments'
  | 'createComment'
  | 'updateComment'
  | 'createCheckRun'
  | 'updateCheckRun'
  | 'uploadSarif'
  | 'getSarif'
  | 'graphql'
  | 'getUser'
  | 'getContent'
  | 'getGitCommit';

/** A comment's author as REST shows it: `user.login` and `user.type` ("User", "Bot", "Organization"). */
export interface FakeAccount {
  login: string;
  type: 'User' | 'Bot' | 'Organization';
}

/** The workflow's GITHUB_TOKEN acts as this account. */
export const GITHUB_ACTIONS_BOT: FakeAccount = { login: 'github-actions[bot]', type: 'Bot' };

export interface ApiRequest extends RecordedRequest {
  /** undefined for a path the fake does not implement. */
  route: RouteName | undefined;
  json: unknown;
}

export interface StoredCheckRun {
  id: number;
  create: CheckRunCreate;
  updates: CheckRunUpdate[];
  /** Every annotation received, in order, as GitHub appends them. */
  annotations: Annotation[];
}

export interface StoredSarif {
  id: string;
  upload: SarifUploadRequest;
  /** The SARIF text after base64 → gunzip. */
  sarif: string;
  /** Answers for successive GETs of its status; the last repeats. */
  statuses: SarifStatus[];
}

export interface ScriptedFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests to fail before answering normally again; every one by default. */
  times?: number;
}

export interface GitHubApiFake {
  /** http://127.0.0.1:port, as GITHUB_API_URL. */
  apiUrl: string;
  requests: ApiRequest[];
  comments: (IssueComment & { issue_number: number })[];
  checkRuns: StoredCheckRun[];
  sarifs: StoredSarif[];
  /** The account the token acts as: the author of the comments the token writes. */
  identity: FakeAccount;
  /** A comment by `author` (a user login, or an account; default the user "someone"). */
  addComment(issueNumber: number, body: string, author?: string | FakeAccount): IssueComment;
  fail(route: RouteName, failure: ScriptedFailure): void;
  /** A file of the repository at commit `ref` (which then exists), as the contents API serves it. */
  setFile(ref: string, path: string, content: string | Buffer): void;
  /** A commit of the repository, with no files unless setFile adds them. */
  addCommit(ref: string): void;
  /** Status answers for SARIF uploads made from now on. */
  sarifStatuses: SarifStatus[];
  close(): Promise<void>;
}

export interface GitHubApiFakeOptions {
  owner: string;
  repo: string;
  /** When set, a request without `Authorization: Bearer <token>` gets 401. */
  token?: string;
  /**
   * The account the token acts as (default github-actions[bot], as for GITHUB_TOKEN). GraphQL `viewer` names
   * it; REST `GET /user` answers a Bot 403 "Resource not accessible by integration", as GitHub does.
   */
  identity?: FakeAccount;
}

const COMMENT_MAX = 65_536;
const OUTPUT_MAX = 65_535;
const ANNOTATIONS_MAX = 50;

const DEFAULT_BODIES: Record<number, unknown> = {
  403: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
  404: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  422: { message: 'Validation Failed', errors: [{ resource: 'Thing', code: 'invalid', field: 'body' }], status: '422' },
};

export async function startGitHubApiFake(options: GitHubApiFakeOptions): Promise<GitHubApiFake> {
  const requests: ApiRequest[] = [];
  const comments: GitHubApiFake['comments'] = [];
  const checkRuns: StoredCheckRun[] = [];
  const sarifs: StoredSarif[] = [];
  const failures = new Map<RouteName, ScriptedFailure>();
  const commits = new Map<string, Map<string, string | Buffer>>();
  let nextId = 1000;
  const identity = options.identity ?? GITHUB_ACTIONS_BOT;
  let apiUrl = '';
  const repoPrefix = `/repos/${options.owner}/${options.repo}`;

  const fake: GitHubApiFake = {
    apiUrl: '',
    requests,
    comments,
    checkRuns,
    sarifs,
    identity,
    sarifStatuses: [{ processing_status: 'complete', analyses_url: null, errors: null }],
    addComment(issueNumber, body, author = 'someone') {
      const comment = makeComment(nextId++, issueNumber, body, typeof author === 'string' ? { login: author, type: 'User' } : author);
      comments.push(comment);
      return comment;
    },
    fail(route, failure) {
      failures.set(route, failure);
    },
    setFile(ref, path, content) {
      fake.addCommit(ref);
      commits.get(ref)?.set(path, content);
    },
    addCommit(ref) {
      if (!commits.has(ref)) commits.set(ref, new Map());
    },
    close: async () => server.close(),
  };

  function makeComment(id: number, issueNumber: number, body: string, author: FakeAccount): IssueComment & { issue_number: number } {
    const now = new Date().toISOString();
    return {
      id,
      node_id: `IC_${id}`,
      url: `${apiUrl}${repoPrefix}/issues/comments/${id}`,
      html_url: `https://github.example/${options.owner}/${options.repo}/pull/${issueNumber}#issuecomment-${id}`,
      issue_url: `${apiUrl}${repoPrefix}/issues/${issueNumber}`,
      body,
      user: account(author),
      created_at: now,
      updated_at: now,
      author_association: author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      issue_number: issueNumber,
    };
  }

  const server = await startFakeServer((recorded, response) => {
    const [route, param] = routeOf(recorded.method, recorded.url.pathname, repoPrefix);
    let json: unknown;
    try {
      json = recorded.body ? JSON.parse(recorded.body) : undefined;
    } catch {
      json = undefined;
    }
    requests.push({ ...recorded, route, json });
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}): void =>
      send(response, status, body === undefined ? '' : JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8', ...headers });

    if (options.token && recorded.headers.authorization !== `Bearer ${options.token}`) {
      answer(401, { message: 'Bad credentials', status: '401' });
      return;
    }
    if (!route) {
      answer(404, DEFAULT_BODIES[404]);
      return;
    }
    const failure = failures.get(route);
    if (failure) {
      const times = (failure.times ?? Infinity) - 1;
      if (times <= 0) failures.delete(route);
      else failure.times = times;
      answer(failure.status, failure.body ?? DEFAULT_BODIES[failure.status] ?? { message: 'Server Error' }, failure.headers);
      return;
    }
    switch (route) {
      case 'listComments': {
        const perPage = Math.min(100, Number(recorded.url.searchParams.get('per_page') ?? 30) || 30);
        const page = Math.max(1, Number(recorded.url.searchParams.get('page') ?? 1) || 1);
        const all = comments.filter((comment) => comment.issue_number === Number(param));
        const slice: IssueComment[] = all.slice((page - 1) * perPage, page * perPage).map(shown);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (n: number, rel: string): string => {
          const url = new URL(`${apiUrl}${recorded.url.pathname}`);
          url.searchParams.set('per_page', String(perPage));
          url.searchParams.set('page', String(n));
          return `<${url.href}>; rel="${rel}"`;
        };
        const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
        answer(200, slice, links.length > 0 ? { link: links.join(', ') } : {});
        return;
      }
      case 'createComment':
      case 'updateComment': {
        const body = (json as Partial<CommentRequest> | undefined)?.body;
        if (typeof body !== 'string' || body.length > COMMENT_MAX) {
          answer(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
          });
          return;
        }
        if (route === 'createComment') {
          const comment = makeComment(nextId++, Number(param), body, identity);
          comments.push(comment);
          answer(201, shown(comment));
          return;
        }
        const existing = comments.find((comment) => comment.id === Number(param));
        if (!existing) {
          answer(404, DEFAULT_BODIES[404]);
          return;
        }
        existing.body = body;
        existing.updated_at = new Date().toISOString();
        answer(200, shown(existing));
        return;
      }
      case 'createCheckRun':
      case 'updateCheckRun': {
        const output = (json as { output?: CheckRunCreate['output'] } | undefined)?.output;
        const problem = checkOutput(output);
        if (problem) {
          answer(422, { message: 'Invalid request.', errors: [problem] });
          return;
        }
        if (route === 'createCheckRun') {
          const create = json as CheckRunCreate;
          if (!create.name || !create.head_sha) {
            answer(422, { message: 'Invalid request.', errors: ['name and head_sha are required'] });
            return;
          }
          const run: StoredCheckRun = { id: nextId++, create, updates: [], annotations: [...(output?.annotations ?? [])] };
          checkRuns.push(run);
          answer(201, { id: run.id, name: create.name, head_sha: create.head_sha, status: create.status, conclusion: create.conclusion });
          return;
        }
        const run = checkRuns.find((candidate) => candidate.id === Number(param));
        if (!run) {
          answer(404, DEFAULT_BODIES[404]);
          return;
        }
        run.updates.push(json as CheckRunUpdate);
        run.annotations.push(...(output?.annotations ?? []));
        answer(200, { id: run.id, name: run.create.name, head_sha: run.create.head_sha });
        return;
      }
      case 'uploadSarif': {
        const upload = json as Partial<SarifUploadRequest> | undefined;
        let sarif: string;
        try {
          if (!upload?.commit_sha || !upload.ref || !upload.sarif) throw new Error('missing fields');
          sarif = gunzipSync(Buffer.from(upload.sarif, 'base64')).toString('utf8');
          JSON.parse(sarif);
        } catch {
          answer(400, { message: 'Invalid SARIF: could not decode the sarif field' });
          return;
        }
        const id = `sarif-${nextId++}`;
        sarifs.push({ id, upload: upload as SarifUploadRequest, sarif, statuses: [...fake.sarifStatuses] });
        const receipt: SarifReceipt = { id, url: `${apiUrl}${repoPrefix}/code-scanning/sarifs/${id}` };
        answer(202, receipt);
        return;
      }
      case 'graphql': {
        const query = (json as { query?: unknown } | undefined)?.query;
        if (typeof query !== 'string' || !/^\s*(?:query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
          // The fake knows one query; GitHub answers a query it cannot run with 200 and `errors`.
          answer(200, { errors: [{ message: `the fake GraphQL API only answers { viewer { login } }, not ${JSON.stringify(query)}` }] });
          return;
        }
        answer(200, { data: { viewer: { login: identity.login } } });
        return;
      }
      case 'getUser': {
        if (identity.type === 'Bot') {
          answer(403, DEFAULT_BODIES[403]);
          return;
        }
        answer(200, account(identity));
        return;
      }
      case 'getContent': {
        // GET /repos/{owner}/{repo}/contents/{path}?ref=: a file of a known commit, else 404 as GitHub answers.
        const ref = recorded.url.searchParams.get('ref') ?? '';
        const content = commits.get(ref)?.get(param);
        if (content === undefined) {
          answer(404, DEFAULT_BODIES[404]);
          return;
        }
        answer(200, contentFile(apiUrl, options.owner, options.repo, param, ref, content));
        return;
      }
      case 'getGitCommit': {
        if (!commits.has(param)) {
          answer(404, DEFAULT_BODIES[404]);
          return;
        }
        const tree = `${apiUrl}${repoPrefix}/git/trees/${'t'.repeat(40)}`;
        answer(200, {
          sha: param,
          node_id: `C_${param}`,
          url: `${apiUrl}${repoPrefix}/git/commits/${param}`,
          tree: { sha: 't'.repeat(40), url: tree },
          parents: [],
          message: 'base',
        });
        return;
      }
      case 'getSarif': {
        const stored = sarifs.find((candidate) => candidate.id === param);
        if (!stored) {
          answer(404, DEFAULT_BODIES[404]);
          return;
        }
        const status: SarifStatus = stored.statuses.length > 1 ? (stored.statuses.shift() ?? {}) : (stored.statuses[0] ?? {});
        answer(200, status);
        return;
      }
    }
  });
  apiUrl = `http://${server.host}`;
  fake.apiUrl = apiUrl;
  return fake;

  function account(of: FakeAccount): SimpleUser {
    const id = parseInt(createHash('sha256').update(of.login).digest('hex').slice(0, 8), 16);
    const users = `${apiUrl}/users/${encodeURIComponent(of.login)}`;
    return {
      login: of.login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.github.example/u/${id}`,
      gravatar_id: '',
      url: users,
      html_url: `https://github.example/${of.type === 'Bot' ? `apps/${of.login.replace(/\[bot\]$/, '')}` : of.login}`,
      followers_url: `${users}/followers`,
      following_url: `${users}/following{/other_user}`,
      gists_url: `${users}/gists{/gist_id}`,
      starred_url: `${users}/starred{/owner}{/repo}`,
      subscriptions_url: `${users}/subscriptions`,
      organizations_url: `${users}/orgs`,
      repos_url: `${users}/repos`,
      events_url: `${users}/events{/privacy}`,
      received_events_url: `${users}/received_events`,
      type: of.type,
      site_admin: false,
    };
  }
}

/** A comment as GitHub shows it, without the issue number the fake files it under. */
function shown(stored: IssueComment & { issue_number: number }): IssueComment {
  const comment: Partial<IssueComment & { issue_number: number }> = { ...stored };
  delete comment.issue_number;
  return comment as IssueComment;
}

function routeOf(method: string, pathname: string, prefix: string): [RouteName | undefined, string] {
  if (method === 'POST' && pathname === '/graphql') return ['graphql', ''];
  if (method === 'GET' && pathname === '/user') return ['getUser', ''];
  if (!pathname.startsWith(`${prefix}/`)) return [undefined, ''];
  const rest = pathname.slice(prefix.length);
  const table: [string, RegExp, RouteName][] = [
    ['GET', /^\/issues\/(\d+)\/comments$/, 'listComments'],
    ['POST', /^\/issues\/(\d+)\/comments$/, 'createComment'],
    ['PATCH', /^\/issues\/comments\/(\d+)$/, 'updateComment'],
    ['POST', /^\/check-runs()$/, 'createCheckRun'],
    ['PATCH', /^\/check-runs\/(\d+)$/, 'updateCheckRun'],
    ['POST', /^\/code-scanning\/sarifs()$/, 'uploadSarif'],
    ['GET', /^\/code-scanning\/sarifs\/([^/]+)$/, 'getSarif'],
    ['GET', /^\/contents\/(.+)$/, 'getContent'],
    ['GET', /^\/git\/commits\/([0-9a-f]+)$/, 'getGitCommit'],
  ];
  for (const [verb, pattern, name] of table) {
    const match = pattern.exec(rest);
    if (verb === method && match) return [name, decodeURIComponent(match[1] ?? '')];
  }
  return [undefined, ''];
}

function checkOutput(output: CheckRunCreate['output']): string | undefined {
  if (!output) return undefined;
  if (!output.title || typeof output.summary !== 'string') return 'output.title and output.summary are required';
  if (output.summary.length > OUTPUT_MAX) return `output.summary is longer than ${OUTPUT_MAX} characters`;
  if (output.text && output.text.length > OUTPUT_MAX) return `output.text is longer than ${OUTPUT_MAX} characters`;
  if ((output.annotations?.length ?? 0) > ANNOTATIONS_MAX) return `more than ${ANNOTATIONS_MAX} annotations in one request`;
  return undefined;
}
