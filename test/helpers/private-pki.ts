/**
 * A private PKI for tests: roots, intermediates and code-signing leaves made in the test (RSA 2048/4096,
 * ECDSA P-256/P-384/P-521, Ed25519), with @peculiar/x509 (the certificate library @sigstore/mock builds Fulcio's with), and
 * Sigstore bundles signed by such a leaf. Embedded SCTs come from a CT log of @sigstore/mock.
 *
 *   const root = await createRoot('p384');
 *   const ca = await issueCa(root, 'rsa2048');
 *   const leaf = await issueLeaf(ca, 'p256', { sans: [{ type: 'email', value: 'release@acme.test' }] });
 *   const bundle = messageBundle(leaf, payload, [ca, root]);
 */
// @peculiar/x509 resolves its services through tsyringe, which needs the metadata polyfill loaded first.
import 'reflect-metadata';
import { createHash, generateKeyPairSync, KeyObject, sign as cryptoSign, webcrypto } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { GeneralName as AsnGeneralName, GeneralSubtree, GeneralSubtrees, NameConstraints } from '@peculiar/asn1-x509';
import * as x509 from '@peculiar/x509';
import { initializeCTLog, initializeTLog } from '@sigstore/mock';
import * as asn1js from 'asn1js';

x509.cryptoProvider.set(globalThis.crypto);
/** Tests take the library from here, so the polyfill above is loaded before it. */
export { x509 };

type CryptoKeyPair = webcrypto.CryptoKeyPair;
type CryptoKey = webcrypto.CryptoKey;
type CTLog = Awaited<ReturnType<typeof initializeCTLog>>;
type TLog = Awaited<ReturnType<typeof initializeTLog>>;

export type KeyKind = 'rsa1024' | 'rsa2048' | 'rsa4096' | 'p256' | 'p384' | 'p521' | 'rsa-pss' | 'ed25519';

export interface Issued {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
  der: Buffer;
  pem: string;
  /** The private key as Node sees it, for signing payloads. */
  privateKey: KeyObject;
  kind: KeyKind;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_SCT_LIST = '1.3.6.1.4.1.11129.2.4.2';
const OID_NAME_CONSTRAINTS = '2.5.29.30';

function keyAlgorithm(kind: KeyKind): webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams | webcrypto.Algorithm {
  const rsa = (name: string, modulusLength: number): webcrypto.RsaHashedKeyGenParams => ({
    name,
    modulusLength,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  });
  switch (kind) {
    case 'rsa1024':
      return rsa('RSASSA-PKCS1-v1_5', 1024);
    case 'rsa2048':
      return rsa('RSASSA-PKCS1-v1_5', 2048);
    case 'rsa4096':
      return rsa('RSASSA-PKCS1-v1_5', 4096);
    case 'rsa-pss':
      return rsa('RSA-PSS', 2048);
    case 'p256':
      return { name: 'ECDSA', namedCurve: 'P-256' };
    case 'p384':
      return { name: 'ECDSA', namedCurve: 'P-384' };
    case 'p521':
      return { name: 'ECDSA', namedCurve: 'P-521' };
    case 'ed25519':
      return { name: 'Ed25519' };
  }
}

/** How a certificate is signed with a key of this kind: SHA-256 for RSA and P-256, SHA-384 for P-384, SHA-512 for P-521. */
function signingAlgorithm(kind: KeyKind): webcrypto.Algorithm | webcrypto.EcdsaParams | webcrypto.RsaPssParams {
  if (kind === 'p384') return { name: 'ECDSA', hash: 'SHA-384' };
  if (kind === 'p521') return { name: 'ECDSA', hash: 'SHA-512' };
  if (kind === 'p256') return { name: 'ECDSA', hash: 'SHA-256' };
  if (kind === 'rsa-pss') return { name: 'RSA-PSS', saltLength: 32 };
  if (kind === 'ed25519') return { name: 'Ed25519' };
  return { name: 'RSASSA-PKCS1-v1_5' };
}

async function generate(kind: KeyKind): Promise<CryptoKeyPair> {
  const generated = await webcrypto.subtle.generateKey(keyAlgorithm(kind), true, ['sign', 'verify']);
  if (!('privateKey' in generated)) throw new Error(`${kind} generated a secret key, not a key pair`);
  return generated;
}

function finish(cert: x509.X509Certificate, keys: CryptoKeyPair, kind: KeyKind): Issued {
  const privateKey = KeyObject.from(keys.privateKey);
  return { cert, keys, der: Buffer.from(cert.rawData), pem: cert.toString('pem'), privateKey, kind };
}

export interface CaOptions {
  name?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** basicConstraints pathLenConstraint. */
  pathLength?: number;
  /** Leave out basicConstraints' CA flag (a leaf posing as a CA). */
  notCa?: boolean;
  /** Extended key usages the CA certificate lists (none by default, which allows any). */
  extendedKeyUsages?: string[];
  /** Name constraints: permitted / excluded DNS names, e-mail domains, URI hosts. */
  nameConstraints?: { permitted?: ConstraintName[]; excluded?: ConstraintName[] };
  /** Extra extensions, e.g. an unknown critical one. */
  extensions?: x509.Extension[];
}

export type ConstraintName = { dns: string } | { email: string } | { uri: string };

export async function createRoot(kind: KeyKind, options: CaOptions = {}): Promise<Issued> {
  const keys = await generate(kind);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${options.name ?? `Test Root ${kind}`}, O=image-gate tests`,
    keys,
    notBefore: options.notBefore ?? new Date(Date.now() - DAY_MS),
    notAfter: options.notAfter ?? new Date(Date.now() + 365 * DAY_MS),
    signingAlgorithm: signingAlgorithm(kind),
    extensions: await caExtensions(keys.publicKey, keys.publicKey, options),
  });
  return finish(cert, keys, kind);
}

export async function issueCa(issuer: Issued, kind: KeyKind, options: CaOptions = {}): Promise<Issued> {
  const keys = await generate(kind);
  const cert = await x509.X509CertificateGenerator.create({
    subject: `CN=${options.name ?? `Test Intermediate ${kind}`}, O=image-gate tests`,
    issuer: issuer.cert.subject,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    notBefore: options.notBefore ?? new Date(Date.now() - DAY_MS),
    notAfter: options.notAfter ?? new Date(Date.now() + 180 * DAY_MS),
    signingAlgorithm: signingAlgorithm(issuer.kind),
    extensions: await caExtensions(keys.publicKey, issuer.keys.publicKey, options),
  });
  return finish(cert, keys, kind);
}

async function caExtensions(publicKey: CryptoKey, issuerKey: CryptoKey, options: CaOptions): Promise<x509.Extension[]> {
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(options.notCa !== true, options.pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(issuerKey),
  ];
  if (options.extendedKeyUsages) extensions.push(new x509.ExtendedKeyUsageExtension(options.extendedKeyUsages));
  if (options.nameConstraints) extensions.push(nameConstraintsExtension(options.nameConstraints));
  return [...extensions, ...(options.extensions ?? [])];
}

function nameConstraintsExtension(constraints: NonNullable<CaOptions['nameConstraints']>): x509.Extension {
  const subtrees = (names: ConstraintName[] | undefined) =>
    names === undefined
      ? undefined
      : new GeneralSubtrees(
          names.map(
            (name) =>
              new GeneralSubtree({
                base: new AsnGeneralName(
                  'dns' in name ? { dNSName: name.dns } : 'email' in name ? { rfc822Name: name.email } : { uniformResourceIdentifier: name.uri },
                ),
              }),
          ),
        );
  const permittedSubtrees = subtrees(constraints.permitted);
  const excludedSubtrees = subtrees(constraints.excluded);
  const value = AsnConvert.serialize(
    new NameConstraints({ ...(permittedSubtrees && { permittedSubtrees }), ...(excludedSubtrees && { excludedSubtrees }) }),
  );
  return new x509.Extension(OID_NAME_CONSTRAINTS, true, value);
}

export interface LeafOptions {
  sans?: x509.JsonGeneralName[];
  notBefore?: Date;
  notAfter?: Date;
  /** Extended key usages; default code signing. An empty list leaves the extension out. */
  extendedKeyUsages?: string[];
  /** Key usage flags; default digital signature. */
  keyUsage?: x509.KeyUsageFlags;
  /** The Fulcio OIDC issuer extension (1.3.6.1.4.1.57264.1.8), when a private CA writes one. */
  fulcioIssuer?: string;
  /** Embed an SCT from this CT log (as Fulcio does). */
  ctLog?: CTLog;
  extensions?: x509.Extension[];
}

export async function issueLeaf(issuer: Issued, kind: KeyKind, options: LeafOptions = {}): Promise<Issued> {
  const keys = await generate(kind);
  const usages = options.extendedKeyUsages ?? [x509.ExtendedKeyUsage.codeSigning];
  const extensions: x509.Extension[] = [
    new x509.KeyUsagesExtension(options.keyUsage ?? x509.KeyUsageFlags.digitalSignature, true),
    ...(usages.length > 0 ? [new x509.ExtendedKeyUsageExtension(usages)] : []),
    new x509.SubjectAlternativeNameExtension(options.sans ?? [{ type: 'email', value: 'release@acme.test' }], true),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
    ...(options.fulcioIssuer === undefined
      ? []
      : [new x509.Extension(OID_FULCIO_ISSUER_V2, false, new asn1js.Utf8String({ value: options.fulcioIssuer }).toBER(false))]),
    ...(options.extensions ?? []),
  ];
  const params = {
    subject: '',
    issuer: issuer.cert.subject,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    notBefore: options.notBefore ?? new Date(Date.now() - 60_000),
    notAfter: options.notAfter ?? new Date(Date.now() + DAY_MS),
    signingAlgorithm: signingAlgorithm(issuer.kind),
    serialNumber: createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 16),
    extensions,
  };
  if (options.ctLog) {
    // As Fulcio: the precertificate goes to the CT log, whose SCT is then embedded in the certificate.
    const preCert = await x509.X509CertificateGenerator.create(params);
    const issuerSpki = await webcrypto.subtle.exportKey('spki', issuer.keys.publicKey);
    const sct = await options.ctLog.log(preCert.rawData, await webcrypto.subtle.digest('SHA-256', issuerSpki));
    const list = Buffer.concat([Buffer.from([0x00, sct.byteLength]), Buffer.from(sct)]);
    params.extensions = [...extensions, new x509.Extension(OID_SCT_LIST, false, new asn1js.OctetString({ valueHex: list }).toBER(false))];
  }
  const cert = await x509.X509CertificateGenerator.create(params);
  return finish(cert, keys, kind);
}

/** The PEM of several certificates, one after the other (a roots or intermediates file, a chain). */
export function pemOf(...certs: Issued[]): string {
  return certs.map((cert) => cert.pem).join('\n');
}

/** Signs like cosign does with a certificate's key: SHA-256 for RSA (PKCS#1 v1.5), P-256 and P-521 (cosign's default hash), SHA-384 for P-384, pure Ed25519. */
export function signWith(leaf: Issued, data: Buffer): Buffer {
  if (leaf.kind === 'ed25519') return cryptoSign(null, data, leaf.privateKey);
  return cryptoSign(leaf.kind === 'p384' ? 'sha384' : 'sha256', data, leaf.privateKey);
}

/**
 * A message-signature bundle (v0.1 shape, as image-gate makes of a cosign layer) signed by `leaf`, carrying
 * `chain` after the leaf; no log entry and no timestamp unless given.
 */
export function messageBundle(
  leaf: Issued,
  payload: Buffer,
  chain: Issued[] = [],
  extra: { tlogEntries?: unknown[]; timestampVerificationData?: unknown } = {},
): Record<string, unknown> {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      x509CertificateChain: { certificates: [leaf, ...chain].map((cert) => ({ rawBytes: cert.der.toString('base64') })) },
      tlogEntries: extra.tlogEntries ?? [],
      ...(extra.timestampVerificationData !== undefined && { timestampVerificationData: extra.timestampVerificationData }),
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
      signature: signWith(leaf, payload).toString('base64'),
    },
  };
}

/** A legacy cosign `.sig` layer signed by `leaf`: payload plus the certificate and chain annotations. */
export function cosignLayer(
  leaf: Issued,
  payload: Buffer,
  chain: Issued[] = [],
): { payload: Buffer; mediaType: string; annotations: Record<string, string> } {
  return {
    payload,
    mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
    annotations: {
      'dev.cosignproject.cosign/signature': signWith(leaf, payload).toString('base64'),
      'dev.sigstore.cosign/certificate': leaf.pem,
      ...(chain.length > 0 && { 'dev.sigstore.cosign/chain': pemOf(...chain) }),
    },
  };
}

/**
 * A CT log and a Rekor v1 log of @sigstore/mock, and the trusted root (no CAs: those are private) that trusts
 * them. `rekorAnnotation` logs a signature and returns cosign's `dev.sigstore.cosign/bundle` annotation for it.
 */
export interface PrivateLogs {
  ctLog: CTLog;
  trustedRoot: Record<string, unknown>;
  /** Logs a hashedrekord entry for a signature over `payload` by `leaf`, at the log's clock. */
  rekorAnnotation(leaf: Issued, payload: Buffer, signatureBase64: string): Promise<string>;
  /** The same entry as a bundle's tlog entry (v0.1: with its inclusion promise). */
  tlogEntry(leaf: Issued, payload: Buffer, signatureBase64: string): Promise<Record<string, unknown>>;
}

export async function createPrivateLogs(options: { clock?: Date } = {}): Promise<PrivateLogs> {
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ctLog = await initializeCTLog(keyPair);
  const tlog: TLog = await initializeTLog('https://rekor.private-pki.test', keyPair, options.clock);
  const start = new Date(Date.now() - 365 * DAY_MS).toISOString();
  const key = (raw: Buffer) => ({ rawBytes: raw.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.private-pki.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: key(tlog.publicKey),
        logId: { keyId: sha256(tlog.publicKey).toString('base64') },
      },
    ],
    certificateAuthorities: [],
    ctlogs: [
      {
        baseUrl: 'https://ct.private-pki.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: key(ctLog.publicKey),
        logId: { keyId: Buffer.from(ctLog.logID.buffer, ctLog.logID.byteOffset, ctLog.logID.byteLength).toString('base64') },
      },
    ],
    timestampAuthorities: [],
  };
  const logEntry = async (leaf: Issued, payload: Buffer, signatureBase64: string) => {
    const proposed = {
      apiVersion: '0.0.1',
      kind: 'hashedrekord',
      spec: {
        data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') } },
        signature: { content: signatureBase64, publicKey: { content: Buffer.from(leaf.pem).toString('base64') } },
      },
    };
    const answer = (await tlog.log(proposed)) as Record<string, MockLogEntry>;
    const entry = Object.values(answer)[0];
    if (entry === undefined) throw new Error('the mock log gave no entry');
    return entry;
  };
  return {
    ctLog,
    trustedRoot,
    async rekorAnnotation(leaf, payload, signatureBase64) {
      const entry = await logEntry(leaf, payload, signatureBase64);
      return JSON.stringify({
        SignedEntryTimestamp: entry.verification.signedEntryTimestamp,
        Payload: { body: entry.body, integratedTime: entry.integratedTime, logIndex: entry.logIndex, logID: entry.logID },
      });
    },
    async tlogEntry(leaf, payload, signatureBase64) {
      const entry = await logEntry(leaf, payload, signatureBase64);
      return {
        logIndex: String(entry.logIndex),
        logId: { keyId: Buffer.from(entry.logID, 'hex').toString('base64') },
        kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
        integratedTime: String(entry.integratedTime),
        inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
        canonicalizedBody: entry.body,
      };
    },
  };
}

/** What the mock Rekor v1 answers for one entry. */
interface MockLogEntry {
  body: string;
  integratedTime: number;
  logIndex: number;
  logID: string;
  verification: { signedEntryTimestamp: string };
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** A DSSE bundle (v0.1 shape) over an in-toto statement, signed by `leaf` over DSSE's pre-authentication encoding. */
export function dsseBundle(leaf: Issued, statement: Buffer, chain: Issued[] = []): Record<string, unknown> {
  const payloadType = 'application/vnd.in-toto+json';
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${statement.length} `), statement]);
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      x509CertificateChain: { certificates: [leaf, ...chain].map((cert) => ({ rawBytes: cert.der.toString('base64') })) },
      tlogEntries: [],
    },
    dsseEnvelope: { payload: statement.toString('base64'), payloadType, signatures: [{ sig: signWith(leaf, pae).toString('base64'), keyid: '' }] },
  };
}
