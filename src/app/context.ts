/**
 * The RunContext: what one run of the gate shares, built once by the shell (src/action/main.ts, src/cli/main.ts)
 * and handed to every use case. The shell reads the process's environment and hands it over once; the functions
 * here are the one place its variables are named, and nothing below the shells reads the process's environment
 * (a lint rule in eslint.config.js): the use cases and adapters get typed settings, and child processes get the
 * environment the shell handed over, explicitly.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { GateConfig } from '../config/types.js';
import type { Logger } from '../core/model/logger.js';
import type { DockerTls } from '../adapters/docker/index.js';
import type { ProcessEnvironment } from '../adapters/process/index.js';
import { defaultDockerConfigPath, loadRegistryClient, type RegistryClient } from '../adapters/registry/index.js';
import { TrivyRun } from './check/trivy-run.js';

export interface RunContext {
  logger: Logger;
  /** The run's clock: how old a finding, an ignore rule or a base image is. */
  now: () => Date;
  paths: RunPaths;
  /** Where the run is, when GitHub Actions runs it (all unset elsewhere). */
  github: GitHubContext;
  environment: RunEnvironment;
  /**
   * The run's one registry client, built on first use (a run that judges a report never loads it): one token
   * cache and one manifest cache for every image, its signatures and its base images, and one request limit.
   */
  registry: () => Promise<RegistryClient>;
  /** Trivy for this run: located once, its databases restored, updated and saved once, at most `parallel` scans at once. */
  trivy: TrivyRun;
  /** Inside GitHub Actions: keep Trivy's DB in the Actions cache between runs. */
  actionsCache: boolean;
}

export interface RunPaths {
  /** Relative paths in reports (Dockerfile, policy) are shown relative to this; policy paths are read from it. */
  workspace: string;
  /** This run's temporary files: Trivy's output, exported archives, the TUF cache, files read from a base branch. */
  tempDir: string;
  /** Where @actions/tool-cache keeps the Trivy releases it installs: RUNNER_TOOL_CACHE, else ~/.cache/image-gate/tools. */
  toolCacheDir: string;
  /** Trivy's own cache (its databases): TRIVY_CACHE_DIR, else ~/.cache/trivy. */
  trivyCacheDir: string;
  /** Docker's config file, where registry credentials are looked for: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
  dockerConfig: string;
}

/** The GITHUB_* variables the gate reads, by what they mean. */
export interface GitHubContext {
  /** owner/repo (GITHUB_REPOSITORY): nothing is published, and no attestations are read, without it. */
  repository?: string;
  /** GITHUB_API_URL, else the public API. */
  apiUrl: string;
  graphqlUrl?: string;
  serverUrl?: string;
  runId?: string;
  /** GITHUB_RUN_ATTEMPT: a re-run's artifacts must not take the names of the first attempt's. */
  runAttempt?: string;
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha?: string;
  ref?: string;
  eventName?: string;
  /** The event payload's file (GITHUB_EVENT_PATH). */
  eventPath?: string;
  workflow?: string;
  job?: string;
  /** GITHUB_TOKEN from the environment: what reads the base branch's policy when no github-token input is given. */
  token?: string;
}

/** The rest of what the environment says, typed. */
export interface RunEnvironment {
  /**
   * The environment child processes (Trivy, Docker credential helpers) start from: the shell's own, passed
   * through whole, as a program started from a terminal gets it (proxies, HOME, TRIVY_* settings, a keychain's
   * D-Bus address reach them through it).
   */
  inherited: ProcessEnvironment;
  /** PATH: where a Trivy not named by trivy-path is looked for. */
  path: string;
  /** DOCKER_HOST and DOCKER_TLS_VERIFY/DOCKER_CERT_PATH; the docker-host input wins over DOCKER_HOST. */
  docker: { dockerHost?: string; tls: DockerTls };
  /** A private TUF mirror for Sigstore's trusted root (IMAGE_GATE_TUF_MIRROR_URL): air-gapped runners, tests. */
  tufMirrorUrl?: string;
  /**
   * TRIVY_SKIP_DB_UPDATE and TRIVY_SKIP_JAVA_DB_UPDATE, which Trivy reads as its --skip-… flags: the runner keeps
   * its own copy of that database (air-gapped), so the gate does not download it either (Trivy would refuse
   * --download-db-only beside its --skip-db-update).
   */
  trivySkipUpdate: { db: boolean; javaDb: boolean };
}

const PUBLIC_GITHUB_API = 'https://api.github.com';

export interface RunContextOptions {
  /** The registry settings the run's one client is built with: credentials and insecure registries. */
  config: Pick<GateConfig, 'registry'>;
  /** The process's environment, as the shell was given it. */
  env: ProcessEnvironment;
  logger: Logger;
  now?: () => Date;
  workspace: string;
  tempDir: string;
  actionsCache?: boolean;
}

export function createRunContext(options: RunContextOptions): RunContext {
  const { config, env, logger } = options;
  const paths: RunPaths = {
    workspace: options.workspace,
    tempDir: options.tempDir,
    toolCacheDir: env.RUNNER_TOOL_CACHE || join(homedir(), '.cache', 'image-gate', 'tools'),
    trivyCacheDir: env.TRIVY_CACHE_DIR ?? join(homedir(), '.cache', 'trivy'),
    dockerConfig: defaultDockerConfigPath(env),
  };
  let client: Promise<RegistryClient> | undefined;
  const registry = (): Promise<RegistryClient> =>
    (client ??= loadRegistryClient().then(
      ({ RegistryClient }) =>
        new RegistryClient({
          credentials: config.registry.credentials,
          insecureRegistries: config.registry.insecure,
          logger,
          // Docker's default file: a missing one means no credentials from it.
          dockerConfig: { path: paths.dockerConfig, required: false },
          helperEnv: env,
        }),
    ));
  return {
    logger,
    now: options.now ?? (() => new Date()),
    paths,
    github: githubContext(env),
    environment: runEnvironment(env),
    registry,
    trivy: new TrivyRun(),
    actionsCache: options.actionsCache ?? false,
  };
}

export function githubContext(env: ProcessEnvironment): GitHubContext {
  return {
    repository: env.GITHUB_REPOSITORY,
    apiUrl: env.GITHUB_API_URL ?? PUBLIC_GITHUB_API,
    graphqlUrl: env.GITHUB_GRAPHQL_URL,
    serverUrl: env.GITHUB_SERVER_URL,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    workflow: env.GITHUB_WORKFLOW,
    job: env.GITHUB_JOB,
    token: env.GITHUB_TOKEN,
  };
}

export function runEnvironment(env: ProcessEnvironment): RunEnvironment {
  return {
    inherited: env,
    path: env.PATH ?? '',
    docker: {
      dockerHost: env.DOCKER_HOST,
      // As the docker CLI reads them: any value but "0" turns TLS on.
      tls: { verify: Boolean(env.DOCKER_TLS_VERIFY) && env.DOCKER_TLS_VERIFY !== '0', certPath: env.DOCKER_CERT_PATH },
    },
    tufMirrorUrl: env.IMAGE_GATE_TUF_MIRROR_URL,
    trivySkipUpdate: { db: goBoolean(env.TRIVY_SKIP_DB_UPDATE), javaDb: goBoolean(env.TRIVY_SKIP_JAVA_DB_UPDATE) },
  };
}

/** True as Go's strconv.ParseBool reads it, which is how Trivy reads a boolean TRIVY_ variable. */
function goBoolean(value: string | undefined): boolean {
  return value !== undefined && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value);
}

/**
 * The two variables @actions/tool-cache takes its folders from when it installs Trivy. It reads them from the
 * process's environment and nowhere else, so the shells write these there, the gate's one write to it:
 * the tool cache is RUNNER_TOOL_CACHE (set on GitHub's runners), and downloads land in this run's tempDir.
 */
export function toolCacheVariables(context: RunContext): { RUNNER_TOOL_CACHE: string; RUNNER_TEMP: string } {
  return { RUNNER_TOOL_CACHE: context.paths.toolCacheDir, RUNNER_TEMP: context.paths.tempDir };
}
