/**
 * The full report, kept: the step's result file, SARIF and Trivy's own JSON reports uploaded as one workflow
 * artifact, so what does not fit the job summary or the comment outlives the runner. Best effort, like every
 * publication: a failed upload is a warning and never changes the verdict, which the step has already reached
 * and still reports.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { uploadWorkflowArtifact, type ArtifactUploader } from '../../adapters/artifact/index.js';
import { errorMessage } from '../../core/model/errors.js';
import type { GitHubContext } from '../context.js';
import type { PublishNotice } from './github-publish.js';

/** A file to keep: where it is now, and its name in the artifact. */
export interface KeptFile {
  path: string;
  name: string;
}

/** The uploaded artifact: its page, when the service said its id, and the names of the files it holds. */
export interface ReportArtifact {
  name: string;
  url?: string;
  files: string[];
}

export interface ArtifactOutcome {
  artifact?: ReportArtifact;
  notice?: PublishNotice;
}

/**
 * The step's files to keep, under the names they have in the artifact: the result file and the SARIF as the
 * step wrote them, and each of Trivy's reports kept in `trivyReportsDir` (app/check/trivy-scan.ts), in trivy/.
 */
export async function reportFilesToKeep(
  written: { sarifFile?: string; resultFile?: string },
  trivyReportsDir: string | undefined,
): Promise<KeptFile[]> {
  const kept: KeptFile[] = [];
  if (written.resultFile !== undefined) kept.push({ path: written.resultFile, name: 'image-gate-result.json' });
  if (written.sarifFile !== undefined) kept.push({ path: written.sarifFile, name: 'image-gate.sarif' });
  if (trivyReportsDir === undefined) return kept;
  // No folder: no scan ran (every input was a report, or every scan failed before Trivy wrote one).
  const names = await readdir(trivyReportsDir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  for (const name of names.filter((entry) => entry.endsWith('.json')).sort()) {
    kept.push({ path: join(trivyReportsDir, name), name: join('trivy', name) });
  }
  return kept;
}

/**
 * Uploads `files` as the artifact `name`. The files are copied into one fresh folder first: the service stores
 * paths relative to one root, and the user's sarif-file and result-file can be anywhere.
 */
export async function uploadReportArtifact(
  name: string,
  files: readonly KeptFile[],
  settings: { tempDir: string; github: Pick<GitHubContext, 'serverUrl' | 'repository' | 'runId'> },
  upload: ArtifactUploader = uploadWorkflowArtifact,
): Promise<ArtifactOutcome> {
  if (files.length === 0) return {};
  const root = join(settings.tempDir, `artifact-${randomUUID()}`);
  try {
    await mkdir(root, { recursive: true });
    const staged: string[] = [];
    for (const file of files) {
      const target = join(root, file.name);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file.path, target);
      staged.push(target);
    }
    const answer = await upload({ name, files: staged, rootDirectory: root });
    const url = artifactUrl(settings.github, answer.id);
    return { artifact: { name, files: files.map((file) => file.name), ...(url !== undefined && { url }) } };
  } catch (error) {
    return {
      notice: { message: `The full report was not kept as the workflow artifact ${name}: ${withoutQueries(errorMessage(error))}`, actionable: true },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The artifact's page on the run: the library answers with an id, not a link. */
function artifactUrl(github: Pick<GitHubContext, 'serverUrl' | 'repository' | 'runId'>, id: number | undefined): string | undefined {
  if (id === undefined || !github.serverUrl || !github.repository || !github.runId) return undefined;
  return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/artifacts/${id}`;
}

/**
 * An upload error can quote the signed storage URL it failed on, whose query string is a credential: only the
 * address before it is kept.
 */
function withoutQueries(message: string): string {
  return message.replace(/(https?:\/\/[^\s?#]+)[?#]\S*/g, '$1?…');
}
