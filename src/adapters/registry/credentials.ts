/**
 * Where registry credentials come from: explicit inputs first, then the Docker config file
 * (`auths`, `credHelpers`, `credsStore`), the same places `docker pull` looks.
 * Secrets are only ever returned to the caller: never logged, never put in an error message.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { INPUT_LIMITS, InputFileError, readInputTextSync } from '../files/index.js';
import { configError, errorMessage, GateError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import { runProcess, type ProcessEnvironment } from '../process/index.js';

/** Explicit credentials for one registry, e.g. from the action's inputs. */
export interface RegistryCredentials {
  /** Registry host as in image references: "ghcr.io", "docker.io", "127.0.0.1:5000". */
  registry: string;
  username: string;
  password: string;
}

/** What a registry is asked with: a password (Basic, or Basic to a token server), or an OAuth2 refresh token. */
export type Credential =
  { kind: 'password'; username: string; password: string; source: string } | { kind: 'identity-token'; identityToken: string; source: string };

export interface DockerConfigEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

export interface DockerConfig {
  /** The file it was read from, for messages. */
  path: string;
  auths: Record<string, DockerConfigEntry>;
  credHelpers: Record<string, string>;
  credsStore?: string;
}

const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key `docker login` writes Docker Hub credentials under, and what helpers are asked for. */
const HUB_SERVER_URL = 'https://index.docker.io/v1/';
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const HELPER_TIMEOUT_MS = 30_000;
const HELPER_MAX_OUTPUT = 1024 * 1024;

/** "https://index.docker.io/v1/" and "docker.io" name the same registry; so do "https://ghcr.io" and "ghcr.io". */
export function normalizeRegistryHost(value: string): string {
  const host = value
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return HUB_ALIASES.has(host) ? 'docker.io' : host;
}

/**
 * Where Docker keeps its config when no file is named: $DOCKER_CONFIG/config.json, else ~/.docker/config.json.
 * Given the environment (the run's context reads it once, from the shell's), never reading one itself.
 */
export function defaultDockerConfigPath(env: ProcessEnvironment): string {
  const dir = env.DOCKER_CONFIG ? env.DOCKER_CONFIG : join(homedir(), '.docker');
  return join(dir, 'config.json');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`${where} must be a string`);
  return value;
}

/** Validates the parts of a Docker config we use; other keys are ignored as Docker ignores unknown ones. */
export function parseDockerConfig(text: string, path: string): DockerConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw configError(`Docker config ${path} is not valid JSON`);
  }
  try {
    if (!isRecord(json)) throw new Error('it must be a JSON object');
    const auths: Record<string, DockerConfigEntry> = {};
    if (json.auths !== undefined && json.auths !== null) {
      if (!isRecord(json.auths)) throw new Error('"auths" must be an object');
      for (const [key, value] of Object.entries(json.auths)) {
        if (!isRecord(value)) throw new Error(`auths["${key}"] must be an object`);
        const entry: DockerConfigEntry = {};
        const auth = optionalString(value.auth, `auths["${key}"].auth`);
        const username = optionalString(value.username, `auths["${key}"].username`);
        const password = optionalString(value.password, `auths["${key}"].password`);
        const identitytoken = optionalString(value.identitytoken, `auths["${key}"].identitytoken`);
        if (auth) entry.auth = auth;
        if (username) entry.username = username;
        if (password) entry.password = password;
        if (identitytoken) entry.identitytoken = identitytoken;
        auths[key] = entry;
      }
    }
    const credHelpers: Record<string, string> = {};
    if (json.credHelpers !== undefined && json.credHelpers !== null) {
      if (!isRecord(json.credHelpers)) throw new Error('"credHelpers" must be an object');
      for (const [key, value] of Object.entries(json.credHelpers)) {
        const helper = optionalString(value, `credHelpers["${key}"]`);
        if (helper) credHelpers[key] = checkHelperName(helper, `credHelpers["${key}"]`);
      }
    }
    const config: DockerConfig = { path, auths, credHelpers };
    const credsStore = optionalString(json.credsStore, '"credsStore"');
    if (credsStore) config.credsStore = checkHelperName(credsStore, '"credsStore"');
    return config;
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw configError(`Docker config ${path} is invalid: ${errorMessage(error)}`);
  }
}

/** The name becomes part of a program name, so it must not be able to point anywhere else. */
function checkHelperName(name: string, where: string): string {
  if (!HELPER_NAME.test(name)) throw new Error(`${where} is not a credential helper name`);
  return name;
}

/** A Docker config file to read: one the user named must exist; Docker's default one may be absent. */
export interface DockerConfigLocation {
  path: string;
  required: boolean;
}

/**
 * Reads the Docker config. A missing default file means "no credentials"; a missing file the user
 * named explicitly is an error.
 */
export function readDockerConfig(location: DockerConfigLocation): DockerConfig | undefined {
  let text: string;
  try {
    text = readInputTextSync(location.path, { what: 'Docker config', maxBytes: INPUT_LIMITS.dockerConfig });
  } catch (error) {
    if (error instanceof InputFileError && error.problem === 'missing' && !location.required) return undefined;
    throw error;
  }
  return parseDockerConfig(text, location.path);
}

function findEntry<T>(map: Record<string, T>, registry: string): [string, T] | undefined {
  for (const [key, value] of Object.entries(map)) {
    if (normalizeRegistryHost(key) === registry) return [key, value];
  }
  return undefined;
}

/** Credentials stored in the file itself (`auths`), without running any helper. */
export function credentialFromAuths(config: DockerConfig, registryHost: string): Credential | undefined {
  const registry = normalizeRegistryHost(registryHost);
  const found = findEntry(config.auths, registry);
  if (!found) return undefined;
  const [key, entry] = found;
  const source = `${config.path} (auths "${key}")`;
  if (entry.identitytoken) return { kind: 'identity-token', identityToken: entry.identitytoken, source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || !/^[A-Za-z0-9+/=\s]+$/.test(entry.auth)) {
      throw configError(`Docker config ${config.path}: auths["${key}"].auth is not base64 of "username:password"`);
    }
    return { kind: 'password', username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (entry.username && entry.password) {
    return { kind: 'password', username: entry.username, password: entry.password, source };
  }
  return undefined;
}

/** The helper `docker` would run for this registry, if any. */
export function helperFor(config: DockerConfig, registryHost: string): string | undefined {
  const registry = normalizeRegistryHost(registryHost);
  return findEntry(config.credHelpers, registry)?.[1] ?? config.credsStore;
}

interface HelperAnswer {
  Username?: unknown;
  Secret?: unknown;
}

/**
 * Runs `docker-credential-<helper> get` with the server URL on stdin (no shell).
 * Resolves undefined when the helper has nothing for this registry.
 */
export async function credentialFromHelper(
  helper: string,
  registryHost: string,
  logger: Logger,
  baseEnv: ProcessEnvironment,
): Promise<Credential | undefined> {
  const registry = normalizeRegistryHost(registryHost);
  const serverUrl = registry === 'docker.io' ? HUB_SERVER_URL : registry;
  const program = `docker-credential-${checkHelperName(helper, 'credential helper')}`;
  const result = await runHelper(program, serverUrl, baseEnv);
  if (result.kind === 'failed') {
    logger.warning(`Credential helper ${program} could not be run for ${registry} (${result.reason}); continuing without its credentials`);
    return undefined;
  }
  if (result.code !== 0) {
    // The helper protocol reports "not found" on stdout with a non-zero exit.
    if (/credentials not found/i.test(result.stdout)) return undefined;
    logger.warning(`Credential helper ${program} failed for ${registry} (exit code ${result.code}); continuing without its credentials`);
    return undefined;
  }
  let answer: HelperAnswer;
  try {
    answer = JSON.parse(result.stdout) as HelperAnswer;
  } catch {
    logger.warning(`Credential helper ${program} printed something that is not JSON for ${registry}; continuing without its credentials`);
    return undefined;
  }
  if (typeof answer.Secret !== 'string' || answer.Secret === '') return undefined;
  const source = `credential helper ${program}`;
  // Helpers mark an identity (refresh) token with this literal username, as `docker login` stores it.
  if (answer.Username === '<token>') return { kind: 'identity-token', identityToken: answer.Secret, source };
  if (typeof answer.Username !== 'string' || answer.Username === '') return undefined;
  return { kind: 'password', username: answer.Username, password: answer.Secret, source };
}

type HelperResult = { kind: 'ran'; code: number; stdout: string } | { kind: 'failed'; reason: string };

/** Through the one subprocess seam: same deadline and group kill as Trivy; stderr is never read out (secrets). */
async function runHelper(program: string, input: string, baseEnv: ProcessEnvironment): Promise<HelperResult> {
  let outcome;
  try {
    outcome = await runProcess(program, ['get'], {
      // The helper is found on the PATH of, and runs in, the run's environment: keychains need its HOME, D-Bus address.
      baseEnv,
      timeoutMs: HELPER_TIMEOUT_MS,
      maxStdoutBytes: HELPER_MAX_OUTPUT,
      stopOnStdoutOverflow: true,
      stdin: input,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'failed', reason: code === 'ENOENT' ? 'not installed' : (code ?? errorMessage(error)) };
  }
  if (outcome.stdoutOverflowed) return { kind: 'failed', reason: 'output too large' };
  if (outcome.timedOut) return { kind: 'failed', reason: `no answer within ${HELPER_TIMEOUT_MS / 1000} s` };
  if (outcome.signal) return { kind: 'failed', reason: `killed by ${outcome.signal}` };
  return { kind: 'ran', code: outcome.exitCode ?? 1, stdout: outcome.stdout };
}

/**
 * Looks credentials up once per registry: explicit first, then the Docker config (none when no location
 * is given), whose credential helpers run in `helperEnv`.
 */
export class CredentialStore {
  private readonly cache = new Map<string, Promise<Credential | undefined>>();
  private config: DockerConfig | undefined | null = null;

  constructor(
    private readonly explicit: RegistryCredentials[],
    private readonly dockerConfig: DockerConfigLocation | undefined,
    private readonly logger: Logger,
    private readonly helperEnv: ProcessEnvironment,
  ) {
    for (const entry of explicit) {
      if (!entry.registry || !entry.username || !entry.password) {
        throw configError(`Registry credentials for "${entry.registry}" need a registry, a username and a password`);
      }
    }
  }

  get(registryHost: string): Promise<Credential | undefined> {
    const registry = normalizeRegistryHost(registryHost);
    let found = this.cache.get(registry);
    if (!found) {
      found = this.lookup(registry);
      this.cache.set(registry, found);
    }
    return found;
  }

  private async lookup(registry: string): Promise<Credential | undefined> {
    const explicit = this.explicit.find((entry) => normalizeRegistryHost(entry.registry) === registry);
    if (explicit) {
      this.logger.debug(`Using the given credentials for ${registry}`);
      return { kind: 'password', username: explicit.username, password: explicit.password, source: 'the given credentials' };
    }
    if (this.config === null) this.config = this.dockerConfig && readDockerConfig(this.dockerConfig);
    const config = this.config;
    if (!config) return undefined;
    const helper = helperFor(config, registry);
    if (helper) {
      const fromHelper = await credentialFromHelper(helper, registry, this.logger, this.helperEnv);
      if (fromHelper) {
        this.logger.debug(`Using credentials for ${registry} from ${fromHelper.source}`);
        return fromHelper;
      }
    }
    const fromFile = credentialFromAuths(config, registry);
    if (fromFile) this.logger.debug(`Using credentials for ${registry} from ${fromFile.source}`);
    return fromFile;
  }
}
