/** The OCI archive adapter: an image given as files (layout, OCI or docker archive) pinned to one digest. */
export { pinLocalImage } from './pin-local-image.js';
export { TarIndex } from './tar-index.js';
