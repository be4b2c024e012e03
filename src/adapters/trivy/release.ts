/**
 * Which Trivy release the gate will and will never run. Imports only core/model/trivy.ts (which imports nothing):
 * the cold start loads this.
 */

// The default release is what the user gets without a trivy-version, and the releases never to run are refused
// as soon as the input names one: both live with the other user-facing values.
export { COMPROMISED_VERSIONS, DEFAULT_TRIVY_VERSION } from '../../core/model/trivy.js';

/**
 * The oldest Trivy whose reports the gate reads: older releases lack report fields it relies on (Status,
 * Layer.DiffID on every finding, PkgIdentifier). With trivy-version `path`, a trivy on PATH older than this
 * is refused; a trivy-path one older than this runs with a warning.
 */
export const MINIMUM_TRIVY_VERSION = '0.60.0';
