import type { PolicyOverrides } from './policy/build.js';
import type { TrivyScanner } from '../core/model/trivy.js';
import type { ImageReference } from '../core/model/image-reference.js';

export type Scanner = TrivyScanner;

/**
 * An image the user named (the image input, the CLI's IMAGE arguments): parsed once, when the inputs are read,
 * so a mistake fails before anything runs and nothing downstream parses it again. `written` is kept for messages
 * and for the Docker daemon, which looks its own names (and image IDs) up.
 */
export interface NamedImage {
  written: string;
  reference: ImageReference;
}

/** Where the image comes from. Every kind but `report` runs Trivy once. */
export type ImageSource =
  /** A registry image, pinned to its digest before anything else. */
  | { kind: 'registry'; image: NamedImage }
  /** An image in the local Docker daemon, exported and scanned as an archive; pinned to its image ID. */
  | { kind: 'docker'; image: NamedImage }
  /** A docker-archive / OCI archive file, or an OCI layout folder; `image` names it. */
  | { kind: 'input'; path: string; image?: NamedImage }
  /** An existing Trivy JSON report: the scan is skipped; `image` names what it is about. */
  | { kind: 'report'; path: string; image?: NamedImage };

export type { PolicyOverrides } from './policy/build.js';

/**
 * The inputs as given, without the two that name files of trust (`key`, `trusted-root`): those are read
 * with the policy (see TrustInputs), so the policy's overrides are only complete once it is loaded.
 */
export type InputOverrides = Omit<PolicyOverrides, 'keys' | 'trustedRootPath' | 'certificateAuthority'>;

/** One entry of the key input, like cosign's --key: PEM text given inline, or a PEM file (path resolved from the workspace). */
export type KeyInput = { kind: 'pem'; pem: string } | { kind: 'path'; path: string };

/**
 * The key and trusted-root inputs, kept as paths until the policy is loaded: on a pull request they are
 * read from the base branch with the policy (a pull request could otherwise replace the key the workflow
 * names and sign its own image), elsewhere from the workspace.
 */
export interface TrustInputs {
  keys?: KeyInput[];
  /** The trusted-root input, resolved from the workspace. */
  trustedRootPath?: string;
  /** A private CA, like cosign's --ca-roots [--ca-intermediates] or --certificate-chain; paths resolved from the workspace. */
  certificateAuthority?: CertificateAuthorityInput;
}

/** ca-roots (with ca-intermediates) or certificate-chain (intermediates, then the root): PEM files. */
export type CertificateAuthorityInput = { kind: 'roots'; rootsPath: string; intermediatesPath?: string } | { kind: 'chain'; chainPath: string };

export interface RegistryCredential {
  registry: string;
  username: string;
  password: string;
}

export interface TrivySettings {
  /** trivy-version: the release that runs (e.g. 0.74.0), or `path` (TRIVY_VERSION_FROM_PATH): whatever trivy is on PATH. */
  version: string;
  /** A Trivy binary to use as it is. */
  path?: string;
  /** Client/server mode: the URL of a Trivy server that holds the DB. */
  server?: string;
  /** The Trivy server's token (client/server mode); passed to Trivy in TRIVY_TOKEN, never as an argument. */
  serverToken?: string;
  dbRepositories: string[];
  javaDbRepositories: string[];
  timeoutMs: number;
  /** Keep Trivy's DB in the Actions cache between runs. */
  cacheDb: boolean;
  scanners: Scanner[];
}

/** Everything a run needs, parsed and validated once from inputs (action) or flags (CLI). */
export interface GateConfig {
  /**
   * Every image the run gates, in input order, never empty: the image input (and the CLI's IMAGE arguments
   * and --image flags) take one per line or comma. The only list of images: each is gated on its own
   * (gateImages), so none can be dropped by reading just the first.
   */
  sources: [ImageSource, ...ImageSource[]];
  policy: {
    path: string;
    required: boolean;
    /**
     * Where the policy file is read on a pull request: `base` (the base branch, through the contents API,
     * so a pull request cannot relax the policy that judges it) or `head` (the workspace). Not given:
     * `base` on pull requests (their reviews, review comments, comments and merge queues), the workspace otherwise.
     */
    source?: 'base' | 'head';
    overrides: InputOverrides;
    trust: TrustInputs;
  };
  /**
   * Which platforms of a multi-platform image (an index) to gate, each on its own: `all` (the default) or the
   * os/arch[/variant] named (the platforms input, or the platform input's one), each of which the index must have.
   */
  platforms: 'all' | string[];
  registry: { credentials: RegistryCredential[]; insecure: string[] };
  dockerHost?: string;
  trivy: TrivySettings;
  /**
   * How many Trivy scans run at once (the parallel input, 1 to 64). Images (and their platforms) are gated
   * concurrently; only their Trivy scans wait for a free place (TrivyRun).
   */
  parallel: number;
  dockerfile?: string;
  /**
   * The VEX documents given (the vex input, one path per line; the CLI's --vex repeated): where each is read,
   * and how reports name it (as given, relative to the workspace).
   */
  vex: { path: string; display: string }[];
  /** ARG values the image was built with (build-args), for reading the Dockerfile's FROM lines. */
  buildArgs: Record<string, string>;
  sarifFile: string;
  resultFile: string;
  /** Where Trivy's own JSON report of each scan is kept (trivy-reports); not kept without it. */
  trivyReportsDir?: string | undefined;
  /** For the GitHub API: attestations (read), and the pull request comment, check runs and SARIF upload. */
  githubToken?: string;
  /** What the Action tells the pull request and the commit. */
  github: {
    comment: 'always' | 'on-failure' | 'never';
    checkRun: boolean;
    uploadSarif: boolean;
    /** The result file, the SARIF and Trivy's reports kept as one workflow artifact. */
    uploadArtifact: boolean;
    /** How long to wait for code scanning to process the upload; 0: do not wait. */
    uploadWaitMs: number;
  };
}
