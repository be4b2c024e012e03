/**
 * Which policy judges: on a pull request, the base branch's (read through the GitHub contents API at the
 * base SHA), so that a pull request cannot relax `.github/image-gate.yml` and pass itself; the files of
 * trust (key files, a trusted root), whether the policy or the `key` / `trusted-root` inputs name them, come
 * from the base branch with it, or a pull request could swap the key the trusted policy or workflow points
 * at and sign its own image. Elsewhere, and with `policy-source: head`, the workspace's files.
 *
 * Read once per run however many images are gated, before any of them: every image is judged by the same
 * policy, and a base policy that cannot be read (or a pull request event whose base is unknown) is an error
 * for the run, never a fall back to the head.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { INPUT_LIMITS, readInputText } from '../../adapters/files/index.js';
import type { CertificateAuthorityInput, GateConfig, KeyInput } from '../../config/types.js';
import { configError, describeError, GateError } from '../../core/model/errors.js';
import type { PolicyOrigin } from '../../core/model/result.js';
import type { CertificateAuthorityPem } from '../../config/policy/certificate-authorities.js';
import type { PolicyFile, PolicyOverrides } from '../../config/policy/load.js';
import type { RepoRef, RepositoryAtCommit } from '../../adapters/github/index.js';
import type { GitHubContext, RunContext } from '../context.js';
import { diffPolicy, readWorkspaceText } from './policy-diff.js';

/** What choosing the policy needs of the run: relative paths (the policy's, its key files') are the workspace's. */
export type PolicyContext = Pick<RunContext, 'logger' | 'paths' | 'github'>;

export interface JudgingPolicy {
  /** The validated file, key files read; undefined: none, the defaults apply. */
  file: PolicyFile | undefined;
  /** How messages and ignore-rule origins name the file. */
  source: string;
  origin: PolicyOrigin;
  /** The inputs, which win over the file: the key input's files read and the trusted root's path set where the policy came from. */
  overrides: PolicyOverrides;
  /**
   * Where the vex input's documents are read: on a pull request judged by the base branch's policy, copies of the
   * base branch's files (a VEX statement suppresses findings: the pull request must not write its own); else
   * undefined, and they are read where the input names them.
   */
  vex?: GateConfig['vex'];
}

/** The pull request this run is for, as the event payload at GITHUB_EVENT_PATH gives it. */
export type PullRequestBase =
  | { kind: 'none' }
  /**
   * `branch`: what the commit is, for messages: the pull request's base, or (issue_comment, whose payload
   * names no base) the default branch's commit the workflow runs from.
   */
  | { kind: 'pull-request'; repo: RepoRef; sha: string; branch: 'base branch' | 'default branch' }
  /** A pull request event whose payload does not say its base (not what GitHub sends). */
  | { kind: 'incomplete'; problem: string };

/**
 * Events whose payload carries pull_request.base: the runs of pull_request, pull_request_review and
 * pull_request_review_comment check out the pull request's merge (refs/pull/N/merge); pull_request_target
 * checks out the base, but workflows often check out the head on it.
 */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
// A merge queue checks out its own merge of the queued pull requests: the policy comes from its base too.
const MERGE_QUEUE_EVENT = 'merge_group';
/**
 * A comment on a pull request (issue.pull_request set) runs from the default branch (GITHUB_SHA is its
 * latest commit), and its payload names no base; workflows that act on such comments (`/deploy`) commonly
 * check out the pull request's head. The policy is then the default branch's at GITHUB_SHA: the commit the
 * workflow file itself comes from, which the pull request cannot change.
 */
const COMMENT_EVENT = 'issue_comment';
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NAME = /^[A-Za-z0-9_.-]+$/;

const loaded = new WeakMap<PolicyContext, Map<string, Promise<JudgingPolicy>>>();

/** The policy of this run: fetched once per context (one run), shared by every image gated in it. */
export function loadJudgingPolicy(config: GateConfig, context: PolicyContext): Promise<JudgingPolicy> {
  const key = JSON.stringify([config.policy.path, config.policy.required, config.policy.source ?? 'default', config.policy.trust]);
  let byKey = loaded.get(context);
  if (byKey === undefined) {
    byKey = new Map();
    loaded.set(context, byKey);
  }
  let policy = byKey.get(key);
  if (policy === undefined) {
    policy = choosePolicy(config, context);
    byKey.set(key, policy);
  }
  return policy;
}

async function choosePolicy(config: GateConfig, context: PolicyContext): Promise<JudgingPolicy> {
  const pullRequest = pullRequestBase(context.github);
  const setting = config.policy.source;
  if (pullRequest.kind === 'pull-request' && setting !== 'head') return basePolicy(config, context, pullRequest);
  if (pullRequest.kind === 'incomplete' && setting !== 'head') {
    throw configError(
      `Input policy-source is ${setting ?? 'base (the default on pull requests)'}, but ${pullRequest.problem}, so the base branch's policy cannot be read; ` +
        "set policy-source: head to judge by the workspace's policy file",
    );
  }
  const note = pullRequest.kind === 'none' ? undefined : "policy-source is head: the pull request's own policy file judged";
  return workspacePolicy(config, context, note);
}

/**
 * Reads the event's name and payload: a pull request event (PULL_REQUEST_EVENTS) gives the base commit
 * (pull_request.base.sha) and the repository it belongs to; a merge_group event its base_sha; an
 * issue_comment on a pull request GITHUB_SHA (see COMMENT_EVENT).
 */
export function pullRequestBase(github: GitHubContext): PullRequestBase {
  const eventName = github.eventName ?? '';
  const mergeQueue = eventName === MERGE_QUEUE_EVENT;
  const comment = eventName === COMMENT_EVENT;
  if (!PULL_REQUEST_EVENTS.has(eventName) && !mergeQueue && !comment) return { kind: 'none' };
  const incomplete = (what: string): PullRequestBase => ({ kind: 'incomplete', problem: `the ${eventName} event ${what}` });
  if (!github.eventPath) return incomplete('has no payload (GITHUB_EVENT_PATH is not set)');
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(github.eventPath, 'utf8'));
  } catch {
    return incomplete('payload at GITHUB_EVENT_PATH could not be read as JSON');
  }
  if (comment) {
    const issue = field(payload, 'issue');
    if (issue === undefined) return incomplete('payload gives no issue');
    // A comment on an issue that is not a pull request: nothing of a pull request is checked out.
    if (field(issue, 'pull_request') === undefined) return { kind: 'none' };
  }
  const base = field(field(payload, 'pull_request'), 'base');
  const [sha, shaName] = mergeQueue
    ? [field(field(payload, 'merge_group'), 'base_sha'), 'payload gives no merge_group.base_sha']
    : comment
      ? [github.sha, 'on a pull request has no GITHUB_SHA (the default branch commit it runs from)']
      : [field(base, 'sha'), 'payload gives no pull_request.base.sha'];
  if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) return incomplete(shaName);
  const fullName = field(field(base, 'repo'), 'full_name') ?? field(field(payload, 'repository'), 'full_name');
  const [owner, repo, ...rest] = typeof fullName === 'string' ? fullName.split('/') : [];
  if (owner === undefined || repo === undefined || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
    return incomplete(`payload gives no repository (${comment || mergeQueue ? 'repository' : 'pull_request.base.repo'}.full_name)`);
  }
  return { kind: 'pull-request', repo: { owner, repo }, sha, branch: comment ? 'default branch' : 'base branch' };
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

async function workspacePolicy(config: GateConfig, context: PolicyContext, note: string | undefined): Promise<JudgingPolicy> {
  const { loadPolicyFile } = await import('./load-policy.js');
  const source = displayPath(config.policy.path, context.paths.workspace);
  const inRepository = repositoryPath(config.policy.path, context.paths.workspace);
  const file = await loadPolicyFile(config.policy.path, {
    required: config.policy.required,
    ...(inRepository !== undefined && { file: inRepository }),
  });
  if (file) context.logger.info(`Policy: ${source}`);
  if (note !== undefined) context.logger.info(`Policy: ${note}`);
  const keys = await inputKeys(config.policy.trust.keys, (path) =>
    readInputText(path, { what: 'public key file', maxBytes: INPUT_LIMITS.publicKey }),
  );
  const authority = await inputCertificateAuthority(config.policy.trust.certificateAuthority, (path) => readInputText(path, CERTIFICATES_FILE));
  return {
    file,
    source,
    origin: { source: 'workspace', path: source, found: file !== undefined, ...(note !== undefined && { note }) },
    // The trusted-root input is read (bounded, a regular file) where signatures are checked, as the policy's own.
    overrides: withTrust(config, keys, config.policy.trust.trustedRootPath, authority),
  };
}

async function basePolicy(
  config: GateConfig,
  context: PolicyContext,
  pullRequest: { repo: RepoRef; sha: string; branch: 'base branch' | 'default branch' },
): Promise<JudgingPolicy> {
  const path = repositoryPath(config.policy.path, context.paths.workspace);
  if (path === undefined) {
    throw configError(
      `Input policy: ${config.policy.path} is outside the workspace, so it cannot be read from the ${pullRequest.branch} (policy-source base); ` +
        'give a path inside the repository, or policy-source head',
    );
  }
  const [{ parsePolicyText }, { readSignatureKeys }, { GitHubRest, RepositoryAtCommit }] = await Promise.all([
    import('../../config/policy/load.js'),
    import('./load-policy.js'),
    import('../../adapters/github/index.js'),
  ]);
  let rest: InstanceType<typeof GitHubRest>;
  try {
    rest = new GitHubRest({ apiUrl: context.github.apiUrl, token: config.githubToken ?? context.github.token });
  } catch (error) {
    throw configError(`Cannot read the policy from the ${pullRequest.branch}: ${describeError(error)}`, error);
  }
  const base: BaseCommit = {
    files: new RepositoryAtCommit(rest, pullRequest.repo, pullRequest.sha),
    branch: pullRequest.branch,
    workspace: context.paths.workspace,
  };
  const shortSha = pullRequest.sha.slice(0, 12);
  const source = `${path} (${pullRequest.branch}, ${shortSha})`;
  const trust = config.policy.trust;
  // Read together; a failure is reported in this order (the policy's first), whichever answers first.
  const [answer, keys, trustedRootPath, head, authority, vex] = await settledInOrder([
    base.files.read(path),
    // The inputs' files of trust too: a workflow that names its key must not find the pull request's.
    inputKeys(trust.keys, (keyPath) => readBaseFile(base, keyPath, { what: 'public key file', maxBytes: INPUT_LIMITS.publicKey, input: true })),
    trust.trustedRootPath === undefined
      ? Promise.resolve(undefined)
      : baseCopy(base, trust.trustedRootPath, context.paths.tempDir, 'Input trusted-root:'),
    readWorkspaceText(config.policy.path, context.paths.workspace),
    inputCertificateAuthority(trust.certificateAuthority, (caPath) => readBaseFile(base, caPath, { ...CERTIFICATES_FILE, input: true })),
    Promise.all(
      config.vex.map(async (document) => ({
        path: await baseCopy(base, document.path, context.paths.tempDir, 'Input vex:', 'VEX document'),
        display: document.display,
      })),
    ),
  ] as const);
  const origin: PolicyOrigin = {
    source: 'base',
    path,
    ref: pullRequest.sha,
    branch: pullRequest.branch,
    found: answer.found,
    ...(pullRequest.branch === 'default branch' && {
      note: `The ${COMMENT_EVENT} event names no base branch: the default branch's policy at ${shortSha} (the commit this workflow runs from) judged`,
    }),
  };

  let file: PolicyFile | undefined;
  if (answer.found) {
    // Its mistakes are annotated at the path in the repository: the lines are the base branch's.
    file = parsePolicyText(answer.text, source, path);
    await readSignatureKeys(file, source, (keyPath, trustFile) =>
      readBaseFile(base, keyPath, trustFile ?? { what: 'key file', maxBytes: INPUT_LIMITS.publicKey }),
    );
    if (trustedRootPath === undefined) await fetchTrustedRoot(file, base, context.paths.tempDir);
    context.logger.info(
      `Policy: ${path} from the ${pullRequest.branch} of ${base.files.name} (a pull request cannot change the policy that judges it)`,
    );
  } else {
    origin.note = `The ${pullRequest.branch} (${shortSha}) has no ${path}: the defaults and the inputs judged`;
    context.logger.info(`Policy: ${origin.note}`);
  }
  if (trust.keys?.some((key) => key.kind === 'path') === true || trustedRootPath !== undefined || authority !== undefined) {
    const inputs = authority === undefined ? 'key and trusted-root inputs' : 'key, trusted-root and certificate authority inputs';
    context.logger.info(`Policy: the files the ${inputs} name read from the ${pullRequest.branch} too`);
  }
  if (vex.length > 0) context.logger.info(`Policy: the VEX documents the vex input names read from the ${pullRequest.branch} too`);
  const change = await diffPolicy(answer.found ? answer.text : undefined, head);
  if (change !== undefined) {
    origin.changedInPullRequest = change;
    context.logger.info(`Policy: the pull request changes ${path}; its version is shown in the summary, not used`);
  }
  return { file, source, origin, overrides: withTrust(config, keys, trustedRootPath, authority), ...(vex.length > 0 && { vex }) };
}

/** Awaits every promise, then throws the first failure in the order given (not in the order they failed). */
async function settledInOrder<T extends readonly Promise<unknown>[]>(promises: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/** The inputs as parsed, completed with the key, trusted-root and certificate authority inputs as read. */
function withTrust(
  config: GateConfig,
  keys: string[] | undefined,
  trustedRootPath: string | undefined,
  certificateAuthority: CertificateAuthorityPem | undefined,
): PolicyOverrides {
  return {
    ...config.policy.overrides,
    ...(keys !== undefined && { keys }),
    ...(trustedRootPath !== undefined && { trustedRootPath }),
    ...(certificateAuthority !== undefined && { certificateAuthority }),
  };
}

/** PEM certificates of a CA: a few KiB each. */
const CERTIFICATES_FILE = { what: 'certificates file', maxBytes: INPUT_LIMITS.tlsPem };

/** The ca-roots / ca-intermediates / certificate-chain inputs' files, read by `read`; each error names its input. */
async function inputCertificateAuthority(
  input: CertificateAuthorityInput | undefined,
  read: (path: string) => Promise<string>,
): Promise<CertificateAuthorityPem | undefined> {
  if (input === undefined) return undefined;
  const named = async (name: string, path: string): Promise<string> => {
    try {
      return await read(path);
    } catch (error) {
      if (error instanceof GateError) throw new GateError(error.kind, `Input ${name}: ${error.message}`, { cause: error });
      throw configError(`Input ${name}: ${describeError(error)}`, error);
    }
  };
  if (input.kind === 'chain') return { kind: 'chain', chainPem: await named('certificate-chain', input.chainPath) };
  const [rootsPem, intermediatesPem] = await Promise.all([
    named('ca-roots', input.rootsPath),
    input.intermediatesPath === undefined ? Promise.resolve(undefined) : named('ca-intermediates', input.intermediatesPath),
  ]);
  return { kind: 'roots', rootsPem, ...(intermediatesPem !== undefined && { intermediatesPem }) };
}

/** The PEM text of each entry of the key input: inline as given, or read by `read`; each error names the input. */
async function inputKeys(keys: KeyInput[] | undefined, read: (path: string) => Promise<string>): Promise<string[] | undefined> {
  if (keys === undefined) return undefined;
  return Promise.all(
    keys.map(async (key) => {
      if (key.kind === 'pem') return key.pem;
      try {
        return await read(key.path);
      } catch (error) {
        if (error instanceof GateError) throw new GateError(error.kind, `Input key: ${error.message}`, { cause: error });
        throw configError(`Input key: ${describeError(error)}`, error);
      }
    }),
  );
}

/** A commit whose files judge (the base branch's), and the workspace its paths are written against. */
interface BaseCommit {
  files: RepositoryAtCommit;
  branch: string;
  workspace: string;
}

/**
 * A file of trust named by path (as written, relative to the workspace), from the base commit: it must lie
 * inside the repository and exist there. `input`: named by an input, not by the policy file.
 */
async function readBaseFile(base: BaseCommit, path: string, file: { what: string; maxBytes: number; input?: boolean }): Promise<string> {
  const inside = repositoryPath(path, base.workspace);
  if (inside === undefined) {
    const advice =
      file.input === true
        ? '(policy-source base); give a path inside the repository, the PEM text itself, or policy-source head'
        : 'with the policy; keep it in the repository (or give a key inline as pem), or use policy-source head';
    throw configError(`${file.what} ${path} is outside the workspace, so it cannot be read from the ${base.branch} ${advice}`);
  }
  const answer = await base.files.read(inside, file.maxBytes);
  if (!answer.found) throw configError(`${file.what} ${inside} does not exist in ${base.files.name} (the ${base.branch})`);
  return answer.text;
}

/**
 * A trusted root from the base commit, written to a file of this run (signature checks read a trusted root
 * from a path); named after its place in the repository, so a message about it still says which file it is.
 * `what` starts every error: "Input trusted-root:" or the policy's key.
 */
async function baseCopy(base: BaseCommit, path: string, tempDir: string, what: string, noun = 'trusted root'): Promise<string> {
  const inside = repositoryPath(path, base.workspace);
  if (inside === undefined) {
    throw configError(
      `${what} ${path} is outside the workspace, so it cannot be read from the ${base.branch} (policy-source base); give a path inside the repository, or policy-source head`,
    );
  }
  let text: string;
  try {
    // The contents API's own limit (1 MB) is below INPUT_LIMITS.trustedRoot.
    const answer = await base.files.read(inside);
    if (!answer.found) throw configError(`${noun} ${inside} does not exist in ${base.files.name} (the ${base.branch})`);
    text = answer.text;
  } catch (error) {
    if (error instanceof GateError) throw new GateError(error.kind, `${what} ${error.message}`, { cause: error });
    throw error;
  }
  await mkdir(tempDir, { recursive: true });
  const dir = await mkdtemp(join(tempDir, 'base-branch-'));
  const copy = join(dir, inside);
  await mkdir(dirname(copy), { recursive: true });
  await writeFile(copy, text, { mode: 0o600 });
  return copy;
}

/** The trusted root the base policy names is read from the base branch too, and the policy points at the copy. */
async function fetchTrustedRoot(file: PolicyFile, base: BaseCommit, tempDir: string): Promise<void> {
  const signatures = file.document.signatures;
  const named = signatures?.['trusted-root'];
  if (signatures === undefined || named === undefined) return;
  signatures['trusted-root'] = await baseCopy(base, named, tempDir, 'signatures.trusted-root:');
}

function displayPath(path: string, workspace: string): string {
  return repositoryPath(path, workspace) ?? path;
}
