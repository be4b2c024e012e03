/**
 * Key-signed cosign `.sig` layers that are in a transparency log, offline: a Rekor v1 log from @sigstore/mock (reached
 * through nock, as in sigstore-mock.ts) logs each signature, and its entry becomes the layer's
 * `dev.sigstore.cosign/bundle` annotation as cosign writes it (SET + payload with the log ID in hex).
 *
 *   const rekor = await createKeyRekor();
 *   const layer = await rekor.cosignLayer(createSigningKey(), simpleSigningPayload(digest));
 *   const root = rekor.withLog(mock.trustedRoot);   // or rekor.trustedRoot alone: enough for key-based signatures
 *   bundle.verificationMaterial.tlogEntries = [await rekor.entry(bundle, signerPem)];   // any bundle, any recorded signer
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { initializeTLog, rekorHandler } from '@sigstore/mock';
import { TransparencyLogEntry } from '@sigstore/protobuf-specs';
import { MessageSignatureBundleBuilder, RekorWitness, type Signer } from '@sigstore/sign';
import nock from 'nock';
import { route, signWithKey, SIMPLE_SIGNING_MEDIA_TYPE, type SigningKey } from './sigstore-mock.js';

export interface KeyRekor {
  /** A trusted root with this log only (no CA, CT log or TSA: key-based signatures need none). */
  trustedRoot: Record<string, unknown>;
  /** `root` with this log added to its transparency logs. */
  withLog(root: Record<string, unknown>): Record<string, unknown>;
  /** A legacy cosign layer signed with `key` over `payload`, logged in this Rekor. */
  cosignLayer(key: SigningKey, payload: Buffer): Promise<{ payload: Buffer; mediaType: string; annotations: Record<string, string> }>;
  /** A legacy layer carrying `signature` over `payload`, its log entry recording `recordedPem` (a key or a certificate) as the signer. */
  cosignLayerWith(
    payload: Buffer,
    signature: Buffer,
    recordedPem: string,
  ): Promise<{ payload: Buffer; mediaType: string; annotations: Record<string, string> }>;
  /**
   * A log entry (bundle JSON, with its SET and inclusion proof) for the signature `bundle` carries, recording
   * `recordedPem` as the signer, whoever really signed. DSSE envelopes are logged as intoto v0.0.2 entries.
   */
  entry(bundle: object, recordedPem: string): Promise<unknown>;
}

let instances = 0;

export async function createKeyRekor(): Promise<KeyRekor> {
  instances += 1;
  const url = `https://key-rekor-${instances}.mock-sigstore.test`;
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const clock = new Date(Math.floor(Date.now() / 1000) * 1000);
  const tlog = await initializeTLog(url, keyPair, clock);
  const handler = rekorHandler(tlog);
  route(url, handler.path, handler.fn);
  nock.disableNetConnect();
  nock.enableNetConnect((host) => !host.endsWith('.mock-sigstore.test') && !/sigstore\.dev|github|ghcr\.io/.test(host));

  const logKey = Buffer.from(tlog.publicKey);
  const log = {
    baseUrl: url,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: logKey.toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start: new Date(clock.getTime() - 86_400_000).toISOString() },
    },
    logId: { keyId: createHash('sha256').update(logKey).digest('base64') },
  };
  const withLog = (root: Record<string, unknown>) => ({ ...root, tlogs: [...((root.tlogs as unknown[] | undefined) ?? []), log] });
  const cosignLayerWith: KeyRekor['cosignLayerWith'] = async (payload, signatureBytes, recordedPem) => {
    const signer: Signer = { sign: () => Promise.resolve({ signature: signatureBytes, key: { $case: 'publicKey', publicKey: recordedPem } }) };
    const bundle = bundleToJSON(
      await new MessageSignatureBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL: url, retry: false })] }).create({
        data: payload,
      }),
    );
    const entry = bundle.verificationMaterial.tlogEntries[0];
    const signature = bundle.messageSignature?.signature;
    if (entry?.inclusionPromise === undefined || signature === undefined) throw new Error('the mock Rekor returned no entry with a SET');
    const rekorBundle = {
      SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
      Payload: {
        body: entry.canonicalizedBody,
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
      },
    };
    return {
      payload,
      mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
      annotations: { 'dev.cosignproject.cosign/signature': signature, 'dev.sigstore.cosign/bundle': JSON.stringify(rekorBundle) },
    };
  };
  return {
    trustedRoot: withLog({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      certificateAuthorities: [],
      ctlogs: [],
      timestampAuthorities: [],
    }),
    withLog,
    cosignLayerWith,
    cosignLayer(key, payload) {
      return cosignLayerWith(payload, signWithKey(key, payload), key.pem);
    },
    async entry(bundle, recordedPem) {
      const { content } = bundleFromJSON(bundle);
      const witness = new RekorWitness({
        rekorBaseURL: url,
        retry: false,
        ...(content.$case === 'dsseEnvelope' ? { entryType: 'intoto' as const } : {}),
      });
      const [entry] = (await witness.testify(content, recordedPem)).tlogEntries;
      if (entry === undefined) throw new Error('the mock Rekor returned no entry');
      return TransparencyLogEntry.toJSON(entry);
    },
  };
}
