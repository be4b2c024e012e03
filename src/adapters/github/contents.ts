/**
 * Files of the repository at one commit, through the contents API
 * (GET /repos/{owner}/{repo}/contents/{path}?ref={sha}), for what must not come from a pull request's
 * checkout: the base branch's policy and the files it names. Security code: every failure is an error
 * (never "no such file"), and only a 404 for the file, in a repository the token can read at that
 * commit, means the file is absent (GitHub also answers 404 when the token may not see the repository).
 */
import { z } from 'zod';
import { configError, infrastructureError, type GateError } from '../../core/model/errors.js';
import { httpProblem } from './problems.js';
import { GitHubRequestError, repoPath, responseJson, type GitHubResponse, type GitHubRest, type RepoRef } from './rest.js';

export const CONTENTS_PERMISSION = 'contents: read';
/** The contents API gives a file's text (base64) only up to 1 MB; larger files come without it. */
export const REPOSITORY_FILE_MAX_BYTES = 1_000_000;
const COMMIT_ANSWER_MAX_BYTES = 1024 * 1024;

export type RepositoryFile = { found: true; text: string } | { found: false };

const fileSchema = z.looseObject({
  type: z.string(),
  encoding: z.string().optional(),
  size: z.number().int().nonnegative(),
  content: z.string().optional(),
  target: z.string().optional(),
});
const commitSchema = z.looseObject({ sha: z.string() });
const BASE64_TEXT = /^[A-Za-z0-9+/=\r\n]*$/;
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A repository at one commit. Reads are independent; whether the repository is readable is asked once. */
export class RepositoryAtCommit {
  private readable: Promise<void> | undefined;

  constructor(
    private readonly rest: GitHubRest,
    readonly repo: RepoRef,
    readonly sha: string,
  ) {
    if (!COMMIT_SHA.test(sha)) throw configError(`The commit "${sha}" is not a full commit SHA`);
  }

  /** "acme/app at 1a2b3c4d5e6f", for messages. */
  get name(): string {
    return `${this.repo.owner}/${this.repo.repo} at ${this.sha.slice(0, 12)}`;
  }

  /** The file's text (UTF-8), or found: false when the commit has no such file. Throws a GateError otherwise. */
  async read(path: string, maxBytes = REPOSITORY_FILE_MAX_BYTES): Promise<RepositoryFile> {
    const url = `${repoPath(this.repo)}/contents/${encodeRepositoryPath(path)}?ref=${this.sha}`;
    const doing = `read ${path} from ${this.name}`;
    // base64 grows the text by 4/3, GitHub wraps it every 60 characters, and the answer carries a few URLs.
    const response = await this.get(url, Math.ceil(((maxBytes * 4) / 3) * (61 / 60)) + 64 * 1024, doing);
    if (response.status === 404) {
      await this.ensureReadable(path);
      return { found: false };
    }
    if (response.status !== 200) throw this.failure(response, doing);
    return { found: true, text: decodeFile(response, path, this.name, maxBytes) };
  }

  /** A 404 for a file is "absent" only if the token can read this commit at all (it needs contents: read). */
  private async ensureReadable(path: string): Promise<void> {
    this.readable ??= (async () => {
      const doing = `read ${path} from ${this.name}`;
      const response = await this.get(`${repoPath(this.repo)}/git/commits/${this.sha}`, COMMIT_ANSWER_MAX_BYTES, doing);
      if (response.status === 200) {
        const commit = commitSchema.safeParse(responseJson(response));
        if (commit.success && commit.data.sha === this.sha) return;
        throw infrastructureError(`Could not ${doing}: GitHub answered the commit lookup with a different commit or an unexpected shape`);
      }
      if (response.status === 404 || response.status === 401 || response.status === 403) {
        throw configError(
          `Could not ${doing}: GitHub answered 404 for the file, and the token cannot read the repository at that commit ` +
            `either (HTTP ${response.status}), so the file's absence is unproven: the token needs "${CONTENTS_PERMISSION}" ` +
            `(in the workflow: permissions: { ${CONTENTS_PERMISSION} })`,
        );
      }
      throw this.failure(response, doing);
    })();
    return this.readable;
  }

  private async get(url: string, maxBytes: number, doing: string): Promise<GitHubResponse> {
    try {
      return await this.rest.get(url, maxBytes);
    } catch (error) {
      if (error instanceof GitHubRequestError) throw infrastructureError(`Could not ${doing}: ${this.rest.redact(error.message)}`, error);
      throw error;
    }
  }

  private failure(response: GitHubResponse, doing: string): GateError {
    const sentence = httpProblem(this.rest, response, { doing, permission: CONTENTS_PERMISSION });
    if (response.status === 401) return configError(`${sentence}; the github-token input must be a valid token with "${CONTENTS_PERMISSION}"`);
    if (response.status === 403 && response.headers.get('x-ratelimit-remaining') !== '0') return configError(sentence);
    return infrastructureError(sentence);
  }
}

/**
 * A repository path for the URL, each segment escaped. "." and ".." are refused: the URL parser would
 * resolve them and the request would name another endpoint.
 */
export function encodeRepositoryPath(path: string): string {
  const segments = path.split('/');
  if (path === '' || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw configError(`"${path}" is not a path inside the repository`);
  }
  return segments.map(encodeURIComponent).join('/');
}

function decodeFile(response: GitHubResponse, path: string, where: string, maxBytes: number): string {
  const body = responseJson(response);
  const problem = (text: string): GateError => configError(`${path} in ${where} ${text}`);
  if (Array.isArray(body)) throw problem('is a directory, not a file');
  const parsed = fileSchema.safeParse(body);
  if (!parsed.success) throw infrastructureError(`GitHub answered for ${path} in ${where} in an unexpected shape`);
  const file = parsed.data;
  if (file.type === 'symlink') throw problem('is a symbolic link that does not lead to a file in the repository');
  if (file.type !== 'file') throw problem(`is a ${file.type}, not a file`);
  if (file.size > maxBytes) throw problem(`is larger than ${maxBytes} bytes (${file.size}); refusing it`);
  if (file.encoding !== 'base64' || file.content === undefined || !BASE64_TEXT.test(file.content)) {
    throw infrastructureError(`GitHub answered for ${path} in ${where} without its content in base64`);
  }
  const bytes = Buffer.from(file.content, 'base64');
  if (bytes.length !== file.size) {
    throw infrastructureError(`GitHub answered for ${path} in ${where} with ${bytes.length} bytes of content for a file of ${file.size}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problem('is not UTF-8 text');
  }
}
