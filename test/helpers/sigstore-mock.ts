/**
 * Offline Sigstore signing for tests: a private Fulcio CA + CT log, a Rekor v1 log and a TSA from
 * @sigstore/mock, reached by @sigstore/sign through nock, plus the TrustedRoot that verifies them.
 * Recipe and pitfalls: shared/SIGSTORE.md. No request ever leaves the process.
 *
 *   const sigstore = await createMockSigstore();
 *   const bundle = await sigstore.signMessage(payload, { identity: 'user@example.com' });
 *   const attestation = await sigstore.signDsse(statement, IN_TOTO_PAYLOAD_TYPE, { identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', github: { repository: 'acme/app' } });
 *   writeFileSync('trusted_root.json', JSON.stringify(sigstore.trustedRoot));
 *
 * Key-based material needs no mocks: createSigningKey(), signWithKey(), cosignLayer(), simpleSigningPayload().
 */
import { createHash, generateKeyPairSync, sign as cryptoSign, X509Certificate, type KeyObject, type KeyPairKeyObjectResult } from 'node:crypto';
import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, VerificationError, Verifier } from '@sigstore/verify';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type BundleBuilder,
  type Witness,
} from '@sigstore/sign';
import nock from 'nock';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';

/** GitHub workflow claims the mock Fulcio turns into certificate extensions (same claim names as GitHub's OIDC token). */
export interface GithubClaims {
  /** `owner/repo`: extensions …1.5 (legacy) and …1.12 (https://github.com/owner/repo). */
  repository?: string;
  /** `owner/repo/.github/workflows/x.yml@refs/heads/main`: extension …1.18 (build config URI, prefixed https://github.com/). */
  workflowRef?: string;
  /** e.g. `push`: extensions …1.2 and …1.20. */
  trigger?: string;
  /** `github-hosted` / `self-hosted`: extension …1.11. */
  runnerEnvironment?: string;
  /** Commit SHA: extensions …1.3 and …1.13. */
  sha?: string;
}

export interface SignerClaims {
  /** Becomes the certificate's SAN (an e-mail or a URI). */
  identity: string;
  /** OIDC issuer written into the certificate (default https://token.actions.githubusercontent.com). */
  issuer?: string;
  github?: GithubClaims;
}

export interface SignOptions {
  /** Leave out the Rekor entry (the bundle then carries only the TSA timestamp). */
  noTlog?: boolean;
  /** Leave out the RFC 3161 timestamp (the default bundle has both). */
  noTimestamp?: boolean;
}

export interface MockSigstore {
  /** TrustedRoot JSON (protobuf JSON, as in a trusted_root.json file) for this instance only. */
  trustedRoot: Record<string, unknown>;
  /** The time every service of this instance believes it is. */
  clock: Date;
  /** Keyless message-signature bundle (v0.2, certificate chain) over `payload`, e.g. a simple-signing payload. */
  signMessage(payload: Buffer, signer: SignerClaims, options?: SignOptions): Promise<SerializedBundle>;
  /** Keyless DSSE bundle (v0.2, certificate chain) over `payload` (e.g. an in-toto statement as JSON bytes). */
  signDsse(payload: Buffer, payloadType: string, signer: SignerClaims, options?: SignOptions): Promise<SerializedBundle>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
let instances = 0;

/**
 * An instance runs at the time it is made, rounded down to whole seconds (the mock TSA drops trailing zeros of
 * milliseconds, which @sigstore/core then rejects now and then).
 * @param options.caClockOffsetMs how far the CA's clock is off, to issue certificates that were expired at signing time.
 */
export async function createMockSigstore(options: { caClockOffsetMs?: number } = {}): Promise<MockSigstore> {
  // A probe signature weeds out an instance whose timestamps would not verify, so tests fail only for their own
  // reasons. An instance whose CA clock is off on purpose must fail the probe, but on its certificate, never on its
  // timestamp.
  for (let attempt = 1; ; attempt += 1) {
    const instance = await createInstance(options);
    if (attempt === 5 || (await probe(instance, options.caClockOffsetMs === undefined ? 'verifies' : 'timestamp-verifies'))) return instance;
  }
}

async function probe(instance: MockSigstore, expect: 'verifies' | 'timestamp-verifies'): Promise<boolean> {
  const payload = Buffer.from('probe');
  const trust = toTrustMaterial(TrustedRoot.fromJSON(instance.trustedRoot));
  try {
    const bundle = await instance.signMessage(payload, { identity: 'probe@example.com' });
    new Verifier(trust).verify(toSignedEntity(bundleFromJSON(bundle), payload));
    return true;
  } catch (error) {
    // The verifier checks timestamps before the certificate: any later failure means the timestamps verified.
    return expect === 'timestamp-verifies' && error instanceof VerificationError && error.code !== 'TIMESTAMP_ERROR';
  }
}

async function createInstance(options: { caClockOffsetMs?: number }): Promise<MockSigstore> {
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { clock, caClock, tsa, ctLog, ca } = await authorities(keyPair, options.caClockOffsetMs ?? 0);
  // Each instance has hosts of its own, so two instances (a trusted one and a stranger) can sign side by side.
  instances += 1;
  const FULCIO_URL = `https://fulcio-${instances}.mock-sigstore.test`;
  const REKOR_URL = `https://rekor-${instances}.mock-sigstore.test`;
  const TSA_URL = `https://tsa-${instances}.mock-sigstore.test`;
  const tlog = await initializeTLog(REKOR_URL, keyPair, clock);

  const fulcio = fulcioHandler(ca);
  const rekor = rekorHandler(tlog);
  const timestamp = tsaHandler(tsa);
  // Persisted interceptors, scoped to this instance's made-up hosts: other instances and tests keep theirs.
  route(FULCIO_URL, fulcio.path, fulcio.fn);
  route(REKOR_URL, rekor.path, rekor.fn);
  route(TSA_URL, timestamp.path, timestamp.fn);
  nock.disableNetConnect();
  nock.enableNetConnect((host) => !host.endsWith('.mock-sigstore.test') && !/sigstore\.dev|github|ghcr\.io/.test(host));

  const start = new Date(Math.min(clock.getTime(), caClock.getTime()) - DAY_MS).toISOString();
  const publicKey = { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } };
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{ baseUrl: REKOR_URL, hashAlgorithm: 'SHA2_256', publicKey, logId: { keyId: b64(sha256(tlog.publicKey)) } }],
    certificateAuthorities: [
      {
        subject: { organization: 'mock', commonName: 'mock-fulcio' },
        uri: FULCIO_URL,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.mock-sigstore.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctLog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(ctLog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'mock', commonName: 'mock-tsa' },
        uri: TSA_URL,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start },
      },
    ],
  };

  const builder = (kind: 'message' | 'dsse', signer: SignerClaims, opts: SignOptions): BundleBuilder => {
    const fulcioSigner = new FulcioSigner({
      fulcioBaseURL: FULCIO_URL,
      retry: false,
      identityProvider: { getToken: () => Promise.resolve(unsignedJwt(signer)) },
    });
    const witnesses: Witness[] = [];
    if (!opts.noTlog)
      witnesses.push(new RekorWitness({ rekorBaseURL: REKOR_URL, retry: false, ...(kind === 'dsse' ? { entryType: 'intoto' as const } : {}) }));
    if (!opts.noTimestamp) witnesses.push(new TSAWitness({ tsaBaseURL: TSA_URL, retry: false }));
    return kind === 'dsse'
      ? new DSSEBundleBuilder({ signer: fulcioSigner, witnesses })
      : new MessageSignatureBundleBuilder({ signer: fulcioSigner, witnesses });
  };

  return {
    trustedRoot,
    clock,
    async signMessage(payload, signer, opts = {}) {
      return bundleToJSON(await builder('message', signer, opts).create({ data: payload }));
    },
    async signDsse(payload, payloadType, signer, opts = {}) {
      return bundleToJSON(await builder('dsse', signer, opts).create({ data: payload, type: payloadType }));
    },
  };
}

/** An in-toto v1 statement about one image digest, as JSON bytes ready for signDsse. */
export function inTotoStatement(imageDigest: string, predicateType: string, predicate: unknown = {}, name = 'image'): Buffer {
  const [algorithm = 'sha256', hex = ''] = imageDigest.split(':');
  return Buffer.from(
    JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name, digest: { [algorithm]: hex } }], predicateType, predicate }),
  );
}

/** cosign's simple-signing payload for an image digest (what a legacy `.sig` layer's blob holds). */
export function simpleSigningPayload(imageDigest: string, dockerReference = 'registry.test/app'): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': dockerReference },
        image: { 'docker-manifest-digest': imageDigest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM, as a PublicKeyRule's `pem`. */
  pem: string;
  /** hex sha256 of the DER SPKI (our key id). */
  keyId: string;
}

/** A fresh key pair: ECDSA P-256 by default, or P-384, Ed25519, RSA. */
export function createSigningKey(type: 'p256' | 'p384' | 'ed25519' | 'rsa' = 'p256'): SigningKey {
  const pair =
    type === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : generateKeyPairSync('ec', { namedCurve: type === 'p256' ? 'P-256' : 'P-384' });
  const der = pair.publicKey.export({ format: 'der', type: 'spki' });
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    pem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    keyId: sha256(der).toString('hex'),
  };
}

/** Signs bytes the way cosign does for the key type (SHA-256 for ECDSA P-256 and RSA, SHA-384 for P-384, pure Ed25519). */
export function signWithKey(key: SigningKey, data: Buffer): Buffer {
  const type = key.privateKey.asymmetricKeyType;
  if (type === 'ed25519') return cryptoSign(null, data, key.privateKey);
  return cryptoSign(p384(key) ? 'sha384' : 'sha256', data, key.privateKey);
}

function p384(key: SigningKey): boolean {
  return key.privateKey.asymmetricKeyDetails?.namedCurve === 'secp384r1';
}

/** Bundle JSON as written to a file or a registry layer. */
export type KeyBundleJSON = Record<string, unknown> & {
  mediaType: string;
  verificationMaterial: { publicKey: { hint: string }; tlogEntries: unknown[] };
};

/** A key-based message-signature bundle (v0.3, no tlog entry) over `payload`. */
export function keyMessageBundle(key: SigningKey, payload: Buffer): KeyBundleJSON {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: key.keyId }, tlogEntries: [] },
    messageSignature: {
      messageDigest: p384(key)
        ? { algorithm: 'SHA2_384', digest: createHash('sha384').update(payload).digest('base64') }
        : { algorithm: 'SHA2_256', digest: b64(sha256(payload)) },
      signature: b64(signWithKey(key, payload)),
    },
  };
}

/** A key-based DSSE bundle (v0.3, no tlog entry): signature over DSSE's pre-authentication encoding. */
export function keyDsseBundle(key: SigningKey, payload: Buffer, payloadType = IN_TOTO_PAYLOAD_TYPE): KeyBundleJSON {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: key.keyId }, tlogEntries: [] },
    dsseEnvelope: dsseEnvelope(key, payload, payloadType),
  };
}

export function dsseEnvelope(
  key: SigningKey,
  payload: Buffer,
  payloadType = IN_TOTO_PAYLOAD_TYPE,
): { payload: string; payloadType: string; signatures: { sig: string; keyid: string }[] } {
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `), payload]);
  return { payload: b64(payload), payloadType, signatures: [{ sig: b64(signWithKey(key, pae)), keyid: '' }] };
}

/** A legacy cosign `.sig` layer signed with a key: the payload blob plus its annotations (an Evidence 'cosign-layer' form). */
export function cosignLayer(key: SigningKey, payload: Buffer): { payload: Buffer; mediaType: string; annotations: Record<string, string> } {
  return {
    payload,
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    annotations: { 'dev.cosignproject.cosign/signature': b64(signWithKey(key, payload)) },
  };
}

/** A certificate-free JWT: the mock Fulcio only decodes it. Claim names follow GitHub's OIDC token. */
function unsignedJwt(signer: SignerClaims): string {
  const claims: Record<string, string> = {
    sub: signer.identity,
    iss: signer.issuer ?? 'https://token.actions.githubusercontent.com',
    aud: 'sigstore',
  };
  const github = signer.github;
  if (github?.repository) claims.repository = github.repository;
  if (github?.workflowRef) claims.workflow_ref = github.workflowRef;
  if (github?.trigger) claims.event_name = github.trigger;
  if (github?.runnerEnvironment) claims.runner_environment = github.runnerEnvironment;
  if (github?.sha) claims.sha = github.sha;
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

export function route(base: string, path: string, handler: HandlerFn): void {
  // nock 15 hands a reply function the fetch Request; a two-parameter function would be taken for callback style.
  nock(base)
    .persist()
    .post(path)
    .reply(async (request: Request) => {
      const result = await handler(await request.text());
      const body =
        typeof result.response === 'string'
          ? result.response
          : Buffer.from(result.response.buffer, result.response.byteOffset, result.response.byteLength);
      return [result.statusCode, body, { 'Content-Type': result.contentType ?? 'text/plain' }];
    });
}

/**
 * The mock TSA stamps every timestamp with the clock it is given, but the mock issues the TSA's and the CA's own
 * certificates at the wall clock's time. A clock read before a second boundary and certificates issued after it
 * make every timestamp older than its authority, which never verifies (the flake seen about once in ten suite
 * runs). So the authorities are made right after the clock is read, and made again in the rare case one of their
 * certificates is still newer than the clock.
 */
async function authorities(keyPair: KeyPairKeyObjectResult, caClockOffsetMs: number) {
  for (;;) {
    const clock = wholeSeconds(new Date());
    const caClock = wholeSeconds(new Date(clock.getTime() + caClockOffsetMs));
    const tsa = await initializeTSA(keyPair, clock);
    const ctLog = await initializeCTLog(keyPair, caClock);
    const ca = await initializeCA(keyPair, ctLog, caClock);
    const issued = [tsa.intCertificate, tsa.rootCertificate, ca.rootCertificate].map((der) =>
      new X509Certificate(Buffer.from(der.buffer, der.byteOffset, der.byteLength)).validFromDate.getTime(),
    );
    if (issued.every((time) => time <= clock.getTime())) return { clock, caClock, tsa, ctLog, ca };
  }
}

function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

function sha256(data: ArrayBufferView): Buffer {
  return createHash('sha256')
    .update(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
    .digest();
}

function b64(data: ArrayBufferView): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}
