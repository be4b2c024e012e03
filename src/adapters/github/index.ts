/** The GitHub adapter: the REST client and the APIs the gate uses (attestations, contents, check runs, comments, code scanning). */
export { GitHubApiError, listAttestations, splitRepository, type GitHubAttestation } from './attestations.js';
export { publishCheckRun, type CheckAnnotation, type CheckRunInput, type CheckRunResult } from './check-runs.js';
export { uploadSarif } from './code-scanning.js';
export { findComment, upsertComment, type AuthorLookup } from './comments.js';
export { RepositoryAtCommit } from './contents.js';
export { GitHubRequestError, GitHubRest, type RepoRef } from './rest.js';
export { maxSnappyBlockLength, snappyDecode, SnappyError, SnappyTooLargeError } from './snappy-block.js';
export { graphqlUrl, tokenIdentity, type IdentityResult } from './token-identity.js';
