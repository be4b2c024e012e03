/** The Sigstore adapter: trust material in, Evidence → EvidenceResult out. */
export { checkBundle, KNOWN_BUNDLE_MEDIA_TYPES, type BundleCheck, type SignerRules } from './check-bundle.js';
export { identityFromCertificate } from './certificate-identity.js';
export { matchIdentity } from './identity-match.js';
export { keyIdOf, parsePublicKeyRules, type TrustedKey } from './keys.js';
export { loadTrustedRoot, loadTrustedRootFresh, trustContextFromJSON, type TrustContext } from './trusted-root.js';
export { verifyEvidence } from './verify-evidence.js';
