import { errorMessage, infrastructureError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import { runProcess, type ProcessEnvironment, type ProcessOutcome } from '../process/index.js';

export interface RunTrivyOptions {
  /** The environment Trivy starts from (the run's): its proxies, HOME and TRIVY_* settings reach Trivy through it. */
  baseEnv: ProcessEnvironment;
  /** Extra environment, e.g. buildTrivyEnv's credentials; credential values are masked in any output we log. */
  env?: Record<string, string>;
  timeoutMs: number;
  logger: Logger;
}

const TAIL_LINES = 8;

/** Runs Trivy to completion; any failure to produce a report is an infrastructure error. */
export async function runTrivy(binary: string, args: string[], options: RunTrivyOptions): Promise<void> {
  const secrets = secretValues(options.env);
  // Debug: the caller's one line per scan says what is scanned; an index of many platforms runs Trivy as many times.
  options.logger.debug(`Running ${binary} ${args.join(' ')}`);
  const outcome = await start(binary, args, {
    baseEnv: options.baseEnv,
    env: options.env,
    timeoutMs: options.timeoutMs,
    maxStdoutBytes: 64 * 1024,
    onStderrLine: (line) => options.logger.debug(`trivy: ${redact(line, secrets)}`),
  });
  const failure = describeFailure(outcome, options.timeoutMs);
  if (failure) {
    const tail = lastLines(redact(outcome.stderrTail, secrets));
    throw infrastructureError(tail ? `${failure}. Its last output:\n${tail}` : failure);
  }
}

/**
 * The version a Trivy binary reports. JSON first (`--version --format json` prints
 * {"Version":"0.74.0",…}); builds that ignore --format print "Version: 0.74.0".
 */
export async function trivyVersion(binary: string, baseEnv: ProcessEnvironment, timeoutMs = 60_000): Promise<string> {
  const outcome = await start(binary, ['--version', '--format', 'json'], { baseEnv, timeoutMs });
  const failure = describeFailure(outcome, timeoutMs);
  if (failure) {
    const tail = lastLines(outcome.stderrTail);
    throw infrastructureError(`${binary} --version failed: ${failure}${tail ? `\n${tail}` : ''}`);
  }
  const version = parseVersionOutput(outcome.stdout);
  if (!version) throw infrastructureError(`${binary} --version printed no version: is it Trivy?`);
  return version;
}

export function parseVersionOutput(stdout: string): string | undefined {
  const text = stdout.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && 'Version' in parsed) {
        const version = parsed.Version;
        if (typeof version === 'string' && version.trim()) return version.trim().replace(/^v/, '');
      }
    } catch {
      // Fall through to the text form.
    }
  }
  const match = /^Version:\s*v?(\S+)/m.exec(text);
  return match?.[1];
}

async function start(binary: string, args: string[], options: Parameters<typeof runProcess>[2]): Promise<ProcessOutcome> {
  try {
    return await runProcess(binary, args, options);
  } catch (error) {
    const reason = errorMessage(error);
    throw infrastructureError(`Could not start Trivy (${binary}): ${reason}`, error);
  }
}

function describeFailure(outcome: ProcessOutcome, timeoutMs: number): string | undefined {
  if (outcome.timedOut) return `Trivy did not finish within ${formatSeconds(timeoutMs)} s and was stopped`;
  if (outcome.signal) return `Trivy was killed by ${outcome.signal}`;
  if (outcome.exitCode !== 0) return `Trivy failed with exit code ${outcome.exitCode}`;
  return undefined;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
}

function lastLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-TAIL_LINES)
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * The values of credential variables, whatever their length; other variables (cache paths,
 * switches) stay readable. Longest first, so a value containing another is masked whole.
 */
function secretValues(env: Record<string, string> | undefined): string[] {
  if (!env) return [];
  return Object.entries(env)
    .filter(([name, value]) => value !== '' && CREDENTIAL_NAME.test(name))
    .map(([, value]) => value)
    .sort((a, b) => b.length - a.length);
}

const CREDENTIAL_NAME = /PASSWORD|TOKEN|SECRET|KEY|AUTH|CREDENTIAL/i;

function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('***');
  return result;
}
