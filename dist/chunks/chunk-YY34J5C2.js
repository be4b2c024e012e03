import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  COMMENT,
  IMAGE_SOURCE,
  MODE,
  POLICY_SOURCE,
  RULE_LEVEL,
  SCANNER,
  SCOPE,
  SIGNATURE_MODE,
  THRESHOLD,
  thresholdOf
} from "./chunk-RI7KEW47.js";
import {
  COMPROMISED_VERSIONS,
  DEFAULT_TRIVY_VERSION,
  TRIVY_VERSION_FROM_PATH
} from "./chunk-MAU7Y6NY.js";
import {
  parseImageReference
} from "./chunk-WX6WFRWC.js";
import {
  configError
} from "./chunk-YQNRIA6J.js";

// src/config/parse.ts
import { isAbsolute, join } from "node:path";

// src/config/inputs.ts
var INPUTS = [
  {
    name: "image",
    kind: "value",
    group: "subject",
    value: "REF",
    help: "the image to gate, pinned to one digest first (also: check IMAGE)",
    description: "The image to gate, e.g. ghcr.io/acme/app:1.2 or ghcr.io/acme/app@sha256:\u2026. It is pinned to one digest before it is scanned."
  },
  {
    name: "image-source",
    kind: "value",
    group: "subject",
    value: "registry|docker",
    help: "where IMAGE lives (default registry)",
    description: "Where `image` lives: `registry` (default; pulled by digest) or `docker` (the local Docker daemon, e.g. after build-push-action with load: true).",
    default: "registry"
  },
  {
    name: "input",
    kind: "value",
    group: "subject",
    value: "PATH",
    help: "a docker-archive or OCI archive file, or an OCI layout folder, to scan",
    description: "Instead of `image`: a docker-archive or OCI archive file, or an OCI layout folder, to scan."
  },
  {
    name: "report",
    kind: "value",
    group: "subject",
    value: "FILE",
    help: "judge an existing Trivy JSON report; no scan",
    description: "Instead of scanning: an existing Trivy JSON report (SchemaVersion 2) to judge."
  },
  {
    name: "policy",
    kind: "value",
    group: "policy",
    value: "FILE",
    help: "policy file (default .github/image-gate.yml when present)",
    description: "Policy file (YAML). Default `.github/image-gate.yml`, used when it exists. Inputs below win over it."
  },
  {
    name: "policy-source",
    kind: "value",
    group: "policy",
    value: "base|head",
    help: "on a pull request's event: the base branch's policy (default) or the checkout's",
    description: "Where the policy file is read on a pull request: `base` (the default on pull_request, pull_request_target, pull_request_review, pull_request_review_comment and merge_group events: the file, the key and trusted-root files it names, and the files the `key` and `trusted-root` inputs name, are read from the base branch at the base SHA through the contents API, needing `contents: read`, so a pull request cannot relax the policy or swap the keys that judge it; the summary and the comment show any change it makes to the policy file; on an issue_comment on a pull request, the default branch at GITHUB_SHA; a pull request event whose payload names no base is an error, never a fall back to the pull request's files; such paths must lie inside the repository, a key may be given inline as PEM) or `head` (the workspace, for repositories that protect these files another way). Other events always use the workspace."
  },
  {
    name: "mode",
    kind: "value",
    group: "policy",
    value: "enforce|audit",
    help: "audit reports a failing verdict but exits 0",
    description: "`enforce` fails the step on a failing verdict; `audit` reports the same and never fails. Default from the policy, else enforce."
  },
  {
    name: "fail-on-severity",
    kind: "value",
    group: "policy",
    value: "LEVEL",
    help: "unknown|low|medium|high|critical|none (default high)",
    description: "Fail on vulnerabilities at or above this severity: unknown, low, medium, high, critical or none. Default from the policy, else high."
  },
  {
    name: "only-fixed",
    kind: "value",
    group: "policy",
    value: "true|false",
    help: "count only vulnerabilities that have a fix",
    description: "Count only vulnerabilities that have a fix (true/false). Unfixed ones are still reported."
  },
  {
    name: "fail-on-secrets",
    kind: "value",
    group: "policy",
    value: "true|false",
    help: "fail when a secret is found (default true)",
    description: "Fail when a secret is found in the image (true/false). Default true."
  },
  {
    name: "misconfig-fail-on-severity",
    kind: "value",
    group: "policy",
    value: "LEVEL",
    help: "fail on misconfigurations at or above LEVEL (default none)",
    description: "Fail on misconfigurations at or above this severity (needs the misconfig scanner). Default none."
  },
  {
    name: "forbid-root",
    kind: "value",
    group: "policy",
    value: "true|false",
    help: "fail when the image runs as root",
    description: "Fail when the image runs as root: no User, root, or any uid 0 spelling (+0, -0, 000). A user given by name fails too unless the policy sets image.allow-named-user. Default false."
  },
  {
    name: "deny-licenses",
    kind: "value",
    group: "policy",
    value: "LIST",
    help: "license names or SPDX ids that fail, comma-separated",
    description: "License names or SPDX ids that fail the gate, comma- or newline-separated (needs the license scanner)."
  },
  {
    name: "vex",
    kind: "value",
    group: "policy",
    value: "PATH",
    help: "an OpenVEX document whose not_affected and fixed statements suppress findings (repeatable)",
    description: "OpenVEX (v0.2.0) documents, one path per line: a vulnerability a statement says does not affect a package (`not_affected`, with its justification) or is fixed in it (`fixed`) is reported as suppressed by VEX and does not count toward the policy. CycloneDX VEX and CSAF are refused as unsupported; VEX attached to the image is not read."
  },
  {
    name: "scanners",
    kind: "value",
    group: "trivy",
    value: "LIST",
    help: "vuln,secret,misconfig,license (default vuln,secret)",
    description: "Trivy scanners to run: vuln, secret, misconfig, license (comma-separated).",
    default: "vuln,secret"
  },
  {
    name: "platforms",
    kind: "value",
    group: "subject",
    value: "all|LIST",
    help: "platforms of a multi-platform image to gate, each on its own: all (default) or os/arch[/variant],\u2026",
    description: "Platforms of a multi-platform image (an index) to gate: `all` (default) or a list of os/arch[/variant], comma- or newline-separated, e.g. linux/amd64,linux/arm64. Each is scanned by its own manifest digest and judged on its own; the image fails when any does. A platform the index does not have is an error. Attestation manifests are no platforms."
  },
  {
    name: "platform",
    kind: "value",
    group: "subject",
    value: "OS/ARCH",
    help: "one platform of a multi-platform image: the same as --platforms OS/ARCH",
    description: "One platform of a multi-platform image to gate, e.g. linux/arm64: the same as `platforms` with one platform. Give one or the other."
  },
  {
    name: "registry-username",
    kind: "value",
    group: "registry",
    value: "USER",
    help: "pull credentials (else the Docker config file)",
    description: "Username for the image registry (pull only). Docker config credentials are used otherwise."
  },
  {
    name: "registry-password",
    kind: "value",
    group: "registry",
    value: "PASSWORD",
    help: "with --registry-username; redacted from the output",
    description: "Password or token for the image registry. Masked in logs."
  },
  {
    name: "insecure-registries",
    kind: "value",
    group: "registry",
    value: "HOSTS",
    help: "registries that may be reached over plain HTTP (loopback always may)",
    description: "Registries that may be reached over plain HTTP (loopback always may)."
  },
  {
    name: "docker-host",
    kind: "value",
    group: "registry",
    value: "ADDRESS",
    help: "Docker daemon for --image-source docker (default DOCKER_HOST)",
    description: "Docker daemon address for image-source docker (default DOCKER_HOST or the local socket)."
  },
  {
    name: "trivy-version",
    kind: "value",
    group: "trivy",
    value: "X.Y.Z|path",
    help: `the Trivy release that runs (default ${DEFAULT_TRIVY_VERSION}): the trivy on PATH only if exactly it, else installed; path: the trivy on PATH`,
    description: `Trivy release to run (default ${DEFAULT_TRIVY_VERSION}): a trivy on PATH is used only when it is exactly this release, otherwise this release is installed (checksum-verified, tool-cached). \`path\`: use whatever trivy is on PATH instead, installing none (a known-malicious or too old one is refused).`
  },
  {
    name: "trivy-path",
    kind: "value",
    group: "trivy",
    value: "FILE",
    help: "a Trivy binary to use as it is, whatever trivy-version says",
    description: "Path to a Trivy binary to use as it is, whatever trivy-version says."
  },
  {
    name: "trivy-server",
    kind: "value",
    group: "trivy",
    value: "URL",
    help: "a Trivy server (client/server mode)",
    description: "URL of a Trivy server (client/server mode), so runners share one vulnerability DB."
  },
  {
    name: "trivy-server-token",
    kind: "value",
    group: "trivy",
    value: "TOKEN",
    help: "the Trivy server's token, given to Trivy in its environment",
    description: "Token for the Trivy server (sent in its Trivy-Token header). Masked; passed to Trivy through its environment."
  },
  {
    name: "trivy-db-repository",
    kind: "value",
    group: "trivy",
    value: "REPOS",
    help: "mirrors of Trivy's vulnerability DB, comma-separated",
    description: "OCI repositories of the Trivy vulnerability DB (mirrors), comma-separated."
  },
  {
    name: "trivy-java-db-repository",
    kind: "value",
    group: "trivy",
    value: "REPOS",
    help: "mirrors of Trivy's Java DB, comma-separated",
    description: "OCI repositories of the Trivy Java DB (mirrors), comma-separated."
  },
  {
    name: "trivy-timeout",
    kind: "value",
    group: "trivy",
    value: "DURATION",
    help: "how long Trivy may run: 600, 10m, 1h (default 15m)",
    description: "How long Trivy may run, e.g. 600, 10m or 1h. Default 15m."
  },
  {
    name: "parallel",
    kind: "value",
    group: "trivy",
    value: "N",
    help: "how many Trivy scans run at once, 1 to 64 (default 4)",
    description: "How many Trivy scans run at once (1 to 64). Trivy's databases are brought up to date once per run, before the scans, which then share them; `1` scans one image at a time. A `trivy-server` scans up to as many at once.",
    default: "4"
  },
  {
    name: "cache-db",
    kind: "value",
    group: "action",
    value: "true|false",
    help: "keep Trivy's DB in the Actions cache",
    description: "Keep the Trivy DB in the Actions cache between runs, keyed by day.",
    default: "true"
  },
  {
    name: "dockerfile",
    kind: "value",
    group: "base-image",
    value: "FILE",
    help: "the Dockerfile the image was built from: its FROM lines are checked",
    description: "The Dockerfile the image was built from; image findings are annotated on its final FROM line."
  },
  {
    name: "build-args",
    kind: "value",
    group: "base-image",
    value: "NAME=value",
    help: "the build arguments of the build, one per line, so ARGs in FROM resolve",
    description: "The build arguments the image was built with (NAME=value per line, as in docker/build-push-action), so ARGs in FROM lines resolve as in the build."
  },
  {
    name: "scope",
    kind: "value",
    group: "policy",
    value: "all|introduced",
    help: "introduced: only the image's own layers' vulnerabilities count (needs --dockerfile)",
    description: "`all` (default): every vulnerability counts. `introduced`: only those the image's own layers added count; those inherited from the base (needs `dockerfile`) are reported with advice."
  },
  {
    name: "base-image-pinned",
    kind: "value",
    group: "base-image",
    value: "fail|warn|off",
    help: "every external FROM must name a digest (default warn)",
    description: "Every external FROM must name a digest: `fail`, `warn` (default) or `off`. The annotation suggests the exact @sha256 to pin to."
  },
  {
    name: "base-image-allow",
    kind: "value",
    group: "base-image",
    value: "GLOBS",
    help: "allowed base images, globs over registry/repository:tag, comma-separated",
    description: "Allowed base images, glob patterns over registry/repository:tag (e.g. docker.io/library/*, cgr.dev/chainguard/**), comma- or newline-separated."
  },
  {
    name: "base-image-deny",
    kind: "value",
    group: "base-image",
    value: "GLOBS",
    help: "denied base images, e.g. *:latest; deny wins over allow",
    description: "Denied base images, glob patterns (e.g. *:latest); deny wins over allow."
  },
  {
    name: "sarif-file",
    kind: "value",
    group: "output",
    value: "FILE",
    help: "write SARIF 2.1.0 (also: --sarif FILE)",
    description: "Where to write the SARIF 2.1.0 file for code scanning. Default $RUNNER_TEMP/image-gate/image-gate.sarif."
  },
  {
    name: "result-file",
    kind: "value",
    group: "output",
    value: "FILE",
    help: "write the machine-readable result (JSON)",
    description: "Where to write the machine-readable result. Default $RUNNER_TEMP/image-gate/image-gate-result.json."
  },
  {
    name: "trivy-reports",
    kind: "value",
    group: "output",
    value: "DIR",
    help: "keep Trivy's own JSON report of each scan in DIR",
    description: "A folder to keep Trivy's own JSON report of each scan in (one file per image and platform), as Trivy wrote it. The Action keeps them in the workflow artifact (`upload-artifact`) without it."
  },
  {
    name: "signatures",
    kind: "value",
    group: "signatures",
    value: "required|optional|off",
    help: "must the image carry a verified signature from a trusted signer",
    description: "`required`: the image must carry a verified signature from a trusted signer (and the required attestations); `optional`: report only; `off`. Default from the policy: required when it names signers, else off."
  },
  {
    name: "certificate-identity",
    kind: "value",
    group: "signatures",
    value: "X",
    help: "a trusted keyless signer's certificate identity (SAN), exact",
    description: "Trusted keyless signer: the certificate identity (SAN), exact, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main. Replaces the policy file's identities."
  },
  {
    name: "certificate-identity-regexp",
    kind: "value",
    group: "signatures",
    value: "X",
    help: "the same as a regular expression, always anchored",
    description: "Trusted keyless signer identity as a regular expression; always anchored (matched as ^(?:\u2026)$)."
  },
  {
    name: "certificate-oidc-issuer",
    kind: "value",
    group: "signatures",
    value: "X",
    help: "the signer's OIDC issuer, exact",
    description: "Trusted OIDC issuer, exact, e.g. https://token.actions.githubusercontent.com."
  },
  {
    name: "certificate-oidc-issuer-regexp",
    kind: "value",
    group: "signatures",
    value: "X",
    help: "the same as a regular expression, always anchored",
    description: "Trusted OIDC issuer as a regular expression; always anchored."
  },
  {
    name: "key",
    kind: "value",
    group: "signatures",
    value: "PEM_FILE",
    help: "trusted public keys: PEM files or PEM text, one per line",
    description: "Trusted public keys: PEM text, or paths of PEM files, one per line (ECDSA P-256/P-384, Ed25519, RSA). As with cosign, a signature made with a key must be in the transparency log (Rekor) unless insecure-ignore-tlog is set."
  },
  {
    name: "insecure-ignore-tlog",
    kind: "switch",
    group: "signatures",
    help: "accept signatures with no transparency-log entry (as cosign)",
    description: `cosign --insecure-ignore-tlog: accept signatures that have no transparency-log entry, for the key input's keys, the private-CA inputs' CA, every policy key and policy CA without its own require-tlog (which wins), and keyless signatures from the trusted root's CAs (Fulcio), which then need an RFC 3161 timestamp from a trusted timestamp authority. Such signatures are reported as "transparency log not checked".`,
    default: "false"
  },
  {
    name: "trusted-root",
    kind: "value",
    group: "signatures",
    value: "FILE",
    help: "a Sigstore trusted_root.json (default the shipped public-good root)",
    description: "A Sigstore trusted_root.json (private Sigstore, GitHub's instance for private repositories). Default: the public-good root shipped with the Action."
  },
  {
    name: "ca-roots",
    kind: "value",
    group: "signatures",
    value: "PEM_FILE",
    help: "a private CA's root certificates (as cosign's)",
    description: "A private CA (like cosign --ca-roots): a PEM file of root certificates; signing certificates must chain to one of them instead of to Fulcio. The certificate identity and issuer inputs still say whose certificate is trusted. Replaces the policy file's certificate-authorities; on a pull request read from the base branch."
  },
  {
    name: "ca-intermediates",
    kind: "value",
    group: "signatures",
    value: "PEM_FILE",
    help: "with --ca-roots: the private CA's intermediate certificates",
    description: "With ca-roots: a PEM file of intermediate CA certificates that link signing certificates to the roots (like cosign --ca-intermediates). Without it, the intermediates a signature carries are used, never as roots."
  },
  {
    name: "certificate-chain",
    kind: "value",
    group: "signatures",
    value: "PEM_FILE",
    help: "a private CA as one PEM chain, issuer first (as cosign's)",
    description: "A private CA as one PEM chain (like cosign --certificate-chain): the signing certificate's issuer first, the root last. Instead of ca-roots and ca-intermediates."
  },
  {
    name: "insecure-ignore-sct",
    kind: "switch",
    group: "signatures",
    help: "accept certificates without an SCT (as cosign)",
    description: "true: accept certificates without an SCT (proof of certificate transparency logging), as cosign --insecure-ignore-sct. For a private CA that logs to no CT log: applies to the trusted root's CAs, the private-CA inputs' CA and every policy CA without its own require-sct (which wins).",
    default: "false"
  },
  {
    name: "github-token",
    kind: "value",
    group: "signatures",
    value: "TOKEN",
    help: "for the GitHub API: attestations, and the base branch's policy on a pull request",
    description: "Token for the GitHub attestations API (needs `attestations: read`).",
    default: "${{ github.token }}"
  },
  {
    name: "comment",
    kind: "value",
    group: "action",
    value: "always|on-failure|never",
    help: "sticky pull request comment",
    description: "Sticky pull request comment (one per workflow, job and image set, updated in place): `always`, `on-failure` (default; a passing run still updates an earlier failure comment) or `never`. Needs `pull-requests: write`.",
    default: "on-failure"
  },
  {
    name: "check-run",
    kind: "value",
    group: "action",
    value: "true|false",
    help: "a check run per image",
    description: "A check run per image with every annotation (sent 50 at a time, so none is lost to the 10-per-step limit). Needs `checks: write`.",
    default: "true"
  },
  {
    name: "upload-sarif",
    kind: "value",
    group: "action",
    value: "true|false",
    help: "upload the SARIF to code scanning",
    description: "Upload the SARIF to code scanning (one category per image), within GitHub's limits. Needs `security-events: write`.",
    default: "true"
  },
  {
    name: "upload-artifact",
    kind: "value",
    group: "action",
    value: "true|false",
    help: "keep the full report as a workflow artifact (the CLI writes the files instead: --result-file, --sarif-file)",
    description: "Keep the full report as one workflow artifact per run: the result file, the SARIF and Trivy's JSON report of each scan, linked from the job summary and the pull request comment. A failed upload is a warning and never changes the verdict.",
    default: "true"
  },
  {
    name: "upload-sarif-wait",
    kind: "value",
    group: "action",
    value: "DURATION",
    help: "how long to wait for code scanning to process the upload",
    description: "How long to wait for code scanning to process the upload (e.g. 2m); 0 does not wait.",
    default: "0"
  }
], INPUT_NAMES = INPUTS.map((input) => input.name), SWITCH_INPUTS = INPUTS.filter((input) => input.kind === "switch").map((input) => input.name);

// src/config/parse.ts
var DEFAULT_POLICY_PATH = ".github/image-gate.yml", DEFAULT_SCANNERS = ["vuln", "secret"], DEFAULT_TRIVY_TIMEOUT_MS = 15 * 6e4, DEFAULT_PARALLEL = 4, MAX_PARALLEL = 64;
function parseConfig(read, context) {
  let get = (name) => {
    let value = read(name).trim();
    return value === "" ? void 0 : value;
  }, resolvePath = (path) => isAbsolute(path) ? path : join(context.workspace, path), policyInput = get("policy"), registryUsername = get("registry-username"), registryPassword = get("registry-password");
  if (registryUsername === void 0 != (registryPassword === void 0))
    throw configError("Inputs registry-username and registry-password go together: give both or neither");
  if (get("trivy-server-token") !== void 0 && get("trivy-server") === void 0)
    throw configError("Input trivy-server-token needs trivy-server: it authenticates to a Trivy server");
  let sources = parseSources(get, resolvePath), credentialRegistries = [
    ...new Set(sources.flatMap((item) => item.kind === "registry" || item.kind === "docker" ? [item.image.reference.registry] : []))
  ];
  return {
    sources,
    policy: {
      path: resolvePath(policyInput ?? DEFAULT_POLICY_PATH),
      required: policyInput !== void 0,
      source: optional(get("policy-source"), (value) => oneOf("policy-source", value, POLICY_SOURCE)),
      overrides: parseOverrides(get),
      trust: parseTrustInputs(get, resolvePath)
    },
    platforms: parsePlatforms(get("platforms"), get("platform")),
    registry: {
      credentials: registryUsername !== void 0 && registryPassword !== void 0 ? credentialRegistries.map((registry) => ({ registry, username: registryUsername, password: registryPassword })) : [],
      insecure: list(get("insecure-registries"))
    },
    dockerHost: get("docker-host"),
    trivy: {
      version: parseTrivyVersion(get("trivy-version") ?? DEFAULT_TRIVY_VERSION),
      path: optional(get("trivy-path"), resolvePath),
      server: optional(get("trivy-server"), parseServerUrl),
      serverToken: get("trivy-server-token"),
      dbRepositories: list(get("trivy-db-repository")),
      javaDbRepositories: list(get("trivy-java-db-repository")),
      timeoutMs: optional(get("trivy-timeout"), (value) => parseDuration("trivy-timeout", value)) ?? DEFAULT_TRIVY_TIMEOUT_MS,
      cacheDb: optional(get("cache-db"), (value) => parseBoolean("cache-db", value)) ?? !0,
      scanners: optional(get("scanners"), parseScanners) ?? DEFAULT_SCANNERS
    },
    parallel: optional(get("parallel"), parseParallel) ?? DEFAULT_PARALLEL,
    dockerfile: get("dockerfile"),
    vex: lines(get("vex")).map((path) => ({ path: resolvePath(path), display: path })),
    buildArgs: parseBuildArgs(get("build-args")),
    sarifFile: resolvePath(get("sarif-file") ?? join(context.tempDir, "image-gate.sarif")),
    resultFile: resolvePath(get("result-file") ?? join(context.tempDir, "image-gate-result.json")),
    trivyReportsDir: optional(get("trivy-reports"), resolvePath),
    githubToken: get("github-token"),
    github: {
      comment: optional(get("comment"), (value) => oneOf("comment", value, COMMENT)) ?? "on-failure",
      checkRun: optional(get("check-run"), (value) => parseBoolean("check-run", value)) ?? !0,
      uploadSarif: optional(get("upload-sarif"), (value) => parseBoolean("upload-sarif", value)) ?? !0,
      uploadArtifact: optional(get("upload-artifact"), (value) => parseBoolean("upload-artifact", value)) ?? !0,
      uploadWaitMs: optional(get("upload-sarif-wait"), (value) => parseDuration("upload-sarif-wait", value, { zeroAllowed: !0 })) ?? 0
    }
  };
}
function parseSources(get, resolvePath) {
  let [first, ...more] = list(get("image"));
  if (first !== void 0 && more.length > 0) {
    if (get("input") !== void 0 || get("report") !== void 0)
      throw configError("Several images are given in the input image; input and report go with one image only");
    let kind = parseImageSourceKind(get("image-source"));
    return [{ kind, image: namedImage(first) }, ...more.map((written) => ({ kind, image: namedImage(written) }))];
  }
  return [parseSource(first, get, resolvePath)];
}
function namedImage(written) {
  return { written, reference: parseImageReference(written) };
}
function parseImageSourceKind(value) {
  return value === void 0 ? "registry" : oneOf("image-source", value, IMAGE_SOURCE);
}
function parseSource(image, get, resolvePath) {
  let input = get("input"), report = get("report");
  if ([input && "input", report && "report"].filter(Boolean).length > 1) throw configError("Give only one of the inputs input and report");
  let imageSource = parseImageSourceKind(get("image-source"));
  if (report !== void 0) return { kind: "report", path: resolvePath(report), ...image !== void 0 && { image: namedImage(image) } };
  if (input !== void 0) return { kind: "input", path: resolvePath(input), ...image !== void 0 && { image: namedImage(image) } };
  if (image === void 0)
    throw configError(
      "Nothing to gate: give the input image (a registry or Docker image), input (an archive or OCI layout) or report (a Trivy JSON report)"
    );
  return { kind: imageSource, image: namedImage(image) };
}
function parseOverrides(get) {
  return {
    mode: optional(get("mode"), (value) => oneOf("mode", value, MODE)),
    failOnSeverity: optional(get("fail-on-severity"), (value) => parseThreshold("fail-on-severity", value)),
    onlyFixed: optional(get("only-fixed"), (value) => parseBoolean("only-fixed", value)),
    secretsFail: optional(get("fail-on-secrets"), (value) => parseBoolean("fail-on-secrets", value)),
    misconfigFailOnSeverity: optional(get("misconfig-fail-on-severity"), (value) => parseThreshold("misconfig-fail-on-severity", value)),
    forbidRoot: optional(get("forbid-root"), (value) => parseBoolean("forbid-root", value)),
    licensesDeny: optional(get("deny-licenses"), list),
    signatureMode: optional(get("signatures"), (value) => oneOf("signatures", value, SIGNATURE_MODE)),
    certificateIdentity: get("certificate-identity"),
    certificateIdentityRegexp: get("certificate-identity-regexp"),
    certificateOidcIssuer: get("certificate-oidc-issuer"),
    certificateOidcIssuerRegexp: get("certificate-oidc-issuer-regexp"),
    insecureIgnoreTlog: optional(get("insecure-ignore-tlog"), (value) => parseBoolean("insecure-ignore-tlog", value)),
    insecureIgnoreSct: optional(get("insecure-ignore-sct"), (value) => parseBoolean("insecure-ignore-sct", value)),
    scope: optional(get("scope"), (value) => oneOf("scope", value, SCOPE)),
    baseImagePinned: optional(get("base-image-pinned"), (value) => oneOf("base-image-pinned", value, RULE_LEVEL)),
    baseImageAllow: optional(get("base-image-allow"), list),
    baseImageDeny: optional(get("base-image-deny"), list)
  };
}
function oneOf(name, value, enumeration) {
  let checked = enumeration.schema.safeParse(value), known = checked.success ? enumeration.nameOf(checked.data) : void 0;
  if (known === void 0) {
    let why = checked.error?.issues.map((issue) => issue.message).join("; ") ?? `expected one of ${enumeration.names.join(", ")}`;
    throw configError(`Input ${name}: ${why}, not "${value}"`);
  }
  return known;
}
function parseBuildArgs(value) {
  let args = {};
  for (let line of (value ?? "").split(`
`)) {
    let entry = line.trim();
    if (entry === "") continue;
    let equals = entry.indexOf("="), name = equals < 0 ? entry : entry.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw configError(`Input build-args: "${entry}" is not NAME=value`);
    args[name] = equals < 0 ? "" : entry.slice(equals + 1);
  }
  return args;
}
function parseTrustInputs(get, resolvePath) {
  let key = get("key"), trustedRoot = get("trusted-root"), certificateAuthority = parseCertificateAuthorityInput(get, resolvePath);
  return {
    ...key !== void 0 && { keys: parseKeyInput(key, resolvePath) },
    ...trustedRoot !== void 0 && { trustedRootPath: resolvePath(trustedRoot) },
    ...certificateAuthority !== void 0 && { certificateAuthority }
  };
}
function parseCertificateAuthorityInput(get, resolvePath) {
  let chain = get("certificate-chain"), roots = get("ca-roots"), intermediates = get("ca-intermediates");
  if (chain !== void 0 && (roots !== void 0 || intermediates !== void 0))
    throw configError("Input certificate-chain (intermediates, then the root) does not go with ca-roots or ca-intermediates: give one or the other");
  if (intermediates !== void 0 && roots === void 0)
    throw configError("Input ca-intermediates needs ca-roots: the intermediates only link a path to a root");
  if (chain !== void 0) return { kind: "chain", chainPath: resolvePath(chain) };
  if (roots !== void 0)
    return { kind: "roots", rootsPath: resolvePath(roots), ...intermediates !== void 0 && { intermediatesPath: resolvePath(intermediates) } };
}
function parseKeyInput(value, resolvePath) {
  return value.includes("-----BEGIN") ? [{ kind: "pem", pem: value }] : list(value).map((path) => ({ kind: "path", path: resolvePath(path) }));
}
function optional(value, parse) {
  return value === void 0 ? void 0 : parse(value);
}
function list(value) {
  return value === void 0 ? [] : value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function lines(value) {
  return value === void 0 ? [] : value.split(`
`).map((item) => item.trim()).filter((item) => item !== "");
}
function parseBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return !0;
  if (["false", "False", "FALSE"].includes(value)) return !1;
  throw configError(`Input ${name} must be true or false, not "${value}"`);
}
function parseThreshold(name, value) {
  return thresholdOf(oneOf(name, value, THRESHOLD));
}
function parseScanners(value) {
  let scanners = list(value).map((item) => item.toLowerCase()), unknown = scanners.filter((item) => SCANNER.nameOf(item) === void 0);
  if (unknown.length > 0 || scanners.length === 0)
    throw configError(`Input scanners must list some of ${SCANNER.names.join(", ")}; "${unknown.join(", ") || value}" is not one`);
  return [...new Set(scanners.flatMap((item) => SCANNER.nameOf(item) ?? []))];
}
function parsePlatforms(platforms, platform) {
  if (platforms !== void 0 && platform !== void 0)
    throw configError("Give only one of the inputs platforms and platform (platform is the one-platform form of platforms)");
  if (platform !== void 0) {
    if (list(platform).length !== 1) throw configError(`Input platform names one platform, not "${platform}"; list several in platforms`);
    return [parsePlatform("platform", platform)];
  }
  if (platforms === void 0 || platforms.toLowerCase() === "all") return "all";
  let named = list(platforms);
  if (named.length === 0) throw configError(`Input platforms is all or a list of platforms, not "${platforms}"`);
  if (named.some((item) => item.toLowerCase() === "all"))
    throw configError(`Input platforms is all or a list of platforms, not both: "${platforms}"`);
  return [...new Set(named.map((item) => parsePlatform("platforms", item)))];
}
function parsePlatform(name, value) {
  if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/.test(value))
    throw configError(`Input ${name} must look like os/arch[/variant], e.g. linux/amd64, not "${value}"`);
  return value;
}
function parseParallel(value) {
  let count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(count >= 1 && count <= MAX_PARALLEL))
    throw configError(`Input parallel must be a whole number from 1 to ${MAX_PARALLEL}, not "${value}"`);
  return count;
}
function parseTrivyVersion(value) {
  if (value.toLowerCase() === TRIVY_VERSION_FROM_PATH) return TRIVY_VERSION_FROM_PATH;
  let version = value.replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+$/.test(version))
    throw configError(`Input trivy-version must be a release such as ${DEFAULT_TRIVY_VERSION}, or path (the trivy on PATH), not "${value}"`);
  if (COMPROMISED_VERSIONS.has(version))
    throw configError(`Input trivy-version names Trivy ${version}, a known malicious release (GHSA-69fq-xp46-6x23); pin another release`);
  return version;
}
function parseServerUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw configError(`Input trivy-server must be a URL such as http://trivy:4954, not "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw configError(`Input trivy-server must be an http or https URL, not "${value}"`);
  return value;
}
function parseDuration(name, value, options = {}) {
  let match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim()), groups = match?.slice(1) ?? [], [hours, minutes, seconds] = groups.map((part) => Number(part ?? 0)), total = ((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0)) * 1e3;
  if (!match || value.trim() === "" || total === 0 && options.zeroAllowed !== !0) {
    let expected = options.zeroAllowed === !0 ? "0 or a duration such as 90s or 2m" : "a duration such as 600, 10m or 1h";
    throw configError(`Input ${name} must be ${expected}, not "${value}"`);
  }
  return total;
}

export {
  INPUTS,
  INPUT_NAMES,
  SWITCH_INPUTS,
  parseConfig,
  parseBoolean
};
