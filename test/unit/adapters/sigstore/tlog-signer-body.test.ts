/**
 * Reading who signed from a transparency-log entry's body (src/adapters/sigstore/tlog-signer.ts): every kind Sigstore clients
 * log, read from real public-good entries where we have them, and every body it cannot read rejected, never passed.
 */
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFromJSON, type TransparencyLogEntry } from '@sigstore/bundle';
import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../../../src/adapters/sigstore/rejection.js';
import { recordedSigner, requireEntriesRecordSigner, type ExpectedSigner } from '../../../../src/adapters/sigstore/tlog-signer.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));

/** The rejection `requireEntriesRecordSigner` throws, or undefined when the entries record the signer. */
function rejection(entries: TransparencyLogEntry[], signer: ExpectedSigner) {
  try {
    requireEntriesRecordSigner(entries, signer);
    return undefined;
  } catch (error) {
    if (error instanceof RejectionError) return error.rejection;
    throw error;
  }
}

describe("real public-good entries record their bundle's signer", () => {
  const leafOf = (path: string) => {
    const bundle = bundleFromJSON(readJson(path));
    const material = bundle.verificationMaterial.content;
    const der =
      material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
          ? material.x509CertificateChain.certificates[0]?.rawBytes
          : undefined;
    if (der === undefined) throw new Error(`${path} has no certificate`);
    return { entries: bundle.verificationMaterial.tlogEntries, der: Buffer.from(der) };
  };

  it.each([
    ['sigstore/gh-attestation-custom-issuer.sigstore.json', 'dsse 0.0.1'],
    ['sigstore/npm-sigstore-2.1.0.provenance.v0.3.sigstore.json', 'intoto 0.0.2'],
    ['sigstore/rfc8785-0.1.2-wheel.v0.2.sigstore.json', 'hashedrekord 0.0.1'],
  ])('%s (%s): the leaf certificate; another certificate is rejected', (path, kind) => {
    const { entries, der } = leafOf(path);
    const entry = entries[0];
    if (!entry) throw new Error('no entry');
    expect(`${entry.kindVersion.kind} ${entry.kindVersion.version}`).toBe(kind);
    expect(recordedSigner(entry)).toEqual({ kind: 'certificate', der });
    expect(rejection(entries, { kind: 'certificate', der })).toBeUndefined();
    const other = leafOf('sigstore/npm-sigstore-2.1.0.provenance.v0.1.sigstore.json').der.equals(der)
      ? leafOf('sigstore/rfc8785-0.1.2-wheel.v0.2.sigstore.json').der
      : leafOf('sigstore/npm-sigstore-2.1.0.provenance.v0.1.sigstore.json').der;
    expect(rejection(entries, { kind: 'certificate', der: other })).toMatchObject({
      code: 'signature-invalid',
      message: expect.stringContaining('another certificate') as unknown,
    });
  });

  it('the npm publish attestation (intoto 0.0.2, key-signed): the npm registry key; another key is rejected', () => {
    const bundle = bundleFromJSON(readJson('sigstore/npm-sigstore-1.3.0.publish-attestation.sigstore.json'));
    const npmKey = createPublicKey(readFileSync(join(fixtures, 'sigstore/npm-registry-attestation-key.pub'), 'utf8'));
    expect(rejection(bundle.verificationMaterial.tlogEntries, { kind: 'key', key: npmKey })).toBeUndefined();
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    expect(rejection(bundle.verificationMaterial.tlogEntries, { kind: 'key', key: stranger })?.code).toBe('signature-invalid');
  });
});

describe('bodies of every kind, made here', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
  const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
  const spki = (k: KeyObject) => k.export({ format: 'der', type: 'spki' });
  const pem64 = (k: KeyObject) => Buffer.from(k.export({ format: 'pem', type: 'spki' }).toString()).toString('base64');
  const entry = (kind: string, version: string, spec: unknown, bodyKind = kind): TransparencyLogEntry =>
    ({
      logIndex: '0',
      logId: { keyId: Buffer.alloc(32) },
      kindVersion: { kind, version },
      integratedTime: '0',
      canonicalizedBody: Buffer.from(JSON.stringify({ apiVersion: version, kind: bodyKind, spec })),
    }) as TransparencyLogEntry;
  const v2Verifier = (k: KeyObject) => ({ publicKey: { rawBytes: spki(k).toString('base64') }, keyDetails: 'PKIX_ECDSA_P256_SHA_256' });
  const bodies: [string, (k: KeyObject) => TransparencyLogEntry][] = [
    ['hashedrekord 0.0.1', (k) => entry('hashedrekord', '0.0.1', { signature: { content: 'c2ln', publicKey: { content: pem64(k) } } })],
    ['dsse 0.0.1', (k) => entry('dsse', '0.0.1', { signatures: [{ signature: 'c2ln', verifier: pem64(k) }] })],
    ['intoto 0.0.1', (k) => entry('intoto', '0.0.1', { publicKey: pem64(k) })],
    ['intoto 0.0.2', (k) => entry('intoto', '0.0.2', { content: { envelope: { signatures: [{ sig: 'c2ln', publicKey: pem64(k) }] } } })],
    ['hashedrekord 0.0.2', (k) => entry('hashedrekord', '0.0.2', { hashedRekordV002: { signature: { content: 'c2ln', verifier: v2Verifier(k) } } })],
    ['dsse 0.0.2', (k) => entry('dsse', '0.0.2', { dsseV002: { signatures: [{ content: 'c2ln', verifier: v2Verifier(k) }] } })],
  ];

  it.each(bodies)('%s: the key it records; another key is rejected', (_kind, make) => {
    expect(recordedSigner(make(key))).toEqual({ kind: 'key', der: spki(key) });
    expect(rejection([make(key)], { kind: 'key', key })).toBeUndefined();
    expect(rejection([make(stranger)], { kind: 'key', key })).toMatchObject({
      code: 'signature-invalid',
      message: expect.stringContaining('another key') as unknown,
    });
    // One good entry does not carry a bad one.
    expect(rejection([make(key), make(stranger)], { kind: 'key', key })?.code).toBe('signature-invalid');
  });

  it.each<[string, TransparencyLogEntry]>([
    ['a kind we do not read (rekord)', entry('rekord', '0.0.1', { signature: { publicKey: { content: pem64(key) } } })],
    ['an unknown version', entry('hashedrekord', '0.0.3', { signature: { publicKey: { content: pem64(key) } } })],
    ['a body naming another kind than the entry', entry('hashedrekord', '0.0.1', { signature: { publicKey: { content: pem64(key) } } }, 'intoto')],
    ['no signer at all', entry('hashedrekord', '0.0.1', { signature: { content: 'c2ln' } })],
    [
      'a PEM of another type',
      entry('hashedrekord', '0.0.1', {
        signature: {
          publicKey: {
            content: Buffer.from(key.export({ format: 'pem', type: 'spki' }).toString().replaceAll('PUBLIC KEY', 'RSA PUBLIC KEY')).toString(
              'base64',
            ),
          },
        },
      }),
    ],
    [
      'two PEM blocks',
      entry('hashedrekord', '0.0.1', {
        signature: { publicKey: { content: Buffer.from(key.export({ format: 'pem', type: 'spki' }).toString().repeat(2)).toString('base64') } },
      }),
    ],
    ['a DSSE entry with two signatures', entry('dsse', '0.0.1', { signatures: [{ verifier: pem64(key) }, { verifier: pem64(key) }] })],
    [
      'a Rekor v2 verifier with both a key and a certificate',
      entry('hashedrekord', '0.0.2', {
        hashedRekordV002: { signature: { verifier: { ...v2Verifier(key), x509Certificate: { rawBytes: 'AA==' } } } },
      }),
    ],
  ])('rejects %s as signature-invalid, never passes it', (_what, unreadable) => {
    expect(rejection([unreadable], { kind: 'key', key })).toMatchObject({
      code: 'signature-invalid',
      message: expect.stringContaining('cannot be read') as unknown,
    });
  });

  it('a body that is not JSON is rejected', () => {
    const broken = { ...entry('hashedrekord', '0.0.1', {}), canonicalizedBody: Buffer.from('{not json') } as TransparencyLogEntry;
    expect(rejection([broken], { kind: 'key', key })?.code).toBe('signature-invalid');
  });
});
