/**
 * Every input of the Action, which is also an option of the CLI (`--name`): the one list both shells read.
 * action.yml declares the same inputs with the same descriptions and defaults (a test holds it to this
 * table), and `image-gate check --help` is generated from it (src/cli/help.ts), so a new input is added here
 * once and appears in both.
 */

// The default Trivy release is named in trivy-version's help; action.yml spells it out, and a test holds the two equal.
import { DEFAULT_TRIVY_VERSION } from '../core/model/trivy.js';

/** `value`: `--name VALUE` on the command line. `switch`: `--name` alone means true, `--name=false` says it (as cosign's). */
export type InputKind = 'value' | 'switch';

/** Where `--help` lists an input. `action`: the CLI accepts it, but only the Action acts on it. */
export type InputGroup = 'subject' | 'policy' | 'base-image' | 'registry' | 'trivy' | 'signatures' | 'output' | 'action';

export interface InputSpec {
  name: string;
  kind: InputKind;
  group: InputGroup;
  /** What `--help` shows after `--name` (a value input's placeholder or its choices). */
  value?: string;
  /** One line for `--help`: what it does on the command line. */
  help: string;
  /** action.yml's description (Markdown, as GitHub shows it). */
  description: string;
  /** action.yml's default, filled in by the runner. */
  default?: string;
}

export const INPUTS = [
  {
    name: 'image',
    kind: 'value',
    group: 'subject',
    value: 'REF',
    help: 'the image to gate, pinned to one digest first (also: check IMAGE)',
    description: 'The image to gate, e.g. ghcr.io/acme/app:1.2 or ghcr.io/acme/app@sha256:…. It is pinned to one digest before it is scanned.',
  },
  {
    name: 'image-source',
    kind: 'value',
    group: 'subject',
    value: 'registry|docker',
    help: 'where IMAGE lives (default registry)',
    description:
      'Where `image` lives: `registry` (default; pulled by digest) or `docker` (the local Docker daemon, e.g. after build-push-action with load: true).',
    default: 'registry',
  },
  {
    name: 'input',
    kind: 'value',
    group: 'subject',
    value: 'PATH',
    help: 'a docker-archive or OCI archive file, or an OCI layout folder, to scan',
    description: 'Instead of `image`: a docker-archive or OCI archive file, or an OCI layout folder, to scan.',
  },
  {
    name: 'report',
    kind: 'value',
    group: 'subject',
    value: 'FILE',
    help: 'judge an existing Trivy JSON report; no scan',
    description: 'Instead of scanning: an existing Trivy JSON report (SchemaVersion 2) to judge.',
  },
  {
    name: 'policy',
    kind: 'value',
    group: 'policy',
    value: 'FILE',
    help: 'policy file (default .github/image-gate.yml when present)',
    description: 'Policy file (YAML). Default `.github/image-gate.yml`, used when it exists. Inputs below win over it.',
  },
  {
    name: 'policy-source',
    kind: 'value',
    group: 'policy',
    value: 'base|head',
    help: "on a pull request's event: the base branch's policy (default) or the checkout's",
    description:
      "Where the policy file is read on a pull request: `base` (the default on pull_request, pull_request_target, pull_request_review, pull_request_review_comment and merge_group events: the file, the key and trusted-root files it names, and the files the `key` and `trusted-root` inputs name, are read from the base branch at the base SHA through the contents API, needing `contents: read`, so a pull request cannot relax the policy or swap the keys that judge it; the summary and the comment show any change it makes to the policy file; on an issue_comment on a pull request, the default branch at GITHUB_SHA; a pull request event whose payload names no base is an error, never a fall back to the pull request's files; such paths must lie inside the repository, a key may be given inline as PEM) or `head` (the workspace, for repositories that protect these files another way). Other events always use the workspace.",
  },
  {
    name: 'mode',
    kind: 'value',
    group: 'policy',
    value: 'enforce|audit',
    help: 'audit reports a failing verdict but exits 0',
    description: '`enforce` fails the step on a failing verdict; `audit` reports the same and never fails. Default from the policy, else enforce.',
  },
  {
    name: 'fail-on-severity',
    kind: 'value',
    group: 'policy',
    value: 'LEVEL',
    help: 'unknown|low|medium|high|critical|none (default high)',
    description:
      'Fail on vulnerabilities at or above this severity: unknown, low, medium, high, critical or none. Default from the policy, else high.',
  },
  {
    name: 'only-fixed',
    kind: 'value',
    group: 'policy',
    value: 'true|false',
    help: 'count only vulnerabilities that have a fix',
    description: 'Count only vulnerabilities that have a fix (true/false). Unfixed ones are still reported.',
  },
  {
    name: 'fail-on-secrets',
    kind: 'value',
    group: 'policy',
    value: 'true|false',
    help: 'fail when a secret is found (default true)',
    description: 'Fail when a secret is found in the image (true/false). Default true.',
  },
  {
    name: 'misconfig-fail-on-severity',
    kind: 'value',
    group: 'policy',
    value: 'LEVEL',
    help: 'fail on misconfigurations at or above LEVEL (default none)',
    description: 'Fail on misconfigurations at or above this severity (needs the misconfig scanner). Default none.',
  },
  {
    name: 'forbid-root',
    kind: 'value',
    group: 'policy',
    value: 'true|false',
    help: 'fail when the image runs as root',
    description:
      'Fail when the image runs as root: no User, root, or any uid 0 spelling (+0, -0, 000). A user given by name fails too unless the policy sets image.allow-named-user. Default false.',
  },
  {
    name: 'deny-licenses',
    kind: 'value',
    group: 'policy',
    value: 'LIST',
    help: 'license names or SPDX ids that fail, comma-separated',
    description: 'License names or SPDX ids that fail the gate, comma- or newline-separated (needs the license scanner).',
  },
  {
    name: 'vex',
    kind: 'value',
    group: 'policy',
    value: 'PATH',
    help: 'an OpenVEX document whose not_affected and fixed statements suppress findings (repeatable)',
    description:
      'OpenVEX (v0.2.0) documents, one path per line: a vulnerability a statement says does not affect a package (`not_affected`, with its justification) or is fixed in it (`fixed`) is reported as suppressed by VEX and does not count toward the policy. CycloneDX VEX and CSAF are refused as unsupported; VEX attached to the image is not read.',
  },
  {
    name: 'scanners',
    kind: 'value',
    group: 'trivy',
    value: 'LIST',
    help: 'vuln,secret,misconfig,license (default vuln,secret)',
    description: 'Trivy scanners to run: vuln, secret, misconfig, license (comma-separated).',
    default: 'vuln,secret',
  },
  {
    name: 'platforms',
    kind: 'value',
    group: 'subject',
    value: 'all|LIST',
    help: 'platforms of a multi-platform image to gate, each on its own: all (default) or os/arch[/variant],…',
    description:
      'Platforms of a multi-platform image (an index) to gate: `all` (default) or a list of os/arch[/variant], comma- or newline-separated, e.g. linux/amd64,linux/arm64. Each is scanned by its own manifest digest and judged on its own; the image fails when any does. A platform the index does not have is an error. Attestation manifests are no platforms.',
  },
  {
    name: 'platform',
    kind: 'value',
    group: 'subject',
    value: 'OS/ARCH',
    help: 'one platform of a multi-platform image: the same as --platforms OS/ARCH',
    description:
      'One platform of a multi-platform image to gate, e.g. linux/arm64: the same as `platforms` with one platform. Give one or the other.',
  },
  {
    name: 'registry-username',
    kind: 'value',
    group: 'registry',
    value: 'USER',
    help: 'pull credentials (else the Docker config file)',
    description: 'Username for the image registry (pull only). Docker config credentials are used otherwise.',
  },
  {
    name: 'registry-password',
    kind: 'value',
    group: 'registry',
    value: 'PASSWORD',
    help: 'with --registry-username; redacted from the output',
    description: 'Password or token for the image registry. Masked in logs.',
  },
  {
    name: 'insecure-registries',
    kind: 'value',
    group: 'registry',
    value: 'HOSTS',
    help: 'registries that may be reached over plain HTTP (loopback always may)',
    description: 'Registries that may be reached over plain HTTP (loopback always may).',
  },
  {
    name: 'docker-host',
    kind: 'value',
    group: 'registry',
    value: 'ADDRESS',
    help: 'Docker daemon for --image-source docker (default DOCKER_HOST)',
    description: 'Docker daemon address for image-source docker (default DOCKER_HOST or the local socket).',
  },
  {
    name: 'trivy-version',
    kind: 'value',
    group: 'trivy',
    value: 'X.Y.Z|path',
    help: `the Trivy release that runs (default ${DEFAULT_TRIVY_VERSION}): the trivy on PATH only if exactly it, else installed; path: the trivy on PATH`,
    description: `Trivy release to run (default ${DEFAULT_TRIVY_VERSION}): a trivy on PATH is used only when it is exactly this release, otherwise this release is installed (checksum-verified, tool-cached). \`path\`: use whatever trivy is on PATH instead, installing none (a known-malicious or too old one is refused).`,
  },
  {
    name: 'trivy-path',
    kind: 'value',
    group: 'trivy',
    value: 'FILE',
    help: 'a Trivy binary to use as it is, whatever trivy-version says',
    description: 'Path to a Trivy binary to use as it is, whatever trivy-version says.',
  },
  {
    name: 'trivy-server',
    kind: 'value',
    group: 'trivy',
    value: 'URL',
    help: 'a Trivy server (client/server mode)',
    description: 'URL of a Trivy server (client/server mode), so runners share one vulnerability DB.',
  },
  {
    name: 'trivy-server-token',
    kind: 'value',
    group: 'trivy',
    value: 'TOKEN',
    help: "the Trivy server's token, given to Trivy in its environment",
    description: 'Token for the Trivy server (sent in its Trivy-Token header). Masked; passed to Trivy through its environment.',
  },
  {
    name: 'trivy-db-repository',
    kind: 'value',
    group: 'trivy',
    value: 'REPOS',
    help: "mirrors of Trivy's vulnerability DB, comma-separated",
    description: 'OCI repositories of the Trivy vulnerability DB (mirrors), comma-separated.',
  },
  {
    name: 'trivy-java-db-repository',
    kind: 'value',
    group: 'trivy',
    value: 'REPOS',
    help: "mirrors of Trivy's Java DB, comma-separated",
    description: 'OCI repositories of the Trivy Java DB (mirrors), comma-separated.',
  },
  {
    name: 'trivy-timeout',
    kind: 'value',
    group: 'trivy',
    value: 'DURATION',
    help: 'how long Trivy may run: 600, 10m, 1h (default 15m)',
    description: 'How long Trivy may run, e.g. 600, 10m or 1h. Default 15m.',
  },
  {
    name: 'parallel',
    kind: 'value',
    group: 'trivy',
    value: 'N',
    help: 'how many Trivy scans run at once, 1 to 64 (default 4)',
    description:
      "How many Trivy scans run at once (1 to 64). Trivy's databases are brought up to date once per run, before the scans, which then share them; `1` scans one image at a time. A `trivy-server` scans up to as many at once.",
    default: '4',
  },
  {
    name: 'cache-db',
    kind: 'value',
    group: 'action',
    value: 'true|false',
    help: "keep Trivy's DB in the Actions cache",
    description: 'Keep the Trivy DB in the Actions cache between runs, keyed by day.',
    default: 'true',
  },
  {
    name: 'dockerfile',
    kind: 'value',
    group: 'base-image',
    value: 'FILE',
    help: 'the Dockerfile the image was built from: its FROM lines are checked',
    description: 'The Dockerfile the image was built from; image findings are annotated on its final FROM line.',
  },
  {
    name: 'build-args',
    kind: 'value',
    group: 'base-image',
    value: 'NAME=value',
    help: 'the build arguments of the build, one per line, so ARGs in FROM resolve',
    description:
      'The build arguments the image was built with (NAME=value per line, as in docker/build-push-action), so ARGs in FROM lines resolve as in the build.',
  },
  {
    name: 'scope',
    kind: 'value',
    group: 'policy',
    value: 'all|introduced',
    help: "introduced: only the image's own layers' vulnerabilities count (needs --dockerfile)",
    description:
      "`all` (default): every vulnerability counts. `introduced`: only those the image's own layers added count; those inherited from the base (needs `dockerfile`) are reported with advice.",
  },
  {
    name: 'base-image-pinned',
    kind: 'value',
    group: 'base-image',
    value: 'fail|warn|off',
    help: 'every external FROM must name a digest (default warn)',
    description: 'Every external FROM must name a digest: `fail`, `warn` (default) or `off`. The annotation suggests the exact @sha256 to pin to.',
  },
  {
    name: 'base-image-allow',
    kind: 'value',
    group: 'base-image',
    value: 'GLOBS',
    help: 'allowed base images, globs over registry/repository:tag, comma-separated',
    description:
      'Allowed base images, glob patterns over registry/repository:tag (e.g. docker.io/library/*, cgr.dev/chainguard/**), comma- or newline-separated.',
  },
  {
    name: 'base-image-deny',
    kind: 'value',
    group: 'base-image',
    value: 'GLOBS',
    help: 'denied base images, e.g. *:latest; deny wins over allow',
    description: 'Denied base images, glob patterns (e.g. *:latest); deny wins over allow.',
  },
  {
    name: 'sarif-file',
    kind: 'value',
    group: 'output',
    value: 'FILE',
    help: 'write SARIF 2.1.0 (also: --sarif FILE)',
    description: 'Where to write the SARIF 2.1.0 file for code scanning. Default $RUNNER_TEMP/image-gate/image-gate.sarif.',
  },
  {
    name: 'result-file',
    kind: 'value',
    group: 'output',
    value: 'FILE',
    help: 'write the machine-readable result (JSON)',
    description: 'Where to write the machine-readable result. Default $RUNNER_TEMP/image-gate/image-gate-result.json.',
  },
  {
    name: 'trivy-reports',
    kind: 'value',
    group: 'output',
    value: 'DIR',
    help: "keep Trivy's own JSON report of each scan in DIR",
    description:
      "A folder to keep Trivy's own JSON report of each scan in (one file per image and platform), as Trivy wrote it. The Action keeps them in the workflow artifact (`upload-artifact`) without it.",
  },
  {
    name: 'signatures',
    kind: 'value',
    group: 'signatures',
    value: 'required|optional|off',
    help: 'must the image carry a verified signature from a trusted signer',
    description:
      '`required`: the image must carry a verified signature from a trusted signer (and the required attestations); `optional`: report only; `off`. Default from the policy: required when it names signers, else off.',
  },
  {
    name: 'certificate-identity',
    kind: 'value',
    group: 'signatures',
    value: 'X',
    help: "a trusted keyless signer's certificate identity (SAN), exact",
    description:
      "Trusted keyless signer: the certificate identity (SAN), exact, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main. Replaces the policy file's identities.",
  },
  {
    name: 'certificate-identity-regexp',
    kind: 'value',
    group: 'signatures',
    value: 'X',
    help: 'the same as a regular expression, always anchored',
    description: 'Trusted keyless signer identity as a regular expression; always anchored (matched as ^(?:…)$).',
  },
  {
    name: 'certificate-oidc-issuer',
    kind: 'value',
    group: 'signatures',
    value: 'X',
    help: "the signer's OIDC issuer, exact",
    description: 'Trusted OIDC issuer, exact, e.g. https://token.actions.githubusercontent.com.',
  },
  {
    name: 'certificate-oidc-issuer-regexp',
    kind: 'value',
    group: 'signatures',
    value: 'X',
    help: 'the same as a regular expression, always anchored',
    description: 'Trusted OIDC issuer as a regular expression; always anchored.',
  },
  {
    name: 'key',
    kind: 'value',
    group: 'signatures',
    value: 'PEM_FILE',
    help: 'trusted public keys: PEM files or PEM text, one per line',
    description:
      'Trusted public keys: PEM text, or paths of PEM files, one per line (ECDSA P-256/P-384, Ed25519, RSA). As with cosign, a signature made with a key must be in the transparency log (Rekor) unless insecure-ignore-tlog is set.',
  },
  {
    name: 'insecure-ignore-tlog',
    kind: 'switch',
    group: 'signatures',
    help: 'accept signatures with no transparency-log entry (as cosign)',
    description:
      "cosign --insecure-ignore-tlog: accept signatures that have no transparency-log entry, for the key input's keys, the private-CA inputs' CA, every policy key and policy CA without its own require-tlog (which wins), and keyless signatures from the trusted root's CAs (Fulcio), which then need an RFC 3161 timestamp from a trusted timestamp authority. Such signatures are reported as \"transparency log not checked\".",
    default: 'false',
  },
  {
    name: 'trusted-root',
    kind: 'value',
    group: 'signatures',
    value: 'FILE',
    help: 'a Sigstore trusted_root.json (default the shipped public-good root)',
    description:
      "A Sigstore trusted_root.json (private Sigstore, GitHub's instance for private repositories). Default: the public-good root shipped with the Action.",
  },
  {
    name: 'ca-roots',
    kind: 'value',
    group: 'signatures',
    value: 'PEM_FILE',
    help: "a private CA's root certificates (as cosign's)",
    description:
      "A private CA (like cosign --ca-roots): a PEM file of root certificates; signing certificates must chain to one of them instead of to Fulcio. The certificate identity and issuer inputs still say whose certificate is trusted. Replaces the policy file's certificate-authorities; on a pull request read from the base branch.",
  },
  {
    name: 'ca-intermediates',
    kind: 'value',
    group: 'signatures',
    value: 'PEM_FILE',
    help: "with --ca-roots: the private CA's intermediate certificates",
    description:
      'With ca-roots: a PEM file of intermediate CA certificates that link signing certificates to the roots (like cosign --ca-intermediates). Without it, the intermediates a signature carries are used, never as roots.',
  },
  {
    name: 'certificate-chain',
    kind: 'value',
    group: 'signatures',
    value: 'PEM_FILE',
    help: "a private CA as one PEM chain, issuer first (as cosign's)",
    description:
      "A private CA as one PEM chain (like cosign --certificate-chain): the signing certificate's issuer first, the root last. Instead of ca-roots and ca-intermediates.",
  },
  {
    name: 'insecure-ignore-sct',
    kind: 'switch',
    group: 'signatures',
    help: 'accept certificates without an SCT (as cosign)',
    description:
      "true: accept certificates without an SCT (proof of certificate transparency logging), as cosign --insecure-ignore-sct. For a private CA that logs to no CT log: applies to the trusted root's CAs, the private-CA inputs' CA and every policy CA without its own require-sct (which wins).",
    default: 'false',
  },
  {
    name: 'github-token',
    kind: 'value',
    group: 'signatures',
    value: 'TOKEN',
    help: "for the GitHub API: attestations, and the base branch's policy on a pull request",
    description: 'Token for the GitHub attestations API (needs `attestations: read`).',
    default: '${{ github.token }}',
  },
  {
    name: 'comment',
    kind: 'value',
    group: 'action',
    value: 'always|on-failure|never',
    help: 'sticky pull request comment',
    description:
      'Sticky pull request comment (one per workflow, job and image set, updated in place): `always`, `on-failure` (default; a passing run still updates an earlier failure comment) or `never`. Needs `pull-requests: write`.',
    default: 'on-failure',
  },
  {
    name: 'check-run',
    kind: 'value',
    group: 'action',
    value: 'true|false',
    help: 'a check run per image',
    description: 'A check run per image with every annotation (sent 50 at a time, so none is lost to the 10-per-step limit). Needs `checks: write`.',
    default: 'true',
  },
  {
    name: 'upload-sarif',
    kind: 'value',
    group: 'action',
    value: 'true|false',
    help: 'upload the SARIF to code scanning',
    description: "Upload the SARIF to code scanning (one category per image), within GitHub's limits. Needs `security-events: write`.",
    default: 'true',
  },
  {
    name: 'upload-artifact',
    kind: 'value',
    group: 'action',
    value: 'true|false',
    help: 'keep the full report as a workflow artifact (the CLI writes the files instead: --result-file, --sarif-file)',
    description:
      "Keep the full report as one workflow artifact per run: the result file, the SARIF and Trivy's JSON report of each scan, linked from the job summary and the pull request comment. A failed upload is a warning and never changes the verdict.",
    default: 'true',
  },
  {
    name: 'upload-sarif-wait',
    kind: 'value',
    group: 'action',
    value: 'DURATION',
    help: 'how long to wait for code scanning to process the upload',
    description: 'How long to wait for code scanning to process the upload (e.g. 2m); 0 does not wait.',
    default: '0',
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

export const INPUT_NAMES: readonly InputName[] = INPUTS.map((input) => input.name);

/** The inputs that are switches on the command line. */
export const SWITCH_INPUTS: readonly InputName[] = INPUTS.filter((input) => input.kind === 'switch').map((input) => input.name);
