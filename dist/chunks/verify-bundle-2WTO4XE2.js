import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  inputAuthority
} from "./chunk-BYIYJDDN.js";
import {
  checkBundle,
  formatDigest,
  loadTrustedRoot,
  parseArtifactDigest,
  parsePublicKeyRules,
  parseStatement,
  requireSubject,
  toRejection
} from "./chunk-JG5BWBOT.js";
import "./chunk-7WBELWDF.js";
import {
  discard,
  takeSwitches
} from "./chunk-ZVZY2OUR.js";
import {
  parseBoolean
} from "./chunk-GBYP4E5I.js";
import "./chunk-BMPABI3P.js";
import "./chunk-5FMD7AYD.js";
import {
  parseJsonDocument
} from "./chunk-OAV25Q7R.js";
import "./chunk-C2FRMPVS.js";
import "./chunk-4TRXQ6F2.js";
import {
  INPUT_LIMITS,
  readInputFileSync,
  readInputTextSync
} from "./chunk-CBAA7TTF.js";
import "./chunk-VF2KQCP3.js";
import "./chunk-LUCZD3HT.js";
import {
  describeError,
  errorMessage
} from "./chunk-QTDHMDYW.js";
import "./chunk-AWIWLHBC.js";

// src/cli/verify-bundle.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var VERIFY_BUNDLE_USAGE = `Usage: image-gate verify-bundle --bundle FILE
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
`, EXIT_VERIFIED = 0, EXIT_NOT_VERIFIED = 1, EXIT_USAGE = 2;
function verifyBundleCommand(argv, io) {
  return Promise.resolve(run(argv, io));
}
function run(argv, io) {
  let usage = (message) => (io.stderr(`image-gate verify-bundle: ${message}

${VERIFY_BUNDLE_USAGE}`), EXIT_USAGE), values, positionals, ignoreTlog, ignoreSct;
  try {
    let { switches, rest } = takeSwitches(argv), given = (name) => {
      let value = switches.get(name);
      return value !== void 0 && parseBoolean(name, value);
    };
    ignoreTlog = given("insecure-ignore-tlog"), ignoreSct = given("insecure-ignore-sct"), { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: !0,
      strict: !0,
      options: {
        help: { type: "boolean", short: "h" },
        bundle: { type: "string" },
        "certificate-identity": { type: "string" },
        "certificate-identity-regexp": { type: "string" },
        "certificate-oidc-issuer": { type: "string" },
        "certificate-oidc-issuer-regexp": { type: "string" },
        key: { type: "string" },
        "trusted-root": { type: "string" },
        "ca-roots": { type: "string" },
        "ca-intermediates": { type: "string" },
        "certificate-chain": { type: "string" }
      }
    });
  } catch (error) {
    return usage(errorMessage(error));
  }
  if (values.help === !0)
    return io.stdout(VERIFY_BUNDLE_USAGE), EXIT_VERIFIED;
  let text = (name) => {
    let value = values[name];
    return typeof value == "string" ? value : void 0;
  }, bundlePath = text("bundle");
  if (bundlePath === void 0) return usage("--bundle is required");
  if (positionals.length !== 1 || positionals[0] === void 0)
    return usage(positionals.length === 0 ? "no ARTIFACT given" : `one ARTIFACT expected, got ${positionals.length}`);
  let identity = text("certificate-identity"), identityRegExp = text("certificate-identity-regexp"), issuer = text("certificate-oidc-issuer"), issuerRegExp = text("certificate-oidc-issuer-regexp"), keyPath = text("key"), keyless = [identity, identityRegExp, issuer, issuerRegExp].some((value) => value !== void 0);
  if (keyPath !== void 0 && keyless) return usage("give either --key or the certificate identity flags, not both");
  if (identity !== void 0 && identityRegExp !== void 0) return usage("give --certificate-identity or --certificate-identity-regexp, not both");
  if (issuer !== void 0 && issuerRegExp !== void 0)
    return usage("give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both");
  if (keyPath === void 0 && (identity ?? identityRegExp) === void 0) return usage("--certificate-identity (or -regexp) is required, or --key");
  if (keyPath === void 0 && (issuer ?? issuerRegExp) === void 0) return usage("--certificate-oidc-issuer (or -regexp) is required, or --key");
  for (let [flag, pattern] of [
    ["--certificate-identity-regexp", identityRegExp],
    ["--certificate-oidc-issuer-regexp", issuerRegExp]
  ])
    if (pattern !== void 0)
      try {
        new RegExp(pattern, "u");
      } catch (error) {
        return usage(`${flag} is not a valid regular expression: ${errorMessage(error)}`);
      }
  let caRoots = text("ca-roots"), caIntermediates = text("ca-intermediates"), certificateChain = text("certificate-chain");
  if (keyPath !== void 0 && (caRoots ?? caIntermediates ?? certificateChain) !== void 0)
    return usage("--ca-roots, --ca-intermediates and --certificate-chain go with a certificate, not with --key");
  if (certificateChain !== void 0 && (caRoots ?? caIntermediates) !== void 0)
    return usage("give --certificate-chain or --ca-roots (with --ca-intermediates), not both");
  if (caIntermediates !== void 0 && caRoots === void 0) return usage("--ca-intermediates needs --ca-roots");
  let trust, keys = [], certificateAuthorities = [], bundleJson, artifact;
  try {
    let trustedRoot = text("trusted-root"), warnings = { debug: discard, info: discard, warning: (message) => io.stderr(`image-gate verify-bundle: warning: ${message}
`) };
    if (trust = loadTrustedRoot(trustedRoot === void 0 ? void 0 : resolve(io.cwd, trustedRoot), warnings), keyPath !== void 0) {
      let pem = readInputTextSync(resolve(io.cwd, keyPath), { what: "key file", maxBytes: INPUT_LIMITS.publicKey });
      keys = [{ name: keyPath, pem, requireTlog: !ignoreTlog }], parsePublicKeyRules(keys);
    }
    let readCertificates = (path) => readInputTextSync(resolve(io.cwd, path), { what: "certificates file", maxBytes: INPUT_LIMITS.tlsPem }), requirements = { requireSct: !ignoreSct, requireTlog: !ignoreTlog };
    if (certificateChain !== void 0)
      certificateAuthorities = [inputAuthority({ kind: "chain", chainPem: readCertificates(certificateChain) }, requirements)];
    else if (caRoots !== void 0) {
      let roots = { kind: "roots", rootsPem: readCertificates(caRoots) };
      certificateAuthorities = [
        inputAuthority(caIntermediates === void 0 ? roots : { ...roots, intermediatesPem: readCertificates(caIntermediates) }, requirements)
      ];
    }
    artifact = readArtifact(positionals[0], io.cwd);
    let bundleBytes = readInputFileSync(resolve(io.cwd, bundlePath), { what: "bundle", maxBytes: INPUT_LIMITS.bundle });
    try {
      bundleJson = parseJsonDocument(bundleBytes, `the bundle ${bundlePath}`);
    } catch (error) {
      return io.stderr(`Not verified: ${describeError(error)}
`), EXIT_NOT_VERIFIED;
    }
  } catch (error) {
    return error instanceof ArtifactArgumentError ? (io.stderr(`image-gate verify-bundle: ${error.message}
`), EXIT_USAGE) : usage(describeError(error));
  }
  let identities = keyless ? [{ ...identity !== void 0 ? { identity } : { identityRegExp }, ...issuer !== void 0 ? { issuer } : { issuerRegExp } }] : [], check = checkBundle(bundleJson, artifact.bytes ?? artifact.digest, trust, {
    identities,
    keys,
    certificateAuthorities,
    ...ignoreSct && { ignoreSct: !0 },
    ...ignoreTlog && { ignoreTlog: !0 }
  }), signer = check.signer ? check.signer.kind === "keyless" ? `${check.signer.identity} (issuer ${check.signer.issuer || "(none)"})` : `key ${check.signer.keyId}` : void 0, rejection = check.rejection;
  if (!rejection)
    try {
      if (check.dsse) {
        let statement = parseStatement(check.dsse.payloadType, check.dsse.payload);
        artifact.digests.filter((digest) => statement.subjectDigests.includes(digest)).length === 0 && requireSubject(statement, artifact.digests[0] ?? "", "the artifact");
      }
    } catch (error) {
      rejection = toRejection(error);
    }
  if (rejection)
    return io.stderr(`Not verified (${rejection.code}): ${rejection.message}${signer ? `
Signed by: ${signer}` : ""}
`), EXIT_NOT_VERIFIED;
  let unlogged = check.transparencyLog === "not-checked" ? `Transparency log: not checked (insecure-ignore-tlog)
` : "";
  return io.stdout(`Verified OK: ${artifact.label}
Signed by: ${signer ?? "unknown"}
${unlogged}Trusted root: ${trust.origin}
`), EXIT_VERIFIED;
}
function readArtifact(arg, cwd) {
  let path = resolve(cwd, arg);
  if (existsSync(path)) {
    let bytes = readInputFileSync(path, { what: "artifact", maxBytes: INPUT_LIMITS.artifact }), digests = ["sha256", "sha512"].map((algorithm) => `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`);
    return { label: arg, bytes, digests };
  }
  let digest = parseArtifactDigest(arg);
  if (!digest)
    throw new ArtifactArgumentError(
      `ARTIFACT ${JSON.stringify(arg)} is neither a file nor a sha256:<64 hex> digest (sha384:<96 hex> and sha512:<128 hex> are read too)`
    );
  return { label: arg, digest, digests: [formatDigest(digest)] };
}
var ArtifactArgumentError = class extends Error {
};
export {
  VERIFY_BUNDLE_USAGE,
  verifyBundleCommand
};
