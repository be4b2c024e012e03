import type { ImageSource } from '../../config/types.js';

/** What one image of the run is, in the words of the log's first line. */
export function describeSource(source: ImageSource): string {
  switch (source.kind) {
    case 'registry':
      return `${source.image.written} from its registry`;
    case 'docker':
      return `${source.image.written} from the Docker daemon`;
    case 'input':
      return `the image at ${source.path}`;
    case 'report':
      return `the Trivy report ${source.path}`;
  }
}
