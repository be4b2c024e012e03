import { spawn } from 'node:child_process';

export interface ProcessOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  /** The last lines of stderr, at most STDERR_TAIL_BYTES of them. */
  stderrTail: string;
}

export interface ProcessOptions {
  /** Added to the inherited environment. */
  env?: Record<string, string>;
  timeoutMs: number;
  /** Cap on the stdout kept; beyond it the rest is dropped (Trivy writes its report to a file). */
  maxStdoutBytes?: number;
  onStderrLine?: (line: string) => void;
}

const STDERR_TAIL_BYTES = 16 * 1024;

/**
 * Runs a program from an argument array, no shell. @actions/exec cannot stop a process on a
 * deadline, so this uses child_process directly: the child leads its own process group, and on
 * timeout the whole group is killed, because Trivy may have started helpers of its own.
 */
export function runProcess(binary: string, args: readonly string[], options: ProcessOptions): Promise<ProcessOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      shell: false,
    });
    const maxStdout = options.maxStdoutBytes ?? 1024 * 1024;
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrTail = '';
    let partialLine = '';
    let timedOut = false;

    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    // If we exit first (the step is cancelled), do not leave a detached scanner running.
    process.once('exit', killGroup);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => {
      if (stdoutBytes >= maxStdout) return;
      stdout.push(chunk);
      stdoutBytes += chunk.length;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_BYTES);
      if (options.onStderrLine) {
        const lines = (partialLine + chunk).split('\n');
        partialLine = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) options.onStderrLine(line);
      }
    });

    const finish = () => {
      clearTimeout(timer);
      process.removeListener('exit', killGroup);
    };
    child.once('error', (error) => {
      finish();
      reject(error);
    });
    // 'close' waits for the pipes, so stderr is complete; a killed group closes them too.
    child.once('close', (exitCode, signal) => {
      finish();
      // Helpers that ignored their parent's death are not ours to leave behind.
      if (timedOut || signal) killGroup();
      if (options.onStderrLine && partialLine.trim()) options.onStderrLine(partialLine);
      resolve({
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderrTail,
      });
    });
  });
}
