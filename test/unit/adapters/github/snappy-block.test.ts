/**
 * The snappy block decoder against real encoder output (Google's C++ snappy, through Debian's python3-snappy:
 * see test/fixtures/SOURCES.md), against every literal form, and against hand-made malformed blocks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  maxSnappyBlockLength,
  snappyDeclaredLength,
  snappyDecode,
  SnappyError,
  SnappyTooLargeError,
} from '../../../../src/adapters/github/snappy-block.js';
import { snappyLiterals, varint } from '../../../helpers/github-fake.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const read = (path: string): Buffer => readFileSync(join(fixtures, path));
const MiB = 1024 * 1024;

const realBundle = read('sigstore/gh-attestation-custom-issuer.sigstore.json');
const realBundleSnappy = read('snappy/gh-attestation-custom-issuer.sigstore.json.snappy');
const CONCATENATED = [
  'trivy/alpine-310.json',
  'trivy/distroless-base.json',
  'trivy/spring4shell-jre11.json',
  'trivy/ubuntu-1804.json',
  'sigstore/npm-sigstore-2.1.0.provenance.v0.3.sigstore.json',
  'sigstore/rfc8785-0.1.2-wheel.v0.2.sigstore.json',
];
const concatenated = Buffer.concat(CONCATENATED.map(read));
const concatenatedSnappy = read('snappy/trivy-and-bundles.concatenated.snappy');

/** Why decoding failed, or undefined when it did not. */
function rejection(block: Uint8Array, maxLength = MiB): string | undefined {
  try {
    snappyDecode(block, maxLength);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(SnappyError);
    return (error as Error).message;
  }
}

describe('snappy block decoding', () => {
  it('decodes what a real snappy encoder wrote: a GitHub attestation bundle', () => {
    // The premise: the real encoder used back-references (copies), which literals alone cannot make smaller.
    expect(realBundleSnappy.length).toBeLessThan(realBundle.length * 0.9);
    expect(snappyDeclaredLength(realBundleSnappy).length).toBe(realBundle.length);
    expect(snappyDecode(realBundleSnappy, MiB).equals(realBundle)).toBe(true);
  });

  it('decodes a real encoder output of 100 KiB, written as several 64 KiB fragments', () => {
    expect(concatenated.length).toBeGreaterThan(64 * 1024);
    expect(concatenatedSnappy.length).toBeLessThan(concatenated.length / 2);
    expect(snappyDecode(concatenatedSnappy, MiB).equals(concatenated)).toBe(true);
  });

  it('decodes literals in every length form, tag and 1 to 4 following bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 251));
    const block = snappyLiterals(bytes);
    // The premise: the 3- and 4-byte length forms (tags 0xf8 and 0xfc) are in the block.
    expect(block.includes(Buffer.from([0xf8]))).toBe(true);
    expect(block.includes(Buffer.from([0xfc]))).toBe(true);
    expect(snappyDecode(block, MiB).equals(bytes)).toBe(true);
    expect(snappyDecode(snappyLiterals(Buffer.alloc(0)), 0)).toEqual(Buffer.alloc(0));
  });

  it('decodes each copy form, overlapping copies included', () => {
    // "ab", then copy-1 (4 bytes back 2: "abab"), copy-2 (3 bytes back 6), copy-4 (1 byte back 1), overlapping copy-1 (5 bytes back 1).
    const block = Buffer.from([
      ...varint(2 + 4 + 3 + 1 + 5),
      0x04,
      0x61,
      0x62,
      0x01,
      0x02,
      0x0a,
      0x06,
      0x00,
      0x03,
      0x01,
      0x00,
      0x00,
      0x00,
      0x05,
      0x01,
    ]);
    expect(snappyDecode(block, 100).toString('latin1')).toBe('ab' + 'abab' + 'aba' + 'a' + 'aaaaa');
    // A copy-1 offset takes its three high bits from the tag: 0xe1 is offset 7·256 + low byte.
    const far = Buffer.alloc(2000, 'x');
    far[0] = 0x41;
    const farBlock = Buffer.concat([varint(2004), snappyLiterals(far).subarray(varint(2000).length), Buffer.from([0xe1, 0xd0])]);
    expect(snappyDecode(farBlock, 3000).subarray(2000).toString('latin1')).toBe('Axxx');
  });

  it('checks the declared length against the limit before allocating anything', () => {
    // 4 GiB - 1 declared in five bytes: allocating it first would throw a RangeError or exhaust memory.
    const bomb = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x61]);
    expect(() => snappyDecode(bomb, 2 * MiB)).toThrow(SnappyTooLargeError);
    expect(() => snappyDecode(bomb, 2 * MiB)).toThrow('it declares 4294967295 bytes uncompressed, over the 2097152-byte limit');
    expect(() => snappyDecode(realBundleSnappy, realBundle.length - 1)).toThrow(SnappyTooLargeError);
    expect(snappyDecode(realBundleSnappy, realBundle.length).length).toBe(realBundle.length);
  });

  it.each<[string, number[], string]>([
    ['an empty block', [], 'it is empty'],
    ['a preamble cut short', [0x80], 'its length preamble is cut short'],
    ['a length over 32 bits', [0xff, 0xff, 0xff, 0xff, 0x1f], 'its declared length does not fit in 32 bits'],
    ['a literal length cut short', [0x05, 0xf0], 'a literal length is cut short'],
    ['a literal past the input', [0x05, 0x10, 0x61], 'a literal runs past the end of the input'],
    ['a literal past the declared length', [0x01, 0x04, 0x61, 0x62], 'it writes more than the 1 bytes it declares'],
    ['a copy past the declared length', [0x05, 0x00, 0x61, 0x05, 0x01], 'it writes more than the 5 bytes it declares'],
    ['a copy with offset 0', [0x05, 0x00, 0x61, 0x01, 0x00], 'a copy has offset 0'],
    ['a copy before the start', [0x05, 0x00, 0x61, 0x01, 0x02], 'a copy refers to before the start of the output'],
    ['a copy cut short', [0x05, 0x00, 0x61, 0x03, 0x01, 0x00], 'a copy is cut short'],
    ['a block that ends early', [0x05, 0x00, 0x61], 'it ends after 1 of the 5 bytes it declares'],
  ])('rejects %s', (_name, bytes, reason) => {
    expect(rejection(Buffer.from(bytes))).toBe(reason);
  });

  it('rejects every truncation of a real block, and never returns a wrong length for damaged ones', () => {
    for (let cut = 0; cut < realBundleSnappy.length; cut += 37) {
      expect(rejection(realBundleSnappy.subarray(0, cut)), `cut at ${cut}`).toBeDefined();
    }
    // Damage one byte at a time (a fixed pseudo-random walk): the answer is a SnappyError or exactly the declared length.
    let seed = 12345;
    for (let round = 0; round < 2000; round++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const damaged = Buffer.from(realBundleSnappy);
      const at = seed % damaged.length;
      damaged[at] = (damaged[at] ?? 0) ^ (1 + (seed % 255));
      try {
        const decoded = snappyDecode(damaged, MiB);
        expect(decoded.length).toBe(snappyDeclaredLength(damaged).length);
      } catch (error) {
        expect(error, `damaged at ${at}`).toBeInstanceOf(SnappyError);
      }
    }
  });

  it('bounds the compressed size by what an encoder can write for the limit', () => {
    expect(maxSnappyBlockLength(0)).toBe(32);
    expect(maxSnappyBlockLength(6 * MiB)).toBe(32 + 7 * MiB);
    expect(realBundleSnappy.length).toBeLessThanOrEqual(maxSnappyBlockLength(realBundle.length));
  });
});
