/**
 * `image-gate verify-bundle`: verify one Sigstore bundle for any artifact, offline, with cosign's flag names.
 * Exit 0 verified, 1 not verified (reason on stderr), 2 usage error.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CertificateAuthorityRule, IdentityRule, PublicKeyRule } from '../core/model/signatures.js';
import { INPUT_LIMITS, parseJsonDocument, readInputFileSync, readInputTextSync } from '../adapters/files/index.js';
import { parseBoolean, type InputName } from '../config/parse.js';
import { describeError, errorMessage } from '../core/model/errors.js';
import { discard } from '../core/model/logger.js';
import { inputAuthority } from '../config/policy/certificate-authorities.js';
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
import { takeSwitches } from './switches.js';

export const VERIFY_BUNDLE_USAGE = `Usage: image-gate verify-bundle --bundle FILE
         (--certificate-identity ID | --certificate-identity-regexp RE)
         (--certificate-oidc-issuer ISSUER | --certificate-oidc-issuer-regexp RE)
         [--ca-roots PEM_FILE [--ca-intermediates PEM_FILE] | --certificate-chain PEM_FILE]
         [--insecure-ignore-sct] [--insecure-ignore-tlog]
       | --key PEM_FILE [--insecure-ignore-tlog]
         [--trusted-root FILE] ARTIFACT

Verifies a Sigstore bundle offline. ARTIFACT is a file, or its digest sha256:<hex> when no such file exists
(sha384:<hex> and sha512:<hex> too), for DSSE and message-signature bundles alike.
Regular expressions are anchored: they must match the whole value.
--ca-roots / --certificate-chain: the certificate must chain to these roots (a private CA), not to Fulcio's.
--insecure-ignore-tlog / --insecure-ignore-sct (bare, or =true / =false): no transparency-log entry / no SCT
needed, as cosign's; a Fulcio certificate without the log needs an RFC 3161 timestamp.
--trusted-root defaults to the public-good Sigstore trusted root shipped with image-gate.
Exit status: 0 verified, 1 not verified, 2 usage error.
`;

export interface VerifyBundleIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const EXIT_VERIFIED = 0;
const EXIT_NOT_VERIFIED = 1;
const EXIT_USAGE = 2;

interface Artifact {
  label: string;
  /** The file's bytes; absent when only a digest was given. */
  bytes?: Buffer;
  /** The digest given instead of a file. */
  digest?: ArtifactDigest;
  /** `algorithm:hex` digests of the artifact. */
  digests: string[];
}

export function verifyBundleCommand(argv: string[], io: VerifyBundleIo): Promise<number> {
  // Verification itself is synchronous; the promise keeps the command's signature like the others'.
  return Promise.resolve(run(argv, io));
}

function run(argv: string[], io: VerifyBundleIo): number {
  const usage = (message: string): number => {
    io.stderr(`image-gate verify-bundle: ${message}\n\n${VERIFY_BUNDLE_USAGE}`);
    return EXIT_USAGE;
  };
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  let ignoreTlog: boolean;
  let ignoreSct: boolean;
  try {
    // cosign's switches, read as check and verify read them: bare, or =true / =false.
    const { switches, rest } = takeSwitches(argv);
    const given = (name: InputName): boolean => {
      const value = switches.get(name);
      return value !== undefined && parseBoolean(name, value);
    };
    ignoreTlog = given('insecure-ignore-tlog');
    ignoreSct = given('insecure-ignore-sct');
    ({ values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        bundle: { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-identity-regexp': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        'certificate-oidc-issuer-regexp': { type: 'string' },
        key: { type: 'string' },
        'trusted-root': { type: 'string' },
        'ca-roots': { type: 'string' },
        'ca-intermediates': { type: 'string' },
        'certificate-chain': { type: 'string' },
      },
    }));
  } catch (error) {
    return usage(errorMessage(error));
  }
  if (values.help === true) {
    io.stdout(VERIFY_BUNDLE_USAGE);
    return EXIT_VERIFIED;
  }
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const bundlePath = text('bundle');
  if (bundlePath === undefined) return usage('--bundle is required');
  if (positionals.length !== 1 || positionals[0] === undefined)
    return usage(positionals.length === 0 ? 'no ARTIFACT given' : `one ARTIFACT expected, got ${positionals.length}`);

  const identity = text('certificate-identity');
  const identityRegExp = text('certificate-identity-regexp');
  const issuer = text('certificate-oidc-issuer');
  const issuerRegExp = text('certificate-oidc-issuer-regexp');
  const keyPath = text('key');
  const keyless = [identity, identityRegExp, issuer, issuerRegExp].some((value) => value !== undefined);
  if (keyPath !== undefined && keyless) return usage('give either --key or the certificate identity flags, not both');
  if (identity !== undefined && identityRegExp !== undefined) return usage('give --certificate-identity or --certificate-identity-regexp, not both');
  if (issuer !== undefined && issuerRegExp !== undefined)
    return usage('give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both');
  if (keyPath === undefined && (identity ?? identityRegExp) === undefined) return usage('--certificate-identity (or -regexp) is required, or --key');
  if (keyPath === undefined && (issuer ?? issuerRegExp) === undefined) return usage('--certificate-oidc-issuer (or -regexp) is required, or --key');
  for (const [flag, pattern] of [
    ['--certificate-identity-regexp', identityRegExp],
    ['--certificate-oidc-issuer-regexp', issuerRegExp],
  ] as const) {
    if (pattern === undefined) continue;
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      return usage(`${flag} is not a valid regular expression: ${errorMessage(error)}`);
    }
  }

  const caRoots = text('ca-roots');
  const caIntermediates = text('ca-intermediates');
  const certificateChain = text('certificate-chain');
  if (keyPath !== undefined && (caRoots ?? caIntermediates ?? certificateChain) !== undefined)
    return usage('--ca-roots, --ca-intermediates and --certificate-chain go with a certificate, not with --key');
  if (certificateChain !== undefined && (caRoots ?? caIntermediates) !== undefined)
    return usage('give --certificate-chain or --ca-roots (with --ca-intermediates), not both');
  if (caIntermediates !== undefined && caRoots === undefined) return usage('--ca-intermediates needs --ca-roots');

  let trust: TrustContext;
  let keys: PublicKeyRule[] = [];
  let certificateAuthorities: CertificateAuthorityRule[] = [];
  let bundleJson: unknown;
  let artifact: Artifact;
  try {
    const trustedRoot = text('trusted-root');
    // An authority the root lists but cannot be used (no validity start) is left out, with a warning on stderr.
    const warnings = { debug: discard, info: discard, warning: (message: string) => io.stderr(`image-gate verify-bundle: warning: ${message}\n`) };
    trust = loadTrustedRoot(trustedRoot === undefined ? undefined : resolve(io.cwd, trustedRoot), warnings);
    if (keyPath !== undefined) {
      const pem = readInputTextSync(resolve(io.cwd, keyPath), { what: 'key file', maxBytes: INPUT_LIMITS.publicKey });
      keys = [{ name: keyPath, pem, requireTlog: !ignoreTlog }];
      parsePublicKeyRules(keys);
    }
    const readCertificates = (path: string): string =>
      readInputTextSync(resolve(io.cwd, path), { what: 'certificates file', maxBytes: INPUT_LIMITS.tlsPem });
    const requirements = { requireSct: !ignoreSct, requireTlog: !ignoreTlog };
    if (certificateChain !== undefined) {
      certificateAuthorities = [inputAuthority({ kind: 'chain', chainPem: readCertificates(certificateChain) }, requirements)];
    } else if (caRoots !== undefined) {
      const roots = { kind: 'roots' as const, rootsPem: readCertificates(caRoots) };
      certificateAuthorities = [
        inputAuthority(caIntermediates === undefined ? roots : { ...roots, intermediatesPem: readCertificates(caIntermediates) }, requirements),
      ];
    }
    // Before the bundle is read: a mistyped digest is a usage error, never "not verified".
    artifact = readArtifact(positionals[0], io.cwd);
    const bundleBytes = readInputFileSync(resolve(io.cwd, bundlePath), { what: 'bundle', maxBytes: INPUT_LIMITS.bundle });
    try {
      bundleJson = parseJsonDocument(bundleBytes, `the bundle ${bundlePath}`);
    } catch (error) {
      io.stderr(`Not verified: ${describeError(error)}\n`);
      return EXIT_NOT_VERIFIED;
    }
  } catch (error) {
    // The argument named, on one line: the usage text would bury it.
    if (error instanceof ArtifactArgumentError) {
      io.stderr(`image-gate verify-bundle: ${error.message}\n`);
      return EXIT_USAGE;
    }
    return usage(describeError(error));
  }

  const identities: IdentityRule[] = keyless
    ? [{ ...(identity !== undefined ? { identity } : { identityRegExp }), ...(issuer !== undefined ? { issuer } : { issuerRegExp }) }]
    : [];
  const check = checkBundle(bundleJson, artifact.bytes ?? artifact.digest, trust, {
    identities,
    keys,
    certificateAuthorities,
    ...(ignoreSct && { ignoreSct: true }),
    ...(ignoreTlog && { ignoreTlog: true }),
  });
  const signer = check.signer
    ? check.signer.kind === 'keyless'
      ? `${check.signer.identity} (issuer ${check.signer.issuer || '(none)'})`
      : `key ${check.signer.keyId}`
    : undefined;

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
  if (rejection) {
    io.stderr(`Not verified (${rejection.code}): ${rejection.message}${signer ? `\nSigned by: ${signer}` : ''}\n`);
    return EXIT_NOT_VERIFIED;
  }
  const unlogged = check.transparencyLog === 'not-checked' ? 'Transparency log: not checked (insecure-ignore-tlog)\n' : '';
  io.stdout(`Verified OK: ${artifact.label}\nSigned by: ${signer ?? 'unknown'}\n${unlogged}Trusted root: ${trust.origin}\n`);
  return EXIT_VERIFIED;
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
