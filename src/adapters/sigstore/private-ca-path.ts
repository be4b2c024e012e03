/**
 * Certification paths from a signing certificate to a private CA's roots, checked the way cosign's Go
 * verifier checks them (crypto/x509 with the code-signing usage), and where the Sigstore specification asks
 * more, as it asks: the leaf must name code signing itself. @sigstore/verify's own chain check is not used
 * here: it treats every certificate of a CA entry as an anchor and checks no key usage.
 *
 * Only the roots are anchors; intermediates (the CA's, or those the signature brought) can only link a path.
 */
import { createPublicKey, X509Certificate as NodeX509Certificate, type KeyObject } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import { nameConstraintsProblem, type GeneralName } from './private-ca-names.js';

/** One certificate, parsed once for both readers: @sigstore/core for its fields, Node (OpenSSL) for signatures. */
export interface Certificate {
  der: Buffer;
  fields: X509Certificate;
  openssl: NodeX509Certificate;
  key: KeyObject;
  /** The subject, for messages. */
  name: string;
}

const OID = {
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  nameConstraints: '2.5.29.30',
  certificatePolicies: '2.5.29.32',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  anyExtendedKeyUsage: '2.5.29.37.0',
} as const;

/** Extensions whose meaning is checked here (or, for policies, that mean nothing without the three below). */
const UNDERSTOOD = new Set<string>([
  OID.keyUsage,
  OID.subjectAltName,
  OID.basicConstraints,
  OID.nameConstraints,
  OID.certificatePolicies,
  OID.extKeyUsage,
  OID.subjectKeyId,
  OID.authorityKeyId,
]);
/** Policy mappings, policy constraints, inhibit anyPolicy: Go validates policies with them; we refuse rather than guess. */
const POLICY_CONTROLS = new Set(['2.5.29.33', '2.5.29.36', '2.5.29.54']);

/** Certificate signature algorithms Go accepts (no SHA-1, no MD5), by OID: the hash each signs with. */
const SIGNATURE_ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.10045.4.3.2': 'ECDSA with SHA-256',
  '1.2.840.10045.4.3.3': 'ECDSA with SHA-384',
  '1.2.840.10045.4.3.4': 'ECDSA with SHA-512',
  '1.2.840.113549.1.1.11': 'RSA with SHA-256',
  '1.2.840.113549.1.1.12': 'RSA with SHA-384',
  '1.2.840.113549.1.1.13': 'RSA with SHA-512',
  '1.3.101.112': 'Ed25519',
};
const RSA_PSS = '1.2.840.113549.1.1.10';
const SHA2_HASHES = new Set(['2.16.840.1.101.3.4.2.1', '2.16.840.1.101.3.4.2.2', '2.16.840.1.101.3.4.2.3']);

/**
 * Longest path (leaf included), most paths kept, and most signatures checked while looking: a private PKI is a
 * few levels deep, and certificates a signature brings must not make the search explode (cross-signed loops).
 */
const MAX_PATH_LENGTH = 8;
const MAX_PATHS = 8;
const MAX_SIGNATURE_CHECKS = 64;

/** Parses one DER certificate; throws an Error saying why it cannot be used. */
export function parseCertificate(der: Buffer): Certificate {
  const fields = X509Certificate.parse(Buffer.from(der));
  const openssl = new NodeX509Certificate(der);
  const key = createPublicKey({ key: fields.publicKey, format: 'der', type: 'spki' });
  // Read what the checks read, so a certificate that half-parses fails here.
  if (Number.isNaN(fields.notBefore.getTime()) || Number.isNaN(fields.notAfter.getTime())) throw new Error('its validity cannot be read');
  const subject = (openssl.subject as string | undefined) ?? '';
  return { der, fields, openssl, key, name: subject.replaceAll('\n', ', ') || '(no subject)' };
}

/** Every certificate in PEM text (other blocks are ignored, as Go's PEM reader does), parsed. */
export function parsePemCertificates(pem: string): Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => parseCertificate(new NodeX509Certificate(block).raw));
}

/**
 * Every path (at most MAX_PATHS) from `leaf` up to one of `roots`, each certificate signed by the next:
 * [leaf, intermediates…, root]. `problem` says why there is none.
 */
export function buildPaths(
  leaf: Certificate,
  roots: readonly Certificate[],
  intermediates: readonly Certificate[],
): { paths: Certificate[][]; problem?: string } {
  const paths: Certificate[][] = [];
  const candidates = [...roots, ...intermediates];
  const isRoot = (cert: Certificate): boolean => roots.some((root) => root.der.equals(cert.der));
  let deepest = 'its issuer is not among the roots and intermediates given';
  let checks = 0;
  const extend = (path: Certificate[]): void => {
    const child = path[path.length - 1];
    if (child === undefined || paths.length >= MAX_PATHS) return;
    for (const issuer of candidates) {
      if (path.some((cert) => cert.der.equals(issuer.der)) || !issuer.fields.subject.equals(child.fields.issuer)) continue;
      if (++checks > MAX_SIGNATURE_CHECKS) {
        deepest = `more than ${MAX_SIGNATURE_CHECKS} candidate issuers were tried`;
        return;
      }
      const problem = signatureProblem(child, issuer);
      if (problem !== undefined) {
        deepest = problem;
        continue;
      }
      if (isRoot(issuer)) paths.push([...path, issuer]);
      else if (path.length + 1 < MAX_PATH_LENGTH) extend([...path, issuer]);
      else deepest = `the path is longer than ${MAX_PATH_LENGTH} certificates`;
    }
  };
  extend([leaf]);
  return paths.length > 0 ? { paths } : { paths, problem: deepest };
}

/** Why `issuer` did not sign `child` with an algorithm we accept, or undefined when it did. */
function signatureProblem(child: Certificate, issuer: Certificate): string | undefined {
  const childKeyId = child.fields.extAuthorityKeyID?.keyIdentifier;
  const issuerKeyId = issuer.fields.extSubjectKeyID?.keyIdentifier;
  if (childKeyId !== undefined && issuerKeyId !== undefined && !childKeyId.equals(issuerKeyId))
    return `the authority key identifier of ${child.name} is not the key identifier of ${issuer.name}`;
  const algorithm = signatureAlgorithm(child);
  if ('problem' in algorithm) return `${child.name} ${algorithm.problem}`;
  const keyProblem = publicKeyProblem(issuer.key);
  if (keyProblem !== undefined) return `${issuer.name} has ${keyProblem}`;
  return child.openssl.verify(issuer.key) ? undefined : `${child.name} is not signed by ${issuer.name}`;
}

function signatureAlgorithm(cert: Certificate): { name: string } | { problem: string } {
  const [tbs, outer] = [cert.fields.tbsCertificate, cert.fields.root.subs[1]];
  const inner = tbs.subs.find((sub, index) => index <= 2 && sub.tag.number === 0x10 && !sub.tag.isContextSpecific());
  if (outer === undefined || inner === undefined || !outer.toDER().equals(inner.toDER()))
    return { problem: 'names two different signature algorithms' };
  const oid = outer.subs[0]?.toOID() ?? '';
  const known = SIGNATURE_ALGORITHMS[oid];
  if (known !== undefined) return { name: known };
  if (oid === RSA_PSS) {
    // RSASSA-PSS-params: [0] hashAlgorithm, absent meaning SHA-1.
    const hash = outer.subs[1]?.subs.find((sub) => sub.tag.isContextSpecific(0))?.subs[0]?.subs[0]?.toOID();
    if (hash !== undefined && SHA2_HASHES.has(hash)) return { name: 'RSA-PSS' };
    return { problem: 'is signed with RSA-PSS over a hash other than SHA-256/384/512' };
  }
  return { problem: `is signed with an algorithm image-gate does not accept (OID ${oid}; SHA-1 and MD5 are refused)` };
}

/** Keys the Sigstore algorithm registry (and Go) accept for signing certificates. */
export function publicKeyProblem(key: KeyObject): string | undefined {
  const type = key.asymmetricKeyType;
  if (type === 'ed25519') return undefined;
  if (type === 'rsa' || type === 'rsa-pss') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    return bits >= 2048 ? undefined : `an RSA key of ${bits} bits (at least 2048 are needed)`;
  }
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve === 'prime256v1' || curve === 'secp384r1' || curve === 'secp521r1' ? undefined : `an EC key on ${curve ?? 'an unknown curve'}`;
  }
  return `a ${type ?? 'key of unknown type'} key`;
}

/**
 * Why the path cannot vouch for a code-signing leaf, or undefined. Time plays no part (see problemAt).
 * `leafNames`: the leaf's subject alternative names, for name constraints.
 */
export function pathProblem(path: readonly Certificate[], leafNames: readonly GeneralName[]): string | undefined {
  const [leaf, ...issuers] = path;
  if (leaf === undefined) return 'the path is empty';
  for (const cert of path) {
    const problem = extensionsProblem(cert);
    if (problem !== undefined) return `${cert.name} ${problem}`;
  }
  const leafKey = publicKeyProblem(leaf.key);
  if (leafKey !== undefined) return `the signing certificate has ${leafKey}`;
  const usages = extendedKeyUsages(leaf);
  if (usages?.includes(OID.codeSigning) !== true) return 'the signing certificate does not name code signing among its extended key usages';
  if (leaf.fields.extKeyUsage !== undefined && !leaf.fields.extKeyUsage.digitalSignature)
    return "the signing certificate's key usage does not allow digital signatures";
  for (const [index, ca] of issuers.entries()) {
    if (ca.fields.extBasicConstraints?.isCA !== true) return `${ca.name} is not a CA (basic constraints)`;
    if (ca.fields.extKeyUsage !== undefined && !ca.fields.extKeyUsage.keyCertSign)
      return `${ca.name}'s key usage does not allow signing certificates`;
    const pathLength = ca.fields.extBasicConstraints.pathLenConstraint;
    if (pathLength !== undefined && pathLength < BigInt(index))
      return `${ca.name} allows ${pathLength} intermediate CA(s) below it, and the path has ${index}`;
    // Go's nesting rule: a CA that lists extended key usages must list code signing (or any) for this leaf.
    const caUsages = extendedKeyUsages(ca);
    if (caUsages !== undefined && !caUsages.includes(OID.codeSigning) && !caUsages.includes(OID.anyExtendedKeyUsage)) {
      return `${ca.name} is not allowed to issue code-signing certificates (its extended key usages)`;
    }
    const names = nameConstraintsProblem(ca.fields, leafNames);
    if (names !== undefined) return `${ca.name}: ${names}`;
  }
  return undefined;
}

function extensionsProblem(cert: Certificate): string | undefined {
  for (const ext of cert.fields.extensions) {
    const oid = ext.subs[0]?.toOID() ?? '';
    if (POLICY_CONTROLS.has(oid)) return `carries a certificate policy control (OID ${oid}), which image-gate does not evaluate`;
    const critical = ext.subs.length === 3 && ext.subs[1]?.toBoolean() === true;
    if (critical && !UNDERSTOOD.has(oid)) return `carries a critical extension image-gate does not understand (OID ${oid})`;
  }
  return undefined;
}

function extendedKeyUsages(cert: Certificate): string[] | undefined {
  const ext = cert.fields.extension(OID.extKeyUsage);
  return ext?.valueObj.subs[0]?.subs.map((oid) => oid.toOID());
}

/** The first certificate of the path not valid at `date`, described; undefined when all are. */
export function problemAt(path: readonly Certificate[], date: Date): string | undefined {
  const invalid = path.find((cert) => !cert.fields.validForDate(date));
  if (invalid === undefined) return undefined;
  const which = invalid === path[0] ? 'the signing certificate' : `the CA certificate ${invalid.name}`;
  return `${which} is valid from ${invalid.fields.notBefore.toISOString()} to ${invalid.fields.notAfter.toISOString()}, not at ${date.toISOString()}`;
}
