/**
 * A transparency-log entry counts for a signature only when it records the key or the certificate that made it, as
 * cosign (comparePublicKey) and sigstore-go (CompareKey) require. @sigstore/verify compares an entry's signature and
 * digest, never its signer, and an ECDSA signature verifies under a second public key anyone can recover from it:
 * real Rekor logs the signer's very signature and digest under that twin key (it only checks that the signature
 * verifies with the key it is given). Every path is shown: a trusted key (bundle, DSSE, legacy cosign layer), a
 * certificate of the trusted root, a private CA, and Rekor v2 entries. Each rejection's premise is shown next to it:
 * bare @sigstore/verify accepts the entry, and the same material verifies with an entry recording the real signer.
 */
import { createHash, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateAuthorityRule, Evidence, PublicKeyRule } from '../../../../src/core/model/signatures.js';
import { checkBundle, type BundleCheck } from '../../../../src/adapters/sigstore/check-bundle.js';
import { trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { verifyEvidence } from '../../../../src/adapters/sigstore/verify-evidence.js';
import { pemOf, twinPublicKey } from '../../../helpers/ecdsa-twin.js';
import { createKeyRekor, type KeyRekor } from '../../../helpers/key-rekor.js';
import { createPrivateLogs, createRoot, issueCa, issueLeaf, messageBundle, pemOf as certificatesPem } from '../../../helpers/private-pki.js';
import { createRekorV2Log, type RekorV2Log } from '../../../helpers/rekor-v2-log.js';
import {
  createMockSigstore,
  createSigningKey,
  IN_TOTO_PAYLOAD_TYPE,
  inTotoStatement,
  keyDsseBundle,
  keyMessageBundle,
  simpleSigningPayload,
  type KeyBundleJSON,
  type MockSigstore,
} from '../../../helpers/sigstore-mock.js';

const PAYLOAD = Buffer.from('the artifact');
const IMAGE = `sha256:${'ab'.repeat(32)}`;
const key = createSigningKey('p256');
const keyRule = (requireTlog = true): PublicKeyRule[] => [{ name: 'release', pem: key.pem, requireTlog }];
const code = (check: BundleCheck) => check.rejection?.code ?? 'verified';
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();
const withEntries = <T extends object>(bundle: T, tlogEntries: unknown[]): T => {
  const copy = structuredClone(bundle) as T & { verificationMaterial: { tlogEntries: unknown[] } };
  copy.verificationMaterial.tlogEntries = tlogEntries;
  return copy;
};
const spki = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');

/** What bare @sigstore/verify answers for a key-signed bundle, trusting `key` as Sigstore's key material does. */
function upstreamWithKey(root: Record<string, unknown>, bundle: unknown, artifact?: Buffer): boolean {
  const material = { ...toTrustMaterial(TrustedRoot.fromJSON(root)), publicKey: () => ({ publicKey: key.publicKey, validFor: () => true }) };
  try {
    new Verifier(material, { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 0 }).verify(toSignedEntity(bundleFromJSON(bundle), artifact));
    return true;
  } catch {
    return false;
  }
}

let rekor: KeyRekor;
let v2: RekorV2Log;
let trust: TrustContext;
let root: Record<string, unknown>;

beforeAll(async () => {
  rekor = await createKeyRekor();
  v2 = createRekorV2Log();
  root = v2.withLog(rekor.trustedRoot);
  trust = trustContextFromJSON(root, 'test logs');
});

describe('a trusted key: an entry recording the twin key of its signature is not its entry', () => {
  const bundle = keyMessageBundle(key, PAYLOAD);
  const signature = Buffer.from((bundle.messageSignature as { signature: string }).signature, 'base64');
  const twin = twinPublicKey(key.publicKey, signature, sha256(PAYLOAD));

  it('premise: the signature verifies under the twin key too, and the twin is another key', () => {
    expect(cryptoVerify('sha256', PAYLOAD, twin, signature)).toBe(true);
    expect(twin.equals(key.publicKey)).toBe(false);
  });

  it('message-signature bundle (hashedrekord v0.0.1): signature-invalid from the file and from its digest; upstream accepts it', async () => {
    const honest = withEntries(bundle, [await rekor.entry(bundle, key.pem)]);
    expect(checkBundle(honest, PAYLOAD, trust, { identities: [], keys: keyRule() })).toMatchObject({
      transparencyLog: 'verified',
      signer: { kind: 'key' },
    });
    const forged = withEntries(bundle, [await rekor.entry(bundle, pemOf(twin))]);
    expect(upstreamWithKey(root, forged, PAYLOAD)).toBe(true);
    const byFile = checkBundle(forged, PAYLOAD, trust, { identities: [], keys: keyRule() });
    expect(byFile.rejection).toMatchObject({
      code: 'signature-invalid',
      message: expect.stringMatching(/transparency-log entry records .*another key/) as unknown,
    });
    expect(byFile.signer).toMatchObject({ kind: 'key', name: 'release' });
    expect(code(checkBundle(forged, { algorithm: 'sha256', digest: sha256(PAYLOAD) }, trust, { identities: [], keys: keyRule() }))).toBe(
      'signature-invalid',
    );
  });

  it('with the log not required (--insecure-ignore-tlog), the entry is not read at all, as cosign', async () => {
    const forged = withEntries(bundle, [await rekor.entry(bundle, pemOf(twin))]);
    expect(checkBundle(forged, PAYLOAD, trust, { identities: [], keys: keyRule(false) })).toMatchObject({ transparencyLog: 'not-checked' });
  });

  it('an entry recording a certificate for the trusted key is not the key either (cosign compares the PEM)', async () => {
    const { leaf } = await privateChain();
    const forged = withEntries(bundle, [await rekor.entry(bundle, leaf.pem)]);
    expect(code(checkBundle(forged, PAYLOAD, trust, { identities: [], keys: keyRule() }))).toBe('signature-invalid');
  });

  it('DSSE bundle (intoto v0.0.2 entry): signature-invalid; upstream accepts it', async () => {
    const dsse = keyDsseBundle(key, inTotoStatement(IMAGE, 'https://slsa.dev/provenance/v1'), IN_TOTO_PAYLOAD_TYPE);
    const envelope = dsse.dsseEnvelope as { payload: string; payloadType: string; signatures: { sig: string }[] };
    const payload = Buffer.from(envelope.payload, 'base64');
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${envelope.payloadType.length} ${envelope.payloadType} ${payload.length} `), payload]);
    const dsseTwin = twinPublicKey(key.publicKey, Buffer.from(envelope.signatures[0]?.sig ?? '', 'base64'), sha256(pae));
    expect(code(checkBundle(withEntries(dsse, [await rekor.entry(dsse, key.pem)]), undefined, trust, { identities: [], keys: keyRule() }))).toBe(
      'verified',
    );
    const forged = withEntries(dsse, [await rekor.entry(dsse, pemOf(dsseTwin))]);
    expect(upstreamWithKey(root, forged)).toBe(true);
    expect(code(checkBundle(forged, undefined, trust, { identities: [], keys: keyRule() }))).toBe('signature-invalid');
  });

  it('legacy cosign `.sig` layer (its Rekor bundle annotation): signature-invalid', async () => {
    const payload = simpleSigningPayload(IMAGE);
    const layerSignature = Buffer.from((keyMessageBundle(key, payload).messageSignature as { signature: string }).signature, 'base64');
    const layerTwin = twinPublicKey(key.publicKey, layerSignature, sha256(payload));
    const evidence = (layer: Evidence['form'] & object): Evidence => ({
      source: 'cosign-tags',
      location: 'tag sha256-ab.sig, layer 0',
      subjectDigest: IMAGE,
      form: layer,
    });
    const honest = await rekor.cosignLayerWith(payload, layerSignature, key.pem);
    expect(await verifyEvidence(evidence({ kind: 'cosign-layer', ...honest }), IMAGE, trust, { identities: [], keys: keyRule() })).toMatchObject({
      verified: true,
      transparencyLog: 'verified',
    });
    const forged = await rekor.cosignLayerWith(payload, layerSignature, pemOf(layerTwin));
    const result = await verifyEvidence(evidence({ kind: 'cosign-layer', ...forged }), IMAGE, trust, { identities: [], keys: keyRule() });
    expect(result).toMatchObject({ verified: false, rejection: { code: 'signature-invalid' }, signer: { kind: 'key', name: 'release' } });
  });
});

describe('a certificate of the trusted root: an entry recording another certificate is not its entry', () => {
  const USER = { identity: 'user@example.com', issuer: 'https://issuer.test' };
  let sigstore: MockSigstore;
  let signed: KeyBundleJSON;
  let signerPem: string;
  let strangerPem: string;
  let keylessTrust: TrustContext;
  let keylessRoot: Record<string, unknown>;
  /** A log of its own, whose clock (the entries' integrated time) starts after the mock CA's certificates. */
  let keylessRekor: KeyRekor;
  const leafPem = (bundle: unknown) => {
    const der =
      (bundle as { verificationMaterial: { x509CertificateChain: { certificates: { rawBytes: string }[] } } }).verificationMaterial
        .x509CertificateChain.certificates[0]?.rawBytes ?? '';
    return new X509Certificate(Buffer.from(der, 'base64')).toString();
  };
  const rules = { identities: [USER], keys: [] };

  beforeAll(async () => {
    sigstore = await createMockSigstore();
    signed = (await sigstore.signMessage(PAYLOAD, USER)) as unknown as KeyBundleJSON;
    signerPem = leafPem(signed);
    strangerPem = leafPem(await sigstore.signMessage(PAYLOAD, { ...USER, identity: 'stranger@example.com' }));
    keylessRekor = await createKeyRekor();
    keylessRoot = v2.withLog(keylessRekor.withLog(sigstore.trustedRoot));
    keylessTrust = trustContextFromJSON(keylessRoot, 'mock trusted root and test logs');
  }, 60_000);

  it("hashedrekord v0.0.1 recording a stranger's certificate: signature-invalid; upstream accepts it", async () => {
    expect(code(checkBundle(withEntries(signed, [await keylessRekor.entry(signed, signerPem)]), PAYLOAD, keylessTrust, rules))).toBe('verified');
    const forged = withEntries(signed, [await keylessRekor.entry(signed, strangerPem)]);
    let upstream = true;
    try {
      new Verifier(toTrustMaterial(TrustedRoot.fromJSON(keylessRoot))).verify(toSignedEntity(bundleFromJSON(forged), PAYLOAD));
    } catch {
      upstream = false;
    }
    expect(upstream).toBe(true);
    const check = checkBundle(forged, PAYLOAD, keylessTrust, rules);
    expect(check.rejection).toMatchObject({ code: 'signature-invalid', message: expect.stringMatching(/another certificate/) as unknown });
    expect(code(checkBundle(forged, { algorithm: 'sha256', digest: sha256(PAYLOAD) }, keylessTrust, rules))).toBe('signature-invalid');
  });

  it("an entry recording the certificate's key instead of the certificate: signature-invalid (cosign and sigstore-go compare certificates)", async () => {
    const keyPem = new X509Certificate(signerPem).publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(code(checkBundle(withEntries(signed, [await keylessRekor.entry(signed, keyPem)]), PAYLOAD, keylessTrust, rules))).toBe(
      'signature-invalid',
    );
  });

  it("a Rekor v2 entry (hashedrekord v0.0.2) recording the certificate verifies; recording a stranger's: signature-invalid", () => {
    const der = (pem: string) => new X509Certificate(pem).raw;
    expect(code(checkBundle(withEntries(signed, [v2.entry(signed, { certificate: der(signerPem) })]), PAYLOAD, keylessTrust, rules))).toBe(
      'verified',
    );
    expect(code(checkBundle(withEntries(signed, [v2.entry(signed, { certificate: der(strangerPem) })]), PAYLOAD, keylessTrust, rules))).toBe(
      'signature-invalid',
    );
  });
});

async function privateChain() {
  const caRoot = await createRoot('p256');
  const intermediate = await issueCa(caRoot, 'p256');
  const leaf = await issueLeaf(intermediate, 'p256', { sans: [{ type: 'email', value: 'release@acme.test' }] });
  return { caRoot, intermediate, leaf };
}

describe('a private CA: an entry recording another leaf of the same CA is not its entry', () => {
  it('signature-invalid; with an entry recording its own leaf, verified', async () => {
    const logs = await createPrivateLogs();
    const privateTrust = trustContextFromJSON(logs.trustedRoot, 'private test logs');
    const { caRoot, intermediate, leaf } = await privateChain();
    const sibling = await issueLeaf(intermediate, 'p256');
    const authority: CertificateAuthorityRule = {
      name: 'test CA',
      rootsPem: certificatesPem(caRoot),
      intermediatesPem: certificatesPem(intermediate),
      requireSct: false,
      requireTlog: true,
    };
    const rules = { identities: [{ identity: 'release@acme.test', issuerRegExp: '.*' }], keys: [], certificateAuthorities: [authority] };
    const unlogged = messageBundle(leaf, PAYLOAD);
    const signature = (unlogged.messageSignature as { signature: string }).signature;
    const honest = withEntries(unlogged, [await logs.tlogEntry(leaf, PAYLOAD, signature)]);
    expect(code(checkBundle(honest, PAYLOAD, privateTrust, rules))).toBe('verified');
    const forged = withEntries(unlogged, [await logs.tlogEntry(sibling, PAYLOAD, signature)]);
    expect(code(checkBundle(forged, PAYLOAD, privateTrust, rules))).toBe('signature-invalid');
    expect(code(checkBundle(forged, { algorithm: 'sha256', digest: sha256(PAYLOAD) }, privateTrust, rules))).toBe('signature-invalid');
    // With the log not required, the entry is not read (cosign --insecure-ignore-tlog).
    expect(code(checkBundle(forged, PAYLOAD, privateTrust, { ...rules, certificateAuthorities: [{ ...authority, requireTlog: false }] }))).toBe(
      'verified',
    );
  }, 30_000);
});

describe("Rekor v2 entries of a trusted key (no SET, no integrated time: held to the log's window now)", () => {
  const bundle = keyMessageBundle(key, PAYLOAD);
  const signature = Buffer.from((bundle.messageSignature as { signature: string }).signature, 'base64');
  const twin = twinPublicKey(key.publicKey, signature, sha256(PAYLOAD));

  it('hashedrekord v0.0.2 recording the key verifies; recording the twin key: signature-invalid (upstream accepts it)', () => {
    expect(
      checkBundle(withEntries(bundle, [v2.entry(bundle, { publicKey: spki(key.pem) })]), PAYLOAD, trust, { identities: [], keys: keyRule() }),
    ).toMatchObject({
      transparencyLog: 'verified',
    });
    const forged = withEntries(bundle, [v2.entry(bundle, { publicKey: spki(pemOf(twin)) })]);
    expect(upstreamWithKey(root, forged, PAYLOAD)).toBe(true);
    expect(code(checkBundle(forged, PAYLOAD, trust, { identities: [], keys: keyRule() }))).toBe('signature-invalid');
  });

  it('dsse v0.0.2 recording the key verifies; recording the twin key: signature-invalid', () => {
    const dsse = keyDsseBundle(key, inTotoStatement(IMAGE, 'https://slsa.dev/provenance/v1'), IN_TOTO_PAYLOAD_TYPE);
    const envelope = dsse.dsseEnvelope as { payload: string; payloadType: string; signatures: { sig: string }[] };
    const payload = Buffer.from(envelope.payload, 'base64');
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${envelope.payloadType.length} ${envelope.payloadType} ${payload.length} `), payload]);
    const dsseTwin = twinPublicKey(key.publicKey, Buffer.from(envelope.signatures[0]?.sig ?? '', 'base64'), sha256(pae));
    expect(
      code(checkBundle(withEntries(dsse, [v2.entry(dsse, { publicKey: spki(key.pem) })]), undefined, trust, { identities: [], keys: keyRule() })),
    ).toBe('verified');
    const forged = withEntries(dsse, [v2.entry(dsse, { publicKey: spki(pemOf(dsseTwin)) })]);
    expect(upstreamWithKey(root, forged)).toBe(true);
    expect(code(checkBundle(forged, undefined, trust, { identities: [], keys: keyRule() }))).toBe('signature-invalid');
  });
});
