/**
 * `image-gate verify-bundle`: verify one Sigstore bundle for any artifact, offline, with cosign's flag names.
 * Exit 0 verified, 1 not verified (reason on stderr), 2 usage error.
 */
import { parseArgs } from 'node:util';
import type { IdentityRule, SignerIdentity } from '../core/model/signatures.js';
import { parseBoolean, type InputName } from '../config/parse.js';
import type { CertificateAuthorityInput } from '../config/types.js';
import { errorMessage } from '../core/model/errors.js';
import { verifyBundle } from '../app/verify-bundle.js';
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

  const identities: IdentityRule[] = keyless
    ? [{ ...(identity !== undefined ? { identity } : { identityRegExp }), ...(issuer !== undefined ? { issuer } : { issuerRegExp }) }]
    : [];
  const certificateAuthority: CertificateAuthorityInput | undefined =
    certificateChain !== undefined
      ? { kind: 'chain', chainPath: certificateChain }
      : caRoots !== undefined
        ? { kind: 'roots', rootsPath: caRoots, ...(caIntermediates !== undefined && { intermediatesPath: caIntermediates }) }
        : undefined;
  const verification = verifyBundle({
    cwd: io.cwd,
    bundle: bundlePath,
    artifact: positionals[0],
    trustedRoot: text('trusted-root'),
    identities,
    key: keyPath,
    certificateAuthority,
    ignoreSct,
    ignoreTlog,
    warn: (message) => io.stderr(`image-gate verify-bundle: warning: ${message}\n`),
  });
  switch (verification.outcome) {
    case 'bad-artifact':
      // The argument named, on one line: the usage text would bury it.
      io.stderr(`image-gate verify-bundle: ${verification.message}\n`);
      return EXIT_USAGE;
    case 'bad-input':
      return usage(verification.message);
    case 'not-verified': {
      if (verification.code === undefined) {
        io.stderr(`Not verified: ${verification.message}\n`);
        return EXIT_NOT_VERIFIED;
      }
      const signer = signerText(verification.signer);
      io.stderr(`Not verified (${verification.code}): ${verification.message}${signer ? `\nSigned by: ${signer}` : ''}\n`);
      return EXIT_NOT_VERIFIED;
    }
    case 'verified': {
      const unlogged = verification.transparencyLog === 'not-checked' ? 'Transparency log: not checked (insecure-ignore-tlog)\n' : '';
      io.stdout(
        `Verified OK: ${verification.artifact}\nSigned by: ${signerText(verification.signer) ?? 'unknown'}\n${unlogged}Trusted root: ${verification.trustedRoot}\n`,
      );
      return EXIT_VERIFIED;
    }
  }
}

function signerText(signer: SignerIdentity | undefined): string | undefined {
  if (signer === undefined) return undefined;
  return signer.kind === 'keyless' ? `${signer.identity} (issuer ${signer.issuer || '(none)'})` : `key ${signer.keyId}`;
}
