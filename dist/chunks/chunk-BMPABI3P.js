import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  configError
} from "./chunk-QTDHMDYW.js";

// src/trivy/command.ts
var TRIVY_SCANNERS = ["vuln", "secret", "misconfig", "license"];
function buildTrivyArgs(options) {
  let scanners = uniqueScanners(options.scanners), args = ["image", "--format", "json", "--output", nonEmpty(options.outputPath, "Trivy output path"), "--quiet", "--exit-code", "0"];
  args.push("--scanners", scanners.join(","));
  let configScanners = scanners.filter((scanner) => scanner === "misconfig" || scanner === "secret");
  configScanners.length > 0 && args.push("--image-config-scanners", configScanners.join(","));
  let target = options.target;
  switch (target.kind) {
    case "image":
      if (!/@sha256:[0-9a-f]{64}$/.test(target.reference))
        throw configError(`Trivy target "${target.reference}" is not pinned to a digest (expected repository@sha256:\u2026)`);
      args.push("--image-src", "remote");
      break;
    case "archive":
    case "layout":
      args.push("--input", nonEmpty(target.path, `Trivy ${target.kind} path`));
      break;
  }
  if (options.server ? hasUserinfo(options.server) || args.push("--server", options.server) : (options.dbRepositories?.length && args.push("--db-repository", listOf(options.dbRepositories, "db-repository")), options.javaDbRepositories?.length && args.push("--java-db-repository", listOf(options.javaDbRepositories, "java-db-repository")), options.skipDbUpdate && args.push("--skip-db-update", "--skip-java-db-update")), options.cacheDir && args.push("--cache-dir", options.cacheDir), options.timeout) {
    if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(options.timeout))
      throw configError(`Trivy timeout "${options.timeout}" is not a duration such as 10m or 1h30m`);
    args.push("--timeout", options.timeout);
  }
  return options.insecure && args.push("--insecure"), target.kind === "image" && args.push(target.reference), args;
}
function buildTrivyEnv(credentials) {
  if (!credentials) return {};
  if ("token" in credentials) {
    if (!credentials.token) throw configError("registry token is empty");
    return { TRIVY_REGISTRY_TOKEN: credentials.token };
  }
  if (!credentials.username || !credentials.password)
    throw configError("registry credentials need both a username and a password");
  if (credentials.username.includes(",") || credentials.password.includes(","))
    throw configError("registry username and password must not contain a comma (Trivy reads commas as separators)");
  return { TRIVY_USERNAME: credentials.username, TRIVY_PASSWORD: credentials.password };
}
function buildTrivyServerEnv(server) {
  return server !== void 0 && hasUserinfo(server) ? { TRIVY_SERVER: server } : {};
}
function hasUserinfo(url) {
  try {
    let parsed = new URL(url);
    return parsed.username !== "" || parsed.password !== "";
  } catch {
    return !0;
  }
}
function uniqueScanners(scanners) {
  let unique = [];
  for (let scanner of scanners) {
    if (!TRIVY_SCANNERS.includes(scanner))
      throw configError(`unknown Trivy scanner "${scanner}"; expected one of ${TRIVY_SCANNERS.join(", ")}`);
    unique.includes(scanner) || unique.push(scanner);
  }
  if (unique.length === 0) throw configError(`no Trivy scanners selected; choose from ${TRIVY_SCANNERS.join(", ")}`);
  return unique;
}
function listOf(values, what) {
  for (let value of values)
    if (!value || value.includes(",")) throw configError(`${what} "${value}" is empty or contains a comma`);
  return values.join(",");
}
function nonEmpty(value, what) {
  if (!value) throw configError(`${what} is empty`);
  return value;
}

export {
  TRIVY_SCANNERS,
  buildTrivyArgs,
  buildTrivyEnv,
  buildTrivyServerEnv
};
