import { spawn } from 'node:child_process';

export interface ProcessOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  /** True when stdout went past maxStdoutBytes: what is in `stdout` is only its beginning. */
  stdoutOverflowed: boolean;
  /** The last lines of stderr, at most STDERR_TAIL_BYTES of them. */
  stderrTail: string;
}

/** An environment as the shell was given it: names to values, a value possibly unset. */
export type ProcessEnvironment = Readonly<Record<string, string | undefined>>;

export interface ProcessOptions {
  /**
   * The environment the child starts from: the run's (RunContext), which the shell took from its own. Passed
   * in, not read here: what a child inherits is decided once, where the environment is read.
   */
  baseEnv: ProcessEnvironment;
  /** Added to baseEnv. */
  env?: Record<string, string>;
  timeoutMs: number;
  /** Cap on the stdout kept; beyond it the rest is dropped (Trivy writes its report to a file). */
  maxStdoutBytes?: number;
  /** Kill the process as soon as stdout passes maxStdoutBytes, instead of draining it until it exits. */
  stopOnStdoutOverflow?: boolean;
  /** Written to the child's stdin, which is then closed (credential helpers read the server URL there). */
  stdin?: string;
  onStderrLine?: (line: string) => void;
}

const STDERR_TAIL_BYTES = 16 * 1024;

/**
 * The one seam through which we run programs (Trivy, docker credential helpers): an argument array, no
 * shell. @actions/exec cannot stop a process on a deadline, so this uses child_process directly and
 * @actions/exec is not a dependency: the child leads its own process group, and on timeout the whole
 * group is killed, because Trivy may have started helpers of its own.
 */
export function runProcess(binary: string, args: readonly string[], options: ProcessOptions): Promise<ProcessOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { ...options.baseEnv, ...options.env },
      // stdin is a pipe closed at once when there is nothing to write: end of file, as /dev/null gives.
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      shell: false,
    });
    const maxStdout = options.maxStdoutBytes ?? 1024 * 1024;
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrTail = '';
    let partialLine = '';
    let timedOut = false;
    let stdoutOverflowed = false;

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
      if (stdoutBytes + chunk.length > maxStdout) {
        if (!stdoutOverflowed && options.stopOnStdoutOverflow) killGroup();
        stdoutOverflowed = true;
      }
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

    // A child that exits without reading its stdin must not crash us with EPIPE.
    child.stdin.on('error', () => undefined);
    if (options.stdin === undefined) child.stdin.end();
    else child.stdin.end(options.stdin);

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
        stdoutOverflowed,
        stderrTail,
      });
    });
  });
}
