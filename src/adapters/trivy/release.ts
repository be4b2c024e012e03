/**
 * Which Trivy release the gate will and will never run. Imports only core/model/trivy.ts (which imports nothing):
 * the cold start loads this.
 */

// The default release is what the user gets without a trivy-version: it lives with the other user-facing values.
export { DEFAULT_TRIVY_VERSION } from '../../core/model/trivy.js';

/**
 * The oldest Trivy whose reports the gate reads: older releases lack report fields it relies on (Status,
 * Layer.DiffID on every finding, PkgIdentifier). With trivy-version `path`, a trivy on PATH older than this
 * is refused; a trivy-path one older than this runs with a warning.
 */
export const MINIMUM_TRIVY_VERSION = '0.60.0';

/**
 * Releases never to run: v0.69.4 was published by a compromised release account (GHSA-69fq-xp46-6x23),
 * and the advisory's window (CVE-2026-33634) covers the 0.69.5 and 0.69.6 artifacts too.
 */
export const COMPROMISED_VERSIONS: ReadonlySet<string> = new Set(['0.69.4', '0.69.5', '0.69.6']);
