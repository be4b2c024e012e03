/**
 * The registry client's HTTP layer over Node's fetch: which scheme a host may use, redirects followed
 * by hand (so credentials never follow a redirect to another host), retries of transient failures,
 * timeouts, and size-capped, hashed body reads.
 */
import { readLimited } from '../http/read-limited.js';
import { createHash } from 'node:crypto';
import { GateError, infrastructureError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { normalizeRegistryHost } from './credentials.js';

export interface TransportOptions {
  logger: Logger;
  userAgent: string;
  timeoutMs: number;
  /** Waits before each retry of a 429/5xx answer or a network failure; its length is the number of retries. */
  retryDelaysMs: number[];
  insecureRegistries: string[];
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
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return `${code}${current.message && !current.message.includes(code) ? `: ${current.message}` : ''}`;
    if (!(current.cause instanceof Error)) return current.message;
    current = current.cause;
  }
  return String(error);
}

export class Transport {
  private readonly insecure: Set<string>;

  constructor(readonly options: TransportOptions) {
    this.insecure = new Set(options.insecureRegistries.map((host) => normalizeRegistryHost(host)));
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
   */
  async send(request: HttpRequest): Promise<Response> {
    const attempts = this.options.retryDelaysMs.length + 1;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.sendOnce(request);
      } catch (error) {
        if (isTimeout(error)) {
          throw infrastructureError(
            `Registry ${request.registry} did not answer within ${this.options.timeoutMs} ms for ${request.what}`,
            error,
          );
        }
        if (error instanceof GateError) throw error;
        if (attempt < attempts) {
          this.options.logger.debug(`${request.method} ${displayUrl(request.url)} failed (${networkReason(error)}); retrying`);
          await this.pause(attempt);
          continue;
        }
        throw infrastructureError(
          `Could not reach registry ${request.registry} for ${request.what}: ${networkReason(error)}`,
          error,
        );
      }
      if (!RETRY_STATUSES.has(response.status)) return response;
      const status = await describeStatus(response);
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

  private async sendOnce(request: HttpRequest): Promise<Response> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
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
        throw infrastructureError(
          `Registry ${options.registry} did not finish sending ${options.what} within ${options.timeoutMs} ms`,
          error,
        );
      }
      if (error instanceof GateError) throw error;
      throw infrastructureError(`Reading ${options.what} from registry ${options.registry} failed: ${networkReason(error)}`, error);
    }
  }
  return { bytes: Buffer.concat(chunks), digest: `${options.algorithm}:${hash.digest('hex')}` };
}
