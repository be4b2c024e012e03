import type { FileMistake } from './errors.js';
import type { ScanReport } from './findings.js';
import type { ImageSubject } from './subject.js';
import type { Verdict } from './verdict.js';

/** Where findings about the image's base belong in the source: the final stage's FROM line. */
export interface DockerfileLocation {
  /** Path relative to the repository root, as annotations and SARIF want it. */
  path: string;
  finalFromLine: number;
}

/**
 * Which policy judged the image. On a pull request the policy comes from the base branch, so the pull
 * request cannot relax the rules it is judged by; a change it makes to the file is shown, not applied.
 */
export interface PolicyOrigin {
  /** `base`: the base branch through the GitHub API; `workspace`: the checked-out file (push, or policy-source head). */
  source: 'base' | 'workspace';
  /** The policy file: its path in the repository (base), or as given / relative to the workspace. */
  path: string;
  /** base: the commit of the base branch it was read at. */
  ref?: string;
  /** base: which branch that commit is: the pull request's base, or the default branch (a comment on a pull request). */
  branch?: 'base branch' | 'default branch';
  /** false: there was no policy file, and the defaults (with the inputs) judged. */
  found: boolean;
  /** One sentence for the reader, e.g. that the base branch has no policy file. */
  note?: string;
  /** base: the pull request's version of the file differs; the unified diff, base → head, bounded. */
  changedInPullRequest?: PolicyChange;
}

export interface PolicyChange {
  /** Diff lines ("@@ … @@", " context", "-removed", "+added"), PR-authored text: escape before showing. */
  lines: string[];
  /** Diff lines left out to keep the reports small. */
  moreLines: number;
  /** Why no line diff is shown (the head file is not a regular file, or too large), when it is not. */
  unavailable?: string;
}

/** Everything the reports render for one image. */
export interface GateResult {
  subject: ImageSubject;
  scan: ScanReport;
  verdict: Verdict;
  dockerfile?: DockerfileLocation;
  /** Which policy judged (absent in results built without the gate, e.g. in tests). */
  policy?: PolicyOrigin;
}

/**
 * One input of the step (one line of `image`, in input order), or one platform of it when it is an index gated
 * per platform (its outcomes consecutive, in index order, each with the same `input`): the verdict it got, or why
 * it got none; never both, never neither. Every report of the step takes the whole list, so an input that errored
 * keeps its place and is never left out.
 */
export type ImageOutcome =
  | { input: string; result: GateResult; error?: undefined; repository?: undefined; mistakes?: undefined; platform?: undefined }
  | {
      input: string;
      error: string;
      /**
       * The platform of an index that could not be gated (its name, as `subject.platform.name` would give it); the
       * other platforms of the input keep their own outcomes. Absent when the input failed before its platforms were
       * known (pinning the index), or is no index.
       */
      platform?: string;
      /**
       * The repository the input names, when it names one (a registry or daemon reference, or the `image` given
       * with a file): what the image's SARIF category and check run are keyed by, so they stay put when it errors.
       */
      repository?: string;
      /** The mistakes in a file of the checkout (the policy file) the error lists, each to be annotated at its line. */
      mistakes?: readonly FileMistake[];
      result?: undefined;
    };
