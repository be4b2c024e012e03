import type { BaseImagePolicy } from './base-image.js';
import { EVIDENCE_SOURCES, type SignaturePolicy } from './signatures.js';
import type { Severity } from './severity.js';

/** The validated, normalised policy the gate evaluates. Built from the policy file merged with inputs. */
export interface Policy {
  /** enforce: a failing verdict fails the step. audit: the same report, the step never fails on it. */
  mode: 'enforce' | 'audit';
  vulnerabilities: {
    /** Any counted vulnerability at or above this severity fails; NONE disables the threshold. */
    failOnSeverity: Severity | 'NONE';
    /** Per-severity allowance; overrides the threshold for that severity (e.g. HIGH: 5). */
    maxCount: Partial<Record<Severity, number>>;
    /** Count only vulnerabilities that have a fixed version; unfixed ones are still reported. */
    onlyFixed: boolean;
    /**
     * all: every vulnerability counts. introduced: only those the image's own layers installed count;
     * inherited ones are reported as excluded, and those of unknown origin still count (fail closed).
     */
    scope: 'all' | 'introduced';
  };
  secrets: {
    /** Any secret found fails. */
    fail: boolean;
  };
  misconfigurations: {
    failOnSeverity: Severity | 'NONE';
  };
  licenses: {
    /** License names or SPDX ids, compared case-insensitively. */
    deny: string[];
    /** Trivy license categories: forbidden, restricted, reciprocal, notice, permissive, unencumbered, unknown. */
    denyCategories: string[];
  };
  image: {
    /**
     * Fail unless the image config's User is shown not to be root: a uid other than 0, read as the
     * runtimes read it ("+0", "-0", "00" are 0); empty, "root", an invalid uid and, unless
     * allowNamedUser, any other name fail (see root-user.ts).
     */
    forbidRoot: boolean;
    /** Under forbidRoot, accept a user given by name other than "root", trusting the image's /etc/passwd. */
    allowNamedUser: boolean;
  };
  ignore: IgnoreRule[];
  /** Who must have signed the image, and which attestations it must carry. */
  signatures: SignaturePolicy;
  /** What the image's base image (the Dockerfile's FROM lines) must be. */
  baseImage: BaseImagePolicy;
}

/** Every field given must match; at least one of id, package, path is present. */
export interface IgnoreRule {
  /** Vulnerability ID, misconfiguration ID, secret rule ID or license name; case-insensitive. */
  id?: string;
  /** Package name, exact. */
  package?: string;
  /** Glob over the finding's file path (package path or target). */
  path?: string;
  reason: string;
  /** YYYY-MM-DD: the rule applies through the end of that day (UTC), then stops ignoring. */
  expires?: string;
  /** Where the rule was declared, e.g. ".github/image-gate.yml line 14", for messages. */
  origin: string;
}

export const DEFAULT_POLICY: Policy = {
  mode: 'enforce',
  vulnerabilities: { failOnSeverity: 'HIGH', maxCount: {}, onlyFixed: false, scope: 'all' },
  secrets: { fail: true },
  misconfigurations: { failOnSeverity: 'NONE' },
  licenses: { deny: [], denyCategories: [] },
  image: { forbidRoot: false, allowNamedUser: false },
  ignore: [],
  signatures: { mode: 'off', sources: [...EVIDENCE_SOURCES], identities: [], keys: [], attestations: [] },
  baseImage: {
    pinned: 'warn',
    allow: [],
    deny: [],
    signed: { mode: 'off', identities: [], keys: [] },
    proven: 'fail',
    unknown: 'fail',
  },
};
