import { SIGNATURE_MODE } from '../enums.js';
import { configError } from '../../core/model/errors.js';
import { patternProblem } from '../../core/judge/signature-gate.js';
import {
  EVIDENCE_SOURCES,
  type AttestationRequirement,
  type CertificateAuthorityRule,
  type IdentityRule,
  type PublicKeyRule,
  type SignaturePolicy,
} from '../../core/model/signatures.js';
import { inputAuthority, type CertificateAuthorityPem } from './certificate-authorities.js';
import type { PolicyFile } from './schema.js';
import { publicKeyProblem } from './signatures-schema.js';

/** The inputs for the signature policy, named like cosign's flags. Each one given wins over the file. */
export interface SignatureOverrides {
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  /** PEM public keys; replace the file's keys. */
  keys?: string[];
  /**
   * cosign's --insecure-ignore-tlog: signatures need no transparency-log entry. Applies to the key input's keys and
   * the private-CA inputs' CA, to every policy key and CA that does not say require-tlog itself (an explicit
   * require-tlog wins), and to keyless certificates from the trusted root's CAs (Fulcio), which then need an RFC 3161
   * timestamp.
   */
  insecureIgnoreTlog?: boolean;
  trustedRootPath?: string;
  signatureMode?: SignaturePolicy['mode'];
  /** The private-CA inputs (ca-roots / ca-intermediates / certificate-chain), files read; replace the file's CAs. */
  certificateAuthority?: CertificateAuthorityPem;
  /** insecure-ignore-sct: no SCT needed, from Fulcio or from any private CA. */
  insecureIgnoreSct?: boolean;
}

/**
 * The certificate inputs together form one trusted signer, which replaces the file's identities:
 * a workflow that names its signer on the command line means that signer, not that one as well.
 */
export function buildSignaturePolicy(file: PolicyFile | undefined, overrides: SignatureOverrides, source: string): SignaturePolicy {
  const doc = file?.document.signatures ?? {};
  const identities = identityFromInputs(overrides) ?? (doc.identities ?? []).map(identityRule);
  const requireTlog = requireTlogByDefault(overrides);
  const keys = overrides.keys === undefined ? fileKeys(file, source, requireTlog) : inputKeys(overrides.keys, requireTlog);
  const mode = overrides.signatureMode ?? toMode(doc.mode, source) ?? (identities.length > 0 || keys.length > 0 ? 'required' : 'off');
  if (mode === 'required' && identities.length === 0 && keys.length === 0) {
    throw configError(`${source}: signature mode is required, but no trusted identities or keys are given, so no signature could be trusted`);
  }
  const trustedRootPath = overrides.trustedRootPath ?? doc['trusted-root'];
  const perPlatform = doc['per-platform'];
  const certificateAuthorities = certificateAuthorityRules(file, overrides, source);
  if (certificateAuthorities.length > 0 && identities.length === 0 && mode !== 'off') {
    throw configError(
      `${source}: certificate authorities are given, but no trusted identities: a certificate from a private CA is trusted only for the identities named (signatures.identities, or certificate-identity and certificate-oidc-issuer)`,
    );
  }
  return {
    mode,
    sources: [...(doc.sources ?? EVIDENCE_SOURCES)],
    identities,
    keys,
    ...(trustedRootPath !== undefined && { trustedRootPath }),
    ...(certificateAuthorities.length > 0 && { certificateAuthorities }),
    ...(overrides.insecureIgnoreSct === true && { ignoreSct: true }),
    ...(overrides.insecureIgnoreTlog === true && { ignoreTlog: true }),
    ...(perPlatform !== undefined && { perPlatform }),
    attestations: (doc.attestations ?? []).map((entry): AttestationRequirement => ({
      predicateType: entry['predicate-type'],
      required: entry.required ?? true,
      ...(entry.slsa !== undefined && {
        slsa: {
          ...(entry.slsa['builder-id'] !== undefined && { builderId: entry.slsa['builder-id'] }),
          ...(entry.slsa['source-repository'] !== undefined && { sourceRepository: entry.slsa['source-repository'] }),
          ...(entry.slsa['source-ref'] !== undefined && { sourceRef: entry.slsa['source-ref'] }),
        },
      }),
    })),
  };
}

type IdentityDocument = NonNullable<NonNullable<NonNullable<PolicyFile['document']['signatures']>['identities']>[number]>;

export function identityRule(entry: IdentityDocument): IdentityRule {
  const github = entry.github;
  return {
    ...(entry.issuer !== undefined && { issuer: entry.issuer }),
    ...(entry['issuer-regexp'] !== undefined && { issuerRegExp: entry['issuer-regexp'] }),
    ...(entry.identity !== undefined && { identity: entry.identity }),
    ...(entry['identity-regexp'] !== undefined && { identityRegExp: entry['identity-regexp'] }),
    ...(github !== undefined && {
      github: {
        ...(github.repository !== undefined && { repository: github.repository }),
        ...(github['workflow-ref'] !== undefined && { workflowRef: github['workflow-ref'] }),
        ...(github.trigger !== undefined && { trigger: github.trigger }),
        ...(github['runner-environment'] !== undefined && { runnerEnvironment: github['runner-environment'] }),
      },
    }),
  };
}

/** One rule from the certificate inputs, or undefined when none of them is set. */
function identityFromInputs(overrides: SignatureOverrides): IdentityRule[] | undefined {
  const identity = given(overrides.certificateIdentity);
  const identityRegExp = given(overrides.certificateIdentityRegexp);
  const issuer = given(overrides.certificateOidcIssuer);
  const issuerRegExp = given(overrides.certificateOidcIssuerRegexp);
  if ([identity, identityRegExp, issuer, issuerRegExp].every((value) => value === undefined)) return undefined;
  const pair = (exact: string | undefined, pattern: string | undefined, name: string): void => {
    if (exact !== undefined && pattern !== undefined) {
      throw configError(`give only one of the inputs ${name} and ${name}-regexp`);
    }
    if (exact === undefined && pattern === undefined) {
      throw configError(`the certificate inputs need both an identity and an issuer: set ${name} or ${name}-regexp as well`);
    }
    if (pattern !== undefined) compiles(pattern, `${name}-regexp`);
  };
  pair(identity, identityRegExp, 'certificate-identity');
  pair(issuer, issuerRegExp, 'certificate-oidc-issuer');
  return [
    {
      ...(issuer !== undefined && { issuer }),
      ...(issuerRegExp !== undefined && { issuerRegExp }),
      ...(identity !== undefined && { identity }),
      ...(identityRegExp !== undefined && { identityRegExp }),
    },
  ];
}

function given(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function compiles(pattern: string, input: string): void {
  const problem = patternProblem(pattern);
  if (problem !== undefined)
    throw configError(`input ${input}: ${JSON.stringify(pattern)} is not a regular expression that compiles on its own (${problem})`);
}

/**
 * Whether a key-signed signature needs a transparency-log entry when its key's rule does not say: yes, as in cosign,
 * unless the insecure-ignore-tlog input (or flag) is set.
 */
export function requireTlogByDefault(overrides: { insecureIgnoreTlog?: boolean }): boolean {
  return overrides.insecureIgnoreTlog !== true;
}

function inputKeys(pems: string[], requireTlog: boolean): PublicKeyRule[] {
  return pems.map((pem, index) => {
    const problem = publicKeyProblem(pem);
    if (problem !== undefined) throw configError(`input key ${index + 1} ${problem}`);
    return { name: pems.length === 1 ? 'key input' : `key input ${index + 1}`, pem, requireTlog };
  });
}

function fileKeys(file: PolicyFile | undefined, source: string, requireTlog: boolean): PublicKeyRule[] {
  return keyRules(file?.document.signatures?.keys ?? [], file?.signatureKeys, 'signatures.keys', source, requireTlog);
}

type KeyDocument = NonNullable<NonNullable<NonNullable<PolicyFile['document']['signatures']>['keys']>[number]>;

/**
 * The file's keys, each PEM given inline or read by the loader from its path. A key's own require-tlog wins over
 * `requireTlog`, the default (see requireTlogByDefault).
 */
export function keyRules(
  keys: readonly KeyDocument[],
  located: PolicyFile['signatureKeys'],
  name: string,
  source: string,
  requireTlog: boolean,
): PublicKeyRule[] {
  return keys.map((entry, index): PublicKeyRule => {
    const pem = entry.pem ?? located?.[index]?.pemFromPath;
    if (pem === undefined) {
      // parsePolicyText alone does no I/O; app/policy/load-policy.ts (loadPolicyFile, readSignatureKeys) reads key files.
      const line = located?.[index]?.line;
      const where = line === undefined ? `${source} ${name}[${index}]` : `${source} line ${line}`;
      throw configError(`${where}: key file ${entry.path ?? '?'} was not read`);
    }
    return { name: entry.name, pem, requireTlog: entry['require-tlog'] ?? requireTlog };
  });
}

/**
 * The private CAs: the inputs' one, which replaces the file's, or the file's with their files read. The
 * insecure-ignore-sct and insecure-ignore-tlog inputs lift their requirement, as cosign's flags do, for every CA
 * that does not state it itself: as for keys, the policy's explicit require-sct / require-tlog wins.
 */
function certificateAuthorityRules(file: PolicyFile | undefined, overrides: SignatureOverrides, source: string): CertificateAuthorityRule[] {
  const lift = (required: boolean | undefined, ignored: boolean | undefined): boolean => required ?? ignored !== true;
  if (overrides.certificateAuthority !== undefined) {
    return [
      inputAuthority(overrides.certificateAuthority, {
        requireSct: lift(undefined, overrides.insecureIgnoreSct),
        requireTlog: lift(undefined, overrides.insecureIgnoreTlog),
      }),
    ];
  }
  return (file?.document.signatures?.['certificate-authorities'] ?? []).map((entry, index): CertificateAuthorityRule => {
    const located = file?.certificateAuthorities?.[index];
    if (located?.rootsPem === undefined || (entry.intermediates !== undefined && located.intermediatesPem === undefined)) {
      // parsePolicyText alone does no I/O; app/policy/load-policy.ts (loadPolicyFile, readSignatureKeys) reads the CA files.
      const where = located === undefined ? `${source} signatures.certificate-authorities[${index}]` : `${source} line ${located.line}`;
      throw configError(`${where}: the certificate files of ${entry.name} were not read`);
    }
    return {
      name: entry.name,
      rootsPem: located.rootsPem,
      ...(located.intermediatesPem !== undefined && { intermediatesPem: located.intermediatesPem }),
      requireSct: lift(entry['require-sct'], overrides.insecureIgnoreSct),
      requireTlog: lift(entry['require-tlog'], overrides.insecureIgnoreTlog),
    };
  });
}

function toMode(mode: string | undefined, source: string): SignaturePolicy['mode'] | undefined {
  if (mode === undefined) return undefined;
  const known = SIGNATURE_MODE.nameOf(mode);
  if (known === undefined) throw configError(`${source}: signatures.mode "${mode}" is not one of ${SIGNATURE_MODE.names.join(', ')}`);
  return known;
}
