/**
 * Which Trivy release the gate will and will never run. Imports only core/model/trivy.ts (which imports nothing):
 * the cold start loads this.
 */

// The default release is what the user gets without a trivy-version: it lives with the other user-facing values.
export { DEFAULT_TRIVY_VERSION } from '../../core/model/trivy.js';

/**
 * A trivy already on PATH older than this is passed over for the pinned release: older releases
 * lack report fields the gate relies on (Status, Layer.DiffID on every finding, PkgIdentifier).
 */
export const MINIMUM_TRIVY_VERSION = '0.60.0';

/**
 * Releases never to run: v0.69.4 was published by a compromised release account (GHSA-69fq-xp46-6x23),
 * and the advisory's window (CVE-2026-33634) covers the 0.69.5 and 0.69.6 artifacts too.
 */
export const COMPROMISED_VERSIONS: ReadonlySet<string> = new Set(['0.69.4', '0.69.5', '0.69.6']);
