import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  runProcess
} from "./chunk-QQI2MQNP.js";
import {
  INPUT_LIMITS,
  InputFileError,
  readInputTextSync
} from "./chunk-CBAA7TTF.js";
import {
  GateError,
  configError,
  errorMessage
} from "./chunk-QTDHMDYW.js";

// src/registry/credentials.ts
import { homedir } from "node:os";
import { join } from "node:path";
var HUB_ALIASES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]), HUB_SERVER_URL = "https://index.docker.io/v1/", HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, HELPER_TIMEOUT_MS = 3e4, HELPER_MAX_OUTPUT = 1024 * 1024;
function normalizeRegistryHost(value) {
  let host = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/.*$/, "").toLowerCase();
  return HUB_ALIASES.has(host) ? "docker.io" : host;
}
function defaultDockerConfigPath(env = process.env) {
  let dir = env.DOCKER_CONFIG ? env.DOCKER_CONFIG : join(homedir(), ".docker");
  return join(dir, "config.json");
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function optionalString(value, where) {
  if (value != null) {
    if (typeof value != "string") throw new Error(`${where} must be a string`);
    return value;
  }
}
function parseDockerConfig(text, path) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw configError(`Docker config ${path} is not valid JSON`);
  }
  try {
    if (!isRecord(json)) throw new Error("it must be a JSON object");
    let auths = {};
    if (json.auths !== void 0 && json.auths !== null) {
      if (!isRecord(json.auths)) throw new Error('"auths" must be an object');
      for (let [key, value] of Object.entries(json.auths)) {
        if (!isRecord(value)) throw new Error(`auths["${key}"] must be an object`);
        let entry = {}, auth = optionalString(value.auth, `auths["${key}"].auth`), username = optionalString(value.username, `auths["${key}"].username`), password = optionalString(value.password, `auths["${key}"].password`), identitytoken = optionalString(value.identitytoken, `auths["${key}"].identitytoken`);
        auth && (entry.auth = auth), username && (entry.username = username), password && (entry.password = password), identitytoken && (entry.identitytoken = identitytoken), auths[key] = entry;
      }
    }
    let credHelpers = {};
    if (json.credHelpers !== void 0 && json.credHelpers !== null) {
      if (!isRecord(json.credHelpers)) throw new Error('"credHelpers" must be an object');
      for (let [key, value] of Object.entries(json.credHelpers)) {
        let helper = optionalString(value, `credHelpers["${key}"]`);
        helper && (credHelpers[key] = checkHelperName(helper, `credHelpers["${key}"]`));
      }
    }
    let config = { path, auths, credHelpers }, credsStore = optionalString(json.credsStore, '"credsStore"');
    return credsStore && (config.credsStore = checkHelperName(credsStore, '"credsStore"')), config;
  } catch (error) {
    throw error instanceof GateError ? error : configError(`Docker config ${path} is invalid: ${errorMessage(error)}`);
  }
}
function checkHelperName(name, where) {
  if (!HELPER_NAME.test(name)) throw new Error(`${where} is not a credential helper name`);
  return name;
}
function readDockerConfig(path, env = process.env) {
  let file = path ?? defaultDockerConfigPath(env), text;
  try {
    text = readInputTextSync(file, { what: "Docker config", maxBytes: INPUT_LIMITS.dockerConfig });
  } catch (error) {
    if (error instanceof InputFileError && error.problem === "missing" && path === void 0) return;
    throw error;
  }
  return parseDockerConfig(text, file);
}
function findEntry(map, registry) {
  for (let [key, value] of Object.entries(map))
    if (normalizeRegistryHost(key) === registry) return [key, value];
}
function credentialFromAuths(config, registryHost) {
  let registry = normalizeRegistryHost(registryHost), found = findEntry(config.auths, registry);
  if (!found) return;
  let [key, entry] = found, source = `${config.path} (auths "${key}")`;
  if (entry.identitytoken) return { kind: "identity-token", identityToken: entry.identitytoken, source };
  if (entry.auth) {
    let decoded = Buffer.from(entry.auth, "base64").toString("utf8"), colon = decoded.indexOf(":");
    if (colon <= 0 || !/^[A-Za-z0-9+/=\s]+$/.test(entry.auth))
      throw configError(`Docker config ${config.path}: auths["${key}"].auth is not base64 of "username:password"`);
    return { kind: "password", username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (entry.username && entry.password)
    return { kind: "password", username: entry.username, password: entry.password, source };
}
function helperFor(config, registryHost) {
  let registry = normalizeRegistryHost(registryHost);
  return findEntry(config.credHelpers, registry)?.[1] ?? config.credsStore;
}
async function credentialFromHelper(helper, registryHost, logger) {
  let registry = normalizeRegistryHost(registryHost), serverUrl = registry === "docker.io" ? HUB_SERVER_URL : registry, program = `docker-credential-${checkHelperName(helper, "credential helper")}`, result = await runHelper(program, serverUrl);
  if (result.kind === "failed") {
    logger.warning(`Credential helper ${program} could not be run for ${registry} (${result.reason}); continuing without its credentials`);
    return;
  }
  if (result.code !== 0) {
    if (/credentials not found/i.test(result.stdout)) return;
    logger.warning(`Credential helper ${program} failed for ${registry} (exit code ${result.code}); continuing without its credentials`);
    return;
  }
  let answer;
  try {
    answer = JSON.parse(result.stdout);
  } catch {
    logger.warning(`Credential helper ${program} printed something that is not JSON for ${registry}; continuing without its credentials`);
    return;
  }
  if (typeof answer.Secret != "string" || answer.Secret === "") return;
  let source = `credential helper ${program}`;
  if (answer.Username === "<token>") return { kind: "identity-token", identityToken: answer.Secret, source };
  if (!(typeof answer.Username != "string" || answer.Username === ""))
    return { kind: "password", username: answer.Username, password: answer.Secret, source };
}
async function runHelper(program, input) {
  let outcome;
  try {
    outcome = await runProcess(program, ["get"], {
      timeoutMs: HELPER_TIMEOUT_MS,
      maxStdoutBytes: HELPER_MAX_OUTPUT,
      stopOnStdoutOverflow: !0,
      stdin: input
    });
  } catch (error) {
    let code = error.code;
    return { kind: "failed", reason: code === "ENOENT" ? "not installed" : code ?? errorMessage(error) };
  }
  return outcome.stdoutOverflowed ? { kind: "failed", reason: "output too large" } : outcome.timedOut ? { kind: "failed", reason: `no answer within ${HELPER_TIMEOUT_MS / 1e3} s` } : outcome.signal ? { kind: "failed", reason: `killed by ${outcome.signal}` } : { kind: "ran", code: outcome.exitCode ?? 1, stdout: outcome.stdout };
}
var CredentialStore = class {
  constructor(explicit, dockerConfigPath, logger) {
    this.explicit = explicit;
    this.dockerConfigPath = dockerConfigPath;
    this.logger = logger;
    for (let entry of explicit)
      if (!entry.registry || !entry.username || !entry.password)
        throw configError(`Registry credentials for "${entry.registry}" need a registry, a username and a password`);
  }
  explicit;
  dockerConfigPath;
  logger;
  cache = /* @__PURE__ */ new Map();
  config = null;
  get(registryHost) {
    let registry = normalizeRegistryHost(registryHost), found = this.cache.get(registry);
    return found || (found = this.lookup(registry), this.cache.set(registry, found)), found;
  }
  async lookup(registry) {
    let explicit = this.explicit.find((entry) => normalizeRegistryHost(entry.registry) === registry);
    if (explicit)
      return this.logger.debug(`Using the given credentials for ${registry}`), { kind: "password", username: explicit.username, password: explicit.password, source: "the given credentials" };
    this.config === null && (this.config = readDockerConfig(this.dockerConfigPath));
    let config = this.config;
    if (!config) return;
    let helper = helperFor(config, registry);
    if (helper) {
      let fromHelper = await credentialFromHelper(helper, registry, this.logger);
      if (fromHelper)
        return this.logger.debug(`Using credentials for ${registry} from ${fromHelper.source}`), fromHelper;
    }
    let fromFile = credentialFromAuths(config, registry);
    return fromFile && this.logger.debug(`Using credentials for ${registry} from ${fromFile.source}`), fromFile;
  }
};

export {
  normalizeRegistryHost,
  CredentialStore
};
