/**
 * Image references parsed the way Docker does (distribution/reference's ParseNormalizedNamed), so a
 * name means here what it means to `docker pull`: "alpine" is docker.io/library/alpine, and a first
 * path component is a registry only when it looks like one.
 */
import { configError } from './errors.js';

export interface ImageReference {
  /** Registry as written (docker.io for Docker Hub), with port if any: "ghcr.io", "127.0.0.1:5000". */
  registry: string;
  /** Path inside the registry, e.g. "library/alpine". */
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_LEGACY = 'index.docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const NAME_MAX_LENGTH = 255;

// Built from the same productions as distribution/reference's regexp.go.
const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6_ADDRESS = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';

const REFERENCE_RE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME_RE = new RegExp(`^(${DOMAIN_AND_PORT})/(${REMOTE_NAME})$`);
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;
const TAG_RE = new RegExp(`^${TAG}$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN_AND_PORT}$`);

/** The digest algorithms go-digest knows, with their hex lengths. */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** Why a digest string is not a usable content digest, or undefined when it is one. */
export function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  if (colon <= 0) return 'a digest is "<algorithm>:<hex>", e.g. sha256:<64 hex digits>';
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined) return `unsupported digest algorithm "${algorithm}" (use sha256, sha384 or sha512)`;
  if (!/^[a-f0-9]*$/.test(hex)) return `the ${algorithm} digest must be lowercase hexadecimal`;
  if (hex.length !== length) return `a ${algorithm} digest has ${length} hex digits, not ${hex.length}`;
  return undefined;
}

export function isDigest(value: string): boolean {
  return digestProblem(value) === undefined;
}

function invalid(text: string, why: string): never {
  throw configError(`Invalid image reference "${text}": ${why}`);
}

/** Docker's splitDockerDomain: a first component is a registry if it has "." or ":", is localhost, or has uppercase. */
function splitDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  if (slash === -1) return { domain: DOCKER_HUB, remainder: `library/${name}` };
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === DOCKER_HUB_LEGACY ? DOCKER_HUB : first;
    remainder = rest;
  } else {
    domain = DOCKER_HUB;
    remainder = name;
  }
  if (domain === DOCKER_HUB && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

export function parseImageReference(text: string): ImageReference {
  if (text === '') invalid(text, 'it is empty');
  if (/\s/.test(text)) invalid(text, 'it contains whitespace');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) invalid(text, 'remove the URL scheme; a reference is [registry/]repository[:tag][@digest]');
  if (IDENTIFIER_RE.test(text)) invalid(text, 'a 64-digit hexadecimal string is an image ID, not a repository name');

  const { domain, remainder } = splitDomain(text);
  const tagSeparator = remainder.indexOf(':');
  const remote = tagSeparator === -1 ? remainder : remainder.slice(0, tagSeparator);
  if (remote.toLowerCase() !== remote) {
    const repository = remote.split('@')[0] ?? remote;
    if (repository.toLowerCase() === repository) invalid(text, 'the digest must be lowercase');
    invalid(text, `the repository name "${repository}" must be lowercase`);
  }

  const normalized = `${domain}/${remainder}`;
  const match = REFERENCE_RE.exec(normalized);
  if (!match) invalid(text, whyMalformed(normalized));
  const name = match[1] ?? '';
  const tag = match[2];
  const digest = match[3];
  if (name.length > NAME_MAX_LENGTH) invalid(text, `the name must not be longer than ${NAME_MAX_LENGTH} characters`);
  const parts = NAME_RE.exec(name);
  if (!parts) invalid(text, 'invalid reference format');
  if (digest !== undefined) {
    const problem = digestProblem(digest);
    if (problem) invalid(text, problem);
  }
  const reference: ImageReference = { registry: parts[1] ?? domain, repository: parts[2] ?? '' };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/** A more useful reason than "invalid format" for the common mistakes. */
function whyMalformed(normalized: string): string {
  const at = normalized.indexOf('@');
  const beforeDigest = at === -1 ? normalized : normalized.slice(0, at);
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  const name = colon === -1 ? beforeDigest : beforeDigest.slice(0, colon);
  if (!NAME_RE.test(name)) {
    const domain = name.slice(0, name.indexOf('/'));
    if (!DOMAIN_RE.test(domain)) return `"${domain}" is not a valid registry host[:port]`;
    if (name.endsWith('/') || name.includes('//')) return 'it has an empty path component';
    return 'path components are lowercase letters and digits, separated by ".", "_", "__" or "-", joined with "/"';
  }
  if (colon !== -1 && !TAG_RE.test(beforeDigest.slice(colon + 1))) {
    return 'a tag is up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"';
  }
  return 'a digest is "<algorithm>:<hex>", e.g. sha256:<64 hex digits>';
}

/** The host the registry API answers on: Docker Hub's API is not served at docker.io. */
export function apiHost(reference: ImageReference): string {
  return reference.registry === DOCKER_HUB ? DOCKER_HUB_API : reference.registry;
}

/** registry/repository, e.g. "docker.io/library/alpine". */
export function repositoryName(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}`;
}

/** The full normalised reference: registry/repository[:tag][@digest]. */
export function formatReference(reference: ImageReference): string {
  const tag = reference.tag === undefined ? '' : `:${reference.tag}`;
  const digest = reference.digest === undefined ? '' : `@${reference.digest}`;
  return `${repositoryName(reference)}${tag}${digest}`;
}

/** registry/repository@digest: the form that names exactly one image, whatever tags move. */
export function pinnedReference(reference: ImageReference, digest: string): string {
  const problem = digestProblem(digest);
  if (problem) throw configError(`Invalid digest "${digest}" for ${repositoryName(reference)}: ${problem}`);
  return `${repositoryName(reference)}@${digest}`;
}
