/**
 * A completed check run with every annotation: the Checks API takes at most 50 annotations per request and
 * appends those of each update, so the run is created with the first 50 and updated with the rest in order.
 * Workflow commands would show only 10 per level and step; this is how none get lost.
 */
import { z } from 'zod';
import type { paths } from '@octokit/openapi-types';
import { httpProblem, requestProblem, type ProblemContext } from './problems.js';
import { repoPath, responseJson, type GitHubRest, type RepoRef } from './rest.js';

type CreateRequest = paths['/repos/{owner}/{repo}/check-runs']['post']['requestBody']['content']['application/json'];
type UpdateRequest = paths['/repos/{owner}/{repo}/check-runs/{check_run_id}']['patch']['requestBody']['content']['application/json'];
type Output = NonNullable<CreateRequest['output']>;

export type CheckAnnotation = NonNullable<Output['annotations']>[number];

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
}

/**
 * `warning` next to an id: the run exists but some annotation batches could not be added. Without an id,
 * `status` is GitHub's answer to creating the run, when it answered.
 */
export type CheckRunResult = { id: number; annotationsSent: number; warning?: string } | { warning: string; status?: number };

export const ANNOTATIONS_PER_REQUEST = 50;
export const OUTPUT_MAX_CHARS = 65_535;
const ANNOTATION_TEXT_MAX_BYTES = 64 * 1024;
const ANNOTATION_TITLE_MAX_CHARS = 255;
const ANSWER_MAX_BYTES = 4 * 1024 * 1024;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

const runSchema = z.looseObject({ id: z.number().int().positive() });

export async function publishCheckRun(rest: GitHubRest, repo: RepoRef, input: CheckRunInput): Promise<CheckRunResult> {
  const where: ProblemContext = {
    doing: `publish the check run "${input.name}" on ${repo.owner}/${repo.repo}`,
    permission: 'checks: write',
    notFound: `${repo.owner}/${repo.repo} or commit ${input.headSha} was not found, or the token cannot see it`,
  };
  if (!SHA.test(input.headSha)) return { warning: `Could not ${where.doing}: "${input.headSha}" is not a commit SHA` };
  const annotations = input.annotations.map(fitAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  }
  const output = (batch: CheckAnnotation[] | undefined): Output => ({
    title: input.title,
    summary: truncate(input.summary, OUTPUT_MAX_CHARS, 'the job summary has all of it'),
    ...(input.text === undefined ? {} : { text: truncate(input.text, OUTPUT_MAX_CHARS, 'the job summary has all of it') }),
    ...(batch ? { annotations: batch } : {}),
  });
  const create: CreateRequest = {
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    output: output(batches[0]),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
  };
  let id: number;
  try {
    const response = await rest.post(`${repoPath(repo)}/check-runs`, create, ANSWER_MAX_BYTES);
    if (response.status !== 201) return { warning: httpProblem(rest, response, where), status: response.status };
    const parsed = runSchema.safeParse(responseJson(response));
    if (!parsed.success) return { warning: `Could not ${where.doing}: GitHub answered in an unexpected shape` };
    id = parsed.data.id;
  } catch (error) {
    return { warning: requestProblem(rest, error, where) };
  }
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    const update: UpdateRequest = { output: output(batch) };
    const more = { ...where, doing: `add annotations to the check run "${input.name}" (${sent} of ${annotations.length} sent)` };
    try {
      const response = await rest.patch(`${repoPath(repo)}/check-runs/${id}`, update, ANSWER_MAX_BYTES);
      if (response.status !== 200) return { id, annotationsSent: sent, warning: httpProblem(rest, response, more) };
    } catch (error) {
      return { id, annotationsSent: sent, warning: requestProblem(rest, error, more) };
    }
    sent += batch.length;
  }
  return { id, annotationsSent: sent };
}

/** Holds an annotation to what the Checks API accepts, so one odd finding cannot fail a whole batch with a 422. */
function fitAnnotation(annotation: CheckAnnotation): CheckAnnotation {
  const start = Math.max(1, Math.trunc(annotation.start_line) || 1);
  const end = Math.max(start, Math.trunc(annotation.end_line) || start);
  const fitted: CheckAnnotation = {
    path: annotation.path || '.',
    start_line: start,
    end_line: end,
    annotation_level: annotation.annotation_level,
    message: truncateBytes(annotation.message, ANNOTATION_TEXT_MAX_BYTES),
  };
  if (annotation.title !== undefined) fitted.title = truncate(annotation.title, ANNOTATION_TITLE_MAX_CHARS);
  if (annotation.raw_details !== undefined) fitted.raw_details = truncateBytes(annotation.raw_details, ANNOTATION_TEXT_MAX_BYTES);
  // Columns are only accepted on a single line.
  if (start === end && annotation.start_column !== undefined) fitted.start_column = annotation.start_column;
  if (start === end && annotation.end_column !== undefined) fitted.end_column = annotation.end_column;
  return fitted;
}

/** At most `max` characters, the cut said in a closing note; never splits a surrogate pair. */
export function truncate(text: string, max: number, where?: string): string {
  if (text.length <= max) return text;
  const note = where ? `\n\n… truncated (${where})` : '…';
  return cutChars(text, Math.max(0, max - note.length)) + note;
}

function cutChars(text: string, length: number): string {
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const note = '… (truncated)';
  const room = maxBytes - Buffer.byteLength(note);
  // Cutting by characters first keeps this linear; each UTF-16 unit is at most 3 bytes of UTF-8.
  let cut = cutChars(text, room);
  while (Buffer.byteLength(cut) > room) cut = cutChars(cut, Math.max(0, cut.length - Math.ceil((Buffer.byteLength(cut) - room) / 3)));
  return cut + note;
}
