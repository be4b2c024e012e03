/**
 * Shared types for base-image provenance and attribution (issue: "Know what the image is built on").
 * The Dockerfile analysis and the registry checks produce these; the pure gate judges them.
 */
import type { SignaturePolicy } from './signatures.js';

/** What a FROM names, after ARG substitution. */
export type FromTarget =
  /** An image from a registry. `reference` is normalised (docker.io/library/…); digest/tag as written. */
  | { kind: 'image'; written: string; reference: string; tag?: string; digest?: string }
  /** An earlier stage of the same Dockerfile, by name or index. */
  | { kind: 'stage'; written: string; stage: number }
  | { kind: 'scratch' }
  /** Could not be resolved (an undefined ARG, an invalid reference): a finding, never a silent pass. */
  | { kind: 'unresolved'; written: string; reason: string };

export interface DockerfileStage {
  index: number;
  /** The `AS` name, lowercased as BuildKit does. */
  name?: string;
  /** 1-based line of the FROM instruction. */
  line: number;
  /** The `--platform` flag as written (after ARG substitution), if any. */
  platform?: string;
  from: FromTarget;
}

export interface DockerfileAnalysis {
  /** Path relative to the repository root, as annotations and SARIF want it. */
  path: string;
  stages: DockerfileStage[];
  /** The index of the final stage: the image's own base is its FROM (followed through stage references). */
  finalStage: number;
}

export type BaseRule = 'pinned' | 'approved' | 'signed' | 'current' | 'proven' | 'provenance';

/** One rule's outcome for one FROM. `unknown` means it could not be checked: it fails unless the policy says otherwise. */
export interface BaseCheck {
  rule: BaseRule;
  status: 'pass' | 'fail' | 'unknown';
  /** 1-based line of the FROM it is about. */
  line: number;
  /** The FROM's image as written, for messages. */
  image: string;
  message: string;
  /** e.g. the exact `@sha256:…` to pin to, or a newer tag. */
  suggestion?: string;
}

/** Facts about the final stage's base image, from the registry. */
export interface BaseImageFacts {
  /** As written in the Dockerfile, after ARG substitution: how every check and report names the base. */
  written: string;
  /**
   * The normalised reference (`golang:1.22` is docker.io/library/golang:1.22), when `written` is a valid reference.
   * Reports give it once, beside the FROM, when it is spelled differently; checks never use it.
   */
  normalized?: string;
  line: number;
  /** The digest the base resolved to (the pinned one, or what the tag points to now). */
  digest?: string;
  /** The base's rootfs diff_ids for the platform the image was built for, base layers first. */
  diffIds?: string[];
  /** Newer tags of the same line (same major, same variant suffix), newest first: advice, not a rule. */
  newerTags: string[];
}

/**
 * The base facts with what the rules need to judge them: the digests on both sides of a moved tag, when the
 * newer one was made, and why a fact is missing. Read by app/base-image/resolve.ts, judged by core/judge/base-image.
 */
export interface ResolvedBaseFacts extends BaseImageFacts {
  /** What the tag points to now (the written tag, or `latest` when neither tag nor digest is written). */
  currentDigest?: string;
  /** The digest written in the FROM. */
  pinnedDigest?: string;
  /** The image config `created` of what the tag points to now, read only when it differs from the pinned digest. */
  createdOfCurrent?: string;
  /** The platform image manifest the diff_ids came from: the index's entry, or `digest` itself. */
  platformDigest?: string;
  /** The tag read from the registry's tag list was cut at the limit: newer tags may be missing. */
  tagsTruncated?: boolean;
  /** Why a fact is missing, one line each naming the base, its line and the problem. */
  unknown: { reference?: string; diffIds?: string; current?: string; newerTags?: string };
}

/** Where each vulnerability came from, by the layer Trivy says installed it. */
export type Origin = 'inherited' | 'introduced' | 'unknown';

export interface BaseImagePolicy {
  /** Every external FROM must name a digest. */
  pinned: 'fail' | 'warn' | 'off';
  /** Glob patterns over the normalised reference (registry/repository[:tag]); deny wins over allow. Empty allow = all allowed. */
  allow: string[];
  deny: string[];
  /** The final base must be signed by a trusted signer (rules as for the image's own signatures). */
  signed: { mode: SignaturePolicy['mode']; identities: SignaturePolicy['identities']; keys: SignaturePolicy['keys'] };
  /** A pinned base whose tag has moved on is outdated; it fails once the newer digest is this many days old (undefined: only reported). */
  maxAgeDays?: number;
  /** The image's layers must begin with the declared base's layers. */
  proven: 'fail' | 'warn' | 'off';
  /** What a rule that could not be checked does. */
  unknown: 'fail' | 'warn';
}
