/**
 * Who a Fulcio certificate says signed: SAN, OIDC issuer and the GitHub workflow claims
 * (Fulcio OIDs 1.3.6.1.4.1.57264.1.*). Read for every certificate, also rejected ones, to explain.
 */
import { ASN1Obj, type X509Certificate } from '@sigstore/core';
import type { SignerIdentity } from '../../core/model/signatures.js';

const FULCIO = '1.3.6.1.4.1.57264.1';
// Newer extensions are DER UTF8Strings; the deprecated ones (…1.1–1.6) hold the raw string.
const OID = {
  issuerV1: `${FULCIO}.1`,
  triggerV1: `${FULCIO}.2`,
  shaV1: `${FULCIO}.3`,
  repositoryV1: `${FULCIO}.5`,
  issuer: `${FULCIO}.8`,
  runnerEnvironment: `${FULCIO}.11`,
  sourceRepositoryUri: `${FULCIO}.12`,
  sourceRepositoryDigest: `${FULCIO}.13`,
  buildConfigUri: `${FULCIO}.18`,
  buildTrigger: `${FULCIO}.20`,
} as const;

type KeylessIdentity = Extract<SignerIdentity, { kind: 'keyless' }>;

export function identityFromCertificate(cert: X509Certificate): KeylessIdentity {
  const read = (oid: string, der: boolean): string | undefined => {
    const ext = cert.extension(oid);
    if (!ext) return undefined;
    return der ? utf8String(ext.value) : ext.value.toString('utf8');
  };
  const github: NonNullable<KeylessIdentity['github']> = {};
  const repository = read(OID.repositoryV1, false) ?? pathOf(read(OID.sourceRepositoryUri, true));
  const workflowRef = pathOf(read(OID.buildConfigUri, true));
  const trigger = read(OID.buildTrigger, true) ?? read(OID.triggerV1, false);
  const runnerEnvironment = read(OID.runnerEnvironment, true);
  const sha = read(OID.sourceRepositoryDigest, true) ?? read(OID.shaV1, false);
  if (repository !== undefined) github.repository = repository;
  if (workflowRef !== undefined) github.workflowRef = workflowRef;
  if (trigger !== undefined) github.trigger = trigger;
  if (runnerEnvironment !== undefined) github.runnerEnvironment = runnerEnvironment;
  if (sha !== undefined) github.sha = sha;
  return {
    kind: 'keyless',
    issuer: read(OID.issuer, true) ?? read(OID.issuerV1, false) ?? '',
    identity: cert.subjectAltName ?? '',
    ...(Object.keys(github).length > 0 ? { github } : {}),
  };
}

function utf8String(value: Buffer): string {
  try {
    return ASN1Obj.parseBuffer(Buffer.from(value)).value.toString('utf8');
  } catch {
    // A certificate that does not encode the claim as DER gets its raw bytes read, never a crash.
    return value.toString('utf8');
  }
}

/** `https://github.com/acme/app` → `acme/app`, the form GitHub's OIDC claims (`repository`, `workflow_ref`) use. */
function pathOf(uri: string | undefined): string | undefined {
  if (uri === undefined) return undefined;
  const match = /^https?:\/\/[^/]+\/(.+)$/.exec(uri);
  return match?.[1] ?? uri;
}
