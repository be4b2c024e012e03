/** The Sigstore adapter: trust material in, Evidence → EvidenceResult out; and one bundle checked (verify-bundle). */
export { checkBundle } from './check-bundle.js';
export { parsePublicKeyRules } from './keys.js';
export type { ArtifactDigest } from './prehash.js';
export { formatDigest, parseArtifactDigest } from './prehash-entity.js';
export { toRejection } from './rejection.js';
export { parseStatement, requireSubject } from './statement.js';
export { loadTrustedRoot, loadTrustedRootFresh, type TrustContext } from './trusted-root.js';
export { verifyEvidence } from './verify-evidence.js';
