/**
 * A minimal GitHub REST client over fetch: JSON GETs, POSTs and PATCHes against one API origin (GITHUB_API_URL),
 * plus downloads from URLs the API hands out; the token sent to that origin only, bounded bodies and timeouts,
 * every request counted.
 */
import { BodyTooLargeError, readLimited } from '../http/index.js';
import { isLoopbackHost } from '../registry/index.js';
import { IMAGE_GATE_VERSION } from '../../core/model/version.js';
import { errorMessage } from '../../core/model/errors.js';

export interface GitHubRestOptions {
  /** e.g. https://api.github.com, or https://ghe.example.com/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  token?: string | undefined;
  timeoutMs?: number;
  userAgent?: string;
}

export interface GitHubResponse {
  status: number;
  headers: Headers;
  /** The URL that answered (after same-origin redirects). */
  url: URL;
  body: Buffer;
}

/** A failure to get any answer: bad URL, refused scheme, network, timeout, oversized body. */
export class GitHubRequestError extends Error {
  override readonly name = 'GitHubRequestError';
}

/** The repository a call acts on, as in GITHUB_REPOSITORY split at the slash. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** "repos/{owner}/{repo}", relative to the API URL, each part escaped. */
export function repoPath(repo: RepoRef): string {
  return `repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}

export type WriteMethod = 'POST' | 'PATCH';

const API_VERSION = '2022-11-28';
const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Only these keep the method and body; a 301/302/303 after a write would silently turn it into a GET.
const WRITE_REDIRECT_STATUSES = new Set([307, 308]);

export class GitHubRest {
  readonly base: URL;
  private sent = 0;
  private readonly token: string | undefined;
  private readonly timeoutMs: number;
  private readonly userAgent: string;

  constructor(options: GitHubRestOptions) {
    let base: URL;
    try {
      base = new URL(options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`);
    } catch {
      throw new GitHubRequestError(`The GitHub API URL "${options.apiUrl}" is not a URL`);
    }
    if (base.protocol !== 'https:' && !(base.protocol === 'http:' && isLoopbackHost(base.hostname))) {
      throw new GitHubRequestError(`The GitHub API URL ${base.origin} must use https (plain http is for loopback hosts only)`);
    }
    this.base = base;
    this.token = options.token || undefined;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? `image-gate/${IMAGE_GATE_VERSION}`;
  }

  get requestCount(): number {
    return this.sent;
  }

  /** A path relative to the API URL ("repos/o/r/…") or an absolute URL on the same origin (a Link target). */
  resolve(pathOrUrl: string | URL): URL {
    return pathOrUrl instanceof URL ? pathOrUrl : new URL(pathOrUrl.replace(/^\/+/, ''), this.base);
  }

  async get(pathOrUrl: string | URL, maxBytes: number): Promise<GitHubResponse> {
    return this.request('GET', pathOrUrl, undefined, maxBytes);
  }

  /** Sends `json` as the request body; the answer is returned whatever its status (the caller judges it). */
  async post(pathOrUrl: string | URL, json: unknown, maxBytes: number): Promise<GitHubResponse> {
    return this.request('POST', pathOrUrl, JSON.stringify(json), maxBytes);
  }

  async patch(pathOrUrl: string | URL, json: unknown, maxBytes: number): Promise<GitHubResponse> {
    return this.request('PATCH', pathOrUrl, JSON.stringify(json), maxBytes);
  }

  /**
   * GETs a URL the API handed out, such as an attestation's `bundle_url`: a pre-signed download that may live
   * on another host (blob storage). The token and the API's headers go only to the API's own origin, and only
   * while every hop so far stayed there: once the download has been on another origin, no later hop gets them,
   * not even one redirected back to the API (that origin chose the path), as fetch drops credentials for good
   * at an origin change. Any other origin gets no credentials at all. https only (plain http only
   * for a loopback host while the API itself is on loopback, as the test fakes are). The answer is returned
   * whatever its status; errors name the host, never the query (it carries the download's signature).
   */
  async download(url: URL, maxBytes: number): Promise<GitHubResponse> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let leftApiOrigin = false;
    for (let hop = 0; ; hop++) {
      const plainHttpAllowed = url.protocol === 'http:' && this.base.protocol === 'http:' && isLoopbackHost(url.hostname);
      if (url.protocol !== 'https:' && !plainHttpAllowed) {
        throw new GitHubRequestError(`refusing ${url.protocol}//${url.host}: downloads must use https`);
      }
      if (url.username || url.password) throw new GitHubRequestError(`refusing a URL with credentials in it (${url.host})`);
      const headers: Record<string, string> = { 'user-agent': this.userAgent };
      if (url.origin !== this.base.origin) leftApiOrigin = true;
      if (!leftApiOrigin) {
        headers.accept = 'application/vnd.github+json';
        headers['x-github-api-version'] = API_VERSION;
        if (this.token) headers.authorization = `Bearer ${this.token}`;
      }
      this.sent++;
      let response: Response;
      try {
        response = await fetch(url, { headers, redirect: 'manual', signal });
      } catch (error) {
        throw new GitHubRequestError(`${url.host} did not answer: ${reason(error)}`, { cause: error });
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw new GitHubRequestError(`${url.host} redirected without a Location`);
        if (hop >= MAX_REDIRECTS) throw new GitHubRequestError(`${url.host} redirected more than ${MAX_REDIRECTS} times`);
        url = new URL(location, url);
        continue;
      }
      const body = await readCapped(response, maxBytes, `${url.host} sent more than ${maxBytes} bytes`, `the answer of ${url.host}`);
      return { status: response.status, headers: response.headers, url, body };
    }
  }

  /** `text` with the token blanked out, for anything built from an answer that might echo it. */
  redact(text: string): string {
    return this.token ? text.split(this.token).join('***') : text;
  }

  private async request(method: 'GET' | WriteMethod, pathOrUrl: string | URL, body: string | undefined, maxBytes: number): Promise<GitHubResponse> {
    let url = this.resolve(pathOrUrl);
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': API_VERSION,
      'user-agent': this.userAgent,
    };
    if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const followed = method === 'GET' ? REDIRECT_STATUSES : WRITE_REDIRECT_STATUSES;
    const signal = AbortSignal.timeout(this.timeoutMs);
    for (let hop = 0; ; hop++) {
      // The token must never reach another origin, whatever a Link or Location header says.
      if (url.origin !== this.base.origin) {
        throw new GitHubRequestError(`Refusing to send a GitHub API request to ${url.origin}: the API is at ${this.base.origin}`);
      }
      this.sent++;
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body, redirect: 'manual', signal });
      } catch (error) {
        throw new GitHubRequestError(`GitHub API ${url.origin} did not answer ${url.pathname}: ${reason(error)}`, { cause: error });
      }
      if (followed.has(response.status) && hop < MAX_REDIRECTS) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw new GitHubRequestError(`GitHub API redirected ${url.pathname} without a Location`);
        url = new URL(location, url);
        continue;
      }
      const tooLarge = `GitHub API sent more than ${maxBytes} bytes for ${url.pathname}; refusing it`;
      return {
        status: response.status,
        headers: response.headers,
        url,
        body: await readCapped(response, maxBytes, tooLarge, `the GitHub API answer for ${url.pathname}`),
      };
    }
  }
}

/** The answer's body as JSON, or undefined when it is empty or not JSON (error pages from proxies are HTML). */
export function responseJson(response: GitHubResponse): unknown {
  if (response.body.length === 0) return undefined;
  try {
    return JSON.parse(response.body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function reason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  if (error instanceof Error && error.cause instanceof Error) return error.cause.message;
  return errorMessage(error);
}

/** The body within maxBytes; `tooLarge` is the sentence for one over them, `what` names the answer when reading it fails. */
async function readCapped(response: Response, maxBytes: number, tooLarge: string, what: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new GitHubRequestError(tooLarge);
  }
  try {
    return await readLimited(response, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new GitHubRequestError(tooLarge);
    throw new GitHubRequestError(`Reading ${what} failed: ${reason(error)}`, { cause: error });
  }
}
