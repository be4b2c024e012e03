import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);
import {
  errorMessage,
  infrastructureError
} from "./chunk-QTDHMDYW.js";

// src/trivy/release.ts
var DEFAULT_TRIVY_VERSION = "0.74.0", MINIMUM_TRIVY_VERSION = "0.60.0", COMPROMISED_VERSIONS = /* @__PURE__ */ new Set(["0.69.4", "0.69.5", "0.69.6"]);

// src/trivy/process.ts
import { spawn } from "node:child_process";
var STDERR_TAIL_BYTES = 16 * 1024;
function runProcess(binary, args, options) {
  return new Promise((resolve, reject) => {
    let child = spawn(binary, args, {
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: !0,
      shell: !1
    }), maxStdout = options.maxStdoutBytes ?? 1024 * 1024, stdout = [], stdoutBytes = 0, stderrTail = "", partialLine = "", timedOut = !1, killGroup = () => {
      if (child.pid !== void 0)
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
        }
    };
    process.once("exit", killGroup);
    let timer = setTimeout(() => {
      timedOut = !0, killGroup();
    }, options.timeoutMs);
    child.stdout.on("data", (chunk) => {
      stdoutBytes >= maxStdout || (stdout.push(chunk), stdoutBytes += chunk.length);
    }), child.stderr.setEncoding("utf8"), child.stderr.on("data", (chunk) => {
      if (stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_BYTES), options.onStderrLine) {
        let lines = (partialLine + chunk).split(`
`);
        partialLine = lines.pop() ?? "";
        for (let line of lines) line.trim() && options.onStderrLine(line);
      }
    });
    let finish = () => {
      clearTimeout(timer), process.removeListener("exit", killGroup);
    };
    child.once("error", (error) => {
      finish(), reject(error);
    }), child.once("close", (exitCode, signal) => {
      finish(), (timedOut || signal) && killGroup(), options.onStderrLine && partialLine.trim() && options.onStderrLine(partialLine), resolve({
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderrTail
      });
    });
  });
}

// src/trivy/run.ts
var TAIL_LINES = 8;
async function runTrivy(binary, args, options) {
  let secrets = secretValues(options.env);
  options.logger.info(`Running ${binary} ${args.join(" ")}`);
  let outcome = await start(binary, args, {
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
async function trivyVersion(binary, timeoutMs = 6e4) {
  let outcome = await start(binary, ["--version", "--format", "json"], { timeoutMs }), failure = describeFailure(outcome, timeoutMs);
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
  DEFAULT_TRIVY_VERSION,
  MINIMUM_TRIVY_VERSION,
  COMPROMISED_VERSIONS,
  runTrivy,
  trivyVersion
};
