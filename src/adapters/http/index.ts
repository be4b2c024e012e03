/** The HTTP helpers the registry and GitHub adapters share: size-capped body reads and Link-header paging. */
export { nextLink } from './link-header.js';
export { BodyTooLargeError, readLimited } from './read-limited.js';
