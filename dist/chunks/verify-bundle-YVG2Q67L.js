import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  checkBundle,
  formatDigest,
  loadTrustedRoot,
  parseArtifactDigest,
  parsePublicKeyRules,
  parseStatement,
  requireSubject,
  toRejection
} from "./chunk-PVSLAWAR.js";
import "./chunk-7WBELWDF.js";
import {
  inputAuthority
} from "./chunk-FNGSUTE7.js";
import {
  discard,
  takeSwitches
} from "./chunk-IANXXKJE.js";
import {
  parseBoolean
} from "./chunk-YY34J5C2.js";
import "./chunk-RI7KEW47.js";
import "./chunk-4ENMLC6D.js";
import "./chunk-MULAURLS.js";
import "./chunk-MAU7Y6NY.js";
import "./chunk-WX6WFRWC.js";
import "./chunk-VF2KQCP3.js";
import {
  INPUT_LIMITS,
  parseJsonDocument,
  readInputFileSync,
  readInputTextSync
} from "./chunk-ELAGO25P.js";
import {
  describeError,
  errorMessage
} from "./chunk-YQNRIA6J.js";
import "./chunk-AWIWLHBC.js";

// src/cli/verify-bundle.ts
import { parseArgs } from "node:util";

// src/app/verify-bundle.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
function verifyBundle(options) {
  let { cwd, ignoreSct, ignoreTlog } = options, trust, keys = [], certificateAuthorities = [], bundleJson, artifact;
  try {
    let logger = { debug: discard, info: discard, warning: options.warn };
    if (trust = loadTrustedRoot(options.trustedRoot === void 0 ? void 0 : resolve(cwd, options.trustedRoot), logger), options.key !== void 0) {
      let pem = readInputTextSync(resolve(cwd, options.key), { what: "key file", maxBytes: INPUT_LIMITS.publicKey });
      keys = [{ name: options.key, pem, requireTlog: !ignoreTlog }], parsePublicKeyRules(keys);
    }
    let readCertificates = (path) => readInputTextSync(resolve(cwd, path), { what: "certificates file", maxBytes: INPUT_LIMITS.tlsPem }), requirements = { requireSct: !ignoreSct, requireTlog: !ignoreTlog }, authority = options.certificateAuthority;
    if (authority?.kind === "chain")
      certificateAuthorities = [inputAuthority({ kind: "chain", chainPem: readCertificates(authority.chainPath) }, requirements)];
    else if (authority?.kind === "roots") {
      let roots = { kind: "roots", rootsPem: readCertificates(authority.rootsPath) }, intermediates = authority.intermediatesPath;
      certificateAuthorities = [
        inputAuthority(intermediates === void 0 ? roots : { ...roots, intermediatesPem: readCertificates(intermediates) }, requirements)
      ];
    }
    artifact = readArtifact(options.artifact, cwd);
    let bundleBytes = readInputFileSync(resolve(cwd, options.bundle), { what: "bundle", maxBytes: INPUT_LIMITS.bundle });
    try {
      bundleJson = parseJsonDocument(bundleBytes, `the bundle ${options.bundle}`);
    } catch (error) {
      return { outcome: "not-verified", message: describeError(error) };
    }
  } catch (error) {
    return error instanceof ArtifactArgumentError ? { outcome: "bad-artifact", message: error.message } : { outcome: "bad-input", message: describeError(error) };
  }
  let check = checkBundle(bundleJson, artifact.bytes ?? artifact.digest, trust, {
    identities: options.identities,
    keys,
    certificateAuthorities,
    ...ignoreSct && { ignoreSct: !0 },
    ...ignoreTlog && { ignoreTlog: !0 }
  }), signer = check.signer === void 0 ? {} : { signer: check.signer }, rejection = check.rejection;
  if (!rejection)
    try {
      if (check.dsse) {
        let statement = parseStatement(check.dsse.payloadType, check.dsse.payload);
        artifact.digests.filter((digest) => statement.subjectDigests.includes(digest)).length === 0 && requireSubject(statement, artifact.digests[0] ?? "", "the artifact");
      }
    } catch (error) {
      rejection = toRejection(error);
    }
  return rejection ? { outcome: "not-verified", code: rejection.code, message: rejection.message, ...signer } : {
    outcome: "verified",
    artifact: artifact.label,
    ...signer,
    ...check.transparencyLog !== void 0 && { transparencyLog: check.transparencyLog },
    trustedRoot: trust.origin
  };
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

// src/cli/verify-bundle.ts
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
  let identities = keyless ? [{ ...identity !== void 0 ? { identity } : { identityRegExp }, ...issuer !== void 0 ? { issuer } : { issuerRegExp } }] : [], certificateAuthority = certificateChain !== void 0 ? { kind: "chain", chainPath: certificateChain } : caRoots !== void 0 ? { kind: "roots", rootsPath: caRoots, ...caIntermediates !== void 0 && { intermediatesPath: caIntermediates } } : void 0, verification = verifyBundle({
    cwd: io.cwd,
    bundle: bundlePath,
    artifact: positionals[0],
    trustedRoot: text("trusted-root"),
    identities,
    key: keyPath,
    certificateAuthority,
    ignoreSct,
    ignoreTlog,
    warn: (message) => io.stderr(`image-gate verify-bundle: warning: ${message}
`)
  });
  switch (verification.outcome) {
    case "bad-artifact":
      return io.stderr(`image-gate verify-bundle: ${verification.message}
`), EXIT_USAGE;
    case "bad-input":
      return usage(verification.message);
    case "not-verified": {
      if (verification.code === void 0)
        return io.stderr(`Not verified: ${verification.message}
`), EXIT_NOT_VERIFIED;
      let signer = signerText(verification.signer);
      return io.stderr(`Not verified (${verification.code}): ${verification.message}${signer ? `
Signed by: ${signer}` : ""}
`), EXIT_NOT_VERIFIED;
    }
    case "verified": {
      let unlogged = verification.transparencyLog === "not-checked" ? `Transparency log: not checked (insecure-ignore-tlog)
` : "";
      return io.stdout(
        `Verified OK: ${verification.artifact}
Signed by: ${signerText(verification.signer) ?? "unknown"}
${unlogged}Trusted root: ${verification.trustedRoot}
`
      ), EXIT_VERIFIED;
    }
  }
}
function signerText(signer) {
  if (signer !== void 0)
    return signer.kind === "keyless" ? `${signer.identity} (issuer ${signer.issuer || "(none)"})` : `key ${signer.keyId}`;
}
export {
  VERIFY_BUNDLE_USAGE,
  verifyBundleCommand
};
