/** What each place that can hold signatures reports back to discovery. */
import type { Evidence } from '../../core/model/signatures.js';
import { digestProblem } from '../../core/model/image-reference.js';

export interface Found {
  evidence: Evidence[];
  /** One sentence each: what could not be looked at, and why. */
  problems: string[];
}

export interface DiscoveryLimits {
  /** Referrers looked at per image (the rest is a problem, not silently dropped). */
  maxReferrers: number;
  /** Layers looked at per cosign `.sig`/`.att` manifest. */
  maxCosignLayers: number;
  /** Size of one bundle, payload or envelope blob. */
  maxBlobBytes: number;
  /** GitHub attestations looked at per image. */
  maxGithubAttestations: number;
  /** Pages of the GitHub attestations API read per image. */
  maxGithubPages: number;
}

export const DEFAULT_LIMITS: DiscoveryLimits = {
  maxReferrers: 50,
  maxCosignLayers: 50,
  // SLSA provenance envelopes run to hundreds of KiB; signatures and bundles to a few KiB.
  maxBlobBytes: 2 * 1024 * 1024,
  maxGithubAttestations: 50,
  maxGithubPages: 3,
};

function split(digest: string): { algorithm: string; hex: string } {
  const problem = digestProblem(digest);
  if (problem) throw new Error(`Invalid digest "${digest}": ${problem}`);
  const colon = digest.indexOf(':');
  return { algorithm: digest.slice(0, colon), hex: digest.slice(colon + 1) };
}

/** The OCI 1.1 referrers tag schema: `<alg>-<ref>`, the parts truncated to 32 and 64 characters. */
export function referrersFallbackTag(digest: string): string {
  const { algorithm, hex } = split(digest);
  return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}

/** cosign's legacy tags: `sha256-<hex>.sig` for signatures, `.att` for attestations. */
export function cosignTag(digest: string, suffix: 'sig' | 'att'): string {
  const { algorithm, hex } = split(digest);
  return `${algorithm}-${hex}.${suffix}`;
}
