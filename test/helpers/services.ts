/**
 * Real services the integration tests use: Debian's docker-registry (plain and with Basic auth)
 * and Debian's dockerd. Missing binaries fail the run loudly: a suite that skips is not a test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningService {
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

export function requireBinary(name: string, debianPackage: string): string {
  const found = spawnSync('sh', ['-c', 'command -v "$0"', name], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) {
    throw new Error(`${name} is not installed: the integration tests need Debian's ${debianPackage} package (.ci/run installs it)`);
  }
  return path;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Polls until `probe` says yes; fails at once, with the log, when the service's process is gone. */
async function waitFor(
  what: string,
  child: ChildProcess,
  logFile: string,
  probe: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited (${child.signalCode ?? `status ${child.exitCode}`}) before it was ready. Log tail:\n${logTail(logFile)}`);
    }
    if (await answers(probe)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready in ${timeoutMs} ms. Log tail:\n${logTail(logFile)}`);
}

/** A probe that fails (connection refused, ...) just means "not yet". */
async function answers(probe: () => boolean | Promise<boolean>): Promise<boolean> {
  try {
    return await probe();
  } catch {
    return false;
  }
}

function logTail(logFile: string): string {
  return existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '(no log)';
}

function startProcess(command: string, args: string[], logFile: string, cwd: string): ChildProcess {
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, stdio: ['ignore', out, out], detached: false });
  return child;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/**
 * Waits for services started side by side. When one fails, the others are still waited for and those that came
 * up are stopped before its error is thrown: a failed start leaves nothing running (a dockerd started next to a
 * registry that could not start would otherwise outlive the test run).
 */
export async function allStartedOrNone(starting: Promise<RunningService>[]): Promise<void> {
  const settled = await Promise.allSettled(starting);
  const failure = settled.find((result) => result.status === 'rejected');
  if (!failure) return;
  const started = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  await Promise.all(started.map((service) => service.stop()));
  throw failure.reason;
}

export interface RegistryService extends RunningService {
  /** host:port, e.g. 127.0.0.1:40123 */
  host: string;
  dataDir: string;
  username?: string;
  password?: string;
}

export async function startRegistry(options: { basicAuth?: { username: string; password: string } } = {}): Promise<RegistryService> {
  const binary = requireBinary('docker-registry', 'docker-registry');
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-registry-'));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let auth = '';
  if (options.basicAuth) {
    requireBinary('htpasswd', 'apache2-utils');
    const htpasswdFile = join(dir, 'htpasswd');
    const made = spawnSync('htpasswd', ['-Bbn', options.basicAuth.username, options.basicAuth.password], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`htpasswd failed: ${made.stderr}`);
    writeFileSync(htpasswdFile, made.stdout);
    auth = `auth:\n  htpasswd:\n    realm: image-gate-test\n    path: ${htpasswdFile}\n`;
  }
  const config = join(dir, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${dataDir}\n  delete:\n    enabled: true\n  cache:\n    blobdescriptor: ""\nhttp:\n  addr: ${host}\n${auth}`,
  );
  const logFile = join(dir, 'registry.log');
  const child = startProcess(binary, ['serve', config], logFile, dir);
  await waitFor(`docker-registry on ${host}`, child, logFile, async () => {
    const response = await fetch(`http://${host}/v2/`);
    return response.status === 200 || response.status === 401;
  });
  return { process: child, logFile, stop: stopper(child), host, dataDir, ...options.basicAuth };
}

export interface DockerEngineService extends RunningService {
  socketPath: string;
  host: string;
}

export async function startDockerEngine(): Promise<DockerEngineService> {
  const binary = requireBinary('dockerd', 'docker.io');
  requireBinary('docker', 'docker.io');
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-dockerd-'));
  const socketPath = join(dir, 'docker.sock');
  const logFile = join(dir, 'dockerd.log');
  const child = startProcess(
    binary,
    [
      '--storage-driver=vfs',
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      '-H',
      `unix://${socketPath}`,
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'docker.pid'),
    ],
    logFile,
    dir,
  );
  const host = `unix://${socketPath}`;
  await waitFor('dockerd', child, logFile, () => spawnSync('docker', ['-H', host, 'version'], { stdio: 'ignore' }).status === 0);
  return { process: child, logFile, stop: stopper(child), socketPath, host };
}
