/** Converting a legacy cosign layer: the message digest follows what the layer's Rekor entry recorded. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cosignBase64, cosignLayerToBundle, SIMPLE_SIGNING_MEDIA_TYPE } from '../../../../src/adapters/sigstore/cosign-layer.js';
import { RejectionError } from '../../../../src/adapters/sigstore/rejection.js';

const PAYLOAD = Buffer.from('{"critical":{}}');
const SIGNATURE = Buffer.from('not checked here').toString('base64');

/** A Rekor bundle annotation around a hashedrekord body (its SET is not checked by the conversion). */
function rekorAnnotation(body: Record<string, unknown>): string {
  return JSON.stringify({
    SignedEntryTimestamp: Buffer.from('set').toString('base64'),
    Payload: { body: Buffer.from(JSON.stringify(body)).toString('base64'), integratedTime: 1_700_000_000, logIndex: 1, logID: 'ab'.repeat(32) },
  });
}

function hashedrekord(algorithm?: string): Record<string, unknown> {
  const hash = algorithm === undefined ? { value: '00' } : { algorithm, value: '00' };
  return { kind: 'hashedrekord', apiVersion: '0.0.1', spec: { data: { hash }, signature: { content: SIGNATURE } } };
}

function messageDigest(annotations: Record<string, string>): unknown {
  const { bundle } = cosignLayerToBundle(PAYLOAD, SIMPLE_SIGNING_MEDIA_TYPE, { 'dev.cosignproject.cosign/signature': SIGNATURE, ...annotations });
  return (bundle.messageSignature as { messageDigest: unknown }).messageDigest;
}

describe('cosignLayerToBundle message digest', () => {
  it('is SHA-256 of the payload without a Rekor entry', () => {
    expect(messageDigest({})).toEqual({ algorithm: 'SHA2_256', digest: createHash('sha256').update(PAYLOAD).digest('base64') });
  });

  it.each([
    ['sha256', 'SHA2_256'],
    ['sha384', 'SHA2_384'],
    ['sha512', 'SHA2_512'],
  ])('follows a hashedrekord entry recording %s, hashing the payload itself', (algorithm, name) => {
    expect(messageDigest({ 'dev.sigstore.cosign/bundle': rekorAnnotation(hashedrekord(algorithm)) })).toEqual({
      algorithm: name,
      digest: createHash(algorithm).update(PAYLOAD).digest('base64'),
    });
  });

  it('is SHA-256 when the entry names no algorithm or is not a hashedrekord', () => {
    const sha256 = { algorithm: 'SHA2_256', digest: createHash('sha256').update(PAYLOAD).digest('base64') };
    expect(messageDigest({ 'dev.sigstore.cosign/bundle': rekorAnnotation(hashedrekord()) })).toEqual(sha256);
    expect(messageDigest({ 'dev.sigstore.cosign/bundle': rekorAnnotation({ kind: 'rekord', apiVersion: '0.0.1', spec: {} }) })).toEqual(sha256);
  });

  it('rejects an entry recording an unknown digest algorithm as malformed', () => {
    let caught: unknown;
    try {
      messageDigest({ 'dev.sigstore.cosign/bundle': rekorAnnotation(hashedrekord('md5')) });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RejectionError);
    expect((caught as RejectionError).rejection).toMatchObject({ code: 'malformed', message: expect.stringContaining('md5') as unknown });
  });
});

describe('cosignBase64: base64 as cosign decodes it (Go base64.StdEncoding)', () => {
  it.each([
    ['QUJD\nREVG', 'QUJDREVG'],
    ['QUJD\r\nREVG\r\n', 'QUJDREVG'],
    ['\nQU\nJD\n\nREVG\n', 'QUJDREVG'],
    ['QUI=\n', 'QUI='],
    ['QQ=\n=', 'QQ=='],
  ])('skips line breaks anywhere: %j', (value, unwrapped) => {
    expect(cosignBase64(value, 'x')).toBe(unwrapped);
  });

  it.each(['QUJD REVG', 'QUJD\tREVG', 'QUJD\vREVG', 'QUJD\u00a0REVG', 'QUJDREV', 'QUJDREVG=', 'QU=DREVG', 'QUI==', 'QUJD-_', 'QUJD*REVG'])(
    'rejects %j as not valid base64',
    (value) => {
      expect(() => cosignBase64(value, 'the signature annotation')).toThrow('the signature annotation is not valid base64');
    },
  );

  it('hands the bundle the signature and the RFC 3161 timestamp unwrapped', () => {
    const wrapped = (value: string) => value.replace(/(.{8})/g, '$1\n');
    const timestamp = Buffer.from('a timestamp, not checked here').toString('base64');
    const { bundle } = cosignLayerToBundle(PAYLOAD, SIMPLE_SIGNING_MEDIA_TYPE, {
      'dev.cosignproject.cosign/signature': wrapped(SIGNATURE),
      'dev.sigstore.cosign/rfc3161timestamp': JSON.stringify({ SignedRFC3161Timestamp: wrapped(timestamp) }),
    });
    expect(wrapped(SIGNATURE)).toContain('\n');
    expect((bundle.messageSignature as { signature: string }).signature).toBe(SIGNATURE);
    expect(bundle.verificationMaterial).toMatchObject({ timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: timestamp }] } });
  });

  it('rejects an RFC 3161 timestamp that is not base64', () => {
    const annotations = {
      'dev.cosignproject.cosign/signature': SIGNATURE,
      'dev.sigstore.cosign/rfc3161timestamp': JSON.stringify({ SignedRFC3161Timestamp: 'MII* not base64' }),
    };
    expect(() => cosignLayerToBundle(PAYLOAD, SIMPLE_SIGNING_MEDIA_TYPE, annotations)).toThrow(/SignedRFC3161Timestamp is not valid base64/);
  });
});
