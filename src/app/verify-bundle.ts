/**
 * Verifies one Sigstore bundle for any artifact, offline: the trusted root (the public-good one shipped with
 * image-gate unless another is named), the signer rules (certificate identities, a key, or a private CA), the
 * bundle, and the artifact as a file or as its digest. The outcome is typed; cli/verify-bundle.ts reads the
 * flags, prints it and picks the exit status.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CertificateAuthorityInput } from '../config/types.js';
import { inputAuthority } from '../config/policy/certificate-authorities.js';
import { describeError } from '../core/model/errors.js';
import { discard } from '../core/model/logger.js';
import type {
  CertificateAuthorityRule,
  IdentityRule,
  PublicKeyRule,
  RejectionCode,
  SignerIdentity,
  TransparencyLogCheck,
} from '../core/model/signatures.js';
import { INPUT_LIMITS, parseJsonDocument, readInputFileSync, readInputTextSync } from '../adapters/files/index.js';
import {
  checkBundle,
  formatDigest,
  loadTrustedRoot,
  parseArtifactDigest,
  parsePublicKeyRules,
  parseStatement,
  requireSubject,
  toRejection,
  type ArtifactDigest,
  type TrustContext,
} from '../adapters/sigstore/index.js';

export interface VerifyBundleOptions {
  /** Relative paths are taken from here. */
  cwd: string;
  /** The bundle file. */
  bundle: string;
  /** The artifact file, or its digest `sha256:<hex>` (sha384, sha512 too) when no such file exists. */
  artifact: string;
  /** A trusted_root.json; default: the public-good Sigstore trusted root shipped with image-gate. */
  trustedRoot?: string | undefined;
  /** Who may have signed with a certificate; empty with `key`. */
  identities: IdentityRule[];
  /** A PEM public key file: the bundle is signed with this key, not with a certificate. */
  key?: string | undefined;
  /** The certificate must chain to these PEM files (a private CA), not to the trusted root's Fulcio. */
  certificateAuthority?: CertificateAuthorityInput | undefined;
  /** No SCT needed in the certificate. */
  ignoreSct: boolean;
  /** No transparency-log entry needed. */
  ignoreTlog: boolean;
  /** An authority the trusted root lists but that cannot be used (no validity start) is left out, with a warning. */
  warn: (message: string) => void;
}

export type BundleVerification =
  /** `artifact` as given; `transparencyLog` says whether log entries were checked. */
  | { outcome: 'verified'; artifact: string; signer?: SignerIdentity; transparencyLog?: TransparencyLogCheck; trustedRoot: string }
  /** Why not (no code: the bundle is not even JSON), and who signed it when that is known. */
  | { outcome: 'not-verified'; code?: RejectionCode; message: string; signer?: SignerIdentity }
  /** The ARTIFACT argument is neither a file nor a digest. */
  | { outcome: 'bad-artifact'; message: string }
  /** A file could not be read or used (the trusted root, the key, the CA's certificates, the artifact, the bundle). */
  | { outcome: 'bad-input'; message: string };

interface Artifact {
  label: string;
  /** The file's bytes; absent when only a digest was given. */
  bytes?: Buffer;
  /** The digest given instead of a file. */
  digest?: ArtifactDigest;
  /** `algorithm:hex` digests of the artifact. */
  digests: string[];
}

/** Synchronous: everything is read and checked offline. */
export function verifyBundle(options: VerifyBundleOptions): BundleVerification {
  const { cwd, ignoreSct, ignoreTlog } = options;
  let trust: TrustContext;
  let keys: PublicKeyRule[] = [];
  let certificateAuthorities: CertificateAuthorityRule[] = [];
  let bundleJson: unknown;
  let artifact: Artifact;
  try {
    const logger = { debug: discard, info: discard, warning: options.warn };
    trust = loadTrustedRoot(options.trustedRoot === undefined ? undefined : resolve(cwd, options.trustedRoot), logger);
    if (options.key !== undefined) {
      const pem = readInputTextSync(resolve(cwd, options.key), { what: 'key file', maxBytes: INPUT_LIMITS.publicKey });
      keys = [{ name: options.key, pem, requireTlog: !ignoreTlog }];
      parsePublicKeyRules(keys);
    }
    const readCertificates = (path: string): string =>
      readInputTextSync(resolve(cwd, path), { what: 'certificates file', maxBytes: INPUT_LIMITS.tlsPem });
    const requirements = { requireSct: !ignoreSct, requireTlog: !ignoreTlog };
    const authority = options.certificateAuthority;
    if (authority?.kind === 'chain') {
      certificateAuthorities = [inputAuthority({ kind: 'chain', chainPem: readCertificates(authority.chainPath) }, requirements)];
    } else if (authority?.kind === 'roots') {
      const roots = { kind: 'roots' as const, rootsPem: readCertificates(authority.rootsPath) };
      const intermediates = authority.intermediatesPath;
      certificateAuthorities = [
        inputAuthority(intermediates === undefined ? roots : { ...roots, intermediatesPem: readCertificates(intermediates) }, requirements),
      ];
    }
    // Before the bundle is read: a mistyped digest is a usage error, never "not verified".
    artifact = readArtifact(options.artifact, cwd);
    const bundleBytes = readInputFileSync(resolve(cwd, options.bundle), { what: 'bundle', maxBytes: INPUT_LIMITS.bundle });
    try {
      bundleJson = parseJsonDocument(bundleBytes, `the bundle ${options.bundle}`);
    } catch (error) {
      return { outcome: 'not-verified', message: describeError(error) };
    }
  } catch (error) {
    if (error instanceof ArtifactArgumentError) return { outcome: 'bad-artifact', message: error.message };
    return { outcome: 'bad-input', message: describeError(error) };
  }

  const check = checkBundle(bundleJson, artifact.bytes ?? artifact.digest, trust, {
    identities: options.identities,
    keys,
    certificateAuthorities,
    ...(ignoreSct && { ignoreSct: true }),
    ...(ignoreTlog && { ignoreTlog: true }),
  });
  const signer = check.signer === undefined ? {} : { signer: check.signer };

  let rejection = check.rejection;
  if (!rejection) {
    try {
      if (check.dsse) {
        const statement = parseStatement(check.dsse.payloadType, check.dsse.payload);
        const bound = artifact.digests.filter((digest) => statement.subjectDigests.includes(digest));
        if (bound.length === 0) requireSubject(statement, artifact.digests[0] ?? '', 'the artifact');
      }
    } catch (error) {
      rejection = toRejection(error);
    }
  }
  if (rejection) return { outcome: 'not-verified', code: rejection.code, message: rejection.message, ...signer };
  return {
    outcome: 'verified',
    artifact: artifact.label,
    ...signer,
    ...(check.transparencyLog !== undefined && { transparencyLog: check.transparencyLog }),
    trustedRoot: trust.origin,
  };
}

function readArtifact(arg: string, cwd: string): Artifact {
  const path = resolve(cwd, arg);
  // Anything at that path is meant as the artifact: a FIFO or a device is an error, not a digest.
  if (existsSync(path)) {
    const bytes = readInputFileSync(path, { what: 'artifact', maxBytes: INPUT_LIMITS.artifact });
    // DSSE subjects may list sha256 or sha512 (npm provenance carries only sha512).
    const digests = (['sha256', 'sha512'] as const).map((algorithm) => `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`);
    return { label: arg, bytes, digests };
  }
  const digest = parseArtifactDigest(arg);
  if (!digest)
    throw new ArtifactArgumentError(
      `ARTIFACT ${JSON.stringify(arg)} is neither a file nor a sha256:<64 hex> digest (sha384:<96 hex> and sha512:<128 hex> are read too)`,
    );
  return { label: arg, digest, digests: [formatDigest(digest)] };
}

class ArtifactArgumentError extends Error {}
