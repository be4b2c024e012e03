/**
 * Which policy judges: on a pull request, the base branch's (read through the GitHub contents API at the
 * base SHA), so that a pull request cannot relax `.github/image-gate.yml` and pass itself; the files that
 * policy names (key files, a trusted root) come from the base branch with it, or a pull request could swap
 * the key the trusted policy points at. Elsewhere, and with `policy-source: head`, the workspace file.
 *
 * Read once per run however many images are gated, before any of them: every image is judged by the same
 * policy, and a base policy that cannot be read is an error for the run (never a fall back to the head).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GateConfig } from '../config/types.js';
import { configError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { PolicyOrigin } from '../core/result.js';
import type { PolicyFile } from '../policy/load.js';
import type { RepositoryAtCommit } from '../github/contents.js';
import type { RepoRef } from '../github/rest.js';
import { diffPolicy, readWorkspaceText } from './policy-diff.js';

export interface PolicyEnvironment {
  logger: Logger;
  /** Relative paths (the policy's, its key files') are relative to this. */
  workspace: string;
  env: NodeJS.ProcessEnv;
}

export interface JudgingPolicy {
  /** The validated file, key files read; undefined: none, the defaults apply. */
  file: PolicyFile | undefined;
  /** How messages and ignore-rule origins name the file. */
  source: string;
  origin: PolicyOrigin;
}

/** The pull request this run is for, as the event payload at GITHUB_EVENT_PATH gives it. */
export type PullRequestBase =
  | { kind: 'none' }
  | { kind: 'pull-request'; repo: RepoRef; sha: string }
  /** A pull request event whose payload does not say its base (not what GitHub sends). */
  | { kind: 'incomplete'; problem: string };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
// A merge queue checks out its own merge of the queued pull requests: the policy comes from its base too.
const MERGE_QUEUE_EVENT = 'merge_group';
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NAME = /^[A-Za-z0-9_.-]+$/;

const loaded = new WeakMap<PolicyEnvironment, Map<string, Promise<JudgingPolicy>>>();

/** The policy of this run: fetched once per environment (one run), shared by every image gated in it. */
export function loadJudgingPolicy(config: GateConfig, environment: PolicyEnvironment): Promise<JudgingPolicy> {
  const key = JSON.stringify([config.policy.path, config.policy.required, config.policy.source ?? 'default', config.policy.overrides.trustedRootPath ?? '']);
  let byKey = loaded.get(environment);
  if (byKey === undefined) {
    byKey = new Map();
    loaded.set(environment, byKey);
  }
  let policy = byKey.get(key);
  if (policy === undefined) {
    policy = choosePolicy(config, environment);
    byKey.set(key, policy);
  }
  return policy;
}

async function choosePolicy(config: GateConfig, environment: PolicyEnvironment): Promise<JudgingPolicy> {
  const pullRequest = pullRequestBase(environment.env);
  const setting = config.policy.source;
  if (pullRequest.kind === 'pull-request' && setting !== 'head') return basePolicy(config, environment, pullRequest);
  if (pullRequest.kind === 'incomplete' && setting === 'base') throw configError(`Input policy-source is base, but ${pullRequest.problem}`);
  const note =
    pullRequest.kind === 'incomplete'
      ? `${pullRequest.problem}, so the workspace's policy file judged`
      : pullRequest.kind === 'pull-request'
        ? "policy-source is head: the pull request's own policy file judged"
        : undefined;
  return workspacePolicy(config, environment, note);
}

/**
 * Reads GITHUB_EVENT_NAME and the payload: a pull_request or pull_request_target event gives the base
 * commit (pull_request.base.sha) and the repository it belongs to; a merge_group event its base_sha.
 */
export function pullRequestBase(env: NodeJS.ProcessEnv): PullRequestBase {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const mergeQueue = eventName === MERGE_QUEUE_EVENT;
  if (!PULL_REQUEST_EVENTS.has(eventName) && !mergeQueue) return { kind: 'none' };
  const incomplete = (what: string): PullRequestBase => ({ kind: 'incomplete', problem: `the ${eventName} event ${what}` });
  if (!env.GITHUB_EVENT_PATH) return incomplete('has no payload (GITHUB_EVENT_PATH is not set)');
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return incomplete('payload at GITHUB_EVENT_PATH could not be read as JSON');
  }
  const base = field(field(payload, 'pull_request'), 'base');
  const sha = mergeQueue ? field(field(payload, 'merge_group'), 'base_sha') : field(base, 'sha');
  if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) {
    return incomplete(`payload gives no ${mergeQueue ? 'merge_group.base_sha' : 'pull_request.base.sha'}`);
  }
  const fullName = field(field(base, 'repo'), 'full_name') ?? field(field(payload, 'repository'), 'full_name');
  const [owner, repo, ...rest] = typeof fullName === 'string' ? fullName.split('/') : [];
  if (owner === undefined || repo === undefined || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
    return incomplete('payload gives no repository (pull_request.base.repo.full_name)');
  }
  return { kind: 'pull-request', repo: { owner, repo }, sha };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * The path inside the repository (with "/") of `path`, relative paths taken from the workspace;
 * undefined when it lies outside the workspace, where no repository file is.
 */
export function repositoryPath(path: string, workspace: string): string | undefined {
  const inside = relative(resolve(workspace), resolve(workspace, path));
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return inside.split(sep).join('/');
}

async function workspacePolicy(config: GateConfig, environment: PolicyEnvironment, note: string | undefined): Promise<JudgingPolicy> {
  const { loadPolicyFile } = await import('../policy/load.js');
  const source = displayPath(config.policy.path, environment.workspace);
  const file = await loadPolicyFile(config.policy.path, { required: config.policy.required });
  if (file) environment.logger.info(`Policy: ${source}`);
  if (note !== undefined) environment.logger.info(`Policy: ${note}`);
  return { file, source, origin: { source: 'workspace', path: source, found: file !== undefined, ...(note !== undefined && { note }) } };
}

async function basePolicy(
  config: GateConfig,
  environment: PolicyEnvironment,
  pullRequest: { repo: RepoRef; sha: string },
): Promise<JudgingPolicy> {
  const path = repositoryPath(config.policy.path, environment.workspace);
  if (path === undefined) {
    throw configError(
      `Input policy: ${config.policy.path} is outside the workspace, so it cannot be read from the base branch (policy-source base); ` +
        'give a path inside the repository, or policy-source head',
    );
  }
  const [{ parsePolicyText, readSignatureKeys }, { GitHubRest }, { RepositoryAtCommit }] = await Promise.all([
    import('../policy/load.js'),
    import('../github/rest.js'),
    import('../github/contents.js'),
  ]);
  let rest: InstanceType<typeof GitHubRest>;
  try {
    rest = new GitHubRest({
      apiUrl: environment.env.GITHUB_API_URL ?? 'https://api.github.com',
      token: config.githubToken ?? environment.env.GITHUB_TOKEN,
    });
  } catch (error) {
    throw configError(`Cannot read the policy from the base branch: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  const base = new RepositoryAtCommit(rest, pullRequest.repo, pullRequest.sha);
  const shortSha = pullRequest.sha.slice(0, 12);
  const source = `${path} (base branch, ${shortSha})`;
  const [answer, head] = await Promise.all([base.read(path), readWorkspaceText(config.policy.path, environment.workspace)]);
  const origin: PolicyOrigin = { source: 'base', path, ref: pullRequest.sha, found: answer.found };

  let file: PolicyFile | undefined;
  if (answer.found) {
    file = parsePolicyText(answer.text, source);
    await readSignatureKeys(file, source, (keyPath) => readBaseFile(base, keyPath, environment.workspace, 'key file'));
    if (config.policy.overrides.trustedRootPath === undefined) await fetchTrustedRoot(file, base, config.tempDir, environment.workspace);
    environment.logger.info(`Policy: ${path} from the base branch of ${base.name} (a pull request cannot change the policy that judges it)`);
  } else {
    origin.note = `The base branch (${shortSha}) has no ${path}: the defaults and the inputs judged`;
    environment.logger.info(`Policy: ${origin.note}`);
  }
  const change = await diffPolicy(answer.found ? answer.text : undefined, head);
  if (change !== undefined) {
    origin.changedInPullRequest = change;
    environment.logger.info(`Policy: the pull request changes ${path}; its version is shown in the summary, not used`);
  }
  return { file, source, origin };
}

/** A file the base policy names by path (as written, relative to the workspace), from the base branch. */
async function readBaseFile(base: RepositoryAtCommit, path: string, workspace: string, what: string): Promise<string> {
  const inside = repositoryPath(path, workspace);
  if (inside === undefined) {
    throw configError(
      `${what} ${path} is outside the workspace, so it cannot be read from the base branch with the policy; ` +
        'keep it in the repository (or give a key inline as pem), or use policy-source head',
    );
  }
  const answer = await base.read(inside);
  if (!answer.found) throw configError(`${what} ${inside} does not exist in ${base.name} (the base branch)`);
  return answer.text;
}

/**
 * The trusted root the base policy names is read from the base branch too; it is written to a file of
 * this run, and the policy points there, so signature checks read it as they read any trusted root.
 */
async function fetchTrustedRoot(file: PolicyFile, base: RepositoryAtCommit, tempDir: string, workspace: string): Promise<void> {
  const signatures = file.document.signatures;
  const named = signatures?.['trusted-root'];
  if (signatures === undefined || named === undefined) return;
  const text = await readBaseFile(base, named, workspace, 'signatures.trusted-root');
  await mkdir(tempDir, { recursive: true });
  const dir = await mkdtemp(join(tempDir, 'base-branch-'));
  // Named after its place in the repository, so a message about it still says which file it is.
  const copy = join(dir, repositoryPath(named, workspace) ?? 'trusted_root.json');
  await mkdir(dirname(copy), { recursive: true });
  await writeFile(copy, text, { mode: 0o600 });
  signatures['trusted-root'] = copy;
}

function displayPath(path: string, workspace: string): string {
  return repositoryPath(path, workspace) ?? path;
}
