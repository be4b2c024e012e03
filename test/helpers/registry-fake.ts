/**
 * A scriptable HTTP server on 127.0.0.1 for registry behaviour a real docker-registry never shows:
 * lying digests, broken JSON, 5xx, token servers, redirects, silence. Every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OCI, sha256 } from './oci-push.js';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export type FakeHandler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface FakeServer {
  /** 127.0.0.1:port */
  host: string;
  port: number;
  requests: RecordedRequest[];
  /** Requests received and not yet answered to the end (the response closed), now and at most at once. */
  load: { inFlight: number; maxInFlight: number };
  close(): Promise<void>;
}

export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const load = { inFlight: 0, maxInFlight: 0 };
  const server = createServer((req, res) => {
    load.inFlight++;
    load.maxInFlight = Math.max(load.maxInFlight, load.inFlight);
    res.on('close', () => load.inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://fake'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res)).catch((error: unknown) => {
        res.statusCode = 599;
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    port,
    requests,
    load,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(response: ServerResponse, status: number, body: Buffer | string, headers: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, { 'content-length': String(bytes.length), ...headers });
  response.end(bytes);
}

/** Answers a manifest request the way distribution does: HEAD without body, GET with it. */
export function sendManifest(request: RecordedRequest, response: ServerResponse, bytes: Buffer, headers: Record<string, string>): void {
  response.writeHead(200, { 'content-length': String(bytes.length), ...headers });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

const SMALL_CONFIG = Buffer.from(
  JSON.stringify({ architecture: 'amd64', os: 'linux', config: { User: 'app' }, rootfs: { type: 'layers', diff_ids: [sha256('layer')] } }),
);
const SMALL_MANIFEST = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI.manifest,
    config: { mediaType: OCI.config, digest: sha256(SMALL_CONFIG), size: SMALL_CONFIG.length },
    layers: [{ mediaType: OCI.layerGzip, digest: sha256('gz'), size: 2 }],
  }),
);

/** One small linux/amd64 OCI image (user app, one layer whose blob is never served) for fake servers to serve. */
export const SMALL_IMAGE = {
  configBytes: SMALL_CONFIG,
  configDigest: sha256(SMALL_CONFIG),
  manifestBytes: SMALL_MANIFEST,
  manifestDigest: sha256(SMALL_MANIFEST),
} as const;
