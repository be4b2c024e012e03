import type { NamedImage } from '../../src/config/types.js';
import { parseImageReference } from '../../src/core/model/image-reference.js';

/** An image as an input names it, parsed as parseConfig parses it, for tests that build image sources by hand. */
export function namedImage(written: string): NamedImage {
  return { written, reference: parseImageReference(written) };
}
