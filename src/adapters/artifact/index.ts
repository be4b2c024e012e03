/** The workflow artifact adapter: the step's report files kept with the run, through @actions/artifact. */
export { uploadWorkflowArtifact, type ArtifactUpload, type ArtifactUploader, type UploadedArtifact } from './upload.js';
