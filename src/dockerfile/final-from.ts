import { DockerfileParser } from 'dockerfile-ast';
import { configError } from '../core/errors.js';

/**
 * The line (1-based) of the final stage's FROM: the stage the image is, so its base-image findings
 * belong there. Parsing is dockerfile-ast's, so continuations, comments and the escape directive count.
 */
export function finalFromLine(dockerfileText: string, source: string): number {
  const froms = DockerfileParser.parse(dockerfileText).getFROMs();
  const last = froms.at(-1);
  if (!last) throw configError(`Dockerfile ${source} has no FROM instruction`);
  return last.getRange().start.line + 1;
}
