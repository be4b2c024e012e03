/**
 * The trusted root checked whole on load: a malformed entry of any kind is a config error naming the file and the
 * entry (never quoting key material), an entry without a validity start is left out with a warning, and the
 * windows kept are exact. The real public-good root loads whole.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial } from '@sigstore/verify';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../src/core/model/logger.js';
import { loadTrustedRoot, trustContextFromJSON } from '../../../../src/adapters/sigstore/trusted-root.js';
import { thrownGateError } from '../../../helpers/gate-error.js';

const dir = mkdtempSync(join(tmpdir(), 'image-gate-root-check-'));
const PUBLIC_GOOD_PATH = 'test/fixtures/sigstore/trusted_root.public-good.json';
const publicGoodText = readFileSync(PUBLIC_GOOD_PATH, 'utf8');

interface Window {
  start?: unknown;
  end?: unknown;
}
interface LogJson {
  baseUrl: string;
  publicKey: { rawBytes: string; keyDetails?: string; validFor?: Window | null };
  logId?: { keyId: string };
  checkpointKeyId?: { keyId: string };
}
interface AuthorityJson {
  uri: string;
  certChain: { certificates: { rawBytes: string }[] };
  validFor?: Window | null;
}
interface RootJson {
  mediaType: string;
  tlogs: LogJson[];
  ctlogs: LogJson[];
  certificateAuthorities: AuthorityJson[];
  timestampAuthorities: AuthorityJson[];
}

/** A fresh copy of the real public-good root to break. */
const publicGood = (): RootJson => JSON.parse(publicGoodText) as RootJson;

function write(root: unknown, name: string): string {
  const path = join(dir, `${name.replace(/[^\w-]+/g, '-')}.json`);
  writeFileSync(path, JSON.stringify(root));
  return path;
}

/** Every base64 key and certificate of the root: no error may quote any 16 characters of them. */
function keyMaterial(root: RootJson): string[] {
  const list = <T>(value: T[]): T[] => (Array.isArray(value) ? value : []);
  return [
    ...[...list(root.tlogs), ...list(root.ctlogs)].map((log) => log.publicKey.rawBytes),
    ...[...list(root.certificateAuthorities), ...list(root.timestampAuthorities)].flatMap((ca) => ca.certChain.certificates.map((c) => c.rawBytes)),
  ];
}

function loadError(root: RootJson, name: string): string {
  const path = write(root, name);
  const error = thrownGateError(() => loadTrustedRoot(path));
  expect(error.kind).toBe('config');
  expect(error.message).toContain(`The trusted root ${path} is not a valid Sigstore trusted root: `);
  expect(error.message).not.toMatch(/[\r\n]/);
  for (const material of [...keyMaterial(root), ...keyMaterial(publicGood())]) {
    for (let at = 0; at + 16 <= material.length; at += 8) expect(error.message).not.toContain(material.slice(at, at + 16));
  }
  return error.message;
}

const p384Spki = (): string =>
  generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const p256Spki = (): string =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const garbage = Buffer.from('not a key, not a certificate').toString('base64');
function logWindow(log: LogJson | undefined): LogJson['publicKey'] {
  if (!log) throw new Error('the root has no such log');
  return log.publicKey;
}
function entry<T>(list: T[], index: number): T {
  const found = list[index];
  if (!found) throw new Error(`no entry ${index}`);
  return found;
}

describe('the real public-good trusted root', () => {
  it.each([
    ['shipped with image-gate (assets/)', undefined],
    ['copied from sigstore-python (test/fixtures, same as ../shared/fixtures)', PUBLIC_GOOD_PATH],
  ])('%s loads whole: every entry checks out and is usable', (_name, path) => {
    const logger = recordingLogger();
    const trust = loadTrustedRoot(path, logger);
    const root = publicGood();
    expect(trust.unusable).toEqual([]);
    expect(logger.lines).toEqual([]);
    expect(trust.material.tlogs).toHaveLength(root.tlogs.length);
    expect(trust.material.ctlogs).toHaveLength(root.ctlogs.length);
    expect(trust.material.certificateAuthorities).toHaveLength(root.certificateAuthorities.length);
    expect(trust.material.timestampAuthorities).toHaveLength(root.timestampAuthorities.length);
    // Windows exactly as written: ctlogs[0] ends at .999, the current CT log has no end.
    expect(trust.material.ctlogs[0]?.validFor.end.toISOString()).toBe('2022-10-31T23:59:59.999Z');
    expect(trust.material.ctlogs[1]?.validFor.start.toISOString()).toBe('2022-10-20T00:00:00.000Z');
    expect(trust.material.ctlogs[1]?.validFor.end.getTime()).toBe(8640000000000000);
  });

  it('takes the Rekor v2 log ID as its signed-note key ID, which names the log by its origin', () => {
    // tlogs[1] is Rekor v2 (Ed25519): its logId is SHA-256("log2025-1.rekor.sigstore.dev\n", 0x01, key), not the key's hash.
    const root = publicGood();
    expect(entry(root.tlogs, 1).baseUrl).toBe('https://log2025-1.rekor.sigstore.dev');
    expect(trustContextFromJSON(root, 'root').material.tlogs).toHaveLength(2);
    entry(root.tlogs, 1).baseUrl = 'https://log2025-2.rekor.sigstore.dev';
    expect(loadError(root, 'rekor-v2-other-origin')).toContain(
      'tlogs[1] (https://log2025-2.rekor.sigstore.dev): its logId does not match its public key',
    );
  });
});

describe('a malformed entry is a config error naming the file and the entry', () => {
  const cases: [string, (root: RootJson) => void, string][] = [
    [
      'tlog key that is no key',
      (r) => (logWindow(r.tlogs[0]).rawBytes = garbage),
      'tlogs[0] (https://rekor.sigstore.dev): its public key does not parse as the ECDSA P-256 key its keyDetails declares',
    ],
    [
      'tlog key of another type than declared',
      (r) => (logWindow(r.tlogs[0]).keyDetails = 'PKIX_ECDSA_P384_SHA_384'),
      'tlogs[0] (https://rekor.sigstore.dev): its public key is not the ECDSA P-384 key its keyDetails declares',
    ],
    [
      'tlog Ed25519 key declared RSA',
      (r) => (logWindow(r.tlogs[1]).keyDetails = 'PKIX_RSA_PKCS1V15_2048_SHA256'),
      'tlogs[1] (https://log2025-1.rekor.sigstore.dev): its public key is not the RSA 2048 key its keyDetails declares',
    ],
    [
      'tlog key without keyDetails',
      (r) => delete logWindow(r.tlogs[0]).keyDetails,
      'tlogs[0] (https://rekor.sigstore.dev): its publicKey.keyDetails is missing',
    ],
    [
      'tlog logId of another key',
      (r) => (entry(r.tlogs, 0).logId = { keyId: entry(r.ctlogs, 1).logId?.keyId ?? '' }),
      'tlogs[0] (https://rekor.sigstore.dev): its logId does not match its public key',
    ],
    [
      'tlog key swapped for another P-256 key',
      (r) => (logWindow(r.tlogs[0]).rawBytes = p256Spki()),
      'tlogs[0] (https://rekor.sigstore.dev): its logId does not match its public key',
    ],
    ['tlog without logId', (r) => delete entry(r.tlogs, 0).logId, 'tlogs[0] (https://rekor.sigstore.dev): it has no logId'],
    [
      'tlog checkpointKeyId of another key',
      (r) => (entry(r.tlogs, 1).checkpointKeyId = { keyId: entry(r.tlogs, 0).logId?.keyId ?? '' }),
      'tlogs[1] (https://log2025-1.rekor.sigstore.dev): its checkpointKeyId does not match its public key',
    ],
    [
      'ctlog key that is no key',
      (r) => (logWindow(r.ctlogs[1]).rawBytes = garbage),
      'ctlogs[1] (https://ctfe.sigstore.dev/2022): its public key does not parse as the ECDSA P-256 key its keyDetails declares',
    ],
    [
      'ctlog key of another curve',
      (r) => (logWindow(r.ctlogs[1]).rawBytes = p384Spki()),
      'ctlogs[1] (https://ctfe.sigstore.dev/2022): its public key is not the ECDSA P-256 key its keyDetails declares',
    ],
    [
      'ctlog logId of another key',
      (r) => (entry(r.ctlogs, 1).logId = { keyId: entry(r.ctlogs, 0).logId?.keyId ?? '' }),
      'ctlogs[1] (https://ctfe.sigstore.dev/2022): its logId does not match its public key',
    ],
    [
      'ctlog with a signed-note ID (only Rekor v2 logs have one)',
      (r) => (entry(r.ctlogs, 1).logId = { keyId: entry(r.tlogs, 1).logId?.keyId ?? '' }),
      'ctlogs[1] (https://ctfe.sigstore.dev/2022): its logId does not match its public key',
    ],
    [
      'CA certificate that does not parse',
      (r) => (entry(entry(r.certificateAuthorities, 1).certChain.certificates, 1).rawBytes = garbage),
      'certificateAuthorities[1] (https://fulcio.sigstore.dev): certificate 1 of its certChain does not parse',
    ],
    [
      'CA certificate cut short',
      (r) => {
        const c = entry(entry(r.certificateAuthorities, 0).certChain.certificates, 0);
        c.rawBytes = c.rawBytes.slice(0, 200);
      },
      'certificateAuthorities[0] (https://fulcio.sigstore.dev): certificate 0 of its certChain does not parse',
    ],
    [
      'CA without certificates',
      (r) => (entry(r.certificateAuthorities, 0).certChain.certificates = []),
      'certificateAuthorities[0] (https://fulcio.sigstore.dev): its certChain has no certificate',
    ],
    [
      'TSA certificate that does not parse',
      (r) => (entry(entry(r.timestampAuthorities, 0).certChain.certificates, 0).rawBytes = garbage),
      'timestampAuthorities[0] (https://timestamp.sigstore.dev/api/v1/timestamp): certificate 0 of its certChain does not parse',
    ],
    [
      'tlog window ending before it starts',
      (r) => (logWindow(r.tlogs[0]).validFor = { start: '2021-01-12T11:53:27Z', end: '2021-01-12T11:53:26.999Z' }),
      'tlogs[0] (https://rekor.sigstore.dev): its validity ends (2021-01-12T11:53:26.999Z) before it starts (2021-01-12T11:53:27.000Z)',
    ],
    [
      'ctlog window ending before it starts',
      (r) => (logWindow(r.ctlogs[0]).validFor = { start: '2022-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' }),
      'ctlogs[0] (https://ctfe.sigstore.dev/test): its validity ends',
    ],
    [
      'CA window ending before it starts',
      (r) => (entry(r.certificateAuthorities, 1).validFor = { start: '2022-04-13T20:06:15Z', end: '2022-04-13T20:06:14Z' }),
      'certificateAuthorities[1] (https://fulcio.sigstore.dev): its validity ends',
    ],
    [
      'TSA window ending before it starts',
      (r) => (entry(r.timestampAuthorities, 0).validFor = { start: '2025-07-04T00:00:00Z', end: '2025-07-03T00:00:00+01:00' }),
      'timestampAuthorities[0] (https://timestamp.sigstore.dev/api/v1/timestamp): its validity ends (2025-07-02T23:00:00.000Z)',
    ],
    [
      'start that is not a time',
      (r) => (entry(r.certificateAuthorities, 1).validFor = { start: 'yesterday' }),
      'certificateAuthorities[1] (https://fulcio.sigstore.dev): its validFor.start is not an RFC 3339 time',
    ],
    [
      'start on a day that does not exist',
      (r) => (logWindow(r.tlogs[0]).validFor = { start: '2021-02-30T00:00:00Z' }),
      'tlogs[0] (https://rekor.sigstore.dev): its validFor.start is not an RFC 3339 time',
    ],
    [
      'end that is a number',
      (r) => (entry(r.timestampAuthorities, 0).validFor = { start: '2025-07-04T00:00:00Z', end: 1767225600 }),
      'timestampAuthorities[0] (https://timestamp.sigstore.dev/api/v1/timestamp): its validFor.end is not an RFC 3339 time',
    ],
    [
      'validFor that is not an object',
      (r) => (logWindow(r.ctlogs[1]).validFor = '2022-10-20T00:00:00Z' as unknown as Window),
      'ctlogs[1] (https://ctfe.sigstore.dev/2022): its validFor is not an object',
    ],
    ['ctlogs that is not a list', (r) => ((r as unknown as Record<string, unknown>).ctlogs = { 0: r.ctlogs[0] }), 'ctlogs is not a list'],
  ];

  it.each(cases)('%s', (name, breakIt, expected) => {
    const root = publicGood();
    breakIt(root);
    expect(loadError(root, name)).toContain(expected);
  });

  it('premise: @sigstore/verify builds trust material from such roots without a word', () => {
    const lenient = [
      'tlog logId of another key',
      'tlog key swapped for another P-256 key',
      'ctlog logId of another key',
      'tlog window ending before it starts',
      'CA window ending before it starts',
    ];
    const chosen = cases.filter(([name]) => lenient.includes(name));
    expect(chosen).toHaveLength(lenient.length);
    for (const [, breakIt] of chosen) {
      const root = publicGood();
      breakIt(root);
      expect(() => toTrustMaterial(TrustedRoot.fromJSON(root))).not.toThrow();
    }
  });

  it('names the entry by its index alone when its URL carries credentials or is not a plain URL', () => {
    const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    for (const baseUrl of [`https://octocat:${token}@rekor.example`, `https://rekor.example/?token=${token}`, `rekor\n::error::${token}`]) {
      const root = publicGood();
      entry(root.tlogs, 0).baseUrl = baseUrl;
      logWindow(root.tlogs[0]).rawBytes = garbage;
      const message = loadError(root, 'credentials-in-url');
      expect(message).toContain('tlogs[0]: its public key does not parse');
      expect(message).not.toContain(token.slice(4, 20));
      expect(message).not.toContain('octocat');
    }
  });
});

describe('an entry without a validity start is not an authority', () => {
  const kinds: [string, (root: RootJson, window: Window | null | undefined) => void, string][] = [
    ['tlogs', (r, w) => (logWindow(r.tlogs[0]).validFor = w), 'tlogs[0] (https://rekor.sigstore.dev)'],
    ['ctlogs', (r, w) => (logWindow(r.ctlogs[1]).validFor = w), 'ctlogs[1] (https://ctfe.sigstore.dev/2022)'],
    [
      'certificateAuthorities',
      (r, w) => (entry(r.certificateAuthorities, 1).validFor = w),
      'certificateAuthorities[1] (https://fulcio.sigstore.dev)',
    ],
    [
      'timestampAuthorities',
      (r, w) => (entry(r.timestampAuthorities, 0).validFor = w),
      'timestampAuthorities[0] (https://timestamp.sigstore.dev/api/v1/timestamp)',
    ],
  ];
  const noStarts: [string, Window | null | undefined][] = [
    ['no validFor', undefined],
    ['validFor null', null],
    ['validFor {}', {}],
    ['an end but no start', { end: '2099-01-01T00:00:00Z' }],
    ['start null', { start: null }],
  ];

  for (const [kind, setWindow, name] of kinds) {
    it.each(noStarts)(`${kind}: %s — left out with a warning naming it, the rest still loads`, (_how, window) => {
      const root = publicGood();
      setWindow(root, window);
      const logger = recordingLogger();
      const trust = trustContextFromJSON(root, 'trusted root x.json', logger);
      const line = `${name} has no validity start (validFor.start), so it is not used`;
      expect(trust.unusable).toEqual([line]);
      expect(logger.lines).toEqual([{ level: 'warning', message: `The trusted root x.json: ${line}` }]);
      expect(trust.material[kind as 'tlogs']).toHaveLength((root[kind as 'tlogs'] as unknown[]).length - 1);
    });
  }

  it('a root left with no usable certificate authority and no usable transparency log is a config error naming the file', () => {
    const root = publicGood();
    for (const log of root.tlogs) delete log.publicKey.validFor;
    for (const ca of root.certificateAuthorities) ca.validFor = {};
    const message = loadError(root, 'nothing-usable');
    expect(message).toContain('none of its certificate authorities and transparency logs is usable');
    expect(message).toContain('tlogs[1] (https://log2025-1.rekor.sigstore.dev) has no validity start');
  });

  it('a log with a key type image-gate cannot verify with is left out, not trusted blindly', () => {
    const root = publicGood();
    const lms = {
      ...entry(root.tlogs, 0),
      baseUrl: 'https://lms.example',
      publicKey: { rawBytes: garbage, keyDetails: 'LMS_SHA256', validFor: { start: '2025-01-01T00:00:00Z' } },
    };
    root.tlogs.push(lms);
    const trust = trustContextFromJSON(root, 'root');
    expect(trust.unusable).toEqual(['tlogs[2] (https://lms.example) has a LMS_SHA256 key, which image-gate cannot verify with, so it is not used']);
    expect(trust.material.tlogs).toHaveLength(2);
  });
});

describe('windows are exact to the millisecond', () => {
  it.each([
    ['a start inside a millisecond begins at the next one', { start: '2021-01-12T11:53:27.0000001Z' }, '2021-01-12T11:53:27.001Z', undefined],
    ['a start on a millisecond stays', { start: '2021-01-12T11:53:27.123000000Z' }, '2021-01-12T11:53:27.123Z', undefined],
    [
      'an end inside a millisecond still covers it',
      { start: '2021-01-12T11:53:27Z', end: '2030-01-01T00:00:00.999999999Z' },
      '2021-01-12T11:53:27.000Z',
      '2030-01-01T00:00:00.999Z',
    ],
    [
      'an offset is honoured',
      { start: '2021-01-12T12:53:27+01:00', end: '2030-01-01T00:00:00-02:30' },
      '2021-01-12T11:53:27.000Z',
      '2030-01-01T02:30:00.000Z',
    ],
  ])('%s', (_name, validFor, start, end) => {
    const root = publicGood();
    logWindow(root.tlogs[0]).validFor = validFor;
    const log = trustContextFromJSON(root, 'root').material.tlogs[0];
    expect(log?.validFor.start.toISOString()).toBe(start);
    expect(log?.validFor.end.getTime()).toBe(end === undefined ? 8640000000000000 : Date.parse(end));
  });
});
