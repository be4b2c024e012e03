/**
 * A fake GitHub REST API on 127.0.0.1 for the attestations endpoint: each answer is scripted by
 * path, every request is recorded (headers included, to check the token and API version). A second one
 * on another port is another origin: the blob storage an attestation's `bundle_url` points at.
 */
import type { components } from '@octokit/openapi-types';
import { send, startFakeServer, type FakeServer, type RecordedRequest } from './registry-fake.js';

export interface FakeAnswer {
  status: number;
  /** JSON-serialised unless it is already a string, or bytes (sent as they are, as application/octet-stream). */
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
    if (Buffer.isBuffer(answer.body)) {
      send(response, answer.status, answer.body, { 'content-type': 'application/octet-stream', ...answer.headers });
      return;
    }
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

/**
 * `bytes` in Snappy's block format (the form GitHub serves at an attestation's `bundle_url`), written with
 * literals only. Valid by the format, not what a real encoder writes: the decoder meets real encoder output in
 * test/fixtures/snappy (Google's C++ snappy). The literals cycle through every length encoding the format has
 * (in the tag, and in 1, 2, 3 and 4 following bytes), so serving a bundle this way exercises each of them.
 */
export function snappyLiterals(bytes: Buffer): Buffer {
  const parts: Buffer[] = [varint(bytes.length)];
  const sizes = [1, 60, 61, 256, 257, 65_536, 65_537];
  let at = 0;
  for (let turn = 0; at < bytes.length; turn++) {
    const size = Math.min(sizes[turn % sizes.length] ?? 1, bytes.length - at);
    const lengthMinusOne = size - 1;
    if (lengthMinusOne < 60) {
      parts.push(Buffer.from([lengthMinusOne << 2]));
    } else {
      // Forced widths: a 3- or 4-byte length is legal for any literal, though encoders only need it past 64 KiB.
      const width = turn % 2 === 0 ? Math.max(1, Math.ceil(Math.log2(lengthMinusOne + 1) / 8)) : 4;
      const length = Buffer.alloc(4);
      length.writeUInt32LE(lengthMinusOne);
      parts.push(Buffer.from([(59 + width) << 2]), length.subarray(0, width));
    }
    parts.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Buffer.concat(parts);
}

/** A little-endian base-128 varint, as the snappy block preamble holds the uncompressed length. */
export function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** A bundle as a `bundle_url` serves it: its JSON, snappy-compressed, as application/octet-stream. */
export function bundleDownload(bundle: unknown): FakeAnswer {
  return { status: 200, body: snappyLiterals(Buffer.from(JSON.stringify(bundle))) };
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
