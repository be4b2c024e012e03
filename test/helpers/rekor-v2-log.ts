/**
 * Rekor v2 entries, offline: a one-entry log whose checkpoint this helper signs, with bodies shaped as Rekor v2
 * (rekor-tiles) writes them — the protobuf JSON of `Entry` (hashedrekord or dsse, version 0.0.2), whose verifier is
 * a DER public key or a DER certificate. @sigstore/mock's v2 handler logs the request itself as the body, which no
 * verifier reads, so the entries are made here. A v2 entry has no SET and no integrated time: only a proof.
 *
 *   const log = createRekorV2Log();
 *   const root = log.withLog(trustedRoot);
 *   bundle.verificationMaterial.tlogEntries = [log.entry(bundle, { publicKey: spkiDer })];
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';

export type RecordedVerifier = { publicKey: Buffer } | { certificate: Buffer };

export interface RekorV2Log {
  /** `root` with this log added to its transparency logs, valid from a day ago. */
  withLog(root: Record<string, unknown>): Record<string, unknown>;
  /** A v2 entry (bundle JSON) for the signature `bundle` carries, recording `verifier` as the signer. */
  entry(bundle: object, verifier: RecordedVerifier): Record<string, unknown>;
  /** A v2 entry (bundle JSON) with the given body, as logged. */
  entryWithBody(body: Record<string, unknown>): Record<string, unknown>;
}

interface BundleJson {
  messageSignature?: { messageDigest: { algorithm: string; digest: string }; signature: string };
  dsseEnvelope?: { payload: string; signatures: { sig: string }[] };
}

let instances = 0;

export function createRekorV2Log(): RekorV2Log {
  instances += 1;
  const host = `rekor-v2-${instances}.mock-sigstore.test`;
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const logId = createHash('sha256').update(spki).digest();
  const log = {
    baseUrl: `https://${host}`,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: spki.toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start: new Date(Date.now() - 86_400_000).toISOString() },
    },
    logId: { keyId: logId.toString('base64') },
  };

  const entryWithBody = (body: Record<string, unknown>): Record<string, unknown> => {
    const canonicalized = Buffer.from(JSON.stringify(body));
    // A tree of one leaf: the root is the leaf hash (RFC 6962), and the proof has no hashes.
    const rootHash = createHash('sha256').update(Buffer.of(0)).update(canonicalized).digest();
    const note = `${host}\n1\n${rootHash.toString('base64')}\n`;
    const signature = Buffer.concat([logId.subarray(0, 4), sign('sha256', Buffer.from(note), privateKey)]);
    return {
      logIndex: '0',
      logId: { keyId: logId.toString('base64') },
      kindVersion: { kind: body.kind, version: body.apiVersion },
      integratedTime: '0',
      inclusionProof: {
        logIndex: '0',
        treeSize: '1',
        rootHash: rootHash.toString('base64'),
        hashes: [],
        checkpoint: { envelope: `${note}\n\u2014 ${host} ${signature.toString('base64')}\n` },
      },
      canonicalizedBody: canonicalized.toString('base64'),
    };
  };

  return {
    withLog: (root) => ({ ...root, tlogs: [...((root.tlogs as unknown[] | undefined) ?? []), log] }),
    entryWithBody,
    entry(json, recorded) {
      const bundle = json as BundleJson;
      const verifier = {
        ...('publicKey' in recorded
          ? { publicKey: { rawBytes: recorded.publicKey.toString('base64') } }
          : { x509Certificate: { rawBytes: recorded.certificate.toString('base64') } }),
        keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      };
      if (bundle.messageSignature) {
        const { messageDigest, signature } = bundle.messageSignature;
        return entryWithBody({
          apiVersion: '0.0.2',
          kind: 'hashedrekord',
          spec: {
            hashedRekordV002: {
              data: { algorithm: messageDigest.algorithm, digest: messageDigest.digest },
              signature: { content: signature, verifier },
            },
          },
        });
      }
      const envelope = bundle.dsseEnvelope;
      if (!envelope?.signatures[0]) throw new Error('the bundle has neither a message signature nor a signed envelope');
      const payloadHash = createHash('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('base64');
      return entryWithBody({
        apiVersion: '0.0.2',
        kind: 'dsse',
        spec: {
          dsseV002: { payloadHash: { algorithm: 'SHA2_256', digest: payloadHash }, signatures: [{ content: envelope.signatures[0].sig, verifier }] },
        },
      });
    },
  };
}
