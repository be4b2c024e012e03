/**
 * Trivy as the user and the gate speak of it: the scanners a run may select, and the release the gate runs when
 * none is named. Config validates against these, the Trivy adapter builds its command line and its messages from
 * them: one list, one default. No imports: the cold start loads this.
 */

export const TRIVY_SCANNERS = ['vuln', 'secret', 'misconfig', 'license'] as const;
export type TrivyScanner = (typeof TRIVY_SCANNERS)[number];

/**
 * The Trivy release that runs when trivy-version is not given: a trivy on PATH only when it is exactly this
 * release, else this release installed. GitHub releases v0.27.0–v0.69.1 were deleted in the March 2026
 * incident, so older pins cannot be downloaded any more.
 */
export const DEFAULT_TRIVY_VERSION = '0.74.0';

/**
 * trivy-version's other value: run whatever trivy is on PATH (one the runner image or an earlier step
 * provides), whatever its version, instead of a pinned release. Known-malicious and too-old releases are
 * still refused.
 */
export const TRIVY_VERSION_FROM_PATH = 'path';

/**
 * Releases never to run: v0.69.4 was published by a compromised release account (GHSA-69fq-xp46-6x23),
 * and the advisory's window (CVE-2026-33634) covers the 0.69.5 and 0.69.6 artifacts too. A trivy-version naming
 * one is a config error before anything runs; a Trivy found on PATH or given as trivy-path is checked by the adapter.
 */
export const COMPROMISED_VERSIONS: ReadonlySet<string> = new Set(['0.69.4', '0.69.5', '0.69.6']);
