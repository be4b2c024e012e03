import type { ScanReport } from './findings.js';
import type { ImageSubject } from './subject.js';
import type { Verdict } from './verdict.js';

/** Where findings about the image's base belong in the source: the final stage's FROM line. */
export interface DockerfileLocation {
  /** Path relative to the repository root, as annotations and SARIF want it. */
  path: string;
  finalFromLine: number;
}

/** Everything the reports render for one image. */
export interface GateResult {
  subject: ImageSubject;
  scan: ScanReport;
  verdict: Verdict;
  dockerfile?: DockerfileLocation;
}
