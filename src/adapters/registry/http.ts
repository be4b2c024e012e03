/**
 * The registry client's HTTP layer over Node's fetch: which scheme a host may use, redirects followed
 * by hand (so credentials never follow a redirect to another host), retries of transient failures,
 * timeouts, and size-capped, hashed body reads.
 */
import { readLimited } from '../http/index.js';
import { createHash } from 'node:crypto';
import { GateError, infrastructureError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import { normalizeRegistryHost } from './credentials.js';
import { sharedRequestLimiter, type Release, type RequestLimiter } from './request-limit.js';

export interface TransportOptions {
  logger: Logger;
  userAgent: string;
  timeoutMs: number;
  /** Waits before each retry of a 429/5xx answer or a network failure; its length is the number of retries. */
  retryDelaysMs: number[];
  insecureRegistries: string[];
  /** Bounds the requests in flight; every Transport shares one per process unless a test gives another. */
  limiter?: RequestLimiter;
}

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
  /** What is being fetched, for messages: "manifest 127.0.0.1:5000/app:1.0". */
  what: string;
  /** The registry it is for, for messages. */
  registry: string;
}

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const ERROR_BODY_MAX = 64 * 1024;
/** Statuses whose response has no body (Fetch standard), or which a Response cannot be built with. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** A URL without its query: presigned storage URLs carry short-lived signatures there. */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** fetch hides the reason in `cause`; dig out the errno-style code for a one-line message. */
function networkReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET')
      return `${code}${current.message && !current.message.includes(code) ? `: ${current.message}` : ''}`;
    if (!(current.cause instanceof Error)) return current.message;
    current = current.cause;
  }
  return String(error);
}

export class Transport {
  private readonly insecure: Set<string>;
  private readonly limiter: RequestLimiter;

  constructor(readonly options: TransportOptions) {
    this.insecure = new Set(options.insecureRegistries.map((host) => normalizeRegistryHost(host)));
    this.limiter = options.limiter ?? sharedRequestLimiter();
  }

  /** Plain HTTP only where no one else can sit on the wire (loopback) or where the user said so. */
  allowsPlainHttp(url: URL): boolean {
    return isLoopbackHost(url.hostname) || this.insecure.has(url.host.toLowerCase()) || this.insecure.has(url.hostname.toLowerCase());
  }

  baseUrl(host: string): URL {
    const https = new URL(`https://${host}/`);
    return this.allowsPlainHttp(https) ? new URL(`http://${host}/`) : https;
  }

  private checkScheme(url: URL, request: HttpRequest): void {
    if (url.protocol === 'https:') return;
    if (url.protocol === 'http:' && this.allowsPlainHttp(url)) return;
    throw infrastructureError(
      `Refusing ${displayUrl(url)} for ${request.what}: only https is allowed for ${url.host} (plain http is for loopback hosts and insecure registries the user lists)`,
    );
  }

  /**
   * Sends the request, following redirects and retrying transient failures. Answers with any status
   * other than the retried ones are returned for the caller to judge; the body is read under the same timeout.
   * Each attempt holds a slot of the shared limiter until its body is read, cancelled or timed out; the
   * slot is given back before a retry pause, so a waiting retry never starves the others. The caller
   * must read or cancel the body before it sends another request, or it holds two slots.
   */
  async send(request: HttpRequest): Promise<Response> {
    const attempts = this.options.retryDelaysMs.length + 1;
    for (let attempt = 1; ; attempt++) {
      const release = await this.limiter.acquire();
      const signal = AbortSignal.timeout(this.options.timeoutMs);
      let response: Response;
      try {
        response = await this.sendOnce(request, signal);
      } catch (error) {
        release();
        if (isTimeout(error)) {
          throw infrastructureError(`Registry ${request.registry} did not answer within ${this.options.timeoutMs} ms for ${request.what}`, error);
        }
        if (error instanceof GateError) throw error;
        if (attempt < attempts) {
          this.options.logger.debug(`${request.method} ${displayUrl(request.url)} failed (${networkReason(error)}); retrying`);
          await this.pause(attempt);
          continue;
        }
        throw infrastructureError(`Could not reach registry ${request.registry} for ${request.what}: ${networkReason(error)}`, error);
      }
      if (!RETRY_STATUSES.has(response.status)) return holdUntilRead(response, release, signal);
      let status: string;
      try {
        status = await describeStatus(response);
      } finally {
        release();
      }
      if (attempt < attempts) {
        this.options.logger.debug(`${request.method} ${displayUrl(request.url)} answered ${response.status}; retrying`);
        await this.pause(attempt);
        continue;
      }
      throw infrastructureError(
        `Registry ${request.registry} answered ${status} for ${request.what} (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`,
      );
    }
  }

  private async pause(attempt: number): Promise<void> {
    const delay = this.options.retryDelaysMs[attempt - 1] ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  }

  private async sendOnce(request: HttpRequest, signal: AbortSignal): Promise<Response> {
    let url = request.url;
    let method = request.method;
    let body = request.body;
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, ...request.headers };
    for (let hop = 0; ; hop++) {
      this.checkScheme(url, request);
      const response = await fetch(url, { method, headers, body, redirect: 'manual', signal });
      this.options.logger.debug(`${method} ${displayUrl(url)} -> ${response.status}`);
      if (!REDIRECT_STATUSES.has(response.status)) return response;
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) {
        throw infrastructureError(`Registry ${request.registry} redirected ${request.what} without a Location`);
      }
      if (hop >= MAX_REDIRECTS) {
        throw infrastructureError(`Registry ${request.registry} redirected ${request.what} more than ${MAX_REDIRECTS} times`);
      }
      const next = new URL(location, url);
      if (next.origin !== url.origin) {
        // Blob downloads commonly redirect to storage: the registry's credentials must not go there.
        delete headers.authorization;
      }
      if (response.status === 303 && method === 'POST') {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  }
}

/**
 * The same response, whose body gives the slot back when it ends, fails or is cancelled, or when the
 * request's timeout fires (a body nobody reads cannot hold its slot for longer than that).
 */
function holdUntilRead(response: Response, release: Release, signal: AbortSignal): Response {
  const body = response.body;
  if (body === null || NULL_BODY_STATUSES.has(response.status) || response.status < 200 || response.status > 599) {
    release();
    return response;
  }
  const done = (): void => {
    signal.removeEventListener('abort', done);
    release();
  };
  signal.addEventListener('abort', done, { once: true });
  if (signal.aborted) done();
  const reader = bytesReader(body);
  const held = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const chunk = await reader.read();
          if (chunk.done) {
            done();
            controller.close();
          } else {
            controller.enqueue(chunk.value);
          }
        } catch (error) {
          done();
          controller.error(error);
        }
      },
      async cancel(reason) {
        done();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(held, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** "HTTP 404, MANIFEST_UNKNOWN": the status with the registry's error codes (`{"errors":[{"code":…}]}`), if any. */
export async function describeStatus(response: Response): Promise<string> {
  const codes = await errorCodes(response);
  return codes.length ? `HTTP ${response.status}, ${codes.join(', ')}` : `HTTP ${response.status}`;
}

async function errorCodes(response: Response): Promise<string[]> {
  try {
    const text = (await readLimited(response, ERROR_BODY_MAX)).toString('utf8');
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null || !('errors' in json) || !Array.isArray(json.errors)) return [];
    // Only the fixed-vocabulary codes: registry-supplied free text is not echoed.
    const codes = json.errors
      .map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'code' in entry ? entry.code : undefined))
      .filter((code: unknown): code is string => typeof code === 'string' && /^[A-Z][A-Z_]{0,63}$/.test(code));
    return [...new Set(codes)];
  } catch {
    return [];
  }
}

/** A fetch body is a stream of bytes (Fetch standard); undici's types leave its chunks `any`. */
function bytesReader(body: ReadableStream): ReadableStreamDefaultReader<Uint8Array> {
  return (body as ReadableStream<Uint8Array>).getReader();
}

export interface ReadBodyOptions {
  maxBytes: number;
  /** The digest algorithm to hash the body with; "sha256" unless the expected digest says otherwise. */
  algorithm: string;
  what: string;
  registry: string;
  timeoutMs: number;
}

/** Streams the body, hashing as it goes and stopping as soon as it exceeds the cap. */
export async function readBody(response: Response, options: ReadBodyOptions): Promise<{ bytes: Buffer; digest: string }> {
  const tooLarge = (): Error =>
    infrastructureError(`Registry ${options.registry} served more than ${options.maxBytes} bytes for ${options.what}; refusing it`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const hash = createHash(options.algorithm);
  const chunks: Buffer[] = [];
  let size = 0;
  if (response.body) {
    const reader = bytesReader(response.body);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > options.maxBytes) {
          await reader.cancel();
          throw tooLarge();
        }
        hash.update(value);
        chunks.push(Buffer.from(value));
      }
    } catch (error) {
      if (isTimeout(error)) {
        throw infrastructureError(`Registry ${options.registry} did not finish sending ${options.what} within ${options.timeoutMs} ms`, error);
      }
      if (error instanceof GateError) throw error;
      throw infrastructureError(`Reading ${options.what} from registry ${options.registry} failed: ${networkReason(error)}`, error);
    }
  }
  return { bytes: Buffer.concat(chunks), digest: `${options.algorithm}:${hash.digest('hex')}` };
}
