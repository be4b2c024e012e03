import { createHash } from 'node:crypto';

/**
 * The name of the step's report artifact. Artifact names are unique within a workflow run, so the name holds
 * what tells steps apart: the job, the step's images (as the sticky comment's key names them, comment-key.ts)
 * and, on a re-run, the attempt. Characters the artifact service refuses (" : < > | * ? \ / and line breaks)
 * never reach it: the job id is cut to letters, digits, '.', '_' and '-'.
 */
export function reportArtifactName(key: string, job: string | undefined, runAttempt: string | undefined): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  const jobPart = (job ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);
  const attempt = runAttempt !== undefined && /^\d+$/.test(runAttempt) && runAttempt !== '1' ? `-attempt-${runAttempt}` : '';
  return `image-gate-${jobPart === '' ? '' : `${jobPart}-`}${hash}${attempt}`;
}
