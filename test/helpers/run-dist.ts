/**
 * Runs dist/ the way its users do: the Action as the runner starts it (INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, RUNNER_TEMP), and the CLI as a terminal does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { honouredCommands } from './runner-commands.js';

export const repoRoot = new URL('../../', import.meta.url).pathname;
export const standInTrivy = join(repoRoot, 'test/bin/trivy');
export const fixture = (path: string): string => join(repoRoot, 'test/fixtures', path);

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runNode(args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs = 60_000): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    // process.execPath is the Node 24 that runs the tests, the same major as the Action's runtime.
    const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Only what a test needs from the parent: PATH (for the stand-in's node) and HOME; and nothing reaches Sigstore's TUF CDN. */
function baseEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', IMAGE_GATE_TUF_MIRROR_URL: 'http://127.0.0.1:9' };
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  runnerTemp: string;
  /**
   * The workflow commands the runner would honour in stdout (test/helpers/runner-commands.ts), e.g.
   * { command: 'error', properties: { file, line, title }, message }: a command printed while commands are
   * stopped is not one.
   */
  commands: WorkflowCommand[];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export async function runAction(
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; workspace?: string; event?: object } = {},
): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'image-gate-runner-'));
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'image-gate-workspace-'));
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary.md');
  const eventFile = join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? { ref: 'refs/heads/main' }));
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: runnerTemp,
    // Nothing a test runs may reach api.github.com: a closed loopback port unless the test serves a fake.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TOOL_CACHE: join(runnerTemp, 'tool-cache'),
    ...options.env,
  };
  // The runner passes every input, with action.yml's defaults filled in; unset ones are absent.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runNode([join(repoRoot, 'dist/index.js')], env, workspace);
  return {
    ...result,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
    runnerTemp,
    commands: honouredCommands(result.stdout).map(({ command, properties, data }) => ({ command, properties, message: data })),
  };
}

export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<ProcessResult> {
  return runNode([join(repoRoot, 'dist/cli.js'), ...args], { ...baseEnv(), ...options.env }, options.cwd ?? repoRoot);
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
