/**
 * A strict decoder of Snappy's block format (google/snappy format_description.txt), the form GitHub's
 * attestations API serves at `bundle_url` (written by Go's github.com/golang/snappy Encode, read by its
 * Decode in `gh attestation`). Decoding only, no I/O.
 *
 * Written here rather than taken from npm: the pure-JS decoders there size the output from the header and
 * then neither stop a stream that writes past it nor reject one that ends short of it (the rest stays zero),
 * which a gate must not accept. This one checks the declared length against the caller's limit before it
 * allocates anything, bounds every literal and copy, and insists that the output is exactly as long as declared.
 */

/** Why a block is not valid snappy: one clause, for a sentence that names the input. */
export class SnappyError extends Error {
  override readonly name = 'SnappyError';
}

/** The block declares more than the caller allows; nothing was allocated. */
export class SnappyTooLargeError extends SnappyError {
  constructor(
    readonly declaredLength: number,
    readonly maxLength: number,
  ) {
    super(`it declares ${declaredLength} bytes uncompressed, over the ${maxLength}-byte limit`);
  }
}

/** Longest block an encoder emits for `length` input bytes (Snappy's MaxCompressedLength: 32 + n + n/6). */
export function maxSnappyBlockLength(length: number): number {
  return 32 + length + Math.floor(length / 6);
}

/** The uncompressed length in the block's preamble (a little-endian base-128 varint of at most 32 bits). */
export function snappyDeclaredLength(block: Uint8Array): { length: number; headerBytes: number } {
  let length = 0;
  for (let index = 0; index < 5; index++) {
    const byte = block[index];
    if (byte === undefined) throw new SnappyError(block.length === 0 ? 'it is empty' : 'its length preamble is cut short');
    // The fifth byte carries bits 28–31 only: anything above does not fit the format's 32-bit length.
    if (index === 4 && byte > 0x0f) throw new SnappyError('its declared length does not fit in 32 bits');
    length += (byte & 0x7f) * 2 ** (7 * index);
    if (byte < 0x80) return { length, headerBytes: index + 1 };
  }
  // Unreachable: a fifth byte is either below 0x80 (returned) or above 0x0f (thrown).
  throw new SnappyError('its declared length does not fit in 32 bits');
}

/** Little-endian unsigned integer of `count` bytes at `at`, without 32-bit sign surprises. */
function littleEndian(block: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let index = count - 1; index >= 0; index--) value = value * 256 + (block[at + index] ?? 0);
  return value;
}

/**
 * The bytes a snappy block encodes. Throws SnappyTooLargeError when the preamble declares more than
 * `maxLength` (checked before allocating), and SnappyError for any other malformation.
 */
export function snappyDecode(block: Uint8Array, maxLength: number): Buffer {
  const { length, headerBytes } = snappyDeclaredLength(block);
  if (length > maxLength) throw new SnappyTooLargeError(length, maxLength);
  const output = Buffer.alloc(length);
  let at = headerBytes;
  let written = 0;
  while (at < block.length) {
    const tag = block[at++] ?? 0;
    if ((tag & 3) === 0) {
      // Literal: length - 1 in the upper six bits, or in the 1–4 bytes that follow when those bits say 60–63.
      let literal = tag >>> 2;
      if (literal >= 60) {
        const extra = literal - 59;
        if (at + extra > block.length) throw new SnappyError('a literal length is cut short');
        literal = littleEndian(block, at, extra);
        at += extra;
      }
      literal += 1;
      if (literal > block.length - at) throw new SnappyError('a literal runs past the end of the input');
      if (literal > length - written) throw new SnappyError(`it writes more than the ${length} bytes it declares`);
      output.set(block.subarray(at, at + literal), written);
      at += literal;
      written += literal;
      continue;
    }
    let copy: number;
    let offset: number;
    const offsetBytes = [0, 1, 2, 4][tag & 3] ?? 0;
    if (at + offsetBytes > block.length) throw new SnappyError('a copy is cut short');
    if ((tag & 3) === 1) {
      // 4–11 bytes, 11-bit offset: three high bits in the tag, eight in the next byte.
      copy = 4 + ((tag >>> 2) & 7);
      offset = ((tag >>> 5) << 8) + littleEndian(block, at, 1);
    } else {
      // 1–64 bytes, with a 16-bit or 32-bit offset.
      copy = 1 + (tag >>> 2);
      offset = littleEndian(block, at, offsetBytes);
    }
    at += offsetBytes;
    if (offset === 0) throw new SnappyError('a copy has offset 0');
    if (offset > written) throw new SnappyError('a copy refers to before the start of the output');
    if (copy > length - written) throw new SnappyError(`it writes more than the ${length} bytes it declares`);
    if (offset >= copy) {
      output.copyWithin(written, written - offset, written - offset + copy);
    } else {
      // Overlapping: each byte may be one this copy has just written (runs of a repeated pattern).
      for (let index = 0; index < copy; index++) output[written + index] = output[written - offset + index] ?? 0;
    }
    written += copy;
  }
  if (written !== length) throw new SnappyError(`it ends after ${written} of the ${length} bytes it declares`);
  return output;
}
