/**
 * Shared types for signature and attestation verification (issue: "Verify who built the image").
 * Discovery (registry, GitHub API) produces Evidence; the Sigstore adapter turns each into an
 * EvidenceResult; the pure gate judges those against the SignaturePolicy.
 */

/** Where a signature or attestation was found. The policy can allow only some of these. */
export const EVIDENCE_SOURCES = ['referrers', 'cosign-tags', 'github-attestations'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** One signature or attestation as found, not yet verified. */
export interface Evidence {
  source: EvidenceSource;
  /** Human-readable place, e.g. "ghcr.io/acme/app@sha256:… (referrer, OCI referrers API)" or "tag sha256-….sig, layer 0". */
  location: string;
  /** The digest of the image manifest this evidence claims to be about. */
  subjectDigest: string;
  form:
    /** A Sigstore bundle (JSON), any version. */
    | { kind: 'bundle'; bytes: Buffer; mediaType?: string }
    /** cosign's legacy `.sig`/`.att` layer: payload bytes plus the layer annotations. */
    | { kind: 'cosign-layer'; payload: Buffer; mediaType: string; annotations: Record<string, string> };
}

export type SignerIdentity =
  | {
      kind: 'keyless';
      /** OIDC issuer from the Fulcio certificate. */
      issuer: string;
      /** The certificate's subject alternative name: an e-mail or a workflow URI. */
      identity: string;
      /** GitHub workflow claims from the Fulcio certificate extensions, when present. */
      github?: {
        repository?: string;
        workflowRef?: string;
        trigger?: string;
        runnerEnvironment?: string;
        sha?: string;
      };
    }
  | {
      kind: 'key';
      /** sha256 of the public key's DER SubjectPublicKeyInfo, hex. */
      keyId: string;
      /** The policy's name for the key, when it matched one. */
      name?: string;
    };

export type RejectionCode =
  | 'malformed'
  | 'unknown-media-type'
  | 'not-bound-to-digest'
  | 'signature-invalid'
  | 'untrusted-ca'
  | 'certificate-expired'
  | 'no-tlog-entry'
  | 'wrong-identity'
  | 'wrong-issuer'
  | 'untrusted-key'
  | 'provenance-mismatch';

export interface EvidenceResult {
  source: EvidenceSource;
  location: string;
  kind: 'signature' | 'attestation';
  /** For attestations: the in-toto predicate type. */
  predicateType?: string;
  /** For verified attestations: the statement's predicate, as signed (SLSA conditions are checked on it). */
  predicate?: unknown;
  /** Who signed it, as far as it could be read (also for rejected evidence, to explain). */
  signer?: SignerIdentity;
  verified: boolean;
  /**
   * For verified evidence: `verified` when its transparency-log entries were checked, `not-checked` when they were
   * not looked at because its signer's rule asked for none (a key or a CA with require-tlog false, or a keyless
   * certificate with insecure-ignore-tlog: cosign's --insecure-ignore-tlog).
   */
  transparencyLog?: TransparencyLogCheck;
  /** Why it was rejected; absent when verified. */
  rejection?: { code: RejectionCode; message: string };
}

export type TransparencyLogCheck = 'verified' | 'not-checked';

/**
 * A trusted keyless signer. Every field given must match. Exact values are compared exactly;
 * `…RegExp` values are always anchored (^…$), so `user@example\.com` never lets
 * `evil-user@example.com` through.
 */
export interface IdentityRule {
  issuer?: string;
  issuerRegExp?: string;
  identity?: string;
  identityRegExp?: string;
  /** GitHub workflow claims from the Fulcio certificate extensions. */
  github?: {
    repository?: string;
    workflowRef?: string;
    trigger?: string;
    /** e.g. github-hosted: refuse self-hosted runners. */
    runnerEnvironment?: string;
  };
}

/** A trusted signing key (PEM: ECDSA P-256/P-384, Ed25519, RSA). */
export interface PublicKeyRule {
  name: string;
  pem: string;
  /** Require a transparency-log entry for signatures made with this key (cosign does, unless --insecure-ignore-tlog). */
  requireTlog: boolean;
}

/**
 * A private certificate authority (cosign's --ca-roots / --ca-intermediates / --certificate-chain): with any
 * given, a keyless certificate must chain to one of them instead of the trusted root's CAs.
 */
export interface CertificateAuthorityRule {
  /** Shown in messages, e.g. the policy's name or the input that gave it. */
  name: string;
  /** PEM: the root certificates, the only trust anchors. */
  rootsPem: string;
  /** PEM: intermediate certificates that may complete a path (never anchors). */
  intermediatesPem?: string;
  /** Require an SCT from a CT log of the trusted root, as cosign does unless --insecure-ignore-sct. */
  requireSct: boolean;
  /** Require a transparency-log entry, as cosign does unless --insecure-ignore-tlog. */
  requireTlog: boolean;
}

export interface AttestationRequirement {
  /** In-toto predicate type URI, e.g. https://slsa.dev/provenance/v1. */
  predicateType: string;
  /** required: missing or unverified fails; otherwise it is only reported. */
  required: boolean;
  /** Conditions on SLSA provenance (v1 and v0.2). */
  slsa?: { builderId?: string; sourceRepository?: string; sourceRef?: string };
}

export interface SignaturePolicy {
  /** required: the image must carry a verified signature from a trusted signer; optional: report only; off. */
  mode: 'required' | 'optional' | 'off';
  /** Where to look. */
  sources: EvidenceSource[];
  identities: IdentityRule[];
  keys: PublicKeyRule[];
  /** A trusted_root.json to use instead of the public-good instance's shipped with the Action. */
  trustedRootPath?: string;
  /** Private CAs: when any is given, certificates must chain to one of them (the trusted root's CAs are not used). */
  certificateAuthorities?: CertificateAuthorityRule[];
  /** cosign's --insecure-ignore-sct: certificates from the trusted root's CAs need no SCT either. */
  ignoreSct?: boolean;
  /**
   * cosign's --insecure-ignore-tlog: certificates from the trusted root's CAs need no transparency-log entry either
   * (an RFC 3161 timestamp then proves when they signed). Keys and private CAs carry their own requireTlog.
   */
  ignoreTlog?: boolean;
  attestations: AttestationRequirement[];
  /**
   * For an index: also find and verify evidence for each platform manifest, each against its own
   * digest, and require every platform to meet the requirements too. Absent means false.
   */
  perPlatform?: boolean;
}
