import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  runProcess
} from "./chunk-I7O7NM34.js";
import {
  errorMessage,
  infrastructureError
} from "./chunk-YQNRIA6J.js";

// src/adapters/trivy/release.ts
var MINIMUM_TRIVY_VERSION = "0.60.0";

// src/adapters/trivy/run.ts
var TAIL_LINES = 8;
async function runTrivy(binary, args, options) {
  let secrets = secretValues(options.env);
  options.logger.debug(`Running ${binary} ${args.join(" ")}`);
  let outcome = await start(binary, args, {
    baseEnv: options.baseEnv,
    env: options.env,
    timeoutMs: options.timeoutMs,
    maxStdoutBytes: 64 * 1024,
    onStderrLine: (line) => options.logger.debug(`trivy: ${redact(line, secrets)}`)
  }), failure = describeFailure(outcome, options.timeoutMs);
  if (failure) {
    let tail = lastLines(redact(outcome.stderrTail, secrets));
    throw infrastructureError(tail ? `${failure}. Its last output:
${tail}` : failure);
  }
}
async function trivyVersion(binary, baseEnv, timeoutMs = 6e4) {
  let outcome = await start(binary, ["--version", "--format", "json"], { baseEnv, timeoutMs }), failure = describeFailure(outcome, timeoutMs);
  if (failure) {
    let tail = lastLines(outcome.stderrTail);
    throw infrastructureError(`${binary} --version failed: ${failure}${tail ? `
${tail}` : ""}`);
  }
  let version = parseVersionOutput(outcome.stdout);
  if (!version) throw infrastructureError(`${binary} --version printed no version: is it Trivy?`);
  return version;
}
function parseVersionOutput(stdout) {
  let text = stdout.trim();
  if (text.startsWith("{"))
    try {
      let parsed = JSON.parse(text);
      if (typeof parsed == "object" && parsed !== null && "Version" in parsed) {
        let version = parsed.Version;
        if (typeof version == "string" && version.trim()) return version.trim().replace(/^v/, "");
      }
    } catch {
    }
  return /^Version:\s*v?(\S+)/m.exec(text)?.[1];
}
async function start(binary, args, options) {
  try {
    return await runProcess(binary, args, options);
  } catch (error) {
    let reason = errorMessage(error);
    throw infrastructureError(`Could not start Trivy (${binary}): ${reason}`, error);
  }
}
function describeFailure(outcome, timeoutMs) {
  if (outcome.timedOut) return `Trivy did not finish within ${formatSeconds(timeoutMs)} s and was stopped`;
  if (outcome.signal) return `Trivy was killed by ${outcome.signal}`;
  if (outcome.exitCode !== 0) return `Trivy failed with exit code ${outcome.exitCode}`;
}
function formatSeconds(ms) {
  let seconds = ms / 1e3;
  return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
}
function lastLines(text) {
  return text.split(`
`).map((line) => line.trimEnd()).filter((line) => line.trim() !== "").slice(-TAIL_LINES).map((line) => `  ${line}`).join(`
`);
}
function secretValues(env) {
  return env ? Object.entries(env).filter(([name, value]) => value !== "" && CREDENTIAL_NAME.test(name)).map(([, value]) => value).sort((a, b) => b.length - a.length) : [];
}
var CREDENTIAL_NAME = /PASSWORD|TOKEN|SECRET|KEY|AUTH|CREDENTIAL/i;
function redact(text, secrets) {
  let result = text;
  for (let secret of secrets) result = result.split(secret).join("***");
  return result;
}

export {
  MINIMUM_TRIVY_VERSION,
  runTrivy,
  trivyVersion
};
