import type { GateConfig } from '../config/types.js';

/** What the run is about, in the words of the log's first line. */
export function describeSource(config: GateConfig): string {
  const source = config.source;
  switch (source.kind) {
    case 'registry':
      return `${source.reference} from its registry`;
    case 'docker':
      return `${source.reference} from the Docker daemon`;
    case 'input':
      return `the image at ${source.path}`;
    case 'report':
      return `the Trivy report ${source.path}`;
  }
}
