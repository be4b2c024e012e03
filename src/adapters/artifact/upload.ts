import { DefaultArtifactClient } from '@actions/artifact';

/** One workflow artifact: `files` (absolute paths) are stored relative to `rootDirectory`. */
export interface ArtifactUpload {
  name: string;
  files: readonly string[];
  rootDirectory: string;
  retentionDays?: number;
}

/** What the artifact service answered: the id is what links to the artifact on the run's page. */
export interface UploadedArtifact {
  id?: number;
  size?: number;
}

/** The seam app/publish uploads through; tests give it a fake of the service or of this function. */
export type ArtifactUploader = (upload: ArtifactUpload) => Promise<UploadedArtifact>;

/**
 * Uploads through @actions/artifact, which finds the artifact service itself from the runner's environment
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL): outside a runner it throws, and the caller reports that.
 */
export const uploadWorkflowArtifact: ArtifactUploader = async (upload) => {
  const client = new DefaultArtifactClient();
  const answer = await client.uploadArtifact(upload.name, [...upload.files], upload.rootDirectory, {
    ...(upload.retentionDays !== undefined && { retentionDays: upload.retentionDays }),
  });
  return { ...(answer.id !== undefined && { id: answer.id }), ...(answer.size !== undefined && { size: answer.size }) };
};
