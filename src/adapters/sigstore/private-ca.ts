/**
 * Keyless signatures whose certificate comes from a private CA, as cosign verifies them with --ca-roots,
 * --ca-intermediates or --certificate-chain: the leaf must chain to one of the given roots (through the given
 * intermediates, or else through those the signature carries, never anchored by them), name code signing, be
 * valid when it signed, carry an SCT from a CT log of the trusted root unless the CA is trusted without one,
 * and the signature must be in the transparency log unless the CA is trusted without it. Identity and issuer
 * checks apply as for Fulcio certificates, the identity matched against every subject alternative name.
 *
 * When it signed: each time a trusted timestamp or log entry proves. With the log not required and no
 * timestamp, nothing proves a time, and the certificate must be valid now (cosign does the same).
 */
import type { Bundle } from '@sigstore/bundle';
import { ByteStream, crypto as sigstoreCrypto, EXTENSION_OID_SCT, X509SCTExtension, type X509Certificate } from '@sigstore/core';
import { Verifier, type SignedEntity, type TrustMaterial } from '@sigstore/verify';
import { configError, errorMessage } from '../../core/model/errors.js';
import type { CertificateAuthorityRule, IdentityRule, SignerIdentity, TransparencyLogCheck } from '../../core/model/signatures.js';
import { identityFromCertificate } from './certificate-identity.js';
import { matchIdentity } from './identity-match.js';
import { withCertificateKeySignature } from './key-signature.js';
import { identityNames, NameError, subjectAltNames, type GeneralName } from './private-ca-names.js';
import { signedDigestAlgorithm } from './prehash-entity.js';
import { buildPaths, parseCertificate, parsePemCertificates, pathProblem, problemAt, type Certificate } from './private-ca-path.js';
import { reject, RejectionError, toRejection, type EntityFacts, type Rejection } from './rejection.js';
import { requireEntriesRecordSigner } from './tlog-signer.js';
import { materialFor } from './tlog-window.js';
import type { TrustContext } from './trusted-root.js';

export interface PrivateCaInput {
  bundle: Bundle;
  entity: SignedEntity;
  /** The bytes the signature covers (the artifact, or DSSE's pre-authentication encoding). */
  data: Buffer | undefined;
  /** The entity's own signature check already covers what was signed (a message signature checked from its digest). */
  signatureCheckedByEntity?: boolean;
  facts: EntityFacts;
}

export interface PrivateCaRules {
  identities: readonly IdentityRule[];
  certificateAuthorities: readonly CertificateAuthorityRule[];
}

interface Authority {
  rule: CertificateAuthorityRule;
  roots: Certificate[];
  intermediates: Certificate[];
}

/** More certificates than a signature needs to bring: each costs signature checks while building paths. */
const MAX_CARRIED_CERTIFICATES = 10;

/** Verifies a keyless signature against the private CAs; returns who signed, or throws a RejectionError. */
export function verifyWithPrivateCa(
  input: PrivateCaInput,
  trust: TrustContext,
  rules: PrivateCaRules,
): { signer: SignerIdentity; transparencyLog: TransparencyLogCheck } {
  const { leaf, carried } = signatureCertificates(input.bundle);
  let names: GeneralName[];
  try {
    names = subjectAltNames(leaf.fields);
  } catch (error) {
    return reject('malformed', `the signing certificate's names cannot be read (${error instanceof NameError ? error.message : String(error)})`);
  }
  const chainedRejections: Rejection[] = [];
  const unchained: string[] = [];
  for (const authority of parseAuthorities(rules.certificateAuthorities)) {
    // cosign builds paths with the signature's intermediates only when none are configured.
    const intermediates = authority.intermediates.length > 0 ? authority.intermediates : carried;
    const built = buildPaths(leaf, authority.roots, intermediates);
    if (built.paths.length === 0) {
      unchained.push(`not to ${authority.rule.name} (${built.problem ?? 'no path'})`);
      continue;
    }
    const problems = built.paths.map((path) => pathProblem(path, names));
    const paths = built.paths.filter((_, index) => problems[index] === undefined);
    if (paths.length === 0) {
      chainedRejections.push({
        code: 'untrusted-ca',
        message: `the certificate chains to ${authority.rule.name}, but ${problems[0] ?? 'the path is not valid'}`,
      });
      continue;
    }
    try {
      verifyTimesAndLogs(authority.rule, paths, leaf, input, trust.material);
      // As for keys: with the log not required, its entries are not looked at.
      return { signer: signerOf(leaf, names, rules.identities), transparencyLog: authority.rule.requireTlog ? 'verified' : 'not-checked' };
    } catch (error) {
      chainedRejections.push(toRejection(error, input.facts));
    }
  }
  const first = chainedRejections[0];
  if (first !== undefined) throw new RejectionError(first);
  return reject('untrusted-ca', `the signing certificate does not chain to a trusted private certificate authority: ${unchained.join('; ')}`);
}

/** The leaf, and the certificates the signature carries after it as intermediates (cosign drops the last: the chain's root). */
function signatureCertificates(bundle: Bundle): { leaf: Certificate; carried: Certificate[] } {
  const material = bundle.verificationMaterial.content;
  const raw =
    material.$case === 'x509CertificateChain'
      ? material.x509CertificateChain.certificates.map((cert) => Buffer.from(cert.rawBytes))
      : material.$case === 'certificate'
        ? [Buffer.from(material.certificate.rawBytes)]
        : [];
  const [leafDer, ...chain] = raw;
  if (leafDer === undefined) return reject('malformed', 'the signature carries no certificate');
  if (chain.length > MAX_CARRIED_CERTIFICATES)
    reject('malformed', `the signature carries ${chain.length} chain certificates (at most ${MAX_CARRIED_CERTIFICATES})`);
  try {
    return { leaf: parseCertificate(leafDer), carried: chain.slice(0, -1).map(parseCertificate) };
  } catch (error) {
    return reject('malformed', `a certificate of the signature does not parse (${errorMessage(error)})`);
  }
}

const parsedAuthorities = new WeakMap<CertificateAuthorityRule, Authority>();

/** Each CA's certificates, parsed once per rule. The policy checked them when it was built; a failure here is a config error. */
function parseAuthorities(rules: readonly CertificateAuthorityRule[]): Authority[] {
  return rules.map((rule) => {
    const known = parsedAuthorities.get(rule);
    if (known !== undefined) return known;
    try {
      const authority = { rule, roots: parsePemCertificates(rule.rootsPem), intermediates: parsePemCertificates(rule.intermediatesPem ?? '') };
      if (authority.roots.length === 0) throw new Error('no root certificate');
      parsedAuthorities.set(rule, authority);
      return authority;
    } catch (error) {
      throw configError(`Certificate authority ${rule.name}: its certificates cannot be used (${errorMessage(error)})`, error);
    }
  });
}

/**
 * SCT, timestamps, transparency log and the signature itself. The verifier is handed the leaf's key, and each
 * time it proves (a TSA timestamp, a log entry's signed time) is checked against the whole path.
 */
function verifyTimesAndLogs(
  rule: CertificateAuthorityRule,
  paths: Certificate[][],
  leaf: Certificate,
  input: PrivateCaInput,
  material: TrustMaterial,
): void {
  if (rule.requireSct) requireSct(leaf, paths, material);
  const content = input.bundle.content;
  const messageDigest = content.$case === 'messageSignature' ? signedDigestAlgorithm(content.messageSignature) : undefined;
  const signed =
    input.signatureCheckedByEntity === true ? input.entity : input.data && withCertificateKeySignature(input.entity, input.data, messageDigest);
  if (signed === undefined) reject('not-bound-to-digest', 'a message-signature bundle signs bytes we do not have');
  const proven: Date[] = [];
  let timeProblem: string | undefined;
  const validFor = (date: Date): boolean => {
    const problem = firstProblemAt(paths, date);
    if (problem !== undefined) timeProblem ??= problem;
    else proven.push(date);
    return problem === undefined;
  };
  const keyed: SignedEntity = { ...signed, key: { $case: 'public-key', hint: '' } };
  // With the log not required, cosign does not look at log entries at all, nor at the times they give.
  const entity: SignedEntity = rule.requireTlog
    ? keyed
    : { ...keyed, tlogEntries: [], timestamps: keyed.timestamps.filter((timestamp) => timestamp.$case === 'timestamp-authority') };
  const required = rule.requireTlog ? 1 : 0;
  try {
    // Each log only inside its window, as on the trusted root's path (tlog-window.ts).
    const logs = materialFor(material, entity);
    new Verifier(
      { ...logs, publicKey: () => ({ publicKey: leaf.key, validFor }) },
      { tlogThreshold: required, ctlogThreshold: 0, timestampThreshold: required },
    ).verify(entity);
  } catch (error) {
    if (timeProblem !== undefined) reject('certificate-expired', `the certificate was not valid when it signed: ${timeProblem}`);
    throw error;
  }
  requireEntriesRecordSigner(entity.tlogEntries, { kind: 'certificate', der: leaf.der });
  if (proven.length === 0) {
    const now = new Date();
    const problem = firstProblemAt(paths, now);
    if (problem !== undefined) {
      reject(
        'certificate-expired',
        `nothing proves when it was signed (no transparency-log entry required, no timestamp), so the certificate must be valid now, and ${problem}`,
      );
    }
  }
}

/** Undefined when some path is valid at `date`; otherwise what is not (of the first path). */
function firstProblemAt(paths: readonly Certificate[][], date: Date): string | undefined {
  const problems = paths.map((path) => problemAt(path, date));
  return problems.includes(undefined) ? undefined : problems[0];
}

/**
 * The leaf's embedded SCTs, each verified against a CT log of the trusted root valid at the SCT's time
 * (RFC 6962 precertificate: the issuer's key hash and the TBS without the SCT list). Any SCT that does not
 * verify fails, as in @sigstore/verify; none at all fails too.
 */
function requireSct(leaf: Certificate, paths: readonly Certificate[][], material: TrustMaterial): void {
  const issuer = paths[0]?.[1];
  const clone = leaf.fields.clone();
  const index = clone.extensions.findIndex((ext) => ext.subs[0]?.toOID() === EXTENSION_OID_SCT);
  const ext = index < 0 ? undefined : clone.extensions[index];
  if (issuer === undefined || ext === undefined) {
    reject(
      'untrusted-ca',
      'the certificate carries no SCT (proof that it was logged in a certificate transparency log); a private CA without one is trusted only with --insecure-ignore-sct (input insecure-ignore-sct, policy require-sct: false)',
    );
  }
  let scts: ReturnType<typeof readScts>;
  try {
    scts = readScts(ext);
  } catch (error) {
    return reject('malformed', `the certificate's SCT list cannot be read (${errorMessage(error)})`);
  }
  if (scts.length === 0) reject('untrusted-ca', "the certificate's SCT list is empty");
  clone.extensions.splice(index, 1);
  const tbs = clone.tbsCertificate.toDER();
  const preCert = new ByteStream();
  preCert.appendView(sigstoreCrypto.digest('sha256', issuer.fields.publicKey));
  preCert.appendUint24(tbs.length);
  preCert.appendView(tbs);
  for (const sct of scts) {
    const logs = material.ctlogs.filter(
      (log) => log.logID.equals(sct.logID) && log.validFor.start <= sct.datetime && sct.datetime <= log.validFor.end,
    );
    if (!logs.some((log) => sct.verify(preCert.buffer, log.publicKey))) {
      reject(
        'untrusted-ca',
        `an SCT of the certificate (log ${sct.logID.toString('hex').slice(0, 16)}…) does not verify with a CT log of the trusted root`,
      );
    }
  }
}

function readScts(ext: X509Certificate['extensions'][number]): X509SCTExtension['signedCertificateTimestamps'] {
  return new X509SCTExtension(ext).signedCertificateTimestamps;
}

/** Who signed: the Fulcio claims it has, and the first subject alternative name a trusted identity matches. */
function signerOf(leaf: Certificate, names: readonly GeneralName[], identities: readonly IdentityRule[]): SignerIdentity {
  const signer = identityFromCertificate(leaf.fields);
  const candidates = identityNames(names);
  for (const identity of candidates) {
    if (matchIdentity({ ...signer, identity }, identities).matched) return { ...signer, identity };
  }
  const verdict = matchIdentity({ ...signer, identity: candidates[0] ?? '' }, identities);
  if (verdict.matched) return signer;
  const all = candidates.length > 1 ? ` (its names: ${candidates.join(', ')})` : '';
  return reject(verdict.code, `${verdict.message}${all}`);
}
