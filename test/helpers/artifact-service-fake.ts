/**
 * An in-process fake of GitHub's artifact service, as @actions/artifact talks to it: Twirp JSON calls
 * (CreateArtifact, FinalizeArtifact) at ACTIONS_RESULTS_URL with the runtime token as a bearer, and the zip
 * uploaded to the signed URL CreateArtifact answered with (Azure block blob: staged blocks, then a block list).
 * Everything is on loopback; the signed URL's `sig` is a secret a test can look for in the logs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

export const RUNTIME_TOKEN_SECRET = 'runtime-token-signature-not-for-logs';
export const SIGNED_URL_SECRET = 'sas-signature-not-for-logs';

/** A JWT whose `scp` names the run and job backend ids, as the runner's ACTIONS_RUNTIME_TOKEN does (unsigned: never verified by the client). */
export function fakeRuntimeToken(): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp = 'Actions.ExampleScope Actions.Results:run-backend-1:job-backend-2';
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ scp })}.${Buffer.from(RUNTIME_TOKEN_SECRET).toString('base64url')}`;
}

export interface CreatedArtifact {
  name: string;
  workflowRunBackendId: string;
  authorization: string | undefined;
}

export interface ArtifactServiceFake {
  url: string;
  /** Every CreateArtifact call, in order. */
  created: CreatedArtifact[];
  /** The artifacts finalized, by name: the file names inside each uploaded zip and their contents. */
  finalized: Map<string, Map<string, Buffer>>;
  /** The id each finalized artifact was given, by name. */
  ids: Map<string, number>;
  /** Answer CreateArtifact with this status and message instead (e.g. 403 for a refused upload). */
  refuseWith?: { status: number; msg: string };
  close: () => Promise<void>;
}

export async function startArtifactServiceFake(): Promise<ArtifactServiceFake> {
  const blocks = new Map<string, Map<string, Buffer>>();
  const blobs = new Map<string, Buffer>();
  let nextId = 41;
  const fake: ArtifactServiceFake = { url: '', created: [], finalized: new Map(), ids: new Map(), close: () => Promise.resolve() };

  const server: Server = createServer((request, response) => {
    void body(request).then((bytes) => handle(request, bytes, response));
  });

  function handle(request: IncomingMessage, bytes: Buffer, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', fake.url);
    if (request.method === 'POST' && url.pathname.startsWith('/twirp/github.actions.results.api.v1.ArtifactService/')) {
      const method = url.pathname.split('/').pop();
      // Twirp's JSON names fields as the .proto does (workflow_run_backend_id).
      const call = JSON.parse(bytes.toString('utf8')) as { name: string; workflow_run_backend_id: string };
      if (method === 'CreateArtifact') {
        fake.created.push({ name: call.name, workflowRunBackendId: call.workflow_run_backend_id, authorization: request.headers.authorization });
        if (fake.refuseWith !== undefined) {
          json(response, fake.refuseWith.status, { code: 'permission_denied', msg: fake.refuseWith.msg });
          return;
        }
        const signedUploadUrl = `${fake.url}devstoreaccount1/artifacts/${encodeURIComponent(call.name)}.zip?sv=2021&sig=${SIGNED_URL_SECRET}`;
        // Answered in the .proto's field names, as the service does: the client masks signed_upload_url's sig by that name.
        json(response, 200, { ok: true, signed_upload_url: signedUploadUrl });
        return;
      }
      if (method === 'FinalizeArtifact') {
        const zip = blobs.get(`/devstoreaccount1/artifacts/${encodeURIComponent(call.name)}.zip`);
        if (zip === undefined) {
          json(response, 404, { code: 'not_found', msg: 'nothing was uploaded' });
          return;
        }
        fake.finalized.set(call.name, unzip(zip));
        nextId += 1;
        fake.ids.set(call.name, nextId);
        json(response, 200, { ok: true, artifact_id: String(nextId) });
        return;
      }
      json(response, 404, { code: 'bad_route', msg: 'no such method' });
      return;
    }
    if (request.method === 'PUT' && url.searchParams.get('sig') === SIGNED_URL_SECRET) {
      const comp = url.searchParams.get('comp');
      const staged = blocks.get(url.pathname) ?? new Map<string, Buffer>();
      blocks.set(url.pathname, staged);
      if (comp === 'block') staged.set(url.searchParams.get('blockid') ?? '', bytes);
      else if (comp === 'blocklist') {
        const ids = [...bytes.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1] ?? '');
        blobs.set(url.pathname, Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))));
      } else blobs.set(url.pathname, bytes);
      response.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
      return void response.end();
    }
    response.writeHead(403).end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

function json(response: ServerResponse, status: number, value: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

function body(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The entries of a zip, read from its central directory (stored or deflated, as zip-stream writes them). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
