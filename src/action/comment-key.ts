/**
 * What names the step's sticky pull request comment, so every push to the pull request updates the same one.
 *
 * The key is the workflow, the job and the REPOSITORIES of the step's images: never a tag or a digest, which
 * change on every push (the README's own `image@${{ steps.build.outputs.digest }}`), so a passing push
 * updates the comment an earlier failing one wrote. It is computed from the inputs alone, never from what the
 * gate found, so it does not change when an image errors. For an archive or a Trivy report the `image`
 * input names the repository; without it, the file's path as written (relative to the workspace): the
 * artifact name inside a report is known only when the report could be read, and keying on it would start
 * a new comment whenever the report errors.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import type { ImageSource, NamedImage } from '../config/types.js';
import { repositoryName } from '../core/model/image-reference.js';

export interface CommentKeyContext {
  /** GITHUB_WORKFLOW: the workflow's name (its path when it has none). */
  workflow: string;
  /** GITHUB_JOB: the job's id. */
  job: string;
  /** Where relative file paths are taken from. */
  workspace: string;
}

/** The marker text (prCommentMarker makes it a hidden first line): the same for every push of the same images. */
export function commentKey(sources: readonly ImageSource[], context: CommentKeyContext): string {
  const repositories = [...new Set(sources.map((source) => keyOf(source, context.workspace)))].sort();
  const hash = createHash('sha256').update(repositories.join('\n')).digest('hex').slice(0, 12);
  return `image-gate workflow=${context.workflow} job=${context.job} repositories=${hash}`;
}

function keyOf(source: ImageSource, workspace: string): string {
  switch (source.kind) {
    case 'registry':
    case 'docker':
      return repositoryOf(source.image);
    case 'input':
    case 'report':
      if (source.image !== undefined) return repositoryOf(source.image);
      return `${source.kind}:${pathInWorkspace(source.path, workspace)}`;
  }
}

/** registry/repository without tag or digest, as parsed when the inputs were read. */
function repositoryOf(image: NamedImage): string {
  // A Docker image ID (sha256:<hex>) changes with every build: all IDs key alike.
  if (/^(?:sha256:)?[a-f0-9]{64}$/.test(image.written)) return 'docker image ID';
  return repositoryName(image.reference);
}

function pathInWorkspace(path: string, workspace: string): string {
  const inside = relative(workspace, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : path;
}
