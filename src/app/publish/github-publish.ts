/**
 * Tells the pull request: one sticky comment for the step's inputs, one check run per input with every
 * annotation, and the SARIF uploaded to code scanning. Each of these is best effort: a missing
 * permission or an API failure is a warning that names what is missing, and never changes the verdict.
 * An input that errored is in all of them (an error section in the comment, a failing check run, its
 * SARIF category left alone), so an error can never read as a pass.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from '../../core/model/logger.js';
import {
  findComment,
  GitHubRest,
  graphqlUrl,
  publishCheckRun,
  splitRepository,
  tokenIdentity,
  uploadSarif,
  upsertComment,
  type AuthorLookup,
  type CheckAnnotation,
  type CheckRunInput,
  type CheckRunResult,
  type IdentityResult,
  type RepoRef,
} from '../../adapters/github/index.js';
import { errorMessage } from '../../core/model/errors.js';
import type { GitHubContext } from '../context.js';

export interface GitHubPublishSettings {
  comment: 'always' | 'on-failure' | 'never';
  checkRun: boolean;
  uploadSarif: boolean;
  /** 0: do not wait for code scanning to process the upload. */
  uploadWaitMs: number;
  token?: string | undefined;
}

/**
 * What the step tells GitHub, rendered by the shell (action/github-publication.ts) from the step's redacted
 * outcomes, every input in input order, errored ones included. Each part is rendered on demand, so nothing is
 * built that the settings or the event do not send; `runUrl` is this workflow run's page, for the links to
 * the full report.
 */
export interface GitHubPublication {
  comment: {
    /** The hidden first line that names the step's sticky comment (see action/comment-key.ts). */
    marker: string;
    /** Every input got a verdict and none failed: with `on-failure`, only an earlier comment is updated. */
    passing: boolean;
    body: (runUrl: string | undefined) => string;
  };
  /** One check run per input. */
  checkRuns: (runUrl: string | undefined) => RenderedCheckRun[];
  /** The step's SARIF as upload payloads within code scanning's limits; undefined when no image got a verdict. */
  sarif: () => { payloads: string[]; notes: string[] } | undefined;
}

/** One input's check run as rendered: publishing adds the commit and the link to the run. */
export interface RenderedCheckRun {
  /** What the run is named for (`image-gate: <repository>`): the image's repository, or the input when it has none. */
  repository: string;
  conclusion: CheckRunInput['conclusion'];
  title: string;
  summary: string;
  text?: string;
  /** Every annotation: at most CHECK_RUN_ANNOTATIONS_MAX of them are sent. */
  annotations: readonly CheckAnnotation[];
}

/**
 * What publishing has to say, for the step's annotations. actionable: a request GitHub refused or that
 * failed (a missing permission, an invalid token, an outage), which the user must fix or know about;
 * otherwise a note (a check run or SARIF upload that was cut to GitHub's limits).
 */
export interface PublishNotice {
  message: string;
  actionable: boolean;
}

interface EventFacts {
  pullRequest?: { number: number; headSha?: string };
}

/** `publication`: the comment, the check runs and the SARIF as the shell rendered them from the step's redacted outcomes. */
export async function publishToGitHub(
  publication: GitHubPublication,
  settings: GitHubPublishSettings,
  github: GitHubContext,
  workspace: string,
  logger: Logger,
): Promise<PublishNotice[]> {
  const repository = github.repository;
  if (!repository) {
    logger.debug('GITHUB_REPOSITORY is not set: nothing is published to GitHub');
    return [];
  }
  let repo: RepoRef;
  let rest: GitHubRest;
  try {
    repo = splitRepository(repository);
    rest = new GitHubRest({ apiUrl: github.apiUrl, token: settings.token });
  } catch (error) {
    return [{ message: `Nothing was published to GitHub: ${errorMessage(error)}`, actionable: true }];
  }
  const event = readEvent(github.eventPath);
  const runUrl = github.runId && github.serverUrl ? `${github.serverUrl}/${repository}/actions/runs/${github.runId}` : undefined;
  const headSha = event.pullRequest?.headSha ?? github.sha;

  const tasks: Promise<PublishNotice[]>[] = [];
  if (settings.comment !== 'never' && event.pullRequest) {
    // Every warning about the comment is a request that failed or was refused.
    const commented = comment(rest, repo, event.pullRequest.number, publication.comment, settings, github, runUrl);
    tasks.push(commented.then((warnings) => warnings.map((message) => ({ message, actionable: true }))));
  }
  if (settings.checkRun && headSha) tasks.push(checkRuns(rest, repo, headSha, publication.checkRuns(runUrl), runUrl));
  if (settings.uploadSarif && github.sha && github.ref) {
    tasks.push(sarifUploads(rest, repo, publication.sarif, settings, github.sha, github.ref, workspace));
  }
  // Returned, not logged: the step's annotation budget decides what is shown, refused requests first.
  return (await Promise.all(tasks)).flat();
}

async function comment(
  rest: GitHubRest,
  repo: RepoRef,
  number: number,
  rendered: GitHubPublication['comment'],
  settings: GitHubPublishSettings,
  github: Pick<GitHubContext, 'graphqlUrl'>,
  runUrl: string | undefined,
): Promise<string[]> {
  const { marker } = rendered;
  // Asked at most once, and only when some comment carries our marker (see comments.ts, token-identity.ts).
  let identity: Promise<IdentityResult> | undefined;
  const author: AuthorLookup = () => (identity ??= tokenIdentity(rest, graphqlUrl(rest.base, github.graphqlUrl)));
  // An input that could not be judged fails the step: for `on-failure` it is a failure like a breach.
  if (settings.comment === 'on-failure' && rendered.passing) {
    // Passing now: only an earlier failure comment is brought up to date, so it does not mislead.
    const found = await findComment(rest, repo, number, marker, author);
    if ('warning' in found) return [found.warning];
    if (found.comment === undefined) return found.note === undefined ? [] : [`${found.note}; none was updated`];
  }
  const body = rendered.body(runUrl);
  const written = await upsertComment(rest, repo, number, marker, body, author);
  if ('warning' in written) return [written.warning];
  return written.note === undefined ? [] : [written.note];
}

/**
 * Check runs take annotations 50 per request; a report with tens of thousands of findings would cost
 * hundreds of requests (and GitHub's secondary rate limits), so the most severe ones are sent, and
 * the job summary and result file keep everything.
 */
const CHECK_RUN_ANNOTATIONS_MAX = 2_500;

/**
 * GitHub's answers to creating a check run that hold for every run of the step: the token may not write checks,
 * is invalid or rate limited, or cannot see the repository or commit. After the first such answer (or none at
 * all: the API is unreachable, the head SHA is not one), the other runs are not tried: each would cost a
 * request and say the same sentence again.
 */
const REFUSED_FOR_ALL = new Set([401, 403, 404]);

async function checkRuns(
  rest: GitHubRest,
  repo: RepoRef,
  headSha: string,
  rendered: readonly RenderedCheckRun[],
  runUrl: string | undefined,
): Promise<PublishNotice[]> {
  const notes: PublishNotice[] = [];
  const [first, ...others] = rendered.map((run) => checkRunFor(run, headSha, runUrl, notes));
  if (first === undefined) return [];
  const firstResult = await publishCheckRun(rest, repo, first);
  if (!('id' in firstResult) && (firstResult.status === undefined || REFUSED_FOR_ALL.has(firstResult.status))) {
    const skipped = others.length === 0 ? '' : ` (and the same for ${others.length} more check run${others.length === 1 ? '' : 's'}, not tried)`;
    return [{ message: `${firstResult.warning}${skipped}`, actionable: true }, ...notes];
  }
  const results = [firstResult, ...(await Promise.all(others.map((run) => publishCheckRun(rest, repo, run))))];
  return [...sameFailureOnce(results), ...notes];
}

/**
 * Failures that are alike (creating the run, or adding its annotations, answered with the same HTTP status)
 * are said once, with how many runs they concern: 20 copies of one sentence would crowd out every other warning.
 */
function sameFailureOnce(results: readonly CheckRunResult[]): PublishNotice[] {
  const groups = new Map<string, string[]>();
  for (const result of results) {
    if (result.warning === undefined) continue;
    const key = 'id' in result ? 'annotations' : `create ${result.status ?? 'no answer'}`;
    groups.set(key, [...(groups.get(key) ?? []), result.warning]);
  }
  return [...groups.values()].map(([first = '', ...others]) => ({
    message: others.length === 0 ? first : `${first} (and the same for ${others.length} more check run${others.length === 1 ? '' : 's'})`,
    actionable: true,
  }));
}

/** The check run of one input, named for its repository, on the head commit, with at most CHECK_RUN_ANNOTATIONS_MAX annotations. */
function checkRunFor(run: RenderedCheckRun, headSha: string, runUrl: string | undefined, notes: PublishNotice[]): CheckRunInput {
  const { annotations } = run;
  if (annotations.length > CHECK_RUN_ANNOTATIONS_MAX) {
    notes.push({
      message: `The check run for ${run.repository} carries the first ${CHECK_RUN_ANNOTATIONS_MAX} of ${annotations.length} annotations; the job summary and the result file have them all`,
      actionable: false,
    });
  }
  return {
    headSha,
    ...(runUrl && { detailsUrl: runUrl }),
    name: `image-gate: ${run.repository}`,
    conclusion: run.conclusion,
    title: run.title,
    summary: run.summary,
    ...(run.text !== undefined && { text: run.text }),
    annotations: annotations.slice(0, CHECK_RUN_ANNOTATIONS_MAX),
  };
}

async function sarifUploads(
  rest: GitHubRest,
  repo: RepoRef,
  render: GitHubPublication['sarif'],
  settings: GitHubPublishSettings,
  commitSha: string,
  ref: string,
  workspace: string,
): Promise<PublishNotice[]> {
  // The same log as the SARIF file (categories over all inputs); none at all when no image got a verdict.
  const fitted = render();
  if (fitted === undefined) return [];
  const warnings: PublishNotice[] = fitted.notes.map((message) => ({ message, actionable: false }));
  for (const payload of fitted.payloads) {
    const uploaded = await uploadSarif(rest, repo, {
      sarif: payload,
      commitSha,
      ref,
      checkoutUri: `file://${workspace}`,
      ...(settings.uploadWaitMs > 0 && { wait: { timeoutMs: settings.uploadWaitMs, intervalMs: 2_000 } }),
    });
    if (uploaded.warning !== undefined) warnings.push({ message: uploaded.warning, actionable: true });
  }
  return warnings;
}

function readEvent(path: string | undefined): EventFacts {
  if (!path) return {};
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: unknown; head?: { sha?: unknown } } };
    const number = event.pull_request?.number;
    const headSha = event.pull_request?.head?.sha;
    if (typeof number !== 'number') return {};
    return { pullRequest: { number, ...(typeof headSha === 'string' && { headSha }) } };
  } catch {
    return {};
  }
}
