/**
 * Each authority of a trusted root vouches only inside [start, end] (end included, no end = open), and an authority
 * without a start vouches for nothing. Proven per kind (transparency log, CT log, CA, TSA) on a bundle from the
 * offline mock Sigstore, where every time involved (integrated time, SCT, TSA time, signing time) is its clock;
 * each premise — what bare @sigstore/verify accepts — is shown next to what image-gate does.
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RejectionCode } from '../../../../src/core/model/signatures.js';
import { checkBundle } from '../../../../src/adapters/sigstore/check-bundle.js';
import { trustContextFromJSON } from '../../../../src/adapters/sigstore/trusted-root.js';
import { createKeyRekor } from '../../../helpers/key-rekor.js';
import {
  createMockSigstore,
  createSigningKey,
  IN_TOTO_PAYLOAD_TYPE,
  inTotoStatement,
  keyMessageBundle,
  type MockSigstore,
} from '../../../helpers/sigstore-mock.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const USER = { identity: 'user@example.com', issuer: ISSUER };
const RULES = { identities: [{ issuer: ISSUER, identity: 'user@example.com' }], keys: [] };

type Kind = 'tlogs' | 'ctlogs' | 'certificateAuthorities' | 'timestampAuthorities';
interface ValidFor {
  start?: string;
  end?: string;
}
interface BundleJson {
  verificationMaterial: { tlogEntries: { inclusionPromise?: unknown; inclusionProof?: unknown }[] };
}

let sigstore: MockSigstore;
let bundle: BundleJson;
/** The bundle with its tlog entry's SET removed: only the inclusion proof is left (as in a Rekor v2 entry). */
let proofOnly: BundleJson;

beforeAll(async () => {
  sigstore = await createMockSigstore();
  bundle = await sigstore.signDsse(inTotoStatement(`sha256:${'ab'.repeat(32)}`, 'https://slsa.dev/provenance/v1'), IN_TOTO_PAYLOAD_TYPE, USER);
  proofOnly = structuredClone(bundle);
  const entry = proofOnly.verificationMaterial.tlogEntries[0];
  if (!entry?.inclusionProof || !entry.inclusionPromise) throw new Error('the mock tlog entry should carry a SET and an inclusion proof');
  delete entry.inclusionPromise;
});

/** The mock's root with the first entry of `kind` given `validFor` (undefined: no validFor at all). */
function rootWith(kind: Kind, validFor: ValidFor | undefined): Record<string, unknown> {
  const root = structuredClone(sigstore.trustedRoot) as Record<Kind, Record<string, unknown>[]>;
  const entry = root[kind][0];
  if (!entry) throw new Error(`the mock root has no ${kind}`);
  const holder = kind === 'tlogs' || kind === 'ctlogs' ? (entry.publicKey as Record<string, unknown>) : entry;
  if (validFor === undefined) delete holder.validFor;
  else holder.validFor = validFor;
  return root;
}

/** What image-gate answers: undefined when verified, else the rejection code. */
function ours(root: Record<string, unknown>, json: BundleJson = bundle): RejectionCode | undefined {
  return checkBundle(json, undefined, trustContextFromJSON(root, 'mock trusted root'), RULES).rejection?.code;
}

/** What bare @sigstore/verify answers: true when it verifies. */
function upstream(root: Record<string, unknown>, json: BundleJson = bundle): boolean {
  try {
    new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root))).verify(toSignedEntity(bundleFromJSON(json)));
    return true;
  } catch {
    return false;
  }
}

const at = (offsetMs: number): string => new Date(sigstore.clock.getTime() + offsetMs).toISOString();
/** An RFC 3339 time half a millisecond after the clock: @sigstore/protobuf-specs rounds it down onto the clock. */
const halfMsAfter = (): string => sigstore.clock.toISOString().replace('Z', '500Z');
const DAY = 24 * 60 * 60 * 1000;

const KINDS: [Kind, RejectionCode][] = [
  ['tlogs', 'no-tlog-entry'],
  ['ctlogs', 'untrusted-ca'],
  ['certificateAuthorities', 'untrusted-ca'],
  ['timestampAuthorities', 'untrusted-ca'],
];

describe.each(KINDS)('%s', (kind, code) => {
  it('the mock bundle verifies against the mock root, both here and upstream', () => {
    expect(upstream(sigstore.trustedRoot)).toBe(true);
    expect(ours(sigstore.trustedRoot)).toBeUndefined();
  });

  it.each([
    ['no validFor', () => undefined],
    ['validFor without start', () => ({ end: at(DAY) })],
  ])(`without a start (%s) it vouches for nothing: rejected as ${code} (upstream: verified)`, (_how, validFor) => {
    const root = rootWith(kind, validFor());
    expect(upstream(root)).toBe(true);
    expect(ours(root)).toBe(code);
    expect(trustContextFromJSON(root, 'root').unusable).toEqual([expect.stringMatching(new RegExp(`^${kind}\\[0\\].* has no validity start`))]);
  });

  it.each([
    ['starts exactly at the time', () => ({ start: at(0) })],
    ['ends exactly at the time (end included)', () => ({ start: at(-DAY), end: at(0) })],
    ['starts and ends exactly at the time', () => ({ start: at(0), end: at(0) })],
  ])('verified when the window %s', (_how, validFor) => {
    const root = rootWith(kind, validFor());
    expect(upstream(root)).toBe(true);
    expect(ours(root)).toBeUndefined();
  });

  it.each([
    ['ends a millisecond before the time', () => ({ start: at(-DAY), end: at(-1) })],
    ['starts a millisecond after the time', () => ({ start: at(1) })],
  ])(`rejected as ${code} when the window %s`, (_how, validFor) => {
    const root = rootWith(kind, validFor());
    expect(upstream(root)).toBe(false);
    expect(ours(root)).toBe(code);
  });

  it(`rejected as ${code} when the window starts half a millisecond after the time (upstream rounds the start down: verified)`, () => {
    const root = rootWith(kind, { start: halfMsAfter() });
    expect(upstream(root)).toBe(true);
    expect(ours(root)).toBe(code);
  });
});

describe('a log entry with only an inclusion proof', () => {
  it('verifies with the log valid at the signed time, here and upstream', () => {
    expect(upstream(sigstore.trustedRoot, proofOnly)).toBe(true);
    expect(ours(sigstore.trustedRoot, proofOnly)).toBeUndefined();
    expect(ours(rootWith('tlogs', { start: at(-DAY), end: at(0) }), proofOnly)).toBeUndefined();
  });

  it.each([
    ['retired before the signed time', () => ({ start: at(-DAY), end: at(-1000) })],
    ['not yet started at the signed time', () => ({ start: at(1000) })],
  ])('is rejected as no-tlog-entry against a log %s (upstream: verified, the window is never read)', (_how, validFor) => {
    const root = rootWith('tlogs', validFor());
    expect(upstream(root, proofOnly)).toBe(true);
    expect(ours(root, proofOnly)).toBe('no-tlog-entry');
  });

  it('is rejected as no-tlog-entry against a log without a start (upstream: verified)', () => {
    const root = rootWith('tlogs', undefined);
    expect(upstream(root, proofOnly)).toBe(true);
    expect(ours(root, proofOnly)).toBe('no-tlog-entry');
  });
});

describe('a log entry with only an inclusion proof, and nothing signed saying when (a key-signed bundle, no timestamp)', () => {
  // The proof covers the entry's body, never its integrated time: without a SET anyone may rewrite that time. So the
  // log is held to its window now, as a log entry is checked whose time nothing signed vouches for.
  const key = createSigningKey('p256');
  const PAYLOAD = Buffer.from('the artifact');
  const rules = { identities: [], keys: [{ name: 'release', pem: key.pem, requireTlog: true }] };
  interface Entry {
    integratedTime: string;
    inclusionPromise?: unknown;
    inclusionProof?: unknown;
  }

  async function proofOnlyBundle() {
    const rekor = await createKeyRekor();
    const bundle = keyMessageBundle(key, PAYLOAD);
    const entry = (await rekor.entry(bundle, key.pem)) as Entry;
    if (!entry.inclusionProof || !entry.inclusionPromise) throw new Error('the mock entry should carry a SET and an inclusion proof');
    delete entry.inclusionPromise;
    bundle.verificationMaterial.tlogEntries = [entry];
    const root = rekor.trustedRoot as { tlogs: { publicKey: { validFor?: ValidFor } }[] };
    return { bundle, entry, root };
  }
  const retiredAnHourAgo = (root: { tlogs: { publicKey: { validFor?: ValidFor } }[] }) => {
    const retired = structuredClone(root);
    const log = retired.tlogs[0];
    if (!log) throw new Error('the key rekor root has no log');
    log.publicKey.validFor = { start: new Date(Date.now() - 3 * DAY).toISOString(), end: new Date(Date.now() - 60 * 60 * 1000).toISOString() };
    return retired;
  };
  const code = (bundle: unknown, root: object) => checkBundle(bundle, PAYLOAD, trustContextFromJSON(root, 'key rekor'), rules).rejection?.code;

  it('verifies against a log valid now', async () => {
    const { bundle, root } = await proofOnlyBundle();
    expect(code(bundle, root)).toBeUndefined();
  });

  it('is rejected as no-tlog-entry against a log retired an hour ago, even with its integrated time rewritten into the window (upstream: verified)', async () => {
    const { bundle, entry, root } = await proofOnlyBundle();
    const retired = retiredAnHourAgo(root);
    expect(code(bundle, retired)).toBe('no-tlog-entry');
    entry.integratedTime = String(Math.floor((Date.now() - 2 * DAY) / 1000));
    const material = { ...toTrustMaterial(TrustedRoot.fromJSON(retired)), publicKey: () => ({ publicKey: key.publicKey, validFor: () => true }) };
    expect(() =>
      new Verifier(material, { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 0 }).verify(toSignedEntity(bundleFromJSON(bundle), PAYLOAD)),
    ).not.toThrow();
    expect(code(bundle, retired)).toBe('no-tlog-entry');
  });
});
