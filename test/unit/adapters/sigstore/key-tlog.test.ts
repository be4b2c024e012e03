/**
 * Key-signed signatures and the transparency log, as cosign has it: a log entry is required unless the key's rule
 * says otherwise (insecure-ignore-tlog / require-tlog: false), and a signature accepted without one says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, PublicKeyRule } from '../../../../src/core/model/signatures.js';
import { checkBundle } from '../../../../src/adapters/sigstore/check-bundle.js';
import { loadTrustedRoot, trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { verifyEvidence } from '../../../../src/adapters/sigstore/verify-evidence.js';
import { createKeyRekor, type KeyRekor } from '../../../helpers/key-rekor.js';
import {
  cosignLayer,
  createSigningKey,
  IN_TOTO_PAYLOAD_TYPE,
  inTotoStatement,
  keyDsseBundle,
  simpleSigningPayload,
} from '../../../helpers/sigstore-mock.js';

const IMAGE = `sha256:${'ab'.repeat(32)}`;
const key = createSigningKey('p256');
const rule = (requireTlog: boolean): PublicKeyRule[] => [{ name: 'release', pem: key.pem, requireTlog }];
const layerEvidence = (layer: { payload: Buffer; mediaType: string; annotations: Record<string, string> }): Evidence => ({
  source: 'cosign-tags',
  location: 'tag sha256-ab.sig, layer 0',
  subjectDigest: IMAGE,
  form: { kind: 'cosign-layer', ...layer },
});

let rekor: KeyRekor;
let logged: Evidence;
let trust: TrustContext;
const unlogged = layerEvidence(cosignLayer(key, simpleSigningPayload(IMAGE)));

beforeAll(async () => {
  rekor = await createKeyRekor();
  trust = trustContextFromJSON(rekor.trustedRoot, 'key rekor');
  logged = layerEvidence(await rekor.cosignLayer(key, simpleSigningPayload(IMAGE)));
});

describe('a key-signed signature needs a transparency-log entry by default', () => {
  it('rejects one with no entry as no-tlog-entry, naming the key and the opt-outs', async () => {
    const result = await verifyEvidence(unlogged, IMAGE, trust, { identities: [], keys: rule(true) });
    expect(result).toMatchObject({
      verified: false,
      signer: { kind: 'key', name: 'release', keyId: key.keyId },
      rejection: { code: 'no-tlog-entry' },
    });
    expect(result.rejection?.message).toContain('"release"');
    expect(result.rejection?.message).toContain('insecure-ignore-tlog');
    expect(result.rejection?.message).toContain('require-tlog: false');
    expect(result.transparencyLog).toBeUndefined();
  });

  it('verifies one logged in a trusted log, and says the log was checked', async () => {
    const result = await verifyEvidence(logged, IMAGE, trust, { identities: [], keys: rule(true) });
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, transparencyLog: 'verified', signer: { kind: 'key', name: 'release' } });
  });

  it('does not count an entry from a log the trusted root does not name', async () => {
    const elsewhere = loadTrustedRoot();
    const result = await verifyEvidence(logged, IMAGE, elsewhere, { identities: [], keys: rule(true) });
    expect(result).toMatchObject({ verified: false, rejection: { code: 'no-tlog-entry' } });
  });

  it('rejects a logged entry whose signature was swapped for another signature by the same key', async () => {
    // The layer verifies with the key on its own, but the log recorded another signature: the entry was not for it.
    const other = await rekor.cosignLayer(key, simpleSigningPayload(`sha256:${'cd'.repeat(32)}`));
    const layer = cosignLayer(key, simpleSigningPayload(IMAGE));
    const swapped = layerEvidence({
      ...layer,
      annotations: { ...layer.annotations, 'dev.sigstore.cosign/bundle': other.annotations['dev.sigstore.cosign/bundle'] ?? '' },
    });
    expect((await verifyEvidence(layerEvidence(layer), IMAGE, trust, { identities: [], keys: rule(false) })).verified).toBe(true);
    const result = await verifyEvidence(swapped, IMAGE, trust, { identities: [], keys: rule(true) });
    expect(result).toMatchObject({ verified: false, rejection: { code: 'signature-invalid' } });
  });

  it('applies to key-signed bundles too (DSSE, v0.3)', () => {
    const bundle = keyDsseBundle(key, inTotoStatement(IMAGE, 'https://spdx.dev/Document'), IN_TOTO_PAYLOAD_TYPE);
    expect(checkBundle(bundle, undefined, trust, { identities: [], keys: rule(true) }).rejection?.code).toBe('no-tlog-entry');
    expect(checkBundle(bundle, undefined, trust, { identities: [], keys: rule(false) })).toMatchObject({
      transparencyLog: 'not-checked',
      signer: { kind: 'key' },
    });
  });
});

describe('with the opt-out (insecure-ignore-tlog, require-tlog: false)', () => {
  it('verifies a signature with no entry, and says the log was not checked', async () => {
    const result = await verifyEvidence(unlogged, IMAGE, trust, { identities: [], keys: rule(false) });
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, transparencyLog: 'not-checked' });
  });

  it('does not look at the log at all, as cosign --insecure-ignore-tlog: an entry from an unknown log is ignored', async () => {
    const result = await verifyEvidence(logged, IMAGE, loadTrustedRoot(), { identities: [], keys: rule(false) });
    expect(result.rejection).toBeUndefined();
    expect(result).toMatchObject({ verified: true, transparencyLog: 'not-checked' });
  });

  it('still needs the signature to verify with the trusted key and to name the image', async () => {
    const other = createSigningKey('p256');
    expect(
      (await verifyEvidence(unlogged, IMAGE, trust, { identities: [], keys: [{ name: 'other', pem: other.pem, requireTlog: false }] })).rejection
        ?.code,
    ).toBe('untrusted-key');
    expect((await verifyEvidence(unlogged, `sha256:${'cd'.repeat(32)}`, trust, { identities: [], keys: rule(false) })).rejection?.code).toBe(
      'not-bound-to-digest',
    );
  });
});
