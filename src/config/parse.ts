import { isAbsolute, join } from 'node:path';
import { configError } from '../core/model/errors.js';
import type { Severity } from '../core/model/severity.js';
import { parseImageReference } from '../core/model/image-reference.js';
import { COMPROMISED_VERSIONS, DEFAULT_TRIVY_VERSION, TRIVY_VERSION_FROM_PATH } from '../core/model/trivy.js';
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
  thresholdOf,
  type AnyCaseEnum,
} from './enums.js';
import {
  type CertificateAuthorityInput,
  type GateConfig,
  type ImageSource,
  type InputOverrides,
  type KeyInput,
  type NamedImage,
  type Scanner,
  type TrustInputs,
} from './types.js';

// The inputs of action.yml, which the CLI's flags are too: listed once, with their descriptions, in inputs.ts.
import type { InputName } from './inputs.js';
export { INPUT_NAMES, type InputName } from './inputs.js';

export const DEFAULT_POLICY_PATH = '.github/image-gate.yml';
export const DEFAULT_SCANNERS: Scanner[] = ['vuln', 'secret'];
export const DEFAULT_TRIVY_TIMEOUT_MS = 15 * 60_000;
export const DEFAULT_PARALLEL = 4;
/** Past this, more Trivy processes only contend for the runner's CPU, memory and network. */
export const MAX_PARALLEL = 64;

export interface ParseContext {
  /** Relative paths in inputs are relative to this (GITHUB_WORKSPACE, or the CLI's cwd). */
  workspace: string;
  /** Default home of the SARIF and result files (the run's temporary folder, which its RunContext carries). */
  tempDir: string;
}

/** Reads every input once into a validated GateConfig. `read` returns '' for an input not given. */
export function parseConfig(read: (name: InputName) => string, context: ParseContext): GateConfig {
  const get = (name: InputName): string | undefined => {
    const value = read(name).trim();
    return value === '' ? undefined : value;
  };
  const resolvePath = (path: string): string => (isAbsolute(path) ? path : join(context.workspace, path));

  const policyInput = get('policy');
  const registryUsername = get('registry-username');
  const registryPassword = get('registry-password');
  if ((registryUsername === undefined) !== (registryPassword === undefined)) {
    throw configError('Inputs registry-username and registry-password go together: give both or neither');
  }
  if (get('trivy-server-token') !== undefined && get('trivy-server') === undefined) {
    throw configError('Input trivy-server-token needs trivy-server: it authenticates to a Trivy server');
  }
  // Every image named is parsed here, once, before anything runs: a typo fails as a config error naming the input.
  const sources = parseSources(get, resolvePath);
  // The credentials are for the registries of the images given.
  const credentialRegistries = [
    ...new Set(sources.flatMap((item) => (item.kind === 'registry' || item.kind === 'docker' ? [item.image.reference.registry] : []))),
  ];

  return {
    sources,
    policy: {
      path: resolvePath(policyInput ?? DEFAULT_POLICY_PATH),
      required: policyInput !== undefined,
      source: optional(get('policy-source'), (value) => oneOf('policy-source', value, POLICY_SOURCE)),
      overrides: parseOverrides(get),
      trust: parseTrustInputs(get, resolvePath),
    },
    platforms: parsePlatforms(get('platforms'), get('platform')),
    registry: {
      credentials:
        registryUsername !== undefined && registryPassword !== undefined
          ? credentialRegistries.map((registry) => ({ registry, username: registryUsername, password: registryPassword }))
          : [],
      insecure: list(get('insecure-registries')),
    },
    dockerHost: get('docker-host'),
    trivy: {
      version: parseTrivyVersion(get('trivy-version') ?? DEFAULT_TRIVY_VERSION),
      path: optional(get('trivy-path'), resolvePath),
      server: optional(get('trivy-server'), parseServerUrl),
      serverToken: get('trivy-server-token'),
      dbRepositories: list(get('trivy-db-repository')),
      javaDbRepositories: list(get('trivy-java-db-repository')),
      timeoutMs: optional(get('trivy-timeout'), (value) => parseDuration('trivy-timeout', value)) ?? DEFAULT_TRIVY_TIMEOUT_MS,
      cacheDb: optional(get('cache-db'), (value) => parseBoolean('cache-db', value)) ?? true,
      scanners: optional(get('scanners'), parseScanners) ?? DEFAULT_SCANNERS,
    },
    parallel: optional(get('parallel'), parseParallel) ?? DEFAULT_PARALLEL,
    dockerfile: get('dockerfile'),
    vex: lines(get('vex')).map((path) => ({ path: resolvePath(path), display: path })),
    buildArgs: parseBuildArgs(get('build-args')),
    sarifFile: resolvePath(get('sarif-file') ?? join(context.tempDir, 'image-gate.sarif')),
    resultFile: resolvePath(get('result-file') ?? join(context.tempDir, 'image-gate-result.json')),
    trivyReportsDir: optional(get('trivy-reports'), resolvePath),
    githubToken: get('github-token'),
    github: {
      comment: optional(get('comment'), (value) => oneOf('comment', value, COMMENT)) ?? 'on-failure',
      checkRun: optional(get('check-run'), (value) => parseBoolean('check-run', value)) ?? true,
      uploadSarif: optional(get('upload-sarif'), (value) => parseBoolean('upload-sarif', value)) ?? true,
      uploadArtifact: optional(get('upload-artifact'), (value) => parseBoolean('upload-artifact', value)) ?? true,
      uploadWaitMs: optional(get('upload-sarif-wait'), (value) => parseDuration('upload-sarif-wait', value, { zeroAllowed: true })) ?? 0,
    },
  };
}

/** The image input takes one image per line (or comma-separated): each is gated on its own. */
function parseSources(get: (name: InputName) => string | undefined, resolvePath: (path: string) => string): [ImageSource, ...ImageSource[]] {
  const [first, ...more] = list(get('image'));
  if (first !== undefined && more.length > 0) {
    if (get('input') !== undefined || get('report') !== undefined) {
      throw configError('Several images are given in the input image; input and report go with one image only');
    }
    const kind = parseImageSourceKind(get('image-source'));
    return [{ kind, image: namedImage(first) }, ...more.map((written) => ({ kind, image: namedImage(written) }))];
  }
  return [parseSource(first, get, resolvePath)];
}

function namedImage(written: string): NamedImage {
  return { written, reference: parseImageReference(written) };
}

function parseImageSourceKind(value: string | undefined): 'registry' | 'docker' {
  return value === undefined ? 'registry' : oneOf('image-source', value, IMAGE_SOURCE);
}

function parseSource(image: string | undefined, get: (name: InputName) => string | undefined, resolvePath: (path: string) => string): ImageSource {
  const input = get('input');
  const report = get('report');
  const given = [input && 'input', report && 'report'].filter(Boolean);
  if (given.length > 1) throw configError('Give only one of the inputs input and report');
  const imageSource = parseImageSourceKind(get('image-source'));
  if (report !== undefined) return { kind: 'report', path: resolvePath(report), ...(image !== undefined && { image: namedImage(image) }) };
  if (input !== undefined) return { kind: 'input', path: resolvePath(input), ...(image !== undefined && { image: namedImage(image) }) };
  if (image === undefined) {
    throw configError(
      'Nothing to gate: give the input image (a registry or Docker image), input (an archive or OCI layout) or report (a Trivy JSON report)',
    );
  }
  return { kind: imageSource, image: namedImage(image) };
}

function parseOverrides(get: (name: InputName) => string | undefined): InputOverrides {
  return {
    mode: optional(get('mode'), (value) => oneOf('mode', value, MODE)),
    failOnSeverity: optional(get('fail-on-severity'), (value) => parseThreshold('fail-on-severity', value)),
    onlyFixed: optional(get('only-fixed'), (value) => parseBoolean('only-fixed', value)),
    secretsFail: optional(get('fail-on-secrets'), (value) => parseBoolean('fail-on-secrets', value)),
    misconfigFailOnSeverity: optional(get('misconfig-fail-on-severity'), (value) => parseThreshold('misconfig-fail-on-severity', value)),
    forbidRoot: optional(get('forbid-root'), (value) => parseBoolean('forbid-root', value)),
    licensesDeny: optional(get('deny-licenses'), list),
    signatureMode: optional(get('signatures'), (value) => oneOf('signatures', value, SIGNATURE_MODE)),
    certificateIdentity: get('certificate-identity'),
    certificateIdentityRegexp: get('certificate-identity-regexp'),
    certificateOidcIssuer: get('certificate-oidc-issuer'),
    certificateOidcIssuerRegexp: get('certificate-oidc-issuer-regexp'),
    insecureIgnoreTlog: optional(get('insecure-ignore-tlog'), (value) => parseBoolean('insecure-ignore-tlog', value)),
    insecureIgnoreSct: optional(get('insecure-ignore-sct'), (value) => parseBoolean('insecure-ignore-sct', value)),
    scope: optional(get('scope'), (value) => oneOf('scope', value, SCOPE)),
    baseImagePinned: optional(get('base-image-pinned'), (value) => oneOf('base-image-pinned', value, RULE_LEVEL)),
    baseImageAllow: optional(get('base-image-allow'), list),
    baseImageDeny: optional(get('base-image-deny'), list),
  };
}

/**
 * An enum input, through the same schema as the policy file's key for it (config/enums.ts): any case, and the
 * schema's own words when refused.
 */
function oneOf<T extends string>(name: InputName, value: string, enumeration: AnyCaseEnum<T>): T {
  const checked = enumeration.schema.safeParse(value);
  const known = checked.success ? enumeration.nameOf(checked.data) : undefined;
  if (known === undefined) {
    const why = checked.error?.issues.map((issue) => issue.message).join('; ') ?? `expected one of ${enumeration.names.join(', ')}`;
    throw configError(`Input ${name}: ${why}, not "${value}"`);
  }
  return known;
}

/** `KEY=value` per line, as docker/build-push-action's build-args input is written. */
function parseBuildArgs(value: string | undefined): Record<string, string> {
  const args: Record<string, string> = {};
  for (const line of (value ?? '').split('\n')) {
    const entry = line.trim();
    if (entry === '') continue;
    const equals = entry.indexOf('=');
    const name = equals < 0 ? entry : entry.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw configError(`Input build-args: "${entry}" is not NAME=value`);
    }
    args[name] = equals < 0 ? '' : entry.slice(equals + 1);
  }
  return args;
}

/**
 * The key and trusted-root inputs, as paths: no file is read here, because which files count (the base
 * branch's or the workspace's) depends on the event, decided when the policy is loaded.
 */
function parseTrustInputs(get: (name: InputName) => string | undefined, resolvePath: (path: string) => string): TrustInputs {
  const key = get('key');
  const trustedRoot = get('trusted-root');
  const certificateAuthority = parseCertificateAuthorityInput(get, resolvePath);
  return {
    ...(key !== undefined && { keys: parseKeyInput(key, resolvePath) }),
    ...(trustedRoot !== undefined && { trustedRootPath: resolvePath(trustedRoot) }),
    ...(certificateAuthority !== undefined && { certificateAuthority }),
  };
}

/** cosign's private-CA flags: certificate-chain alone, or ca-roots with an optional ca-intermediates. */
function parseCertificateAuthorityInput(
  get: (name: InputName) => string | undefined,
  resolvePath: (path: string) => string,
): CertificateAuthorityInput | undefined {
  const chain = get('certificate-chain');
  const roots = get('ca-roots');
  const intermediates = get('ca-intermediates');
  if (chain !== undefined && (roots !== undefined || intermediates !== undefined)) {
    throw configError('Input certificate-chain (intermediates, then the root) does not go with ca-roots or ca-intermediates: give one or the other');
  }
  if (intermediates !== undefined && roots === undefined)
    throw configError('Input ca-intermediates needs ca-roots: the intermediates only link a path to a root');
  if (chain !== undefined) return { kind: 'chain', chainPath: resolvePath(chain) };
  if (roots === undefined) return undefined;
  return { kind: 'roots', rootsPath: resolvePath(roots), ...(intermediates !== undefined && { intermediatesPath: resolvePath(intermediates) }) };
}

/** The key input, like cosign's --key: PEM text, or paths of PEM files (one per line, or comma-separated). */
function parseKeyInput(value: string, resolvePath: (path: string) => string): KeyInput[] {
  if (value.includes('-----BEGIN')) return [{ kind: 'pem', pem: value }];
  return list(value).map((path) => ({ kind: 'path', path: resolvePath(path) }));
}

function optional<T>(value: string | undefined, parse: (value: string) => T): T | undefined {
  return value === undefined ? undefined : parse(value);
}

/** Comma- or newline-separated, as multi-value inputs are written in workflows. */
export function list(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One item per line: paths, which may hold commas. */
function lines(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them. */
export function parseBoolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw configError(`Input ${name} must be true or false, not "${value}"`);
}

function parseThreshold(name: InputName, value: string): Severity | 'NONE' {
  return thresholdOf(oneOf(name, value, THRESHOLD));
}

function parseScanners(value: string): Scanner[] {
  const scanners = list(value).map((item) => item.toLowerCase());
  const unknown = scanners.filter((item) => SCANNER.nameOf(item) === undefined);
  if (unknown.length > 0 || scanners.length === 0) {
    throw configError(`Input scanners must list some of ${SCANNER.names.join(', ')}; "${unknown.join(', ') || value}" is not one`);
  }
  return [...new Set(scanners.flatMap((item) => SCANNER.nameOf(item) ?? []))];
}

/**
 * The platforms of an index to gate: `all` unless the platforms input lists some (or the platform input, its
 * one-platform form, names one). Written once each, in the order given; the index's order decides the outcomes'.
 */
function parsePlatforms(platforms: string | undefined, platform: string | undefined): 'all' | string[] {
  if (platforms !== undefined && platform !== undefined) {
    throw configError('Give only one of the inputs platforms and platform (platform is the one-platform form of platforms)');
  }
  if (platform !== undefined) {
    if (list(platform).length !== 1) throw configError(`Input platform names one platform, not "${platform}"; list several in platforms`);
    return [parsePlatform('platform', platform)];
  }
  if (platforms === undefined || platforms.toLowerCase() === 'all') return 'all';
  const named = list(platforms);
  if (named.length === 0) throw configError(`Input platforms is all or a list of platforms, not "${platforms}"`);
  if (named.some((item) => item.toLowerCase() === 'all')) {
    throw configError(`Input platforms is all or a list of platforms, not both: "${platforms}"`);
  }
  return [...new Set(named.map((item) => parsePlatform('platforms', item)))];
}

function parsePlatform(name: InputName, value: string): string {
  if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/.test(value)) {
    throw configError(`Input ${name} must look like os/arch[/variant], e.g. linux/amd64, not "${value}"`);
  }
  return value;
}

function parseParallel(value: string): number {
  const count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(count >= 1 && count <= MAX_PARALLEL)) {
    throw configError(`Input parallel must be a whole number from 1 to ${MAX_PARALLEL}, not "${value}"`);
  }
  return count;
}

/** A release (v0.74.0 and 0.74.0 alike, as Trivy tags and prints them), or `path`: whatever trivy is on PATH. */
function parseTrivyVersion(value: string): string {
  if (value.toLowerCase() === TRIVY_VERSION_FROM_PATH) return TRIVY_VERSION_FROM_PATH;
  const version = value.replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw configError(`Input trivy-version must be a release such as ${DEFAULT_TRIVY_VERSION}, or path (the trivy on PATH), not "${value}"`);
  }
  if (COMPROMISED_VERSIONS.has(version)) {
    throw configError(`Input trivy-version names Trivy ${version}, a known malicious release (GHSA-69fq-xp46-6x23); pin another release`);
  }
  return version;
}

function parseServerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw configError(`Input trivy-server must be a URL such as http://trivy:4954, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw configError(`Input trivy-server must be an http or https URL, not "${value}"`);
  }
  return value;
}

/**
 * "90", "90s", "15m", "1h", "1h30m" → milliseconds. `zeroAllowed`: 0 is a value (upload-sarif-wait's "do not
 * wait"); otherwise a duration must be positive. The error names the input it is about.
 */
function parseDuration(name: InputName, value: string, options: { zeroAllowed?: boolean } = {}): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim());
  // A group that did not take part in the match is undefined, although RegExpExecArray types it string.
  const groups: (string | undefined)[] = match?.slice(1) ?? [];
  const [hours, minutes, seconds] = groups.map((part) => Number(part ?? 0));
  const total = ((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0)) * 1000;
  if (!match || value.trim() === '' || (total === 0 && options.zeroAllowed !== true)) {
    const expected = options.zeroAllowed === true ? '0 or a duration such as 90s or 2m' : 'a duration such as 600, 10m or 1h';
    throw configError(`Input ${name} must be ${expected}, not "${value}"`);
  }
  return total;
}
