import { createRequire as __imageGateCreateRequire } from 'node:module'; import { fileURLToPath as __imageGateFileURLToPath } from 'node:url'; import { dirname as __imageGateDirnameOf } from 'node:path'; const require = __imageGateCreateRequire(import.meta.url); const __imageGateFilename = __imageGateFileURLToPath(import.meta.url); const __imageGateDirname = __imageGateDirnameOf(__imageGateFilename);

// src/adapters/process/run-process.ts
import { spawn } from "node:child_process";
var STDERR_TAIL_BYTES = 16 * 1024;
function runProcess(binary, args, options) {
  return new Promise((resolve, reject) => {
    let child = spawn(binary, args, {
      env: { ...options.baseEnv, ...options.env },
      // stdin is a pipe closed at once when there is nothing to write: end of file, as /dev/null gives.
      stdio: ["pipe", "pipe", "pipe"],
      detached: !0,
      shell: !1
    }), maxStdout = options.maxStdoutBytes ?? 1024 * 1024, stdout = [], stdoutBytes = 0, stderrTail = "", partialLine = "", timedOut = !1, stdoutOverflowed = !1, killGroup = () => {
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
      stdoutBytes + chunk.length > maxStdout && (!stdoutOverflowed && options.stopOnStdoutOverflow && killGroup(), stdoutOverflowed = !0), !(stdoutBytes >= maxStdout) && (stdout.push(chunk), stdoutBytes += chunk.length);
    }), child.stderr.setEncoding("utf8"), child.stderr.on("data", (chunk) => {
      if (stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_BYTES), options.onStderrLine) {
        let lines = (partialLine + chunk).split(`
`);
        partialLine = lines.pop() ?? "";
        for (let line of lines) line.trim() && options.onStderrLine(line);
      }
    }), child.stdin.on("error", () => {
    }), options.stdin === void 0 ? child.stdin.end() : child.stdin.end(options.stdin);
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
        stdoutOverflowed,
        stderrTail
      });
    });
  });
}

export {
  runProcess
};
