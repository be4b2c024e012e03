/**
 * A fake GitHub REST API on 127.0.0.1 for the attestations endpoint: each answer is scripted by
 * path, every request is recorded (headers included, to check the token and API version).
 */
import type { components } from '@octokit/openapi-types';
import { send, startFakeServer, type FakeServer, type RecordedRequest } from './registry-fake.js';

export interface FakeAnswer {
  status: number;
  /** JSON-serialised unless it is already a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type GitHubRoutes = Record<string, FakeAnswer | ((request: RecordedRequest, apiUrl: string) => FakeAnswer)>;

export interface GitHubFake extends FakeServer {
  /** http://127.0.0.1:port */
  apiUrl: string;
}

/** Routes are keyed by path and query as requested, e.g. "/repos/o/r/attestations/sha256:…?per_page=100"; unknown paths answer 404. */
export async function startGitHubFake(routes: GitHubRoutes): Promise<GitHubFake> {
  let apiUrl = '';
  const server = await startFakeServer((request, response) => {
    const key = `${request.url.pathname}${request.url.search}`;
    const route = routes[key] ?? routes[request.url.pathname];
    const answer = typeof route === 'function' ? route(request, apiUrl) : (route ?? { status: 404, body: { message: 'Not Found' } });
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
    send(response, answer.status, body, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
  });
  apiUrl = `http://${server.host}`;
  return { ...server, apiUrl };
}

/** A bundle-shaped object (its content need not verify: discovery only). */
export function fakeBundle(label: string): Record<string, unknown> {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: Buffer.from(`cert ${label}`).toString('base64') }, tlogEntries: [] },
    dsseEnvelope: { payload: Buffer.from(`{"label":"${label}"}`).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] },
  };
}

type ContentFile = components['schemas']['content-file'];

/** GitHub's contents API gives a file's content only up to this size; larger ones come with encoding "none". */
export const CONTENTS_INLINE_MAX_BYTES = 1024 * 1024;

/**
 * A file as GET /repos/{owner}/{repo}/contents/{path}?ref= answers it (the content-file schema): its bytes
 * in base64, wrapped every 60 characters as GitHub wraps them; over 1 MB, no content and encoding "none".
 */
export function contentFile(apiUrl: string, owner: string, repo: string, path: string, ref: string, content: string | Buffer): ContentFile {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const inline = bytes.length <= CONTENTS_INLINE_MAX_BYTES;
  const self = `${apiUrl}/repos/${owner}/${repo}/contents/${path}?ref=${ref}`;
  const blob = `${apiUrl}/repos/${owner}/${repo}/git/blobs/${'b'.repeat(40)}`;
  const html = `https://github.example/${owner}/${repo}/blob/${ref}/${path}`;
  return {
    type: 'file',
    encoding: inline ? 'base64' : 'none',
    size: bytes.length,
    name: path.split('/').pop() ?? path,
    path,
    content: inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (bytes.length > 0 ? '\n' : '') : '',
    sha: 'b'.repeat(40),
    url: self,
    git_url: blob,
    html_url: html,
    download_url: `https://raw.github.example/${owner}/${repo}/${ref}/${path}`,
    _links: { git: blob, html, self },
  };
}
