/**
 * cosign's --insecure-ignore-tlog for keyless signatures from the trusted root's CAs (Fulcio): a signature with a
 * trusted RFC 3161 timestamp and no transparency-log entry verifies, and says the log was not checked. Without the
 * log, nothing else it gives is trusted: its entries are not looked at, nor the times they state, so a certificate
 * whose only time is a log entry's cannot be judged. Bundles from an offline @sigstore/mock instance.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IdentityRule } from '../../../../src/core/model/signatures.js';
import { checkBundle, type SignerRules } from '../../../../src/adapters/sigstore/check-bundle.js';
import { parseArtifactDigest } from '../../../../src/adapters/sigstore/prehash-entity.js';
import { trustContextFromJSON, type TrustContext } from '../../../../src/adapters/sigstore/trusted-root.js';
import { createMockSigstore, IN_TOTO_PAYLOAD_TYPE, inTotoStatement, type MockSigstore } from '../../../helpers/sigstore-mock.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const USER = { identity: 'user@example.com', issuer: ISSUER };
const exactUser: IdentityRule[] = [{ issuer: ISSUER, identity: 'user@example.com' }];
const PAYLOAD = Buffer.from('artifact bytes');
const STRICT: SignerRules = { identities: exactUser, keys: [] };
const IGNORE_TLOG: SignerRules = { ...STRICT, ignoreTlog: true };

type BundleJson = Record<string, unknown> & { verificationMaterial: { tlogEntries?: unknown[] } };

let sigstore: MockSigstore;
let stranger: MockSigstore;
let trust: TrustContext;
/** Message signatures over PAYLOAD: the TSA timestamp only, the log entry only, both. */
let timestampOnly: BundleJson;
let logOnly: BundleJson;
let both: BundleJson;

beforeAll(async () => {
  sigstore = await createMockSigstore();
  stranger = await createMockSigstore();
  trust = trustContextFromJSON(sigstore.trustedRoot, 'mock trusted root');
  timestampOnly = await sigstore.signMessage(PAYLOAD, USER, { noTlog: true });
  logOnly = await sigstore.signMessage(PAYLOAD, USER, { noTimestamp: true });
  both = await sigstore.signMessage(PAYLOAD, USER);
});

describe('a keyless signature with a trusted timestamp and no log entry', () => {
  it('is rejected by default (no-tlog-entry), as cosign without the flag', () => {
    expect(timestampOnly.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(checkBundle(timestampOnly, PAYLOAD, trust, STRICT).rejection?.code).toBe('no-tlog-entry');
  });

  it('verifies with ignoreTlog, and says the transparency log was not checked', () => {
    const check = checkBundle(timestampOnly, PAYLOAD, trust, IGNORE_TLOG);
    expect(check.rejection).toBeUndefined();
    expect(check).toMatchObject({ transparencyLog: 'not-checked', signer: { kind: 'keyless', identity: 'user@example.com', issuer: ISSUER } });
  });

  it('verifies a DSSE bundle and a message signature checked from its digest alone the same way', async () => {
    const dsse = await sigstore.signDsse(inTotoStatement(`sha256:${'ab'.repeat(32)}`, 'https://example.com/p'), IN_TOTO_PAYLOAD_TYPE, USER, {
      noTlog: true,
    });
    expect(checkBundle(dsse, undefined, trust, STRICT).rejection?.code).toBe('no-tlog-entry');
    expect(checkBundle(dsse, undefined, trust, IGNORE_TLOG)).toMatchObject({ transparencyLog: 'not-checked', signer: { kind: 'keyless' } });
    const digest = parseArtifactDigest(`sha256:${createHash('sha256').update(PAYLOAD).digest('hex')}`);
    expect(checkBundle(timestampOnly, digest, trust, IGNORE_TLOG)).toMatchObject({ transparencyLog: 'not-checked', signer: { kind: 'keyless' } });
  });

  it('still checks the identity, the signed digest, the CA and the timestamp authority', async () => {
    expect(
      checkBundle(timestampOnly, PAYLOAD, trust, { ...IGNORE_TLOG, identities: [{ issuer: ISSUER, identity: 'other@example.com' }] }).rejection?.code,
    ).toBe('wrong-identity');
    expect(checkBundle(timestampOnly, Buffer.from('other bytes'), trust, IGNORE_TLOG).rejection?.code).toBe('not-bound-to-digest');
    const noTsa = trustContextFromJSON({ ...sigstore.trustedRoot, timestampAuthorities: [] }, 'mock root without its TSA');
    expect(checkBundle(timestampOnly, PAYLOAD, noTsa, IGNORE_TLOG).rejection?.code).toBe('untrusted-ca');
    // Another instance's certificate and timestamp: neither its CA nor its TSA is trusted.
    const foreign = await stranger.signMessage(PAYLOAD, USER, { noTlog: true });
    expect(checkBundle(foreign, PAYLOAD, trust, IGNORE_TLOG).rejection?.code).toBe('untrusted-ca');
  });
});

describe('with ignoreTlog, the log is not looked at', () => {
  it('a logged bundle verifies, marked not-checked', () => {
    expect(checkBundle(both, PAYLOAD, trust, STRICT)).toMatchObject({ transparencyLog: 'verified' });
    expect(checkBundle(both, PAYLOAD, trust, IGNORE_TLOG)).toMatchObject({ transparencyLog: 'not-checked' });
  });

  it('an entry from a log the trusted root does not name is ignored, as cosign --insecure-ignore-tlog ignores it', async () => {
    const foreign = (await stranger.signMessage(PAYLOAD, USER)) as unknown as BundleJson;
    const spliced: BundleJson = structuredClone(timestampOnly);
    spliced.verificationMaterial.tlogEntries = foreign.verificationMaterial.tlogEntries;
    expect(spliced.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(checkBundle(spliced, PAYLOAD, trust, STRICT).rejection).toBeDefined();
    expect(checkBundle(spliced, PAYLOAD, trust, IGNORE_TLOG)).toMatchObject({ transparencyLog: 'not-checked' });
  });

  it("an entry's integrated time proves nothing: a bundle whose only time is its log entry's is rejected (certificate-expired)", () => {
    expect(checkBundle(logOnly, PAYLOAD, trust, STRICT)).toMatchObject({ transparencyLog: 'verified' });
    const check = checkBundle(logOnly, PAYLOAD, trust, IGNORE_TLOG);
    expect(check.rejection?.code).toBe('certificate-expired');
    expect(check.rejection?.message).toContain('RFC 3161 timestamp');
  });
});
