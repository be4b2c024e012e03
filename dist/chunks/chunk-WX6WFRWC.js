import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  configError
} from "./chunk-YQNRIA6J.js";

// src/core/model/image-reference.ts
var DOCKER_HUB = "docker.io", DOCKER_HUB_LEGACY = "index.docker.io", DOCKER_HUB_API = "registry-1.docker.io", NAME_MAX_LENGTH = 255, ALPHANUMERIC = "[a-z0-9]+", SEPARATOR = "(?:[._]|__|[-]+)", PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`, REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`, DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])", DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`, IPV6_ADDRESS = "\\[(?:[a-fA-F0-9:]+)\\]", DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`, TAG = "[\\w][\\w.-]{0,127}", DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}", REFERENCE_RE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`), NAME_RE = new RegExp(`^(${DOMAIN_AND_PORT})/(${REMOTE_NAME})$`), IDENTIFIER_RE = /^[a-f0-9]{64}$/, TAG_RE = new RegExp(`^${TAG}$`), DOMAIN_RE = new RegExp(`^${DOMAIN_AND_PORT}$`), DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
function digestProblem(digest) {
  let colon = digest.indexOf(":");
  if (colon <= 0) return 'a digest is "<algorithm>:<hex>", e.g. sha256:<64 hex digits>';
  let algorithm = digest.slice(0, colon), hex = digest.slice(colon + 1), length = DIGEST_HEX_LENGTH[algorithm];
  if (length === void 0) return `unsupported digest algorithm "${algorithm}" (use sha256, sha384 or sha512)`;
  if (!/^[a-f0-9]*$/.test(hex)) return `the ${algorithm} digest must be lowercase hexadecimal`;
  if (hex.length !== length) return `a ${algorithm} digest has ${length} hex digits, not ${hex.length}`;
}
function isDigest(value) {
  return digestProblem(value) === void 0;
}
function invalid(text, why) {
  throw configError(`Invalid image reference "${text}": ${why}`);
}
function splitDomain(name) {
  let slash = name.indexOf("/");
  if (slash === -1) return { domain: DOCKER_HUB, remainder: `library/${name}` };
  let first = name.slice(0, slash), rest = name.slice(slash + 1), domain, remainder;
  return first === "localhost" || /[.:]/.test(first) || first.toLowerCase() !== first ? (domain = first === DOCKER_HUB_LEGACY ? DOCKER_HUB : first, remainder = rest) : (domain = DOCKER_HUB, remainder = name), domain === DOCKER_HUB && !remainder.includes("/") && (remainder = `library/${remainder}`), { domain, remainder };
}
function parseImageReference(text) {
  text === "" && invalid(text, "it is empty"), /\s/.test(text) && invalid(text, "it contains whitespace"), /^[a-z][a-z0-9+.-]*:\/\//i.test(text) && invalid(text, "remove the URL scheme; a reference is [registry/]repository[:tag][@digest]"), IDENTIFIER_RE.test(text) && invalid(text, "a 64-digit hexadecimal string is an image ID, not a repository name");
  let { domain, remainder } = splitDomain(text), tagSeparator = remainder.indexOf(":"), remote = tagSeparator === -1 ? remainder : remainder.slice(0, tagSeparator);
  if (remote.toLowerCase() !== remote) {
    let repository = remote.split("@")[0] ?? remote;
    repository.toLowerCase() === repository && invalid(text, "the digest must be lowercase"), invalid(text, `the repository name "${repository}" must be lowercase`);
  }
  let normalized = `${domain}/${remainder}`, match = REFERENCE_RE.exec(normalized);
  match || invalid(text, whyMalformed(normalized));
  let name = match[1] ?? "", tag = match[2], digest = match[3];
  name.length > NAME_MAX_LENGTH && invalid(text, `the name must not be longer than ${NAME_MAX_LENGTH} characters`);
  let parts = NAME_RE.exec(name);
  if (parts || invalid(text, "invalid reference format"), digest !== void 0) {
    let problem = digestProblem(digest);
    problem && invalid(text, problem);
  }
  let reference = { registry: parts[1] ?? domain, repository: parts[2] ?? "" };
  return tag !== void 0 && (reference.tag = tag), digest !== void 0 && (reference.digest = digest), reference;
}
function whyMalformed(normalized) {
  let at = normalized.indexOf("@"), beforeDigest = at === -1 ? normalized : normalized.slice(0, at), lastSlash = beforeDigest.lastIndexOf("/"), colon = beforeDigest.indexOf(":", lastSlash + 1), name = colon === -1 ? beforeDigest : beforeDigest.slice(0, colon);
  if (!NAME_RE.test(name)) {
    let domain = name.slice(0, name.indexOf("/"));
    return DOMAIN_RE.test(domain) ? name.endsWith("/") || name.includes("//") ? "it has an empty path component" : 'path components are lowercase letters and digits, separated by ".", "_", "__" or "-", joined with "/"' : `"${domain}" is not a valid registry host[:port]`;
  }
  return colon !== -1 && !TAG_RE.test(beforeDigest.slice(colon + 1)) ? 'a tag is up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"' : 'a digest is "<algorithm>:<hex>", e.g. sha256:<64 hex digits>';
}
function apiHost(reference) {
  return reference.registry === DOCKER_HUB ? DOCKER_HUB_API : reference.registry;
}
function repositoryName(reference) {
  return `${reference.registry}/${reference.repository}`;
}
function formatReference(reference) {
  let tag = reference.tag === void 0 ? "" : `:${reference.tag}`, digest = reference.digest === void 0 ? "" : `@${reference.digest}`;
  return `${repositoryName(reference)}${tag}${digest}`;
}
function pinnedReference(reference, digest) {
  let problem = digestProblem(digest);
  if (problem) throw configError(`Invalid digest "${digest}" for ${repositoryName(reference)}: ${problem}`);
  return `${repositoryName(reference)}@${digest}`;
}

export {
  digestProblem,
  isDigest,
  parseImageReference,
  apiHost,
  repositoryName,
  formatReference,
  pinnedReference
};
